-- Payout benchmark: sum(loss) vs sum(CASE ...) vs sum(payout(s, loss)) on the
-- same table, in one run, interleaved.  psql variables: rows, runs.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;
SET max_parallel_workers_per_gather = 0;   -- one core: measure the functions, not the scheduler

-- Claims with heavy-tailed losses (log-normal, median about 160,000 KRW).
SELECT setseed(0.42) \gset
CREATE TABLE bench_claims AS
SELECT g AS claim_id,
       greatest(0, exp(12 + 1.2 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))::bigint AS loss
FROM generate_series(1, :rows) g;
VACUUM ANALYZE bench_claims;

-- The schedules, and the CASE an analyst would write for each.
CREATE TABLE bench_schedules (name text PRIMARY KEY, s payout_schedule, case_expr text);
-- 20 tiers spread over the losses the way an analyst would place them: bounds
-- at the 5%, 10%, ..., 95% quantiles of the claimed losses, so that every
-- tier holds about one claim in twenty.
CREATE TEMP TABLE bench_bounds AS
SELECT i, (percentile_disc(i / 20.0) WITHIN GROUP (ORDER BY loss)) AS bound
FROM bench_claims, generate_series(1, 19) i GROUP BY i;
INSERT INTO bench_schedules (name, s) VALUES
 ('3 tiers, amounts', 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 ('20 tiers, amounts',
  (SELECT 'volume [0,' || min(bound) || '] => 1000, ' ||
          string_agg(format('(%s,%s] => %s', bound, lead, (i + 1) * 1000), ', ' ORDER BY i)
              FILTER (WHERE lead IS NOT NULL) ||
          format(', (%s,) => review', max(bound))
   FROM (SELECT i, bound, lead(bound) OVER (ORDER BY i) AS lead FROM bench_bounds) b)::payout_schedule),
 ('20 tiers, rates',
  (SELECT 'volume [0,' || min(bound) || '] => 20%, ' ||
          string_agg(format('(%s,%s] => %s%%', bound, lead, 20 - i), ', ' ORDER BY i)
              FILTER (WHERE lead IS NOT NULL) ||
          format(', (%s,) => review', max(bound))
   FROM (SELECT i, bound, lead(bound) OVER (ORDER BY i) AS lead FROM bench_bounds) b)::payout_schedule);
UPDATE bench_schedules b SET case_expr =
  (SELECT 'CASE ' || string_agg(format('WHEN loss <= %s THEN %s', t.upper,
                   CASE WHEN t.outcome LIKE '%\%' THEN format('loss * %s', trim_scale(rtrim(t.outcome, '%')::numeric / 100))
                        ELSE t.outcome || '::numeric' END), ' ' ORDER BY t.tier)
          || ' ELSE NULL END'
   FROM tiers(b.s) t WHERE t.outcome <> 'review');

CREATE TEMP TABLE timings (label text, schedule text, run int, ms numeric);
CREATE TEMP TABLE answers (label text, schedule text, answer numeric);

CREATE FUNCTION pg_temp.time_query(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; r numeric;
BEGIN
  t0 := clock_timestamp();
  EXECUTE q INTO r;
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

-- Every query once for its answer (and to warm the cache), then timed rounds.
DO $$
DECLARE b record; a numeric;
BEGIN
  FOR b IN SELECT * FROM bench_schedules ORDER BY name LOOP
    EXECUTE 'SELECT sum(loss) FROM bench_claims' INTO a;
    INSERT INTO answers VALUES ('sum(loss)', b.name, a);
    EXECUTE format('SELECT sum(%s) FROM bench_claims', b.case_expr) INTO a;
    INSERT INTO answers VALUES ('CASE', b.name, a);
    EXECUTE format('SELECT sum(payout(%L::payout_schedule, loss)) FROM bench_claims', b.s) INTO a;
    INSERT INTO answers VALUES ('payout', b.name, a);
  END LOOP;
END $$;

SELECT set_config('bench.runs', :'runs', false) \gset
DO $$
DECLARE b record;
BEGIN
  FOR r IN 1 .. current_setting('bench.runs')::int LOOP
    FOR b IN SELECT * FROM bench_schedules ORDER BY name LOOP
      INSERT INTO timings VALUES ('sum(loss)', b.name, r, pg_temp.time_query('SELECT sum(loss) FROM bench_claims'));
      INSERT INTO timings VALUES ('CASE', b.name, r,
        pg_temp.time_query(format('SELECT sum(%s) FROM bench_claims', b.case_expr)));
      INSERT INTO timings VALUES ('payout', b.name, r,
        pg_temp.time_query(format('SELECT sum(payout(%L::payout_schedule, loss)) FROM bench_claims', b.s)));
    END LOOP;
  END LOOP;
END $$;

\echo
\echo Same answers (CASE and payout must agree exactly):
SELECT schedule, max(answer) FILTER (WHERE label = 'CASE') AS case_sum,
       max(answer) FILTER (WHERE label = 'payout') AS payout_sum,
       max(answer) FILTER (WHERE label = 'CASE') = max(answer) FILTER (WHERE label = 'payout') AS equal
FROM answers GROUP BY schedule ORDER BY schedule;

\echo
\echo Median of :runs runs over :rows rows (ms); ratio = payout / CASE:
WITH med AS (
  SELECT schedule, label, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
  FROM timings GROUP BY schedule, label)
SELECT schedule,
       round(max(ms) FILTER (WHERE label = 'sum(loss)')::numeric, 0) AS "sum(loss)",
       round(max(ms) FILTER (WHERE label = 'CASE')::numeric, 0) AS "sum(CASE)",
       round(max(ms) FILTER (WHERE label = 'payout')::numeric, 0) AS "sum(payout)",
       round((max(ms) FILTER (WHERE label = 'payout') / max(ms) FILTER (WHERE label = 'CASE'))::numeric, 2) AS ratio
FROM med GROUP BY schedule ORDER BY schedule;

-- A wrong answer fails the benchmark (test/check runs it small).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM answers a JOIN answers b USING (schedule)
             WHERE a.label = 'CASE' AND b.label = 'payout' AND a.answer IS DISTINCT FROM b.answer) THEN
    RAISE EXCEPTION 'payout and CASE disagree';
  END IF;
END $$;
