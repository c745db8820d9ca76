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
