-- Volume schedules: the 2022 small-business tiers (30,000 up to 300,000, 50,000 up to 500,000, review above), key types, huge values, and the
-- deductible -> cap -> round options.

-- The seed's small-business tiers, at every boundary, for every key type
CREATE TABLE seed AS SELECT 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule AS s;
SELECT k, payout(s, k) AS by_bigint, payout(s, k::numeric) AS by_numeric,
       payout_tier(s, k) AS tier, needs_review(s, k) AS review,
       payout_tier(s, k::numeric) AS tier_n, needs_review(s, k::numeric) AS review_n
FROM seed, unnest(ARRAY[0, 1, 299999, 300000, 300001, 499999, 500000, 500001, 1000000000000]::bigint[]) k;
SELECT payout(s, 300000) AS by_int, payout(s, 300000.5) AS just_above, payout(s, 300000.000001) AS barely,
       payout(s, 500000.0) AS at_bound, needs_review(s, 500000.01) AS above FROM seed;

-- Volume with rates: the whole key takes its tier's rate
SELECT payout('volume [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%', 7000) AS "1400";
SELECT payout('volume [0,5] => 700%, (5,10] => 650%, (10,) => 600%', 8) AS "52";
SELECT k, payout('[0,100) => 1000 + 2.5%, [100,) => 0.5 + 0.125%', k) AS amount
FROM unnest(ARRAY[0, 1, 99, 99.99, 100, 12345.678]) k;

-- Exactness and huge values: no floating point anywhere
SELECT payout('[0,) => 33.3333333333333333%', 3) AS exact_fraction, payout('[0,) => 33.3333333333333333%', 3::numeric) AS same;
SELECT payout('[0,) => 0.000000000000000001%', 1) AS tiny_rate;
SELECT payout('[0,) => 999999999999999999 + 100%', 9223372036854775807::bigint) AS wide;
SELECT payout('[0,) => 20%', 1e30) AS huge_numeric, payout('[0,) => 20%', 1e30::numeric(40,2)) AS huge_scaled;
SELECT payout('[0,) => 30000', 1e30) AS huge_key_fixed, payout_tier('[0,10) => 1, [10,) => 2', 1e30) AS tier;
SELECT payout('[0,) => 1 + 1%', 9223372036854775807::bigint) = payout('[0,) => 1 + 1%', 9223372036854775807::numeric) AS same;
-- A rate alone on an integer key (a 64-bit product made straight into a numeric): trailing zeros
-- trimmed, zero at scale 0, past 64 bits the wide path; each spelled as the numeric key's
SELECT k, payout('[0,) => 12.5%', k) AS paid, payout('[0,) => 12.5%', k)::text = payout('[0,) => 12.5%', k::numeric)::text AS same
FROM unnest(ARRAY[0, 1, 8, 80, 10000, 123456789, 73786976294838206, 73786976294838207, 9223372036854775807]::bigint[]) k;

-- Options, applied in the order raw -> deductible -> cap -> round
SELECT k, payout('[0,) => 10% deductible 50', k) AS deductible,
       payout('[0,) => 10% cap 300', k) AS cap,
       payout('[0,) => 10% deductible 50 cap 300', k) AS both
FROM unnest(ARRAY[0, 400, 500, 501, 3000, 3501, 10000]::bigint[]) k;
-- rounding to a multiple of the unit, each mode, at and around halves
SELECT k, payout('[0,) => 100% round 10 half_up', k) AS half_up,
          payout('[0,) => 100% round 10 half_even', k) AS half_even,
          payout('[0,) => 100% round 10 down', k) AS down,
          payout('[0,) => 100% round 10 up', k) AS up
FROM unnest(ARRAY[0, 4, 5, 6, 10, 14.99, 15, 25, 25.0000001, 35]) k;
SELECT k, payout('[0,) => 100% round 0.05 half_even', k) AS nickel,
          payout('[0,) => 100% round 0.01', k) AS cent,
          payout('[0,) => 100% round 3 half_up', k) AS by_three,
          payout('[0,) => 100% round 1000 half_even', k) AS thousands
FROM unnest(ARRAY[0.025, 0.075, 1.005, 1.5, 4.5, 1500, 2500, 2500.01]) k;
-- round comes last, so it can step over the cap: choose a cap that is a multiple of the unit
SELECT payout('[0,) => 100% cap 105 round 10 up', 1000) AS "110", payout('[0,) => 100% cap 105 round 10 down', 1000) AS "100";
-- the deductible never makes a payout negative; a fixed tier takes the options too
SELECT payout('[0,) => 30 deductible 50', 7) AS "0", payout('[0,10) => 30, [10,) => 31 deductible 0.5 round 1 half_even', 7) AS "30";
-- the result's scale: the exact value without trailing zeros, or the unit's scale when rounding
SELECT payout('[0,) => 10%', 5) AS "0.5", payout('[0,) => 10%', 50) AS "5", payout('[0,) => 10% round 0.01', 50) AS "5.00",
       payout('[0,) => 10% round 0.01', 50::bigint) AS "5.00 too";

-- Integer, bigint and numeric keys give the same value and the same spelling
SELECT bool_and(payout(s, k)::text = payout(s, k::numeric)::text AND payout(s, k::int)::text = payout(s, k::numeric)::text
                AND payout_tier(s, k) = payout_tier(s, k::numeric) AND needs_review(s, k) = needs_review(s, k::numeric)) AS agree
FROM (VALUES ('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule),
             ('[0,1000) => 0%, [1000,5000) => 1.5 + 10%, [5000,) => 20% deductible 7 cap 900 round 5 half_even'),
             ('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% round 10')) v(s),
     generate_series(0, 20000, 7) k;

-- The schedule can come from a table, one per row (the cache follows it)
CREATE TABLE claims_by_segment AS
SELECT g AS id, CASE g % 3 WHEN 0 THEN 'a' WHEN 1 THEN 'b' ELSE 'c' END AS segment, (g * 7919) % 1000000 AS loss
FROM generate_series(1, 3000) g;
CREATE TABLE segment_schedules (segment text, s payout_schedule);
INSERT INTO segment_schedules VALUES
 ('a', '[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 ('b', '[0,) => 10% cap 40000'),
 ('c', 'graduated [0,100000) => 0%, [100000,) => 5%');
SELECT c.segment, count(*), sum(payout(s.s, c.loss)) AS paid, count(*) FILTER (WHERE needs_review(s.s, c.loss)) AS in_review
FROM claims_by_segment c JOIN segment_schedules s USING (segment) GROUP BY c.segment ORDER BY c.segment;
-- same answer with the schedule written into the query per segment
SELECT 'a' AS segment, sum(payout('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)) FROM claims_by_segment WHERE segment = 'a'
UNION ALL SELECT 'b', sum(payout('[0,) => 10% cap 40000', loss)) FROM claims_by_segment WHERE segment = 'b'
UNION ALL SELECT 'c', sum(payout('graduated [0,100000) => 0%, [100000,) => 5%', loss)) FROM claims_by_segment WHERE segment = 'c';
-- more schedules than cache slots, interleaved row by row
SELECT count(DISTINCT s) AS schedules, sum(payout(s, k)) AS total
FROM (SELECT format('[0,%s) => %s, [%s,) => 1%%', i, i, i)::payout_schedule AS s, k
      FROM generate_series(1, 20) i, generate_series(0, 50) k ORDER BY k, i) x;
SELECT sum(CASE WHEN k < i THEN i ELSE k * 0.01 END) AS expected_total
FROM generate_series(1, 20) i, generate_series(0, 50) k;
