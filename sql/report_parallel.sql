-- payout_report in parallel and partition-wise plans: the combine,
-- serialize and deserialize functions give the same report as a serial scan.
CREATE TABLE rp AS
SELECT g AS id, (g::bigint * 7919) % 1000003 AS loss, g % 4 AS segment, g % 7 AS region
FROM generate_series(1, 200000) g;
INSERT INTO rp VALUES (200001, NULL, 1, 1);
CREATE TABLE rp_schedules (segment int PRIMARY KEY, s payout_schedule NOT NULL);
INSERT INTO rp_schedules VALUES
 (0, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 (1, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),
 (2, '[0,) => 1000 + 2.5% deductible 500'),
 (3, '[0,500000] => 1%, (500000,) => review');
ANALYZE rp, rp_schedules;

-- Serial answers first
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)::text AS seed,
       payout_report('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%', loss::numeric)::text AS graduated,
       payout_report('[0,) => 0.125%', loss)::text AS rate
FROM rp;
CREATE TEMP TABLE serial_segments AS
SELECT c.segment, payout_report(s.s, c.loss)::text AS r FROM rp c JOIN rp_schedules s USING (segment) GROUP BY c.segment;

-- Parallel plans: workers build partial reports, the leader combines them
SELECT regress.force_parallel() \gset
EXPLAIN (COSTS OFF)
SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) FROM rp;
SELECT s.seed = p.seed AS seed_identical, s.graduated = p.graduated AS graduated_identical, s.rate = p.rate AS rate_identical
FROM serial s,
     (SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)::text AS seed,
             payout_report('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%', loss::numeric)::text AS graduated,
             payout_report('[0,) => 0.125%', loss)::text AS rate
      FROM rp) p;
-- one schedule per segment, joined, in workers
SELECT regress.plan_has('SELECT c.segment, payout_report(s.s, c.loss) FROM rp c JOIN rp_schedules s USING (segment) GROUP BY c.segment',
                        'Partial') AS partial_aggregate;
SELECT p.segment, p.r = s.r AS identical
FROM (SELECT c.segment, payout_report(s.s, c.loss)::text AS r FROM rp c JOIN rp_schedules s USING (segment) GROUP BY c.segment) p
JOIN serial_segments s USING (segment) ORDER BY segment;
-- mixed schedules are caught in workers too (which schedule a worker saw
-- first varies from run to run, so only the message is shown)
\set VERBOSITY terse
SELECT payout_report(s.s, c.loss) FROM rp c JOIN rp_schedules s USING (segment) WHERE segment IN (0, 3);
\set VERBOSITY default

-- report_rollup of stored reports, in parallel
CREATE TABLE rp_regional AS
SELECT region, payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) AS r
FROM rp GROUP BY region;
ALTER TABLE rp_regional SET (parallel_workers = 2);
SELECT regress.plan_has('SELECT report_rollup(r) FROM rp_regional', 'Partial Aggregate') AS rollup_partial;
SELECT report_rollup(r)::text = (SELECT seed FROM serial) AS rollup_identical FROM rp_regional;
SELECT regress.reset_parallel() \gset

-- Partition-wise aggregation over a 4-way partitioned table: a partial
-- report per partition, combined in the same process (no serialization)
CREATE TABLE rpp (id int, loss bigint, segment int) PARTITION BY LIST (segment);
CREATE TABLE rpp0 PARTITION OF rpp FOR VALUES IN (0);
CREATE TABLE rpp1 PARTITION OF rpp FOR VALUES IN (1);
CREATE TABLE rpp2 PARTITION OF rpp FOR VALUES IN (2);
CREATE TABLE rpp3 PARTITION OF rpp FOR VALUES IN (3);
INSERT INTO rpp SELECT id, loss, segment FROM rp;
ANALYZE rpp;
SET enable_partitionwise_aggregate = on;
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF)
SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) FROM rpp;
SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)::text = (SELECT seed FROM serial) AS partitionwise_identical
FROM rpp;
-- grouped by something else than the partition key
SELECT g, a.r = b.r AS identical FROM
  (SELECT id % 3 AS g, payout_report('[0,) => 0.125%', loss)::text AS r FROM rpp GROUP BY 1) a
  JOIN (SELECT id % 3 AS g, payout_report('[0,) => 0.125%', loss)::text AS r FROM rp GROUP BY 1) b USING (g)
ORDER BY g;
RESET enable_partitionwise_aggregate;
RESET max_parallel_workers_per_gather;

-- Workers that see no rows (and combine NULL states) give NULL, not a crash
SELECT regress.force_parallel() \gset
SELECT payout_report('[0,) => 1', loss) IS NULL AS no_rows FROM rp WHERE id < 0;
SELECT report_rollup(r) IS NULL AS no_reports FROM rp_regional WHERE region < 0;
SELECT train_classifier(id::text, NULL) IS NULL AS nothing_learned FROM rp;
SELECT regress.reset_parallel() \gset
