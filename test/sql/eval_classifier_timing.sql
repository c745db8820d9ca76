-- Training and classification time of compensate's models against
-- scikit-learn on the same 100,000 texts (sample_claims(100000, 3), label
-- damage_type), measured in one run: naive Bayes, the linear model where this
-- build has it, each trained on one core and with 2 parallel workers, then
-- classifying every text on one core; scikit-learn's fit and predict (one
-- core: TfidfVectorizer and LinearSVC do not use more) on the same texts,
-- exported once.  Median of :runs runs each.
-- psql variables: texts_file (CSV file to write the texts to),
-- sklearn_timing (a program that reads it and prints its timings:
-- test/eval_sklearn.py timing FILE RUNS), runs.  Run with
-- test/eval_classifier --compare.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;

-- a real table: parallel workers cannot read a temporary one
CREATE TABLE timing_texts AS SELECT text AS t, damage_type AS label FROM sample_claims(100000, 3);
VACUUM ANALYZE timing_texts;
\set copy '\\copy (SELECT t AS text, label FROM timing_texts) TO ' :'texts_file' ' WITH (FORMAT csv, HEADER true)'
:copy

SELECT to_regprocedure('train_classifier(text,text,text)') IS NOT NULL AS has_linear \gset
SELECT set_config('eval.runs', :'runs', false), set_config('eval.has_linear', :'has_linear', false) \gset

CREATE FUNCTION pg_temp.time_query(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; r bigint;
BEGIN
  t0 := clock_timestamp();
  EXECUTE q INTO r;
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;
CREATE TEMP TABLE timings (method text, step text, workers int, run int, ms numeric);
CREATE TEMP TABLE timing_models (method text, model classifier);

-- Training with a given number of parallel workers (0: one core)
CREATE FUNCTION pg_temp.time_training(method text, train_call text, workers int, run int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
  PERFORM set_config('parallel_setup_cost', '0', true);
  PERFORM set_config('parallel_tuple_cost', '0', true);
  PERFORM set_config('min_parallel_table_scan_size', '0', true);
  INSERT INTO timings VALUES (method, 'train', workers, run, pg_temp.time_query(
    format('SELECT length(%s::text) FROM timing_texts', train_call)));
END $$;

DO $$
DECLARE
  methods text[][] := ARRAY[['naive Bayes', 'train_classifier(t, label)']];
  m text[];
BEGIN
  IF current_setting('eval.has_linear')::bool THEN
    methods := methods || ARRAY[['linear', 'train_classifier(t, label, ''linear'')']];
  END IF;
  FOREACH m SLICE 1 IN ARRAY methods LOOP
    EXECUTE format('INSERT INTO timing_models SELECT %L, %s FROM timing_texts', m[1], m[2]);
  END LOOP;
  FOR r IN 1 .. current_setting('eval.runs')::int LOOP
    FOREACH m SLICE 1 IN ARRAY methods LOOP
      PERFORM pg_temp.time_training(m[1], m[2], 0, r);
      PERFORM pg_temp.time_training(m[1], m[2], 2, r);
      PERFORM set_config('max_parallel_workers_per_gather', '0', true);
      INSERT INTO timings VALUES (m[1], 'classify', 0, r, pg_temp.time_query(format(
        'SELECT count(DISTINCT classify(m.model, x.t)) FROM timing_texts x, timing_models m WHERE m.method = %L', m[1])));
    END LOOP;
  END LOOP;
END $$;

-- scikit-learn: fit and predict on the exported texts (a failing program fails the \copy)
CREATE TEMP TABLE sklearn_timings (step text, run int, rows int, ms numeric);
\set copy '\\copy sklearn_timings FROM PROGRAM ' :'sklearn_timing' ' WITH (FORMAT csv, HEADER true)'
:copy
SELECT set_config('eval.sklearn_rows', count(*)::text, false) FROM sklearn_timings WHERE rows = 100000 \gset
DO $$
BEGIN
  IF current_setting('eval.sklearn_rows')::int <> 2 * current_setting('eval.runs')::int THEN
    RAISE EXCEPTION 'scikit-learn timings are incomplete: % of % rows of 100,000 texts',
      current_setting('eval.sklearn_rows'), 2 * current_setting('eval.runs')::int;
  END IF;
END $$;
INSERT INTO timings SELECT 'scikit-learn', CASE step WHEN 'fit' THEN 'train' ELSE 'classify' END, 0, run, ms FROM sklearn_timings;

\echo
\echo Training and classifying 100,000 texts (sample_claims(100000, 3), damage_type), median ms of :runs runs;
\echo scikit-learn: fit = TfidfVectorizer.fit_transform + LinearSVC.fit, classify = transform + predict, one core;
\echo x_sklearn: how many times faster than scikit-learn on one core:
SELECT method, step, workers,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 0) AS ms,
       round((1000.0 * 100000 / percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::numeric, 0) AS texts_per_s,
       round(((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s.ms) FROM timings s
               WHERE s.method = 'scikit-learn' AND s.step = t.step) /
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::numeric, 1) AS x_sklearn
FROM timings t GROUP BY method, step, workers
ORDER BY step DESC, method = 'scikit-learn', method, workers;

\echo
\echo Accuracy on the training texts themselves (a sanity check, not a measure of quality):
SELECT m.method, round(100.0 * avg((classify(m.model, x.t) = x.label)::int), 1) AS train_accuracy_pct
FROM timing_texts x, timing_models m GROUP BY m.method ORDER BY m.method;

DROP TABLE timing_texts;
