-- payout_schedule text form: parsing, canonical output, equality, hashing,
-- storage in tables, and the tiers() view of a schedule.

-- The three schedules from the README, as typed and as stored.
SELECT 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule;
SELECT 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'::payout_schedule;
SELECT 'volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'::payout_schedule;

-- Canonical form: one spelling per value.  Mode defaults to volume; keywords
-- are case-insensitive; white space is free; trailing zeros go; "0 + r%" is
-- "r%"; an unbounded tier is written with ")"; options come out in the
-- order they apply (deductible, cap, round) with the rounding mode spelled.
SELECT '[0,10) => 1, [10,) => 2'::payout_schedule;
SELECT 'VOLUME[0,10)=>1,[10,)=>2'::payout_schedule;
SELECT E'  Graduated\n [0 , 10 )\t=>  1.50 ,[10.000,] => 0 + 2.500%  '::payout_schedule;
SELECT '[0,100) => 1000 + 2.5%, [100,) => review round 0.010 up cap 5000 deductible 100'::payout_schedule;
SELECT '[0.5,1] => 1 round 5'::payout_schedule;
SELECT '[000.000100,.5) => 5., [0.5,0.5] => 7, (0.5,) => 0%'::payout_schedule;
SELECT '[0,) => 0'::payout_schedule;
SELECT '[0,999999999999999999] => 999999999999999999'::payout_schedule;
SELECT '[0,0.000000000000000001] => 0.000000000000000001%'::payout_schedule;

-- out(in(out(x))) = out(x) for every schedule above
CREATE TABLE io_cases (id serial, txt text);
INSERT INTO io_cases (txt) VALUES
 ('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 ('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),
 ('volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'),
 (E'  Graduated\n [0 , 10 )\t=>  1.50 ,[10.000,] => 0 + 2.500%  '),
 ('[0,100) => 1000 + 2.5%, [100,) => review round 0.010 up cap 5000 deductible 100'),
 ('[000.000100,.5) => 5., [0.5,0.5] => 7, (0.5,) => 0%'),
 ('[0,) => 1 deductible 0 cap 0 round 1 half_even'),
 ('[0,1] => 1 round 1 down'), ('[0,1] => 1 round 1 up');
SELECT id, (txt::payout_schedule)::text AS canonical,
       ((txt::payout_schedule)::text::payout_schedule)::text = (txt::payout_schedule)::text AS stable,
       (txt::payout_schedule)::text::payout_schedule = txt::payout_schedule AS equal
FROM io_cases ORDER BY id;

-- Equality is on the canonical form
SELECT '[0,10) => 1.0, [10,) => 2'::payout_schedule = 'volume [0,10) => 1, [10,) => 2.00'::payout_schedule AS same_value;
SELECT '[0,10) => 1, [10,) => 2'::payout_schedule = 'graduated [0,10) => 1, [10,) => 2'::payout_schedule AS mode_matters;
SELECT '[0,10) => 1, [10,) => 2'::payout_schedule <> '[0,10] => 1, (10,) => 2'::payout_schedule AS bounds_matter;
SELECT '[0,) => 0'::payout_schedule = '[0,) => 0%'::payout_schedule AS amount_is_not_rate;

-- A table column: DISTINCT and GROUP BY work through the hash opclass
CREATE TABLE schedules (segment text PRIMARY KEY, s payout_schedule NOT NULL);
INSERT INTO schedules VALUES
 ('small_business', 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 ('small_business_copy', 'volume [0,300000.00] => 30000, (300000,500000] => 50000.0, (500000,) => REVIEW'),
 ('sla', 'volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'),
 ('graduated', 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%');
SELECT count(DISTINCT s) AS distinct_schedules FROM schedules;
SELECT DISTINCT s FROM schedules ORDER BY s;
SET enable_hashagg = off;
SELECT s, count(*) FROM schedules GROUP BY s ORDER BY s DESC;
RESET enable_hashagg;
CREATE UNIQUE INDEX ON schedules (s) WHERE segment <> 'small_business_copy';
INSERT INTO schedules VALUES ('sla_again', '[0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0');
-- the sort order is total and consistent with equality
SELECT a.segment, b.segment, payout_schedule_cmp(a.s, b.s) AS cmp, a.s < b.s AS lt, a.s <= b.s AS le,
       a.s = b.s AS eq, a.s >= b.s AS ge, a.s > b.s AS gt
FROM schedules a, schedules b ORDER BY 1, 2;
SELECT s, count(*) FROM schedules GROUP BY s ORDER BY count(*) DESC, s::text;
SELECT a.segment, b.segment FROM schedules a JOIN schedules b ON a.s = b.s AND a.segment < b.segment;
SELECT payout_schedule_hash(s) = payout_schedule_hash('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review')
FROM schedules ORDER BY segment;

-- NULL in, NULL out
SELECT NULL::payout_schedule IS NULL AS null_schedule;

-- tiers(): one row per tier, upper NULL when unbounded
SELECT * FROM tiers('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review');
SELECT * FROM tiers('graduated [0,1000) => 0%, [1000,5000) => 1000 + 10%, [5000,) => 20% cap 100000');
SELECT * FROM tiers('volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0');
SELECT segment, count(*) AS tiers, max(tier) FILTER (WHERE upper IS NULL) AS unbounded_tier
FROM schedules, tiers(s) GROUP BY segment ORDER BY segment;

-- A long schedule: 10,000 tiers round-trip through text
SELECT 'volume ' || string_agg(format('[%s,%s) => %s', i, i + 1, i), ', ' ORDER BY i) || ', [10000,) => review' AS big
FROM generate_series(0, 9999) i \gset
SELECT length(:'big'::payout_schedule::text) = length(:'big') AS same_length,
       :'big'::payout_schedule::text = :'big' AS same_text,
       (SELECT count(*) FROM tiers(:'big')) AS tiers;
