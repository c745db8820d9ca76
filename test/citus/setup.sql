-- The tables of test/citus/run, on the coordinator: every distributed table
-- has a plain twin with the same rows, and each check compares a query on
-- the one with the same query on the other.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET citus.shard_count = 4;
-- 0.2, whose aggregates had internal states: test/citus/run shows what Citus
-- does with those, then updates the extension on the cluster
CREATE EXTENSION compensate VERSION '0.2';

-- Claims: sample_claims loaded straight into a distributed table
CREATE TABLE claims_local AS SELECT * FROM sample_claims(:rows, 7);
CREATE TABLE claims (LIKE claims_local);
SELECT create_distributed_table('claims', 'claim_id');
INSERT INTO claims SELECT * FROM sample_claims(:rows, 7);

-- Schedules by reporter: a reference table (a copy on every node) and its twin
CREATE TABLE schedules (reporter text PRIMARY KEY, s payout_schedule NOT NULL);
SELECT create_reference_table('schedules');
INSERT INTO schedules VALUES
  ('small_business', 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
  ('general_user', 'volume [0,10000] => 5000, (10000,) => 10000'),
  ('company', 'graduated [0,1000000) => 10%, [1000000,) => 5% cap 5000000 round 10 half_up');
CREATE TABLE schedules_local AS SELECT * FROM schedules;

-- Stored daily reports, distributed by day
CREATE TABLE daily_local AS
SELECT received_at::date AS day,
       payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', claimed_loss) AS r
FROM claims_local GROUP BY 1;
CREATE TABLE daily (LIKE daily_local);
SELECT create_distributed_table('daily', 'day');
INSERT INTO daily SELECT * FROM daily_local;

-- Funds shared among claims: allocation partitioned by the distribution column
CREATE TABLE funds_local AS
SELECT claim_id % 25 AS fund_id, claim_id, coalesce(claimed_loss, 0)::numeric AS claim,
       1000000::numeric + 10000 * (claim_id % 25) AS budget
FROM claims_local;
CREATE TABLE funds (LIKE funds_local);
SELECT create_distributed_table('funds', 'fund_id');
INSERT INTO funds SELECT * FROM funds_local;

-- Every compensate type in one table, for COPY
CREATE TABLE typed_local AS
SELECT d.n AS id, s.s, dl.r, CASE WHEN d.n % 2 = 0 THEN claim_classifier('service') ELSE m.c END AS c
FROM generate_series(1, 12) d(n)
JOIN (SELECT row_number() OVER (ORDER BY reporter) AS k, s FROM schedules_local) s ON s.k = 1 + d.n % 3
JOIN (SELECT row_number() OVER (ORDER BY day) AS k, r FROM daily_local) dl ON dl.k = d.n
CROSS JOIN (SELECT train_classifier(text, service) AS c FROM claims_local WHERE claim_id <= 300) m;
CREATE TABLE typed_text (LIKE typed_local);
SELECT create_distributed_table('typed_text', 'id');
CREATE TABLE typed_binary (LIKE typed_local);
SELECT create_distributed_table('typed_binary', 'id');
ANALYZE;
