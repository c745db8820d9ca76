-- payout_report: the one-pass tier report equals the GROUP BY an analyst
-- would write, for every key type and schedule mode; NULLs, empty groups,
-- mixed schedules, totals, jsonb, merging and roll-ups.
\set SHOW_CONTEXT never

CREATE TABLE rc AS
SELECT g AS id, (g::bigint * 7919) % 1000003 AS loss, g % 4 AS segment,
       date '2022-10-19' + (g % 19) AS day,
       round(90 + (g % 1000) / 100.0, 2) AS uptime, 100 + (g % 50) * 10 AS bill
FROM generate_series(1, 20000) g;
INSERT INTO rc VALUES (20001, NULL, 0, date '2022-10-19', NULL, NULL), (20002, NULL, 1, date '2022-10-20', 99.5, NULL);

-- The plain SQL way: one GROUP BY over the computed tier
CREATE FUNCTION pg_temp.group_by_report(s payout_schedule, q text)
RETURNS TABLE (tier int, claims bigint, claimed numeric, paid numeric, in_review bigint)
LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format(
    'SELECT payout_tier(%1$L::payout_schedule, k), count(*), sum(k)::numeric, coalesce(sum(payout(%1$L::payout_schedule, k)), 0),
            count(*) FILTER (WHERE needs_review(%1$L::payout_schedule, k))
     FROM (%2$s) x WHERE k IS NOT NULL GROUP BY 1', s, q);
END $$;
-- The report's tiers that have claims, and the differences between the two
CREATE FUNCTION pg_temp.differences(s payout_schedule, q text, r payout_report) RETURNS bigint
LANGUAGE sql AS $$
  SELECT count(*) FROM (
    (SELECT tier, claims, claimed, paid, in_review FROM report_tiers(r) WHERE claims > 0
     EXCEPT ALL SELECT * FROM pg_temp.group_by_report(s, q))
    UNION ALL
    (SELECT * FROM pg_temp.group_by_report(s, q)
     EXCEPT ALL SELECT tier, claims, claimed, paid, in_review FROM report_tiers(r) WHERE claims > 0)) d
$$;

-- The seed schedule over bigint, integer and numeric keys
SELECT * FROM report_tiers((SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) FROM rc));
SELECT key_type, pg_temp.differences(s, q, r) AS differences
FROM (VALUES ('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule)) v(s),
LATERAL (VALUES
  ('bigint', 'SELECT loss AS k FROM rc', (SELECT payout_report(s, loss) FROM rc)),
  ('integer', 'SELECT loss::int AS k FROM rc', (SELECT payout_report(s, loss::int) FROM rc)),
  ('numeric', 'SELECT loss::numeric AS k FROM rc', (SELECT payout_report(s, loss::numeric) FROM rc)),
  ('numeric with decimals', 'SELECT loss / 7.0 AS k FROM rc', (SELECT payout_report(s, loss / 7.0) FROM rc))
) q(key_type, q, r);
-- every key type gives the same report
SELECT count(DISTINCT r::text) AS distinct_reports
FROM (SELECT payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) r FROM rc
      UNION ALL SELECT payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss::int) FROM rc
      UNION ALL SELECT payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss::numeric) FROM rc) x;

-- Graduated, rates, options, flat fees: the same equality
SELECT s, pg_temp.differences(s, 'SELECT loss AS k FROM rc', (SELECT payout_report(s, loss) FROM rc)) AS bigint_keys,
       pg_temp.differences(s, 'SELECT loss::numeric AS k FROM rc', (SELECT payout_report(s, loss::numeric) FROM rc)) AS numeric_keys
FROM unnest(ARRAY[
  'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up',
  'graduated [0,100000] => 5, (100000,400000] => 100 + 1.25%, (400000,800000) => 3.5%, [800000,) => review',
  'volume [0,1000) => 0%, [1000,5000) => 1.5 + 10%, [5000,) => 20% deductible 7 cap 900 round 5 half_even',
  'volume [0,500000] => 0.333%, (500000,) => 1000 + 0.001%']::payout_schedule[]) s;
SELECT * FROM report_tiers((SELECT payout_report('graduated [0,100000] => 5, (100000,400000] => 100 + 1.25%, (400000,800000) => 3.5%, [800000,) => review', loss) FROM rc));

-- SLA credits: key = uptime, rates apply to the bill (the base)
SELECT * FROM report_tiers((SELECT payout_report('volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0', uptime, bill) FROM rc));
SELECT payout_tier(s, uptime) AS tier, count(*), sum(uptime) AS claimed, sum(payout(s, uptime, bill)) AS paid
FROM rc, (VALUES ('volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'::payout_schedule)) v(s)
WHERE uptime IS NOT NULL AND bill IS NOT NULL GROUP BY 1 ORDER BY 1;
-- a NULL key or base is counted apart, not dropped
SELECT report_null_keys(r) AS null_keys, report_claims(r) AS claims
FROM (SELECT payout_report('volume [0,95) => 100%, [95,100] => 0', uptime, bill) r FROM rc) x;
SELECT payout_report('graduated [0,) => 1%', uptime, bill) FROM rc;

-- NULL keys, empty and all-NULL groups
SELECT report_null_keys(r) AS null_keys, report_claims(r) AS claims, report_in_review(r) AS in_review,
       report_claimed(r) AS claimed, report_total(r) AS paid
FROM (SELECT payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) r FROM rc) x;
SELECT payout_report('[0,) => 1', loss) IS NULL AS empty_group_is_null FROM rc WHERE false;
SELECT payout_report('[0,) => 1', loss) AS all_null_group FROM rc WHERE loss IS NULL;
SELECT * FROM report_tiers((SELECT payout_report('[0,10) => 1, [10,) => review', loss) FROM rc WHERE loss IS NULL));

-- One schedule per segment, from a table: one report per segment
CREATE TABLE rc_schedules (segment int PRIMARY KEY, s payout_schedule NOT NULL);
INSERT INTO rc_schedules VALUES
 (0, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 (1, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),
 (2, '[0,) => 1000 + 2.5% deductible 500'),
 (3, '[0,500000] => 1%, (500000,) => review');
CREATE TABLE rc_by_segment AS
SELECT c.segment, payout_report(s.s, c.loss) AS r FROM rc c JOIN rc_schedules s USING (segment) GROUP BY c.segment;
SELECT segment, report_claims(r) AS claims, report_null_keys(r) AS null_keys, report_in_review(r) AS in_review,
       report_total(r) AS paid, report_schedule(r) = s.s AS right_schedule
FROM rc_by_segment JOIN rc_schedules s USING (segment) ORDER BY segment;
SELECT segment, pg_temp.differences(s.s, format('SELECT loss AS k FROM rc WHERE segment = %s', segment), r) AS differences
FROM rc_by_segment JOIN rc_schedules s USING (segment) ORDER BY segment;

-- Mixed schedules in one group: 22023 naming both; a NULL schedule: 22004
SELECT payout_report(s.s, c.loss) FROM rc c JOIN rc_schedules s USING (segment) WHERE segment IN (2, 3);
SELECT payout_report(s.s, c.loss) FROM rc c LEFT JOIN rc_schedules s ON s.segment = c.segment + 2 WHERE c.segment = 3;

-- Exact sums far beyond 128 bits: the same as sum(payout(...))
SELECT report_total(payout_report('[0,) => 0.999999999999999999%', k)) = sum(payout('[0,) => 0.999999999999999999%', k)) AS same_total,
       report_total(payout_report('[0,) => 0.999999999999999999%', k)) AS total,
       report_claimed(payout_report('[0,) => 0.999999999999999999%', k)) = sum(k) AS same_claimed
FROM (SELECT 9223372036854775807 - g AS k FROM generate_series(1, 300) g) x;
SELECT report_claimed(payout_report('[0,) => 1%', k)) AS claimed, report_total(payout_report('[0,) => 1%', k)) AS paid
FROM (VALUES (1e30), (1e30), (0.000000000000000000000001)) v(k);

-- Text form: canonical, round trips, and checked on input
SELECT r::text AS report, r::text::payout_report::text = r::text AS round_trips
FROM (SELECT payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) r FROM rc WHERE id <= 100) x;
SELECT 'claims=3 in_review=1 null_keys=2 claimed=900.50 paid=30.0 tiers=[2:400.50:30.0, 1:500:0] schedule=[0,500] => 15, (500,) => review'::payout_report;
\set VERBOSITY sqlstate
SELECT 'claims=3 in_review=1 null_keys=0 claimed=900 paid=31 tiers=[2:400:30,1:500:0] schedule=[0,500] => 15, (500,) => review'::payout_report;
\set VERBOSITY default
SELECT t.input, f.state, f.detail FROM (VALUES
  (''),
  ('claims=1'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:0] schedule='),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:0] schedule=[0,500] => 15'),
  ('claims=4 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=2 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=901 paid=30 tiers=[2:400:30,1:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:5] schedule=[0,500] => 15, (500,) => review'),
  ('claims=2 in_review=0 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,0:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:0,1:1:1] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=-1 claimed=900 paid=30 tiers=[2:400:30,1:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:-0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:4.0.0:30,1:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:NaN:30,1:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=99999999999999999999 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:0] schedule=[0,500] => 15, (500,) => review'),
  ('claims=3 in_review=1 null_keys=0 claimed=900 paid=30 tiers=[2:400:30,1:500:0] oops schedule=[0,500] => 15, (500,) => review')
) t(input), regress.fails(format('SELECT %L::payout_report', t.input)) f;

-- jsonb for BI tools and APIs (a cast)
SELECT jsonb_pretty(payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)::jsonb)
FROM rc WHERE id <= 100;
SELECT (r::jsonb ->> 'paid')::numeric = report_total(r) AS paid_agrees,
       (SELECT sum((t ->> 'claims')::bigint) FROM jsonb_array_elements(r::jsonb -> 'tiers') t) = report_claims(r) AS claims_agree
FROM (SELECT payout_report('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%', loss) r FROM rc) x;

-- Merging: per-day reports stored in a table, rolled up, equal the direct report
CREATE TABLE rc_daily (day date PRIMARY KEY, r payout_report NOT NULL);
INSERT INTO rc_daily
SELECT day, payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) FROM rc GROUP BY day;
SELECT count(*) AS days, sum(report_claims(r)) AS claims FROM rc_daily;
SELECT report_rollup(r)::text = (SELECT payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)::text FROM rc) AS rollup_equals_direct
FROM rc_daily;
SELECT report_merge(a.r, b.r)::text = (SELECT payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)::text FROM rc WHERE day IN (a.day, b.day)) AS merge_equals_direct
FROM rc_daily a, rc_daily b WHERE a.day = date '2022-10-19' AND b.day = date '2022-10-20';
-- a roll-up per week, and NULL reports are skipped like NULLs in sum()
SELECT date_trunc('week', day)::date AS week, report_claims(report_rollup(r)) AS claims, report_total(report_rollup(r)) AS paid
FROM rc_daily GROUP BY 1 ORDER BY 1;
SELECT report_claims(report_rollup(r)) AS claims FROM (SELECT r FROM rc_daily UNION ALL SELECT NULL) x;
SELECT report_rollup(r) IS NULL AS no_reports FROM rc_daily WHERE false;
-- reports of different schedules do not merge
SELECT report_merge(a.r, b.r) FROM rc_by_segment a, rc_by_segment b WHERE a.segment = 0 AND b.segment = 1;
SELECT report_rollup(r ORDER BY segment) FROM rc_by_segment;

-- Binary COPY round trip of a report column (and the text COPY too)
-- Server-side files of this test go to the cluster's own data directory, so
-- that two suites on one machine never share them
SELECT current_setting('data_directory') AS datadir \gset
\set report_bin :datadir '/compensate_report.bin'
\set report_txt :datadir '/compensate_report.txt'
COPY rc_daily TO :'report_bin' WITH (FORMAT binary);
CREATE TABLE rc_daily_copy (LIKE rc_daily);
COPY rc_daily_copy FROM :'report_bin' WITH (FORMAT binary);
COPY rc_daily TO :'report_txt';
CREATE TABLE rc_daily_text (LIKE rc_daily);
COPY rc_daily_text FROM :'report_txt';
SELECT count(*) AS rows, count(*) FILTER (WHERE a.r::text = b.r::text AND a.r::text = c.r::text) AS identical
FROM rc_daily a JOIN rc_daily_copy b USING (day) JOIN rc_daily_text c USING (day);

-- Groups of only NULL reports, as an aggregate and as a window aggregate
-- (found by sqlsmith: a NULL state must stay NULL, not a NULL pointer)
SELECT report_rollup(NULL::payout_report) IS NULL AS null_rollup;
SELECT g, report_rollup(r) IS NULL AS null_rollup FROM (VALUES (1, NULL::payout_report), (2, NULL)) v(g, r) GROUP BY g ORDER BY g;
SELECT report_rollup(NULL::payout_report) OVER (ORDER BY x) IS NULL AS window_null FROM generate_series(1, 3) x;
SELECT x, report_claims(report_rollup(r) OVER (ORDER BY x)) AS running_claims
FROM (VALUES (1, NULL::payout_report), (2, (SELECT r FROM rc_daily ORDER BY day LIMIT 1)), (3, NULL)) v(x, r) ORDER BY x;
SELECT x, report_claims(payout_report('[0,) => 1', k) OVER (ORDER BY x)) AS running_claims
FROM (VALUES (1, NULL::bigint), (2, 5), (3, 7)) v(x, k) ORDER BY x;
