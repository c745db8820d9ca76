-- report.sql: the payout_report type and aggregates, reading and merging reports
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

-- The payout_report type ---------------------------------------------------

CREATE TYPE @extschema@.payout_report;

CREATE FUNCTION @extschema@.payout_report_in(pg_catalog.cstring)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_out(@extschema@.payout_report)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'payout_report_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_recv(pg_catalog.internal)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_send(@extschema@.payout_report)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'payout_report_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.payout_report (
    INPUT = @extschema@.payout_report_in,
    OUTPUT = @extschema@.payout_report_out,
    RECEIVE = @extschema@.payout_report_recv,
    SEND = @extschema@.payout_report_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.payout_report IS
'per-tier claim counts, claimed and paid sums of one payout schedule; made by the payout_report aggregate, merged by report_merge and report_rollup';

-- The aggregates' state functions: the state is a payout_report (src/agg_state.h)

CREATE FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.int8)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_trans_int8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.int4)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_trans_int4'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.numeric)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_trans_numeric'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.numeric, pg_catalog.numeric)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_trans_base'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_rollup_trans(@extschema@.payout_report, @extschema@.payout_report)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'report_rollup_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_combine(@extschema@.payout_report, @extschema@.payout_report)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_final(@extschema@.payout_report)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.int8) IS
'payout_report support: adds one claim to the state';
COMMENT ON FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.int4) IS
'payout_report support: adds one claim to the state';
COMMENT ON FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.numeric) IS
'payout_report support: adds one claim to the state';
COMMENT ON FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.numeric, pg_catalog.numeric) IS
'payout_report support: adds one claim to the state';
COMMENT ON FUNCTION @extschema@.report_rollup_trans(@extschema@.payout_report, @extschema@.payout_report) IS
'report_rollup support: adds one stored report to the state';
COMMENT ON FUNCTION @extschema@.payout_report_combine(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report and report_rollup support: merges two partial states (reports)';
COMMENT ON FUNCTION @extschema@.payout_report_final(@extschema@.payout_report) IS
'payout_report and report_rollup support: the report of a state';

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.int8) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.int4) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.numeric) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.numeric, base pg_catalog.numeric) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.report_rollup(r @extschema@.payout_report) (
    SFUNC = @extschema@.report_rollup_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.payout_report(@extschema@.payout_schedule, pg_catalog.int8) IS
'per-tier report of bigint keys in one pass: claims, claimed, paid, in review; NULL keys counted apart';
COMMENT ON AGGREGATE @extschema@.payout_report(@extschema@.payout_schedule, pg_catalog.int4) IS
'per-tier report of integer keys in one pass: claims, claimed, paid, in review; NULL keys counted apart';
COMMENT ON AGGREGATE @extschema@.payout_report(@extschema@.payout_schedule, pg_catalog.numeric) IS
'per-tier report of numeric keys in one pass: claims, claimed, paid, in review; NULL keys counted apart';
COMMENT ON AGGREGATE @extschema@.payout_report(@extschema@.payout_schedule, pg_catalog.numeric, pg_catalog.numeric) IS
'per-tier report with rates applied to a base (SLA credits): claims, claimed (sum of keys), paid; NULL keys or bases counted apart';
COMMENT ON AGGREGATE @extschema@.report_rollup(@extschema@.payout_report) IS
'merges stored reports of one schedule (per-day reports into a month); NULL reports are skipped';

-- Reading and merging reports ------------------------------------------------

-- payout_report over smallint keys, and the refusal of float keys (0.4) ---------

CREATE FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.int2)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_trans_int2'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout_report_trans(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.int2) IS
'payout_report support: adds one smallint claim (a NULL key is counted apart)';

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.int2) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.payout_report(@extschema@.payout_schedule, pg_catalog.int2) IS
'per-tier report of smallint keys in one pass: claims, claimed, paid, in review; NULL keys counted apart';

-- Every call refuses the key, the final function too, so that an empty group
-- fails as a full one does.
CREATE FUNCTION @extschema@.payout_report_inexact(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.float8)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'inexact_key'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout_report_inexact(@extschema@.payout_report, @extschema@.payout_schedule, pg_catalog.float8) IS
'payout_report support: refuses a real or double precision key (42804)';

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.float8) (
    SFUNC = @extschema@.payout_report_inexact,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_inexact,
    FINALFUNC_EXTRA,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.payout_report(@extschema@.payout_schedule, pg_catalog.float8) IS
'refuses a real or double precision key (42804): payouts are exact, cast the key to numeric';

CREATE FUNCTION @extschema@.report_tiers(r @extschema@.payout_report,
    OUT tier pg_catalog.int4, OUT lower pg_catalog.numeric, OUT upper pg_catalog.numeric,
    OUT outcome pg_catalog.text, OUT claims pg_catalog.int8, OUT claimed pg_catalog.numeric,
    OUT paid pg_catalog.numeric, OUT in_review pg_catalog.int8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'report_tiers'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

CREATE FUNCTION @extschema@.report_total(r @extschema@.payout_report)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'report_total'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_claimed(r @extschema@.payout_report)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'report_claimed'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_claims(r @extschema@.payout_report)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'report_claims'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_in_review(r @extschema@.payout_report)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'report_in_review'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_null_keys(r @extschema@.payout_report)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'report_null_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_schedule(r @extschema@.payout_report)
RETURNS @extschema@.payout_schedule
AS 'MODULE_PATHNAME', 'report_schedule'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_merge(a @extschema@.payout_report, b @extschema@.payout_report)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'report_merge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_jsonb(r @extschema@.payout_report)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'report_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (@extschema@.payout_report AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.report_jsonb(@extschema@.payout_report);

COMMENT ON FUNCTION @extschema@.report_tiers(@extschema@.payout_report) IS
'one row per tier of the report''s schedule, empty tiers included: bounds, outcome, claims, claimed, paid, in_review';
COMMENT ON FUNCTION @extschema@.report_total(@extschema@.payout_report) IS
'total paid over all tiers';
COMMENT ON FUNCTION @extschema@.report_claimed(@extschema@.payout_report) IS
'total claimed (sum of keys) over all tiers';
COMMENT ON FUNCTION @extschema@.report_claims(@extschema@.payout_report) IS
'number of claims with a key (NULL keys are counted by report_null_keys)';
COMMENT ON FUNCTION @extschema@.report_in_review(@extschema@.payout_report) IS
'number of claims sent to committee review';
COMMENT ON FUNCTION @extschema@.report_null_keys(@extschema@.payout_report) IS
'number of rows whose key (or base) was NULL; they are in no tier';
COMMENT ON FUNCTION @extschema@.report_schedule(@extschema@.payout_report) IS
'the schedule a report was made with';
COMMENT ON FUNCTION @extschema@.report_merge(@extschema@.payout_report, @extschema@.payout_report) IS
'one report of two reports of the same schedule';
COMMENT ON FUNCTION @extschema@.report_jsonb(@extschema@.payout_report) IS
'the report as jsonb (totals and one object per tier), also available as a cast to jsonb';

-- Comments on the report type's support functions and cast
COMMENT ON FUNCTION @extschema@.payout_report_in(pg_catalog.cstring) IS
'payout_report input: parses a report''s text and checks it against its schedule (22P02)';
COMMENT ON FUNCTION @extschema@.payout_report_out(@extschema@.payout_report) IS
'payout_report output: the canonical text of a report, its schedule included';
COMMENT ON FUNCTION @extschema@.payout_report_recv(pg_catalog.internal) IS
'payout_report binary input, checked as strictly as text input (22P03)';
COMMENT ON FUNCTION @extschema@.payout_report_send(@extschema@.payout_report) IS
'payout_report binary output';
COMMENT ON CAST (@extschema@.payout_report AS pg_catalog.jsonb) IS
'the report as jsonb, as report_jsonb gives it';

-- Equality, hashing and a sort order for payout_report (0.4, src/canonical_compare.c):
-- equal when the canonical texts are; the order has no meaning beyond being
-- total, for GROUP BY, DISTINCT, UNION and ORDER BY.

CREATE FUNCTION @extschema@.payout_report_eq(@extschema@.payout_report, @extschema@.payout_report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_report_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_ne(@extschema@.payout_report, @extschema@.payout_report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_report_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_lt(@extschema@.payout_report, @extschema@.payout_report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_report_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_le(@extschema@.payout_report, @extschema@.payout_report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_report_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_gt(@extschema@.payout_report, @extschema@.payout_report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_report_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_ge(@extschema@.payout_report, @extschema@.payout_report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_report_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_cmp(@extschema@.payout_report, @extschema@.payout_report)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_report_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_hash(@extschema@.payout_report)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_report_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_hash_extended(@extschema@.payout_report, pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'payout_report_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.payout_report,
    RIGHTARG = @extschema@.payout_report,
    FUNCTION = @extschema@.payout_report_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.payout_report,
    RIGHTARG = @extschema@.payout_report,
    FUNCTION = @extschema@.payout_report_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.payout_report,
    RIGHTARG = @extschema@.payout_report,
    FUNCTION = @extschema@.payout_report_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.payout_report,
    RIGHTARG = @extschema@.payout_report,
    FUNCTION = @extschema@.payout_report_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.payout_report,
    RIGHTARG = @extschema@.payout_report,
    FUNCTION = @extschema@.payout_report_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.payout_report,
    RIGHTARG = @extschema@.payout_report,
    FUNCTION = @extschema@.payout_report_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.payout_report_btree_ops
DEFAULT FOR TYPE @extschema@.payout_report USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.payout_report_cmp(@extschema@.payout_report, @extschema@.payout_report);

CREATE OPERATOR CLASS @extschema@.payout_report_hash_ops
DEFAULT FOR TYPE @extschema@.payout_report USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.payout_report_hash(@extschema@.payout_report),
    FUNCTION 2 @extschema@.payout_report_hash_extended(@extschema@.payout_report, pg_catalog.int8);

COMMENT ON FUNCTION @extschema@.payout_report_eq(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report equality (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.payout_report_ne(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report inequality (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.payout_report_lt(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report less than (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.payout_report_le(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report less or equal (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.payout_report_gt(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report greater than (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.payout_report_ge(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report greater or equal (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.payout_report_cmp(@extschema@.payout_report, @extschema@.payout_report) IS
'payout_report btree comparison, -1, 0 or 1 (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.payout_report_hash(@extschema@.payout_report) IS
'payout_report hash, consistent with =';
COMMENT ON FUNCTION @extschema@.payout_report_hash_extended(@extschema@.payout_report, pg_catalog.int8) IS
'payout_report 64-bit seeded hash, consistent with =';
COMMENT ON OPERATOR @extschema@.= (@extschema@.payout_report, @extschema@.payout_report) IS
'the reports are equal (same canonical text)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.payout_report, @extschema@.payout_report) IS
'the reports differ';
COMMENT ON OPERATOR @extschema@.< (@extschema@.payout_report, @extschema@.payout_report) IS
'sorts before (a total order for ORDER BY and DISTINCT; no meaning beyond that)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.payout_report, @extschema@.payout_report) IS
'sorts before or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.payout_report, @extschema@.payout_report) IS
'sorts after';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.payout_report, @extschema@.payout_report) IS
'sorts after or equal';
COMMENT ON OPERATOR CLASS @extschema@.payout_report_btree_ops USING btree IS
'default btree order of payout_report: ORDER BY, DISTINCT, UNIQUE';
COMMENT ON OPERATOR FAMILY @extschema@.payout_report_btree_ops USING btree IS
'btree operators of payout_report';
COMMENT ON OPERATOR CLASS @extschema@.payout_report_hash_ops USING hash IS
'default hash operator class of payout_report: GROUP BY, DISTINCT, UNION, hash joins';
COMMENT ON OPERATOR FAMILY @extschema@.payout_report_hash_ops USING hash IS
'hash operators of payout_report';

CREATE CAST (pg_catalog.varchar AS @extschema@.payout_report) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.payout_report) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.payout_report) IS
'reads a varchar parameter as a payout_report in INSERT and UPDATE (the type''s input)';
COMMENT ON CAST (pg_catalog.text AS @extschema@.payout_report) IS
'reads a text value as a payout_report in INSERT and UPDATE (the type''s input)';
