-- Classification benchmark: classify() with a built-in rule set against the
-- CASE WHEN t ~* '...' chain an analyst would write with the same terms, on
-- the same texts, in one run, interleaved; then training on labeled rows.
-- psql variables: data (claims_labeled.tsv), rows (texts), train_rows, runs.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;
SET max_parallel_workers_per_gather = 0;

CREATE TEMP TABLE labeled (id int, text text, service text, reporter text, damage_type text);
\set copy '\\copy labeled FROM ' :'data' ' WITH (FORMAT csv, DELIMITER E''\\t'', HEADER true, QUOTE E''\\x01'')'
:copy

-- :rows texts: the labeled claims over and over, each with its own claim number
CREATE TABLE bench_texts AS
SELECT g AS id, format('[%s] %s', g, l.text) AS t
FROM generate_series(1, :rows) g JOIN labeled l ON l.id = 1 + g % (SELECT count(*) FROM labeled);
VACUUM ANALYZE bench_texts;

\ir case_chains.sql
SELECT dimension, (SELECT count(*) FROM classifier_terms(claim_classifier(dimension))) AS terms, length(case_expr) AS case_chars
FROM chains ORDER BY dimension;

CREATE FUNCTION pg_temp.time_query(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; r bigint;
BEGIN
  t0 := clock_timestamp();
  EXECUTE q INTO r;
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;
CREATE TEMP TABLE timings (dimension text, method text, run int, ms numeric);
SELECT set_config('bench.runs', :'runs', false) \gset
DO $$
DECLARE d record;
BEGIN
  FOR r IN 1 .. current_setting('bench.runs')::int LOOP
    FOR d IN SELECT * FROM chains ORDER BY dimension LOOP
      INSERT INTO timings VALUES (d.dimension, 'classify', r, pg_temp.time_query(format(
        'SELECT count(DISTINCT classify(claim_classifier(%L), t)) FROM bench_texts', d.dimension)));
      -- the immutable edition, against which the stable current one (folded
      -- to a constant by its planner support) must not be slower
      INSERT INTO timings VALUES (d.dimension, 'classify edition 1', r, pg_temp.time_query(format(
        'SELECT count(DISTINCT classify(claim_classifier(%L, 1), t)) FROM bench_texts', d.dimension)));
      INSERT INTO timings VALUES (d.dimension, 'CASE ~*', r, pg_temp.time_query(format(
        'SELECT count(DISTINCT %s) FROM bench_texts', d.case_expr)));
    END LOOP;
  END LOOP;
END $$;

\echo
\echo How often the first-match CASE chain gives the same label as the scored rules (they differ by design),
\echo and how often each is right, on the labeled claims:
CREATE FUNCTION pg_temp.agreement(d text, case_expr text, OUT agree_pct numeric, OUT classify_right_pct numeric, OUT case_right_pct numeric)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('SELECT round(100.0 * avg((c = k)::int), 1), round(100.0 * avg((c = truth)::int), 1), round(100.0 * avg((k = truth)::int), 1)
                  FROM (SELECT classify(claim_classifier(%L), t) AS c, %s AS k, %I AS truth FROM (SELECT text AS t, * FROM labeled) l) x',
                 d, case_expr, d)
    INTO agree_pct, classify_right_pct, case_right_pct;
END $$;
SELECT dimension, a.* FROM chains, pg_temp.agreement(dimension, case_expr) a ORDER BY dimension;

\echo
\echo Median of :runs runs over :rows texts (ms); speed-up = CASE / classify:
SELECT dimension,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'classify')::numeric, 0) AS classify_ms,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'CASE ~*')::numeric, 0) AS case_ms,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'CASE ~*') /
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'classify'))::numeric, 1) AS speed_up,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'classify edition 1')::numeric, 0) AS edition_1_ms,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'classify') /
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE method = 'classify edition 1'))::numeric, 2) AS stable_over_edition
FROM timings GROUP BY dimension ORDER BY dimension;

-- Training: :train_rows labeled rows (the claims again, numbered)
CREATE TABLE bench_train AS
SELECT format('%s #%s', l.text, g) AS t, l.damage_type AS label
FROM generate_series(1, :train_rows) g JOIN labeled l ON l.id = 1 + g % (SELECT count(*) FROM labeled);
VACUUM ANALYZE bench_train;
CREATE TEMP TABLE train_timings (workers int, run int, ms numeric);
DO $$
BEGIN
  FOR r IN 1 .. current_setting('bench.runs')::int LOOP
    PERFORM set_config('max_parallel_workers_per_gather', '0', true);
    INSERT INTO train_timings VALUES (0, r, pg_temp.time_query(
      'SELECT length(train_classifier(t, label)::text) FROM bench_train'));
    PERFORM set_config('max_parallel_workers_per_gather', '2', true);
    PERFORM set_config('parallel_setup_cost', '0', true);
    PERFORM set_config('min_parallel_table_scan_size', '0', true);
    INSERT INTO train_timings VALUES (2, r, pg_temp.time_query(
      'SELECT length(train_classifier(t, label)::text) FROM bench_train'));
  END LOOP;
END $$;
\echo
\echo Training a model on :train_rows labeled rows (median ms):
SELECT workers, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 0) AS ms FROM train_timings GROUP BY workers ORDER BY workers;
