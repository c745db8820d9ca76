-- payout_schedule options of 0.5: minimum X, threshold X, round U half_down
-- and "cap X after rounding".  The chain, in this order:
--   raw -> deductible -> minimum -> cap -> round -> threshold
-- and with "cap X after rounding":
--   raw -> deductible -> minimum -> round -> cap -> threshold
\set SHOW_CONTEXT never

-- The issue's example: a package price capped at 100, billed in units of 15.
-- The default caps before rounding (105, unchanged); after rounding pays 100.
SELECT payout('[0,) => 150% cap 100 round 15 up', 100) AS cap_then_round,
       payout('[0,) => 150% cap 100 before rounding round 15 up', 100) AS written_out,
       payout('[0,) => 150% cap 100 after rounding round 15 up', 100) AS round_then_cap;
SELECT k, payout('[0,) => 150% cap 100 round 15 up', k) AS cap_then_round,
       payout('[0,) => 150% cap 100 after rounding round 15 up', k) AS round_then_cap
FROM unnest('{0, 1, 10, 60, 61, 66, 66.67, 70, 1000}'::numeric[]) k;

-- minimum alone: a positive payout is at least 25; 0 stays 0
SELECT k, payout('[0,) => 10% minimum 25', k) AS payout
FROM unnest('{0, 0.01, 1, 249.99, 250, 250.01, 1000}'::numeric[]) k;
-- with a deductible: what the deductible eats entirely stays 0
SELECT k, payout('[0,) => 100% deductible 10 minimum 25', k) AS payout
FROM unnest('{0, 9.99, 10, 10.01, 34.99, 35, 35.01}'::numeric[]) k;
-- with a cap (minimum <= cap)
SELECT k, payout('[0,) => 100% minimum 25 cap 100', k) AS payout
FROM unnest('{0, 1, 25, 99, 100, 101}'::numeric[]) k;
-- minimum equal to the cap: every positive payout is exactly that
SELECT k, payout('[0,) => 100% minimum 50 cap 50', k) AS payout FROM unnest('{0, 1, 50, 80}'::numeric[]) k;
-- with rounding: the minimum is a multiple of the unit, so no mode takes a raised payout below it
SELECT k, payout('[0,) => 100% minimum 30 round 15 down', k) AS down,
       payout('[0,) => 100% minimum 30 round 15 up', k) AS up,
       payout('[0,) => 100% minimum 30 round 15 half_down', k) AS half_down
FROM unnest('{0, 0.5, 29.99, 30, 37.5, 44.99, 45, 52.5}'::numeric[]) k;
-- a fixed outcome with a minimum: key-independent tiers are precomputed with the whole chain
SELECT k, payout('[0,10) => 0, [10,20) => 5, [20,) => 40 minimum 25', k) AS payout
FROM unnest('{0, 10, 20}'::int[]) k;

-- threshold alone: a payout below 1 becomes 0 (no SLA credit under one dollar)
SELECT k, payout('[0,) => 1% threshold 1', k) AS payout
FROM unnest('{0, 1, 99, 99.99, 100, 100.01, 250}'::numeric[]) k;
-- it judges the rounded payout: 0.995 rounds to 1.00 and is paid, 0.994 to 0.99 and is not
SELECT k, payout('[0,) => 1% round 0.01 threshold 1', k) AS payout
FROM unnest('{0, 99.4, 99.5, 100, 150}'::numeric[]) k;
-- with a deductible and a cap
SELECT k, payout('[0,) => 10% deductible 5 cap 50 threshold 20', k) AS payout
FROM unnest('{0, 100, 249.99, 250, 1000}'::numeric[]) k;
-- threshold equal to the cap: only capped payouts are paid
SELECT k, payout('[0,) => 100% cap 20 threshold 20', k) AS payout FROM unnest('{19.99, 20, 30}'::numeric[]) k;

-- half_down: the nearer multiple, the lower on a tie; beside half_up and half_even
SELECT u, v, payout(format('[0,) => 100%% round %s half_down', u)::payout_schedule, v) AS half_down,
       payout(format('[0,) => 100%% round %s half_up', u)::payout_schedule, v) AS half_up,
       payout(format('[0,) => 100%% round %s half_even', u)::payout_schedule, v) AS half_even
FROM (VALUES (10, 14), (10, 15), (10, 16), (10, 25), (10, 35),
             (0.01, 0.125), (0.01, 0.135), (0.01, 0.1251), (0.01, 0.005),
             (0.5, 0.25), (0.5, 0.75), (0.5, 1.25), (0.05, 0.025), (0.05, 0.075),
             (0.000000000000000002, 0.000000000000000001), (0.000000000000000002, 0.000000000000000003),
             (100000000000000000, 150000000000000000), (100000000000000000, 250000000000000000)) t(u, v);
-- the same ties on the integer path (bigint keys)
SELECT k, payout('[0,) => 100% round 10 half_down', k) AS half_down,
       payout('[0,) => 100% round 10 half_down', k::numeric) AS numeric_key
FROM unnest('{0, 5, 14, 15, 16, 25, 9223372036854775805}'::bigint[]) k;

-- Everything together, volume and graduated
SELECT k, payout('[0,) => 100% deductible 10 minimum 30 cap 100 after rounding round 15 up', k) AS with_minimum,
       payout('[0,) => 100% deductible 10 cap 100 after rounding round 15 up threshold 40', k) AS with_threshold
FROM unnest('{0, 10, 11, 25, 40, 55, 56, 100, 104, 106, 200}'::numeric[]) k;
SELECT k, payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% minimum 100 cap 1000', k) AS minimum,
       payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% threshold 50 round 25 half_down', k) AS threshold,
       payout('graduated [0,1000) => 0%, [1000,) => 15% cap 100 after rounding round 40 up', k) AS cap_after_rounding
FROM unnest('{0, 999, 1000, 1001, 1250, 1499, 1500, 1667, 1733, 5000, 7777, 20000}'::numeric[]) k;

-- Every key type gives the same payouts (integer path against numeric)
CREATE TABLE opt_schedules (id int, s payout_schedule);
INSERT INTO opt_schedules VALUES
  (1, '[0,) => 150% cap 100 after rounding round 15 up'),
  (2, '[0,100) => 10%, [100,200) => review, [200,) => 1000 + 0.5% minimum 25'),
  (3, '[0,) => 0.37% deductible 1 round 0.01 half_down threshold 1'),
  (4, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% minimum 100 cap 1000 round 50 half_down'),
  (5, 'graduated [0,100) => 3%, [100,) => 1.5% cap 5 after rounding round 2 half_down threshold 2'),
  (6, '[0,) => 33.3% minimum 0.5 round 0.25 half_down cap 7.1 after rounding');
SELECT id,
       count(*) FILTER (WHERE payout(s, k::smallint) IS DISTINCT FROM payout(s, k::numeric)) AS int2_differs,
       count(*) FILTER (WHERE payout(s, k::int) IS DISTINCT FROM payout(s, k::numeric)) AS int4_differs,
       count(*) FILTER (WHERE payout(s, k::bigint) IS DISTINCT FROM payout(s, k::numeric)) AS int8_differs,
       count(*) FILTER (WHERE payout(s, k) IS NULL) AS in_review
FROM opt_schedules, generate_series(0, 30000, 7) k GROUP BY id ORDER BY id;
SELECT id, k, payout(s, k::smallint) AS int2, payout(s, k::int) AS int4, payout(s, k::bigint) AS int8,
       payout(s, k::numeric) AS numeric
FROM opt_schedules, unnest('{0, 1, 13, 99, 150, 1007, 7777}'::int[]) k WHERE id IN (2, 5, 6) ORDER BY id, k;

-- Review tiers stay review: no minimum, no threshold
SELECT v.id, k, payout(s, k) AS payout, needs_review(s, k) AS review, payout_tier(s, k) AS tier
FROM (VALUES (1, '[0,100) => review, [100,) => 10% minimum 25'::payout_schedule),
             (2, 'graduated [0,100) => 1%, [100,) => review threshold 5'::payout_schedule)) v(id, s),
     unnest('{0, 50, 100, 500}'::int[]) k ORDER BY v.id, k;

-- Canonical text: fixed option order (deductible, minimum, cap [after rounding], round, threshold),
-- "before rounding" is the default and not written; out(in(out(x))) = out(x)
CREATE TABLE opt_texts (id int, t text);
INSERT INTO opt_texts VALUES
  (1, '[0,) => 150%   round 15 UP  cap 100 AFTER Rounding'),
  (2, '[0,) => 150% threshold 1.50 round 0.010 half_down deductible 5'),
  (3, '[0,) => 150% cap 100 before rounding round 15 up'),
  (4, '[0,) => 5 cap 100.00 minimum 25.0'),
  (5, 'graduated [0,10) => 1%, [10,) => review round 0.5 half_down cap 2 after rounding minimum 1'),
  (6, '[0,) => 5 round 10 half_down');
SELECT id, t::payout_schedule AS canonical,
       t::payout_schedule::text::payout_schedule::text = t::payout_schedule::text AS stable,
       t::payout_schedule = t::payout_schedule::text::payout_schedule AS equal
FROM opt_texts ORDER BY id;
-- a written-out default is the same value as the plain one, byte for byte
SELECT '[0,) => 150% cap 100 before rounding round 15 up'::payout_schedule = '[0,) => 150% cap 100 round 15 up' AS same,
       payout_schedule_hash('[0,) => 150% cap 100 before rounding round 15 up') = payout_schedule_hash('[0,) => 150% cap 100 round 15 up') AS same_hash,
       '[0,) => 150% cap 100 after rounding round 15 up'::payout_schedule = '[0,) => 150% cap 100 round 15 up' AS after_differs;
-- sorting and grouping keep every option apart
SELECT count(DISTINCT s) AS distinct_schedules FROM (VALUES
  ('[0,) => 5 minimum 1'::payout_schedule), ('[0,) => 5 minimum 2'), ('[0,) => 5 threshold 1'),
  ('[0,) => 5 threshold 2'), ('[0,) => 5'), ('[0,) => 5 minimum 1'), ('[0,) => 5 round 1 half_down'),
  ('[0,) => 5 round 1 half_up'), ('[0,) => 5 cap 9 round 1'), ('[0,) => 5 cap 9 after rounding round 1')) v(s);

-- The jsonb form: minimum, threshold and cap_after_rounding appear when set
SELECT (s::jsonb) - 'tiers' AS jsonb FROM opt_schedules WHERE id IN (1, 3, 4) ORDER BY id;
SELECT ('[0,) => 5'::payout_schedule)::jsonb ? 'minimum' AS old_schedule_has_minimum_key,
       ('[0,) => 5'::payout_schedule)::jsonb ->> 'minimum' AS minimum;

-- schedule_from_tiers takes the new options, and an outcome cell cannot smuggle one in
SELECT schedule_from_tiers('volume', '{100, NULL}', '{10%, 150%}', options => 'minimum 15 cap 100 after rounding round 15 up');
SELECT payout(schedule_from_tiers('volume', '{100, NULL}', '{1%, 2%}', options => 'threshold 1'), k) AS payout
FROM unnest('{50, 99, 100, 101}'::int[]) k;
SELECT state, message FROM regress.fails($$SELECT schedule_from_tiers('volume', '{NULL}', '{5 minimum 1}')$$);
SELECT state, message FROM regress.fails($$SELECT schedule_from_tiers('volume', '{NULL}', '{5 threshold 1}')$$);
SELECT state, message FROM regress.fails($$SELECT schedule_from_tiers('volume', '{NULL}', '{5}', options => 'minimum 10 cap 5')$$);

-- payout_explain shows each step of the options a schedule has
SELECT jsonb_pretty(payout_explain('[0,) => 150% cap 100 after rounding round 15 up', 66));
SELECT jsonb_pretty(payout_explain('[0,) => 100% deductible 10 minimum 25 cap 100', 12));
SELECT jsonb_pretty(payout_explain('[0,) => 1% round 0.01 threshold 1', 99.4));
SELECT payout_explain('[0,) => 1% round 0.01 threshold 1', 99.5) -> 'below_threshold' AS below_threshold_paid,
       payout_explain('[0,) => 1% threshold 1', 0) -> 'below_threshold' AS zero_is_not_below;
SELECT jsonb_pretty(payout_explain('[0,100) => review, [100,) => 10% cap 50 threshold 3', 5));
SELECT jsonb_pretty(payout_explain('graduated [0,1000) => 0%, [1000,) => 15% minimum 80 cap 100 after rounding round 40 up', 1500));
-- explain agrees with payout for every schedule and key
SELECT id, count(*) FILTER (WHERE (payout_explain(s, k) ->> 'payout')::numeric IS DISTINCT FROM payout(s, k)) AS differs
FROM opt_schedules, generate_series(0, 30000, 97) k GROUP BY id ORDER BY id;

-- payout_report: per-tier totals are the sums of the payouts, integer and numeric keys
CREATE TABLE opt_claims AS SELECT g AS id, (g * 7919) % 30011 AS k FROM generate_series(1, 5000) g;
SELECT o.id,
       report_total(payout_report(o.s, c.k::bigint)) AS report_bigint,
       report_total(payout_report(o.s, c.k::numeric)) AS report_numeric,
       sum(payout(o.s, c.k)) AS sum_of_payouts
FROM opt_schedules o, opt_claims c GROUP BY o.id ORDER BY o.id;
SELECT o.id,
       (SELECT count(*) FROM (SELECT tier, paid FROM report_tiers((SELECT payout_report(o.s, k::int) FROM opt_claims))
                              WHERE claims > 0
                              EXCEPT ALL
                              SELECT payout_tier(o.s, k), coalesce(sum(payout(o.s, k)), 0) FROM opt_claims GROUP BY 1) d)
         AS tiers_differing
FROM opt_schedules o ORDER BY o.id;
SELECT tier, claims, paid, in_review FROM report_tiers((SELECT payout_report(o.s, c.k) FROM opt_schedules o, opt_claims c WHERE o.id = 2));
-- a report of a version-2 schedule survives its text and binary forms
CREATE TABLE opt_reports AS SELECT o.id, payout_report(o.s, c.k) AS r FROM opt_schedules o, opt_claims c GROUP BY o.id;
SELECT current_setting('data_directory') AS datadir \gset
\set reports_bin :datadir '/compensate_regress_options_reports.bin'
COPY opt_reports TO :'reports_bin' (FORMAT binary);
CREATE TABLE opt_reports_copy (LIKE opt_reports);
COPY opt_reports_copy FROM :'reports_bin' (FORMAT binary);
SELECT a.id, a.r::text::payout_report = a.r AS text_round_trip, a.r = b.r AS binary_round_trip,
       report_total(b.r) = report_total(a.r) AS same_total
FROM opt_reports a JOIN opt_reports_copy b USING (id) ORDER BY a.id;

-- Binary: version-1 schedules send wire version 1 (as before), the others version 2
SELECT substring(payout_schedule_send('[0,) => 5 cap 9 round 1') FROM 1 FOR 1) AS v1_wire,
       substring(payout_schedule_send('[0,) => 5 round 1 half_down') FROM 1 FOR 1) AS half_down_wire,
       substring(payout_schedule_send('[0,) => 5 minimum 1') FROM 1 FOR 1) AS minimum_wire;
SELECT payout_schedule_send('[0,10] => 5, (10,) => 2.5% minimum 1.5 cap 9 after rounding round 0.5 half_down');
-- COPY (FORMAT binary) round trips
\set options_bin :datadir '/compensate_regress_options.bin'
COPY opt_schedules TO :'options_bin' (FORMAT binary);
CREATE TABLE opt_copy (LIKE opt_schedules);
COPY opt_copy FROM :'options_bin' (FORMAT binary);
SELECT a.id, a.s = b.s AS equal, a.s::text = b.s::text AS same_text
FROM opt_schedules a JOIN opt_copy b USING (id) ORDER BY a.id;
-- Hostile binary: recv checks the new fields as strictly as text input
CREATE TABLE opt_hostile (s payout_schedule);
-- Offsets (0-based): 0 version, 2 round mode, 3 flags, 8 lower, 18 deductible, 28 cap,
-- 38 round unit, in version 2 48 minimum, 58 threshold; each number int64 then int16 scale.
SELECT payout_schedule_send('[0,) => 5 minimum 2 cap 9') AS v2 \gset
SELECT payout_schedule_send('[0,) => 5 cap 9') AS v1 \gset
SELECT t.what, regress.copy_field('opt_hostile', t.payload) AS result FROM (VALUES
  ('valid version 2', :'v2'::bytea),
  ('valid version 1', :'v1'::bytea),
  ('version 1 with the minimum flag', set_byte(:'v1'::bytea, 3, get_byte(:'v1'::bytea, 3) | 16)),
  ('version 1 with half_down', set_byte(set_byte(:'v1'::bytea, 2, 4), 3, get_byte(:'v1'::bytea, 3) | 8)),
  ('version 2 cut before the threshold', substring(:'v2'::bytea FROM 1 FOR length(:'v2'::bytea) - 31 - 10)),
  ('version 2 rounding mode 5', set_byte(set_byte(:'v2'::bytea, 2, 5), 3, get_byte(:'v2'::bytea, 3) | 8)),
  ('version 2 unknown flag 0x80', set_byte(:'v2'::bytea, 3, get_byte(:'v2'::bytea, 3) | 128)),
  ('minimum zero', overlay(:'v2'::bytea placing int8send(0) FROM 49)),
  ('minimum negative', overlay(:'v2'::bytea placing int8send(-2) FROM 49)),
  ('minimum above the cap', overlay(:'v2'::bytea placing int8send(10) FROM 49)),
  ('minimum and threshold', set_byte(overlay(:'v2'::bytea placing int8send(3) FROM 59), 3, get_byte(:'v2'::bytea, 3) | 32)),
  ('after rounding without round', set_byte(:'v2'::bytea, 3, get_byte(:'v2'::bytea, 3) | 64)),
  ('version 2 of a version-1 schedule', set_byte(overlay(:'v2'::bytea placing int8send(0) FROM 49), 3, get_byte(:'v1'::bytea, 3)))
) t(what, payload);
SELECT s, s = '[0,) => 5 minimum 2 cap 9'::payout_schedule OR s = '[0,) => 5 cap 9'::payout_schedule AS canonical,
       payout_schedule_send(s) AS sent FROM opt_hostile;

-- Bad text: 22P02 with the position, 22023 for options that contradict each other;
-- a misspelt keyword gets a hint
SELECT '[0,) => 5 minimun 10'::payout_schedule;
SELECT '[0,) => 5 cap 10 aftr rounding round 5'::payout_schedule;
SELECT '[0,) => 5 cap 10 after round round 5'::payout_schedule;
SELECT '[0,) => 5 round 10 half_dwn'::payout_schedule;
SELECT '[0,) => 5 round 10 treshold 1'::payout_schedule;
SELECT '[0,) => 5 minimum 50 cap 10'::payout_schedule;
SELECT t.input, f.* FROM (VALUES
  ('[0,) => 5 minimum'), ('[0,) => 5 minimum 0'), ('[0,) => 5 minimum -1'), ('[0,) => 5 threshold 0'),
  ('[0,) => 5 threshold x'), ('[0,) => 5 minimum 1 minimum 2'), ('[0,) => 5 threshold 1 threshold 1'),
  ('[0,) => 5 minimun 10'), ('[0,) => 5 treshold 10'), ('[0,) => 5 thresold 10'), ('[0,) => 5 round 10 half_dwn'),
  ('[0,) => 5 round 10 halfdown'), ('[0,) => 5 cap 10 aftr rounding round 5'), ('[0,) => 5 cap 10 after round 5'),
  ('[0,) => 5 cap 10 after'), ('[0,) => 5 cap 10 before roundin'), ('[0,) => 5 cap 10 rounding'),
  ('[0,) => 5 round 5 after rounding'), ('[0,) => 5 minimum 1,000'),
  ('[0,) => 5 minimum 50 cap 10'), ('[0,) => 5 minimum 15 round 10'), ('[0,) => 5 minimum 0.015 round 0.01'),
  ('[0,) => 5 threshold 15 cap 10'), ('[0,) => 5 threshold 15 minimum 20'), ('[0,) => 5 threshold 25 minimum 20'),
  ('[0,) => 5 cap 10 after rounding'), ('[0,) => 5 cap 10.5 after rounding round 1 minimum 11')
) t(input), LATERAL regress.fails(format('SELECT %L::payout_schedule', t.input)) f;
-- accepted near the boundaries
SELECT t::payout_schedule AS accepted FROM unnest(ARRAY[
  '[0,) => 5 minimum 10 cap 10', '[0,) => 5 minimum 0.02 round 0.01', '[0,) => 5 threshold 10 cap 10',
  '[0,) => 5 minimum 999999999999999999', '[0,) => 5 threshold 0.000000000000000001']) t;

-- Huge values: overflow is never wrapped (numeric past 128 bits, exact)
SELECT payout('[0,) => 999999999999999999% minimum 999999999999999999 round 999999999999999999 half_down', 9223372036854775807) AS huge,
       payout('[0,) => 999999999999999999% minimum 999999999999999999 round 999999999999999999 half_down', 9223372036854775807::numeric) AS huge_numeric;
SELECT payout('[0,) => 0.000000000000000001% threshold 0.000000000000000001', 1) AS tiny_below,
       payout('[0,) => 0.000000000000000001% threshold 0.000000000000000001', 100) AS tiny_at;
-- NULLs: the functions are strict
SELECT payout(NULL::payout_schedule, 5) IS NULL AS null_schedule, payout('[0,) => 5 minimum 1', NULL::int) IS NULL AS null_key;

DROP TABLE opt_schedules, opt_texts, opt_claims, opt_copy, opt_hostile, opt_reports, opt_reports_copy;
