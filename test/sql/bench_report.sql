-- Report benchmark: the per-tier report an analyst writes as a GROUP BY vs the
-- payout_report aggregate read back with report_tiers(), on the same table, in
-- one run, interleaved, with 1 and 2 workers.  psql variables: rows, runs.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;

-- "1 worker" is the backend alone (max_parallel_workers_per_gather = 0);
-- "2 workers" lets the planner add two parallel workers next to it.  The
-- three settings below make a parallel plan free to choose on a table of any
-- size; they have no effect while max_parallel_workers_per_gather is 0, which
-- each query sets for itself further down.
SET max_parallel_workers_per_gather = 0;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;

-- Claims with heavy-tailed losses (log-normal, median about 160,000 KRW): the
-- generator of bench_payout.sql, in a table of our own.  Not a temporary
-- table: parallel workers cannot read those.
SELECT setseed(0.42) \gset
CREATE TABLE bench_report_claims AS
SELECT g AS claim_id,
       greatest(0, exp(12 + 1.2 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))::bigint AS loss
FROM generate_series(1, :rows) g;
VACUUM ANALYZE bench_report_claims;

-- The schedules: the seed schedule, and 20 tiers with bounds at the 5%, 10%,
-- ..., 95% quantiles of the losses (about one claim in twenty per tier) and
-- rates falling from 20% to 2%, the top tier going to review.
CREATE TABLE bench_report_schedules (name text PRIMARY KEY, s payout_schedule);
CREATE TEMP TABLE bench_report_bounds AS
SELECT i, (percentile_disc(i / 20.0) WITHIN GROUP (ORDER BY loss)) AS bound
FROM bench_report_claims, generate_series(1, 19) i GROUP BY i;
INSERT INTO bench_report_schedules (name, s) VALUES
 ('3 tiers, amounts', 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 ('20 tiers, rates',
  (SELECT 'volume [0,' || min(bound) || '] => 20%, ' ||
          string_agg(format('(%s,%s] => %s%%', bound, lead, 20 - i), ', ' ORDER BY i)
              FILTER (WHERE lead IS NOT NULL) ||
          format(', (%s,) => review', max(bound))
   FROM (SELECT i, bound, lead(bound) OVER (ORDER BY i) AS lead FROM bench_report_bounds) b)::payout_schedule);

-- The two queries for each schedule, with the schedule as a literal constant
-- in the query text (format %L::payout_schedule, as bench_payout.sql does).
--   GROUP BY: the report an analyst writes in plain SQL; it returns no row for
--             a tier without claims, and NULL as paid for a review tier.
--   report:   one payout_report aggregate, one row per tier of the schedule.
CREATE TEMP TABLE queries (schedule text, method text, sql_text text);
INSERT INTO queries
SELECT name, 'GROUP BY',
       format('SELECT payout_tier(%1$L::payout_schedule, loss) AS tier, count(*) AS claims, sum(loss) AS claimed, ' ||
              'sum(payout(%1$L::payout_schedule, loss)) AS paid, ' ||
              'count(*) FILTER (WHERE needs_review(%1$L::payout_schedule, loss)) AS in_review ' ||
              'FROM bench_report_claims GROUP BY 1', s)
FROM bench_report_schedules
UNION ALL
SELECT name, 'report',
       format('SELECT * FROM report_tiers((SELECT payout_report(%L::payout_schedule, loss) FROM bench_report_claims))', s)
FROM bench_report_schedules;

-- The two worker settings every query runs with.
CREATE TEMP TABLE configs (workers int, max_parallel_workers_per_gather int);
INSERT INTO configs VALUES (1, 0), (2, 2);

CREATE TEMP TABLE plans (schedule text, method text, plan text);
CREATE TEMP TABLE answers (schedule text, method text, workers int,
                           tier int, claims bigint, claimed numeric, paid numeric, in_review bigint);
CREATE TEMP TABLE totals (schedule text, workers int, report_claims bigint, report_total numeric);
CREATE TEMP TABLE timings (schedule text, method text, workers int, run int, ms numeric);

CREATE FUNCTION pg_temp.time_query(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; r record;
BEGIN
  t0 := clock_timestamp();
  EXECUTE q INTO r;          -- runs the whole query, keeps its first row
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

-- A query's answer as one jsonb array of its rows (numerics stay exact in
-- jsonb).  A plain EXECUTE, so the query may run in parallel as it does when
-- timed: an INSERT ... SELECT or a FOR loop over the query would not.
CREATE FUNCTION pg_temp.answer(q text) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE a jsonb;
BEGIN
  EXECUTE format('SELECT jsonb_agg(r) FROM (%s) r', q) INTO a;
  RETURN a;
END $$;

CREATE FUNCTION pg_temp.explain_analyze(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE line text; plan text := '';
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || q LOOP
    plan := plan || line || E'\n';
  END LOOP;
  RETURN plan;
END $$;

-- The 2-worker plans, run once: what the planner chose, and how many workers
-- it really got.
DO $$
DECLARE q record;
BEGIN
  PERFORM set_config('max_parallel_workers_per_gather', '2', false);
  FOR q IN SELECT * FROM queries ORDER BY schedule, method LOOP
    INSERT INTO plans VALUES (q.schedule, q.method, pg_temp.explain_analyze(q.sql_text));
  END LOOP;
  PERFORM set_config('max_parallel_workers_per_gather', '0', false);
END $$;

-- Every query once per worker setting for its answer (and to warm the
-- cache), and the aggregate's own totals, then timed rounds.
DO $$
DECLARE c record; q record; b record; a jsonb; n bigint; t numeric;
BEGIN
  FOR c IN SELECT * FROM configs ORDER BY workers LOOP
    PERFORM set_config('max_parallel_workers_per_gather', c.max_parallel_workers_per_gather::text, false);
    FOR q IN SELECT * FROM queries ORDER BY schedule, method LOOP
      a := pg_temp.answer(q.sql_text);
      INSERT INTO answers
      SELECT q.schedule, q.method, c.workers, x.*
      FROM jsonb_to_recordset(a) AS x(tier int, claims bigint, claimed numeric, paid numeric, in_review bigint);
    END LOOP;
    FOR b IN SELECT * FROM bench_report_schedules ORDER BY name LOOP
      EXECUTE format('SELECT report_claims(r), report_total(r) ' ||
                     'FROM (SELECT payout_report(%L::payout_schedule, loss) AS r FROM bench_report_claims) a', b.s)
        INTO n, t;
      INSERT INTO totals VALUES (b.name, c.workers, n, t);
    END LOOP;
  END LOOP;
  PERFORM set_config('max_parallel_workers_per_gather', '0', false);
END $$;

SELECT set_config('bench.runs', :'runs', false) \gset
DO $$
DECLARE c record; q record; ms numeric;
BEGIN
  FOR r IN 1 .. current_setting('bench.runs')::int LOOP
    FOR c IN SELECT * FROM configs ORDER BY workers LOOP
      PERFORM set_config('max_parallel_workers_per_gather', c.max_parallel_workers_per_gather::text, false);
      FOR q IN SELECT * FROM queries ORDER BY schedule, method LOOP
        ms := pg_temp.time_query(q.sql_text);
        INSERT INTO timings VALUES (q.schedule, q.method, c.workers, r, ms);
      END LOOP;
    END LOOP;
  END LOOP;
  PERFORM set_config('max_parallel_workers_per_gather', '0', false);
END $$;

\echo
\echo 2-worker plans: the report must aggregate in the workers (a Partial Aggregate under the Gather);
\echo the GROUP BY gets what the planner picks (it expects about one group per distinct loss, so it may
\echo aggregate in the leader alone, the workers only scanning):
SELECT schedule, method,
       (regexp_match(plan, '(?:Finalize |Partial )?(?:Hash|Group|Mixed)?Aggregate'))[1] AS "top aggregate",
       plan LIKE '%Parallel Seq Scan%' AS "Parallel Seq Scan",
       plan LIKE '%Gather%' AND plan LIKE '%Partial %Aggregate%' AS "Partial Aggregate in workers",
       (regexp_match(plan, 'Workers Launched: (\d+)'))[1]::int AS "workers launched"
FROM plans ORDER BY schedule, method;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM plans WHERE method = 'report'
             AND NOT (plan LIKE '%Gather%' AND plan LIKE '%Partial Aggregate%' AND plan LIKE '%Parallel Seq Scan%')) THEN
    RAISE WARNING 'the report''s 2-worker plan does not aggregate in parallel workers (no Partial Aggregate under a Gather)';
  END IF;
END $$;

-- Every tier of every schedule, under every (method, workers).  A tier the
-- GROUP BY did not return holds no claims; a review tier it returns has paid
-- NULL where the report says 0.  A tier the report did not return stays NULL
-- and so disagrees.
CREATE TEMP TABLE tier_answers AS
SELECT t.schedule, t.tier, t.outcome, m.method, c.workers,
       CASE WHEN m.method = 'GROUP BY' THEN coalesce(a.claims, 0) ELSE a.claims END AS claims,
       a.claimed,
       CASE WHEN m.method = 'GROUP BY' AND t.outcome = 'review' THEN coalesce(a.paid, 0) ELSE a.paid END AS paid,
       a.in_review
FROM (SELECT b.name AS schedule, x.tier, x.outcome FROM bench_report_schedules b, tiers(b.s) x) t
CROSS JOIN (VALUES ('GROUP BY'), ('report')) m(method)
CROSS JOIN configs c
LEFT JOIN answers a ON a.schedule = t.schedule AND a.method = m.method AND a.workers = c.workers AND a.tier = t.tier;

-- The reference is the plain GROUP BY with 1 worker.  On a tier with claims,
-- every other answer must match it on claims, claimed, paid and in_review
-- (numeric equality: exact, whatever the scale); on a tier without claims it
-- must have claims = 0.
CREATE TEMP TABLE checks AS
SELECT o.schedule, o.tier, o.method, o.workers,
       coalesce(CASE WHEN ref.claims > 0
                     THEN (o.claims, o.claimed, o.paid, o.in_review)
                          IS NOT DISTINCT FROM (ref.claims, ref.claimed, ref.paid, ref.in_review)
                     ELSE o.claims = 0 END, false) AS agree
FROM tier_answers o
JOIN tier_answers ref ON ref.schedule = o.schedule AND ref.tier = o.tier
                     AND ref.method = 'GROUP BY' AND ref.workers = 1
WHERE NOT (o.method = 'GROUP BY' AND o.workers = 1);

\echo
\echo Same answers per tier (reference: GROUP BY, 1 worker; the others must agree exactly):
SELECT ref.schedule, ref.tier, ref.outcome, ref.claims, ref.claimed, ref.paid, ref.in_review,
       bool_and(c.agree) FILTER (WHERE c.method = 'report' AND c.workers = 1) AS "report, 1 worker",
       bool_and(c.agree) FILTER (WHERE c.method = 'GROUP BY' AND c.workers = 2) AS "GROUP BY, 2 workers",
       bool_and(c.agree) FILTER (WHERE c.method = 'report' AND c.workers = 2) AS "report, 2 workers"
FROM tier_answers ref
JOIN checks c USING (schedule, tier)
WHERE ref.method = 'GROUP BY' AND ref.workers = 1
GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2;

-- Rows no tier accounts for: a tier number outside the schedule, or a tier
-- returned twice by one query.
CREATE TEMP TABLE stray AS
SELECT a.schedule, a.method, a.workers, a.tier
FROM answers a
WHERE NOT EXISTS (SELECT 1 FROM bench_report_schedules b, tiers(b.s) x WHERE b.name = a.schedule AND x.tier = a.tier)
   OR (SELECT count(*) FROM answers d WHERE (d.schedule, d.method, d.workers, d.tier) = (a.schedule, a.method, a.workers, a.tier)) > 1;
SELECT count(*) AS "answer rows outside the tiers or repeated (must be 0)" FROM stray;

-- The aggregate's own totals: report_claims counts every claim, report_total
-- is the total paid (the sum of paid over the reference's tiers).
CREATE TEMP TABLE total_checks AS
SELECT t.schedule, t.workers, g.claims, t.report_claims, g.paid, t.report_total,
       coalesce(t.report_claims = g.claims AND t.report_total = g.paid, false) AS agree
FROM totals t
JOIN (SELECT schedule, sum(claims) AS claims, sum(paid) AS paid
      FROM tier_answers WHERE method = 'GROUP BY' AND workers = 1 GROUP BY schedule) g USING (schedule);

\echo
\echo Totals (report_claims and report_total against the reference GROUP BY):
SELECT * FROM total_checks ORDER BY schedule, workers;

\echo
\echo Median of :runs runs over :rows rows (ms); ratio = report / GROUP BY; speed-up = 1 worker / 2 workers:
WITH med AS (
  SELECT schedule, workers,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'GROUP BY') AS group_by,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'report') AS report
  FROM timings GROUP BY schedule, workers)
SELECT schedule, workers,
       round(group_by::numeric, 0) AS "GROUP BY",
       round(report::numeric, 0) AS report,
       round((report / nullif(group_by, 0))::numeric, 2) AS ratio,
       CASE WHEN workers > 1 THEN round((first_value(group_by) OVER w / nullif(group_by, 0))::numeric, 2) END
         AS "GROUP BY speed-up",
       CASE WHEN workers > 1 THEN round((first_value(report) OVER w / nullif(report, 0))::numeric, 2) END
         AS "report speed-up"
FROM med
WINDOW w AS (PARTITION BY schedule ORDER BY workers)
ORDER BY schedule, workers;

-- A wrong answer fails the benchmark (test/check runs it small).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM checks WHERE NOT agree)
     OR EXISTS (SELECT 1 FROM stray)
     OR EXISTS (SELECT 1 FROM total_checks WHERE NOT agree) THEN
    RAISE EXCEPTION 'payout_report and GROUP BY disagree';
  END IF;
END $$;
