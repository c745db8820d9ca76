-- Extension script security: hostile objects earlier in the search_path,
-- owned by an unprivileged role, must not capture anything when compensate is
-- created or used.
SET client_min_messages = warning;
DROP EXTENSION compensate CASCADE;
CREATE ROLE compensate_hostile NOLOGIN;
CREATE SCHEMA hostile AUTHORIZATION compensate_hostile;
CREATE TABLE hostile.calls (what text);
GRANT INSERT ON hostile.calls TO PUBLIC;
SET ROLE compensate_hostile;
-- traps: functions and operators with the names the scripts use
CREATE FUNCTION hostile.trap(a text, b text) RETURNS boolean LANGUAGE sql
  AS $$ INSERT INTO hostile.calls VALUES ('= on text'); SELECT a OPERATOR(pg_catalog.=) b $$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.trap);
CREATE FUNCTION hostile.payout(s text, k numeric) RETURNS numeric LANGUAGE sql
  AS $$ INSERT INTO hostile.calls VALUES ('payout'); SELECT 0::numeric $$;
CREATE FUNCTION hostile.hashint8extended(bigint, bigint) RETURNS bigint LANGUAGE sql
  AS $$ INSERT INTO hostile.calls VALUES ('hashint8extended'); SELECT 0::bigint $$;
CREATE FUNCTION hostile.numeric(bigint) RETURNS numeric LANGUAGE sql
  AS $$ INSERT INTO hostile.calls VALUES ('numeric'); SELECT 0::numeric $$;
RESET ROLE;
CREATE SCHEMA comp;
SET search_path = hostile, comp, public;
CREATE EXTENSION compensate SCHEMA comp;
-- everything still behaves
SELECT comp.payout('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::comp.payout_schedule, 420000::numeric) AS "50000";
SELECT count(*) AS claims, count(DISTINCT service) AS services FROM comp.sample_claims(1000);
SELECT comp.classify(comp.claim_classifier('service'), '카카오T 택시 콜') AS service;
SELECT comp.report_total(comp.payout_report('[0,) => 10%'::comp.payout_schedule, x)) FROM generate_series(1, 10) x;
SELECT comp.allocate(ARRAY[100, 200, 300]::numeric[], 200, 'talmud', 1) AS talmud;
-- and no trap was ever called
RESET search_path;
SELECT count(*) AS trap_calls FROM hostile.calls;
SELECT extname, extrelocatable, extnamespace::regnamespace FROM pg_extension WHERE extname = 'compensate';
DROP EXTENSION compensate CASCADE;
DROP SCHEMA comp;
DROP SCHEMA hostile CASCADE;
DROP ROLE compensate_hostile;
CREATE EXTENSION compensate;
