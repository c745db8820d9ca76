-- Allocation benchmark: allocate() against the plain SQL an analyst would
-- write for the same division (window sums, then a largest-remainder fix-up
-- with row_number), on :rows claims in partitions of 1,000 (interleaved) and on the
-- same claims in one partition, in one run, interleaved.  The SQL versions of
-- proportional and CEA must give allocate()'s awards exactly, row for row.
-- psql variables: rows, runs.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;
SET max_parallel_workers_per_gather = 0;   -- one core: measure the functions, not the scheduler

-- Claims in won, heavy-tailed (log-normal, median about 160,000 KRW); each
-- partition's budget is 40% of its claims, so every rule has work to do.
SELECT setseed(0.42) \gset
CREATE TABLE bench_losses AS
SELECT g AS id, greatest(0, exp(12 + 1.2 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))::bigint::numeric AS claim
FROM generate_series(1, :rows) g;
-- Partitions of 1,000 claims each, interleaved (1,000 partitions for 1M claims;
-- the smoke run's 20,000 claims make 20): the same problem size per partition
-- at every scale, so that a rule with a limit meets the same problems.
CREATE TABLE bench_parts AS SELECT id, 1 + id % greatest(1, :rows / 1000) AS p, claim FROM bench_losses;
CREATE TABLE bench_whole AS SELECT id, 1 AS p, claim FROM bench_losses;
ALTER TABLE bench_parts ADD COLUMN budget numeric;
ALTER TABLE bench_whole ADD COLUMN budget numeric;
UPDATE bench_parts b SET budget = t.budget FROM (SELECT p, floor(sum(claim) * 0.4) AS budget FROM bench_parts GROUP BY p) t WHERE t.p = b.p;
UPDATE bench_whole SET budget = (SELECT floor(sum(claim) * 0.4) FROM bench_whole);
VACUUM ANALYZE bench_parts;
VACUUM ANALYZE bench_whole;

-- The queries, with %s for the table.  Each returns one row per claim: (id, award).
CREATE TEMP TABLE methods (method text, rule text, q text);
INSERT INTO methods
SELECT 'allocate', rule, format('SELECT id, allocate(claim, budget, %L) OVER (PARTITION BY p ORDER BY id) AS award FROM %%s', rule)
FROM unnest(ARRAY['proportional', 'cea', 'cel', 'talmud', 'apro', 'ce', 'pin', 'rtalmud', 'dt', 'mo', 'ra', 'aa']) rule;
-- Proportional as an analyst writes it: each claim's exact share rounded
-- down (div and mod keep it exact), then one unit more for the largest
-- remainders until the budget is spent (larger claim, then earlier row, on a tie).
INSERT INTO methods VALUES ('SQL', 'proportional', $q$
WITH shares AS (
  SELECT p, id, claim, budget, sum(claim) OVER (PARTITION BY p) AS total FROM %s),
floors AS (
  SELECT *, CASE WHEN budget >= total THEN claim ELSE div(budget * claim, total) END AS base,
            CASE WHEN budget >= total THEN 0 ELSE mod(budget * claim, total) END AS remainder
  FROM shares),
ranked AS (
  SELECT *, least(budget, total) - sum(base) OVER (PARTITION BY p) AS leftover,
         row_number() OVER (PARTITION BY p ORDER BY remainder DESC, claim DESC, id) AS rank
  FROM floors)
SELECT id, base + CASE WHEN rank <= leftover THEN 1 ELSE 0 END AS award FROM ranked$q$);
-- CEA as an analyst writes it: claims sorted with running sums; the level L
-- is (what is left) / (claims left) at the first claim it does not reach;
-- then the same rounding fix-up.
INSERT INTO methods VALUES ('SQL', 'cea', $q$
WITH sorted AS (
  SELECT p, id, claim, budget,
         count(*) OVER (PARTITION BY p) AS n,
         row_number() OVER (PARTITION BY p ORDER BY claim, id) AS k,
         sum(claim) OVER (PARTITION BY p ORDER BY claim, id ROWS UNBOUNDED PRECEDING) - claim AS below
  FROM %s),
level AS (
  SELECT DISTINCT ON (p) p, budget - below AS rest, n - k + 1 AS m
  FROM sorted WHERE budget - below <= (n - k + 1) * claim
  ORDER BY p, k),
floors AS (
  SELECT s.*, CASE WHEN l.p IS NULL OR s.claim * l.m <= l.rest THEN s.claim ELSE div(l.rest, l.m) END AS base,
              CASE WHEN l.p IS NULL OR s.claim * l.m <= l.rest THEN 0 ELSE mod(l.rest, l.m) END AS remainder
  FROM sorted s LEFT JOIN level l USING (p)),
ranked AS (
  SELECT *, least(budget, sum(claim) OVER (PARTITION BY p)) - sum(base) OVER (PARTITION BY p) AS leftover,
         row_number() OVER (PARTITION BY p ORDER BY remainder DESC, claim DESC, id) AS rank
  FROM floors)
SELECT id, base + CASE WHEN rank <= leftover AND base < claim THEN 1 ELSE 0 END AS award FROM ranked$q$);
-- The floor: sorting the rows into their window and walking it, which any
-- window query over the same partitions pays (here with row_number()).
INSERT INTO methods VALUES ('floor', NULL, 'SELECT id, row_number() OVER (PARTITION BY p ORDER BY id) AS award FROM %s');
CREATE TEMP TABLE layouts (layout text, tab text);
INSERT INTO layouts VALUES ('partitions of 1,000', 'bench_parts'), ('one partition', 'bench_whole');

-- Same answers: every award of the SQL versions equals allocate()'s
CREATE TEMP TABLE differences (layout text, rule text, differing bigint, total_allocate numeric, total_sql numeric);
DO $$
DECLARE l record; r text; d bigint; ta numeric; ts numeric;
BEGIN
  FOR l IN SELECT * FROM layouts ORDER BY layout LOOP
    FOREACH r IN ARRAY ARRAY['proportional', 'cea'] LOOP
      EXECUTE format('CREATE TEMP TABLE a AS %s', format((SELECT q FROM methods WHERE method = 'allocate' AND rule = r), l.tab));
      EXECUTE format('CREATE TEMP TABLE s AS %s', format((SELECT q FROM methods WHERE method = 'SQL' AND rule = r), l.tab));
      SELECT count(*) INTO d FROM a FULL JOIN s USING (id) WHERE a.award IS DISTINCT FROM s.award;
      SELECT sum(award) INTO ta FROM a;
      SELECT sum(award) INTO ts FROM s;
      INSERT INTO differences VALUES (l.layout, r, d, ta, ts);
      DROP TABLE a;
      DROP TABLE s;
    END LOOP;
  END LOOP;
END $$;
\echo
\echo Same answers (every award of the SQL versions must equal the award of allocate()):
SELECT * FROM differences ORDER BY layout, rule;

-- The time of a query in ms; NULL when a rule refuses the problem as beyond
-- its documented limit (54000: mo, ra and aa on large partitions).
CREATE FUNCTION pg_temp.time_query(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; r numeric;
BEGIN
  t0 := clock_timestamp();
  EXECUTE format('SELECT sum(award * (id %% 997)) FROM (%s) x', q) INTO r;
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
EXCEPTION WHEN program_limit_exceeded THEN
  RETURN NULL;
END $$;
CREATE TEMP TABLE timings (layout text, method text, rule text, run int, ms numeric);
SELECT set_config('bench.runs', :'runs', false) \gset
DO $$
DECLARE l record; m record;
BEGIN
  FOR r IN 1 .. current_setting('bench.runs')::int LOOP
    FOR l IN SELECT * FROM layouts ORDER BY layout LOOP
      FOR m IN SELECT * FROM methods ORDER BY rule NULLS FIRST, method LOOP
        INSERT INTO timings VALUES (l.layout, m.method, m.rule, r, pg_temp.time_query(format(m.q, l.tab)));
      END LOOP;
    END LOOP;
  END LOOP;
END $$;

\echo
\echo Median of :runs runs over :rows claims (ms); speed-up = SQL / allocate;
\echo floor = row_number() over the same window (the sort and the window walk both pay):
WITH med AS (
  SELECT layout, method, rule, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
  FROM timings GROUP BY layout, method, rule)
SELECT m.layout, m.rule,
       round(max(m.ms) FILTER (WHERE m.method = 'SQL')::numeric, 0) AS "SQL ms",
       coalesce(round(max(m.ms) FILTER (WHERE m.method = 'allocate')::numeric, 0)::text, 'beyond its limit') AS "allocate ms",
       round((max(m.ms) FILTER (WHERE m.method = 'SQL') / max(m.ms) FILTER (WHERE m.method = 'allocate'))::numeric, 1) AS "speed-up",
       round(min(f.ms)::numeric, 0) AS "floor ms"
FROM med m JOIN med f ON f.layout = m.layout AND f.method = 'floor'
WHERE m.method <> 'floor'
GROUP BY m.layout, m.rule
ORDER BY m.layout, array_position(ARRAY['proportional', 'cea', 'cel', 'talmud', 'apro', 'ce', 'pin', 'rtalmud', 'dt', 'mo', 'ra', 'aa'], m.rule);

-- A wrong answer fails the benchmark (test/check runs it small).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM differences WHERE differing <> 0 OR total_allocate IS DISTINCT FROM total_sql) THEN
    RAISE EXCEPTION 'allocate() and the SQL versions disagree';
  END IF;
END $$;
