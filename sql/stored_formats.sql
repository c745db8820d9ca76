-- Stored formats: every stored value is read through its type's one checked
-- accessor (schedule_format.c, report_read, classifier_view).  The values
-- here are written as raw stored bytes, through casts between bytea and the
-- compensate types that exist only in this test: a schedule in the first
-- stored format reads the same through every function, this library still
-- writes exactly those bytes, and values of an unknown version, with unknown
-- flags or with a size that does not match are refused (XX001), never
-- misread.
SET client_min_messages = warning;

-- CREATE CAST ... WITHOUT FUNCTION wants the two types aligned alike; the
-- compensate types are double-aligned and bytea int-aligned, so each type's
-- alignment is set to bytea's while its casts are made, and set back at once
-- (a cast without function never looks at it again).  Stored values stay
-- double-aligned: they are copied into tables before they are read.
BEGIN;
UPDATE pg_type SET typalign = 'i'
WHERE oid IN ('payout_schedule'::regtype, 'payout_report'::regtype, 'classifier'::regtype);
CREATE CAST (bytea AS payout_schedule) WITHOUT FUNCTION;
CREATE CAST (payout_schedule AS bytea) WITHOUT FUNCTION;
CREATE CAST (bytea AS payout_report) WITHOUT FUNCTION;
CREATE CAST (payout_report AS bytea) WITHOUT FUNCTION;
CREATE CAST (bytea AS classifier) WITHOUT FUNCTION;
CREATE CAST (classifier AS bytea) WITHOUT FUNCTION;
UPDATE pg_type SET typalign = 'd'
WHERE oid IN ('payout_schedule'::regtype, 'payout_report'::regtype, 'classifier'::regtype);
COMMIT;

CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r text;
  detail text;
BEGIN
  EXECUTE q INTO r;
  RETURN 'ok: ' || coalesce(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' / ' || nullif(detail, ''), '');
END $$;

-- Format version 1 of payout_schedule (compensate 0.1 and later), the seed
-- schedule 'volume [0,300000] => 30000, (300000,500000] => 50000,
-- (500000,) => review', byte for byte after the varlena header: version 1,
-- mode 0 (volume), rounding 0, flags 0x01 (lower bound inclusive), 3 tiers,
-- pad; lower bound, deductible, cap, rounding unit (16 bytes each: int64
-- mantissa, int16 scale, pad); per tier upper bound, fixed amount, rate and
-- flags (tier 1: 300000 inclusive, 30000; tier 2: 500000 inclusive, 50000;
-- tier 3: unbounded, review).
\set v1 '\\x01000001030000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e09304000000000000000000000000003075000000000000000000000000000000000000000000000000000000000000010000000000000020a1070000000000000000000000000050c300000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000a00000000000000'
CREATE TABLE stored_v1 AS SELECT :'v1'::bytea::payout_schedule AS s;
CREATE TABLE parsed AS
SELECT 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule AS s;

-- read through every function, equal to the same schedule parsed today
SELECT v.s::text AS text, v.s = p.s AS equal, v.s <> p.s AS differ, payout_schedule_cmp(v.s, p.s) AS cmp,
       payout_schedule_hash(v.s) = payout_schedule_hash(p.s) AS same_hash,
       payout_schedule_send(v.s) = payout_schedule_send(p.s) AS same_binary
FROM stored_v1 v, parsed p;
SELECT payout(s, 420000) AS payout, needs_review(s, 600000) AS review, payout_tier(s, 300001::bigint) AS tier,
       payout_explain(s, 420000) ->> 'range' AS range
FROM stored_v1;
SELECT report_total(payout_report(s, k)) AS report_total
FROM stored_v1, (VALUES (1::bigint), (420000), (600000)) v(k);
SELECT * FROM tiers((SELECT s FROM stored_v1));
-- one group, one hash bucket, one sort position for the stored and the parsed
SELECT count(DISTINCT s) AS sorted_distinct, (SELECT count(*) FROM (SELECT s FROM stored_v1 UNION SELECT s FROM parsed) u) AS hashed_distinct
FROM (SELECT s FROM stored_v1 UNION ALL SELECT s FROM parsed) x;
-- and this library still writes version 1 byte for byte
SELECT s::bytea = :'v1'::bytea AS writes_version_1 FROM parsed;

-- Values it must refuse, through output, a payout, equality and a report
CREATE TABLE bad (what text, s payout_schedule);
INSERT INTO bad VALUES
  ('format version 9 (a newer release)', set_byte(:'v1'::bytea, 0, 9)::payout_schedule),
  ('mode 7', set_byte(:'v1'::bytea, 1, 7)::payout_schedule),
  ('rounding mode 9', set_byte(:'v1'::bytea, 2, 9)::payout_schedule),
  ('flags 0x81', set_byte(:'v1'::bytea, 3, 129)::payout_schedule),
  ('4 tiers in the bytes of 3', set_byte(:'v1'::bytea, 4, 4)::payout_schedule),
  ('0 tiers', set_byte(:'v1'::bytea, 4, 0)::payout_schedule),
  ('cut short in the last tier', substring(:'v1'::bytea FROM 1 FOR 200)::payout_schedule),
  ('shorter than a header', substring(:'v1'::bytea FROM 1 FOR 10)::payout_schedule);
SELECT what, pg_temp.try(format('SELECT s::text FROM bad WHERE what = %L', what)) AS output,
       pg_temp.try(format('SELECT payout(s, 1) FROM bad WHERE what = %L', what)) = pg_temp.try(format('SELECT s::text FROM bad WHERE what = %L', what)) AS payout_same_error,
       pg_temp.try(format('SELECT b.s = p.s FROM bad b, parsed p WHERE what = %L', what)) LIKE 'XX001%' AS equality_refused,
       pg_temp.try(format('SELECT payout_report(s, 1::bigint) FROM bad WHERE what = %L', what)) LIKE 'XX001%' AS report_refused
FROM bad ORDER BY what;

-- Reports and classifiers: their reserved flags must be zero, the version known
CREATE TABLE report_bytes AS
SELECT payout_report(s, k)::bytea AS b FROM parsed, (VALUES (1::bigint), (420000), (NULL)) v(k) GROUP BY s;
CREATE TABLE classifier_bytes AS SELECT claim_classifier('service')::bytea AS b;
SELECT pg_temp.try($$SELECT report_claims(b::payout_report) FROM report_bytes$$) AS report_as_written,
       pg_temp.try($$SELECT report_claims(set_byte(b, 1, 1)::payout_report) FROM report_bytes$$) AS report_flags,
       pg_temp.try($$SELECT set_byte(b, 0, 9)::payout_report::text FROM report_bytes$$) AS report_version;
SELECT pg_temp.try($$SELECT classify(b::classifier, '카카오톡 대화 복구') FROM classifier_bytes$$) AS classifier_as_written,
       pg_temp.try($$SELECT classify(set_byte(b, 2, 1)::classifier, 'x') FROM classifier_bytes$$) AS classifier_flags,
       pg_temp.try($$SELECT set_byte(b, 0, 9)::classifier::text FROM classifier_bytes$$) AS classifier_version;

-- Format version 2 (compensate 0.5), written only for schedules that use
-- what version 1 cannot say: version 1's header (version 2, rounding mode 4
-- half_down, flags 0x5d: lower inclusive, cap, round, minimum, cap after
-- rounding) and tiers, then minimum and threshold.  The schedule
-- '[0,1000] => 10%, (1000,) => review minimum 25 cap 90 after rounding
-- round 5 half_down', and '[0,) => 1% threshold 1' (flags 0x21).
\set v2 '\\x0200045d020000000000000000000000000000000000000000000000000000000000000000000000000000005a00000000000000000000000000000005000000000000000000000000000000e8030000000000000000000000000000000000000000000000000000000000000a00000000000000000000000000000005000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000a000000000000001900000000000000000000000000000000000000000000000000000000000000'
\set v2t '\\x0200002101000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000006000000000000000000000000000000000000000000000001000000000000000000000000000000'
CREATE TABLE stored_v2 AS SELECT :'v2'::bytea::payout_schedule AS s, :'v2t'::bytea::payout_schedule AS t;
SELECT s::text AS text, s = '[0,1000] => 10%, (1000,) => review minimum 25 cap 90 after rounding round 5 half_down'::payout_schedule AS equal,
       s::bytea = :'v2'::bytea AND ('[0,1000] => 10%, (1000,) => review minimum 25 cap 90 after rounding round 5 half_down'::payout_schedule)::bytea = :'v2'::bytea AS writes_version_2,
       payout(s, 1) AS minimum, payout(s, 275) AS half_down, payout(s, 285) AS nearer, payout(s, 1000) AS capped, needs_review(s, 1001) AS review,
       t::text AS threshold_text, payout(t, 99) AS below, payout(t, 100) AS at
FROM stored_v2;
SELECT report_total(payout_report(s, k)) AS report_total FROM stored_v2, (VALUES (1::bigint), (275), (285), (1000), (1001)) v(k);
INSERT INTO bad VALUES
  ('version 2 of a version-1 schedule', set_byte(set_byte(:'v2'::bytea, 2, 0), 3, 13)::payout_schedule),
  ('version 2 without its extension', set_byte(:'v1'::bytea, 0, 2)::payout_schedule),
  ('version 1 with the minimum flag', set_byte(:'v1'::bytea, 3, 17)::payout_schedule),
  ('version 1 with half_down', set_byte(set_byte(:'v1'::bytea, 2, 4), 3, 9)::payout_schedule),
  ('version 2 rounding mode 5', set_byte(:'v2'::bytea, 2, 5)::payout_schedule),
  ('version 2 flags 0x80', set_byte(:'v2'::bytea, 3, 128 + 93)::payout_schedule);
SELECT what, pg_temp.try(format('SELECT s::text FROM bad WHERE what = %L', what)) AS output
FROM bad WHERE what LIKE 'version%' ORDER BY what;
DROP TABLE stored_v2;

DROP TABLE stored_v1, parsed, bad, report_bytes, classifier_bytes;
DROP CAST (bytea AS payout_schedule);
DROP CAST (payout_schedule AS bytea);
DROP CAST (bytea AS payout_report);
DROP CAST (payout_report AS bytea);
DROP CAST (bytea AS classifier);
DROP CAST (classifier AS bytea);
