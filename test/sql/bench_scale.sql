-- The whole intake at scale (test/bench --scale): on the :rows claims of
-- table claims (sample_claims(:rows, 3), loaded by test/bench), one query
-- that classifies every claim in three dimensions and reports its payouts
-- per service, reporter and damage type, against the same with
-- the plain SQL an analyst would write (the CASE WHEN t ~* '...' chains of
-- case_chains.sql, a CASE for the tier, GROUP BY sums).  Two parallel
-- workers for both; compensate, plain, compensate again.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 2;
\ir case_chains.sql

CREATE FUNCTION pg_temp.time_query(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp(); r record;
BEGIN
  EXECUTE 'CREATE TEMP TABLE pipeline_result AS ' || q;
  EXECUTE 'DROP TABLE pipeline_result';
  RETURN round(extract(epoch FROM clock_timestamp() - t0)::numeric, 2);
END $$;

SELECT format($q$SELECT classify(claim_classifier('service'), text) AS service,
                         classify(claim_classifier('reporter'), text) AS reporter,
                         classify(claim_classifier('damage_type'), text) AS damage_type,
                         payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', claimed_loss) AS r
                  FROM claims
                  GROUP BY 1, 2, 3$q$) AS compensate_q \gset
SELECT format($q$SELECT service, reporter, damage_type, tier, count(*) AS claims, sum(claimed_loss) AS claimed,
                         sum(CASE tier WHEN 1 THEN 30000 WHEN 2 THEN 50000 END) AS paid
                  FROM (SELECT %s AS service, %s AS reporter, %s AS damage_type, claimed_loss,
                               CASE WHEN claimed_loss <= 300000 THEN 1 WHEN claimed_loss <= 500000 THEN 2
                                    WHEN claimed_loss > 500000 THEN 3 END AS tier
                        FROM (SELECT text AS t, claimed_loss FROM claims) c) x
                  GROUP BY 1, 2, 3, 4$q$,
              (SELECT case_expr FROM chains WHERE dimension = 'service'),
              (SELECT case_expr FROM chains WHERE dimension = 'reporter'),
              (SELECT case_expr FROM chains WHERE dimension = 'damage_type')) AS plain_q \gset

CREATE FUNCTION pg_temp.uses_gather(q text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
    IF line LIKE '%Gather%' THEN RETURN true; END IF;
  END LOOP;
  RETURN false;
END $$;
SELECT pg_temp.uses_gather(:'compensate_q') AS compensate_parallel, pg_temp.uses_gather(:'plain_q') AS plain_parallel;

CREATE TEMP TABLE timings (query text, run int, seconds numeric);
INSERT INTO timings SELECT 'compensate', 1, pg_temp.time_query(:'compensate_q');
INSERT INTO timings SELECT 'plain SQL', 1, pg_temp.time_query(:'plain_q');
INSERT INTO timings SELECT 'compensate', 2, pg_temp.time_query(:'compensate_q');

\echo
\echo Classify three dimensions and report per service and damage type, :rows claims (seconds):
SELECT query, string_agg(seconds::text, ', ' ORDER BY run) AS runs, min(seconds) AS best FROM timings GROUP BY query ORDER BY query;
SELECT round((SELECT min(seconds) FROM timings WHERE query = 'plain SQL') /
             NULLIF((SELECT min(seconds) FROM timings WHERE query = 'compensate'), 0), 1) AS speed_up;
