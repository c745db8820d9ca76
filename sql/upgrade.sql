-- Upgrade path: data stored under 0.1 survives ALTER EXTENSION UPDATE to the
-- current version, and the updated extension equals a fresh install.
SET client_min_messages = warning;
-- The extension's member objects.  From PostgreSQL 17 on the array types of
-- an extension's types are members too; they come with their element types,
-- so they are left out and the count holds on every version.
CREATE TEMP VIEW members AS
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS object
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'compensate')
  AND NOT (d.classid = 'pg_type'::regclass
           AND EXISTS (SELECT FROM pg_type t WHERE t.oid = d.objid AND t.typcategory = 'A'));
CREATE TEMP TABLE fresh_objects AS SELECT object FROM members;
DROP EXTENSION compensate CASCADE;
CREATE EXTENSION compensate VERSION '0.1';
SELECT extversion FROM pg_extension WHERE extname = 'compensate';
CREATE TABLE kept (id int, s payout_schedule);
INSERT INTO kept VALUES (1, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
                        (2, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up');
CREATE TEMP TABLE before AS SELECT id, s::text AS s, payout(s, 420000) AS p FROM kept;
ALTER EXTENSION compensate UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'compensate';
SELECT k.id, k.s::text = b.s AS same_schedule, payout(k.s, 420000) = b.p AS same_payout
FROM kept k JOIN before b USING (id) ORDER BY id;
-- the new objects work on the old data
SELECT report_claims(payout_report(s, 420000::bigint)) FROM kept WHERE id = 1;
-- same objects as a fresh install of the current version
SELECT count(*) AS objects,
       count(*) FILTER (WHERE object NOT IN (SELECT object FROM fresh_objects)) AS only_after_update
FROM members;
SELECT count(*) AS only_in_fresh FROM fresh_objects WHERE object NOT IN (SELECT object FROM members);
-- no function of the extension runs with its definer's rights (prosecdef)
SELECT count(*) AS security_definer FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'compensate') AND p.prosecdef;
DROP TABLE kept;

-- 0.2 -> 0.3: the aggregates' states change from internal to payout_report
-- and classifier values.  Under 0.2's definitions this library still
-- aggregates, serially and in parallel (through 0.2's serialize and
-- deserialize functions); views calling the aggregates survive the update
-- (the aggregates are replaced in place); values stored under 0.2 read the
-- same after it.
DROP EXTENSION compensate CASCADE;
CREATE EXTENSION compensate VERSION '0.2';
CREATE TABLE agg_claims AS
SELECT g AS id, (g * 7919) % 900000 AS loss,
       CASE WHEN g % 3 = 0 THEN '유료 결제 환불 요청' ELSE '무료 서비스 이용 불편' END AS t,
       CASE WHEN g % 3 = 0 THEN 'paid' ELSE 'free' END AS label
FROM generate_series(1, 3000) g;
ANALYZE agg_claims;
CREATE VIEW agg_view AS
SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss) AS r,
       train_classifier(t, label) AS c
FROM agg_claims;
CREATE TABLE stored_02 AS SELECT * FROM agg_view;
SELECT CASE WHEN current_setting('server_version_num')::int >= 160000
            THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END AS force_parallel \gset
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET :force_parallel = on;
EXPLAIN (COSTS OFF) SELECT * FROM agg_view;
SELECT v.r::text = s.r::text AS report_same, v.c::text = s.c::text AS model_same
FROM agg_view v, stored_02 s;
RESET :force_parallel;
ALTER EXTENSION compensate UPDATE TO '0.3';
SELECT extversion FROM pg_extension WHERE extname = 'compensate';
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggtranstype::regtype AS state,
       a.aggcombinefn::regprocedure AS combine, a.aggserialfn::regproc AS serial
FROM pg_aggregate a JOIN pg_depend d ON d.objid = a.aggfnoid AND d.classid = 'pg_proc'::regclass
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'compensate')
ORDER BY 1::text;
-- the view, serially and in parallel, and the stored values
SET max_parallel_workers_per_gather = 0;
SELECT v.r::text = s.r::text AS report_same, v.c::text = s.c::text AS model_same
FROM agg_view v, stored_02 s;
SET max_parallel_workers_per_gather = 2;
SET :force_parallel = on;
EXPLAIN (COSTS OFF) SELECT * FROM agg_view;
SELECT v.r::text = s.r::text AS report_same, v.c::text = s.c::text AS model_same
FROM agg_view v, stored_02 s;
RESET :force_parallel;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SELECT report_claims(r) AS claims, report_total(r) AS paid, classify(c, '결제 환불') AS label
FROM stored_02;
DROP VIEW agg_view;
DROP TABLE stored_02, agg_claims;
