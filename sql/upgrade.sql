-- Upgrade path: data stored under 0.1 survives ALTER EXTENSION UPDATE to the
-- current version, and the updated extension equals a fresh install (the
-- full script the Makefile builds from src/sql/): the same objects with the
-- same definitions, labels, costs and comments.
SET client_min_messages = warning;
-- The extension's member objects, each with what defines it.  From
-- PostgreSQL 17 on the array types of an extension's types are members too;
-- they come with their element types, so they are left out and the count
-- holds on every version.
CREATE FUNCTION pg_temp.extension_catalog() RETURNS TABLE (object text, definition text)
LANGUAGE sql AS $$
WITH m AS (
  SELECT d.classid, d.objid, d.objsubid
  FROM pg_depend d
  WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'compensate')
    AND NOT (d.classid = 'pg_type'::regclass
             AND EXISTS (SELECT FROM pg_type t WHERE t.oid = d.objid AND t.typcategory = 'A')))
SELECT pg_describe_object(m.classid, m.objid, m.objsubid),
       concat_ws(' | ',
         (SELECT concat_ws(' ', p.prokind, p.provolatile, p.proisstrict, p.proparallel, p.procost, p.prorows,
                           p.proretset, p.prosecdef, p.proleakproof, p.prosrc, p.probin, p.prosupport,
                           pg_get_function_arguments(p.oid), pg_get_function_result(p.oid))
          FROM pg_proc p WHERE m.classid = 'pg_proc'::regclass AND p.oid = m.objid),
         (SELECT concat_ws(' ', a.aggkind, a.aggnumdirectargs, a.aggtransfn::oid::regprocedure,
                           a.aggfinalfn::oid::regprocedure, a.aggcombinefn::oid::regprocedure,
                           a.aggserialfn::oid::regprocedure, a.aggdeserialfn::oid::regprocedure,
                           a.aggtranstype::regtype, a.aggfinalextra, a.aggfinalmodify, a.agginitval)
          FROM pg_aggregate a WHERE m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid),
         (SELECT concat_ws(' ', t.typtype, t.typlen, t.typbyval, t.typalign, t.typstorage, t.typcategory,
                           t.typinput, t.typoutput, t.typreceive, t.typsend, t.typanalyze, t.typelem::regtype)
          FROM pg_type t WHERE m.classid = 'pg_type'::regclass AND t.oid = m.objid),
         (SELECT concat_ws(' ', o.oprcode, o.oprcom::regoperator, o.oprnegate::regoperator, o.oprrest,
                           o.oprjoin, o.oprcanhash, o.oprcanmerge)
          FROM pg_operator o WHERE m.classid = 'pg_operator'::regclass AND o.oid = m.objid),
         (SELECT concat_ws(' ', c.castfunc::regprocedure, c.castcontext, c.castmethod)
          FROM pg_cast c WHERE m.classid = 'pg_cast'::regclass AND c.oid = m.objid),
         (SELECT concat_ws(' ', c.opcdefault, c.opcintype::regtype, c.opckeytype::regtype)
          FROM pg_opclass c WHERE m.classid = 'pg_opclass'::regclass AND c.oid = m.objid),
         (SELECT string_agg(x, '; ' ORDER BY x) FROM (
            SELECT pg_describe_object('pg_amop'::regclass, ao.oid, 0) AS x FROM pg_amop ao
            WHERE m.classid = 'pg_opfamily'::regclass AND ao.amopfamily = m.objid
            UNION ALL
            SELECT pg_describe_object('pg_amproc'::regclass, ap.oid, 0) FROM pg_amproc ap
            WHERE m.classid = 'pg_opfamily'::regclass AND ap.amprocfamily = m.objid) f),
         'comment: ' || obj_description(m.objid, (SELECT relname FROM pg_class WHERE oid = m.classid)))
FROM m
$$;
-- The differences between two captured catalogs, both ways
CREATE FUNCTION pg_temp.catalog_diff(a text, b text) RETURNS TABLE (side text, object text, definition text)
LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('SELECT %L, * FROM (SELECT * FROM %I EXCEPT SELECT * FROM %I) x
                               UNION ALL SELECT %L, * FROM (SELECT * FROM %I EXCEPT SELECT * FROM %I) y
                               ORDER BY 2, 1', 'only in ' || a, a, b, 'only in ' || b, b, a);
END $$;
CREATE TEMP TABLE fresh AS SELECT * FROM pg_temp.extension_catalog();
SELECT count(*) AS objects, count(*) FILTER (WHERE definition LIKE '%comment: %') AS commented FROM fresh;
-- what has no comment yet (COMMENT ON), by kind
SELECT split_part(object, ' ', 1) AS kind, count(*) AS uncommented
FROM fresh WHERE definition NOT LIKE '%comment: %' GROUP BY 1 ORDER BY 1;
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
-- the same objects, defined alike, as the fresh install of the current version
CREATE TEMP TABLE updated AS SELECT * FROM pg_temp.extension_catalog();
SELECT (SELECT count(*) FROM updated) AS objects, (SELECT count(*) FROM fresh) AS fresh_objects;
SELECT * FROM pg_temp.catalog_diff('fresh', 'updated');
-- the comparison sees a drift: one cost changed on the updated side
ALTER FUNCTION payout(payout_schedule, bigint) COST 7;
CREATE TEMP TABLE drifted AS SELECT * FROM pg_temp.extension_catalog();
SELECT side, object FROM pg_temp.catalog_diff('fresh', 'drifted');
ALTER FUNCTION payout(payout_schedule, bigint) COST 1;
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
SELECT regress.force_parallel() \gset
EXPLAIN (COSTS OFF) SELECT * FROM agg_view;
SELECT v.r::text = s.r::text AS report_same, v.c::text = s.c::text AS model_same
FROM agg_view v, stored_02 s;
SELECT regress.reset_parallel() \gset
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
SELECT regress.force_parallel() \gset
EXPLAIN (COSTS OFF) SELECT * FROM agg_view;
SELECT v.r::text = s.r::text AS report_same, v.c::text = s.c::text AS model_same
FROM agg_view v, stored_02 s;
SELECT regress.reset_parallel() \gset
SELECT report_claims(r) AS claims, report_total(r) AS paid, classify(c, '결제 환불') AS label
FROM stored_02;
DROP VIEW agg_view;
DROP TABLE stored_02, agg_claims;

-- 0.4 -> 0.5: sample_claims is made in C instead of by one SQL query; the
-- rows are the same, for several seeds and ranges, in every column
DROP EXTENSION compensate CASCADE;
CREATE EXTENSION compensate VERSION '0.4';
CREATE TEMP TABLE rows_04 AS
SELECT seed, md5(string_agg(x::text, E'\n' ORDER BY x.claim_id)) AS rows
FROM (VALUES (1), (3), (-7), (144115188075855807)) v(seed), sample_claims_range(1, 6000, v.seed) x GROUP BY seed
UNION ALL
SELECT 1000, md5(string_agg(x::text, E'\n' ORDER BY x.claim_id)) FROM sample_claims_range(9995001, 10000000, 1000) x;
ALTER EXTENSION compensate UPDATE TO '0.5';
SELECT o.seed, o.rows = n.rows AS same_rows
FROM rows_04 o
JOIN (SELECT seed, md5(string_agg(x::text, E'\n' ORDER BY x.claim_id)) AS rows
      FROM (VALUES (1), (3), (-7), (144115188075855807)) v(seed), sample_claims_range(1, 6000, v.seed) x GROUP BY seed
      UNION ALL
      SELECT 1000, md5(string_agg(x::text, E'\n' ORDER BY x.claim_id)) FROM sample_claims_range(9995001, 10000000, 1000) x) n
  USING (seed)
ORDER BY o.seed;
