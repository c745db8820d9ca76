/* compensate: exact outage compensation in SQL.
 *
 * The full install script of the current version, built by the Makefile from
 * the readable parts in src/sql/ (header.sql, schedule.sql, report.sql,
 * classifier.sql, allocate.sql, sample_claims.sql): edit those, never the
 * built file.  Older versions are reached by the update scripts
 * compensate--A--B.sql, and sql/upgrade.sql checks that the oldest version
 * updated step by step has exactly the objects of this script.
 *
 * Written for a hostile search_path: every object is created and referenced
 * as @extschema@.name or pg_catalog.name, and no function runs with its
 * definer's rights.
 */
\echo Use "CREATE EXTENSION compensate" to load this file. \quit

-- schedule.sql: the payout_schedule type, its operators and the payout functions
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

-- The payout_schedule type -------------------------------------------------

CREATE TYPE @extschema@.payout_schedule;

CREATE FUNCTION @extschema@.payout_schedule_in(pg_catalog.cstring)
RETURNS @extschema@.payout_schedule
AS 'MODULE_PATHNAME', 'payout_schedule_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_schedule_out(@extschema@.payout_schedule)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'payout_schedule_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_schedule_recv(pg_catalog.internal)
RETURNS @extschema@.payout_schedule
AS 'MODULE_PATHNAME', 'payout_schedule_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_schedule_send(@extschema@.payout_schedule)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'payout_schedule_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.payout_schedule (
    INPUT = @extschema@.payout_schedule_in,
    OUTPUT = @extschema@.payout_schedule_out,
    RECEIVE = @extschema@.payout_schedule_recv,
    SEND = @extschema@.payout_schedule_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.payout_schedule IS
'tiered payout schedule: volume or graduated tiers over a key, each paying an amount, a rate, both, or sending the claim to review';

-- Equality and hashing (GROUP BY, DISTINCT, hash joins) --------------------

CREATE FUNCTION @extschema@.payout_schedule_eq(@extschema@.payout_schedule, @extschema@.payout_schedule)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_schedule_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.payout_schedule_ne(@extschema@.payout_schedule, @extschema@.payout_schedule)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_schedule_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.payout_schedule_hash(@extschema@.payout_schedule)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_schedule_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout_schedule_eq(@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'true when two schedules are identical in canonical form';
COMMENT ON FUNCTION @extschema@.payout_schedule_ne(@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'true when two schedules differ in canonical form';
COMMENT ON FUNCTION @extschema@.payout_schedule_hash(@extschema@.payout_schedule) IS
'hash of a schedule, consistent with =';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.payout_schedule,
    RIGHTARG = @extschema@.payout_schedule,
    FUNCTION = @extschema@.payout_schedule_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.payout_schedule,
    RIGHTARG = @extschema@.payout_schedule,
    FUNCTION = @extschema@.payout_schedule_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR CLASS @extschema@.payout_schedule_hash_ops
DEFAULT FOR TYPE @extschema@.payout_schedule USING hash AS
    OPERATOR 1 @extschema@.= (@extschema@.payout_schedule, @extschema@.payout_schedule),
    FUNCTION 1 @extschema@.payout_schedule_hash(@extschema@.payout_schedule);

-- Sort order (btree: DISTINCT, ORDER BY, UNIQUE) ---------------------------

CREATE FUNCTION @extschema@.payout_schedule_lt(@extschema@.payout_schedule, @extschema@.payout_schedule)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_schedule_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.payout_schedule_lt(@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'true when the first schedule sorts before the second (structural order, no business meaning)';
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.payout_schedule,
    RIGHTARG = @extschema@.payout_schedule,
    FUNCTION = @extschema@.payout_schedule_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);

CREATE FUNCTION @extschema@.payout_schedule_le(@extschema@.payout_schedule, @extschema@.payout_schedule)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_schedule_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.payout_schedule_le(@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'true when the first schedule sorts before or equals the second (structural order, no business meaning)';
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.payout_schedule,
    RIGHTARG = @extschema@.payout_schedule,
    FUNCTION = @extschema@.payout_schedule_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);

CREATE FUNCTION @extschema@.payout_schedule_gt(@extschema@.payout_schedule, @extschema@.payout_schedule)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_schedule_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.payout_schedule_gt(@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'true when the first schedule sorts after the second (structural order, no business meaning)';
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.payout_schedule,
    RIGHTARG = @extschema@.payout_schedule,
    FUNCTION = @extschema@.payout_schedule_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);

CREATE FUNCTION @extschema@.payout_schedule_ge(@extschema@.payout_schedule, @extschema@.payout_schedule)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'payout_schedule_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.payout_schedule_ge(@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'true when the first schedule sorts after or equals the second (structural order, no business meaning)';
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.payout_schedule,
    RIGHTARG = @extschema@.payout_schedule,
    FUNCTION = @extschema@.payout_schedule_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);

CREATE FUNCTION @extschema@.payout_schedule_cmp(@extschema@.payout_schedule, @extschema@.payout_schedule)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_schedule_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.payout_schedule_cmp(@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'-1, 0 or 1: the structural sort order of schedules (btree support for DISTINCT, ORDER BY, UNIQUE)';

CREATE OPERATOR CLASS @extschema@.payout_schedule_btree_ops
DEFAULT FOR TYPE @extschema@.payout_schedule USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.payout_schedule_cmp(@extschema@.payout_schedule, @extschema@.payout_schedule);

-- Payouts ------------------------------------------------------------------

CREATE FUNCTION @extschema@.payout(s @extschema@.payout_schedule, key pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'payout_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout(s @extschema@.payout_schedule, key pg_catalog.int8)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'payout_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout(s @extschema@.payout_schedule, key pg_catalog.int4)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'payout_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout(s @extschema@.payout_schedule, key pg_catalog.numeric, base pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'payout_with_base'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout(@extschema@.payout_schedule, pg_catalog.numeric) IS
'exact payout for a key; NULL when the key falls in a review tier';
COMMENT ON FUNCTION @extschema@.payout(@extschema@.payout_schedule, pg_catalog.int8) IS
'exact payout for a bigint key (integer fast path); NULL when in review';
COMMENT ON FUNCTION @extschema@.payout(@extschema@.payout_schedule, pg_catalog.int4) IS
'exact payout for an integer key (integer fast path); NULL when in review';
COMMENT ON FUNCTION @extschema@.payout(@extschema@.payout_schedule, pg_catalog.numeric, pg_catalog.numeric) IS
'exact payout with rates applied to base instead of the key (SLA credits); volume schedules only';

CREATE FUNCTION @extschema@.payout_tier(s @extschema@.payout_schedule, key pg_catalog.numeric)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_tier_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_tier(s @extschema@.payout_schedule, key pg_catalog.int8)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_tier_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_tier(s @extschema@.payout_schedule, key pg_catalog.int4)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_tier_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout_tier(@extschema@.payout_schedule, pg_catalog.numeric) IS
'1-based tier holding the key (graduated: the highest tier reached)';
COMMENT ON FUNCTION @extschema@.payout_tier(@extschema@.payout_schedule, pg_catalog.int8) IS
'1-based tier holding a bigint key (graduated: the highest tier reached)';
COMMENT ON FUNCTION @extschema@.payout_tier(@extschema@.payout_schedule, pg_catalog.int4) IS
'1-based tier holding an integer key (graduated: the highest tier reached)';

CREATE FUNCTION @extschema@.needs_review(s @extschema@.payout_schedule, key pg_catalog.numeric)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'needs_review_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.needs_review(s @extschema@.payout_schedule, key pg_catalog.int8)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'needs_review_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.needs_review(s @extschema@.payout_schedule, key pg_catalog.int4)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'needs_review_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.needs_review(@extschema@.payout_schedule, pg_catalog.numeric) IS
'true when the key goes to committee review (graduated: reaches a review tier)';
COMMENT ON FUNCTION @extschema@.needs_review(@extschema@.payout_schedule, pg_catalog.int8) IS
'true when the bigint key goes to committee review';
COMMENT ON FUNCTION @extschema@.needs_review(@extschema@.payout_schedule, pg_catalog.int4) IS
'true when the integer key goes to committee review';

-- Keys of other types (0.4) -----------------------------------------------------
-- smallint keys would otherwise be ambiguous between the integer, bigint and
-- numeric forms (42725); real and double precision keys are refused with an
-- error that says to cast to numeric (src/exact_keys.c).  Only functions with
-- integer overloads get a float one: where numeric is the only key type, an
-- integer argument would resolve to double precision, the preferred type.

CREATE FUNCTION @extschema@.payout(s @extschema@.payout_schedule, key pg_catalog.int2)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'payout_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_tier(s @extschema@.payout_schedule, key pg_catalog.int2)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'payout_tier_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.needs_review(s @extschema@.payout_schedule, key pg_catalog.int2)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'needs_review_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout(s @extschema@.payout_schedule, key pg_catalog.float8)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'inexact_key'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_tier(s @extschema@.payout_schedule, key pg_catalog.float8)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'inexact_key'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.needs_review(s @extschema@.payout_schedule, key pg_catalog.float8)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'inexact_key'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout(@extschema@.payout_schedule, pg_catalog.int2) IS
'exact payout for a smallint key (integer fast path); NULL when in review';
COMMENT ON FUNCTION @extschema@.payout_tier(@extschema@.payout_schedule, pg_catalog.int2) IS
'1-based tier holding a smallint key (graduated: the highest tier reached)';
COMMENT ON FUNCTION @extschema@.needs_review(@extschema@.payout_schedule, pg_catalog.int2) IS
'true when the smallint key goes to committee review';
COMMENT ON FUNCTION @extschema@.payout(@extschema@.payout_schedule, pg_catalog.float8) IS
'refuses a real or double precision key (42804): payouts are exact, cast the key to numeric';
COMMENT ON FUNCTION @extschema@.payout_tier(@extschema@.payout_schedule, pg_catalog.float8) IS
'refuses a real or double precision key (42804): cast the key to numeric';
COMMENT ON FUNCTION @extschema@.needs_review(@extschema@.payout_schedule, pg_catalog.float8) IS
'refuses a real or double precision key (42804): cast the key to numeric';

CREATE FUNCTION @extschema@.payout_explain(s @extschema@.payout_schedule, key pg_catalog.numeric)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'payout_explain'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_explain(s @extschema@.payout_schedule, key pg_catalog.numeric, base pg_catalog.numeric)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'payout_explain'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout_explain(@extschema@.payout_schedule, pg_catalog.numeric) IS
'every step of a payout as jsonb (tier, range, outcome, raw, after deductible, after cap, payout, review)';
COMMENT ON FUNCTION @extschema@.payout_explain(@extschema@.payout_schedule, pg_catalog.numeric, pg_catalog.numeric) IS
'every step of a payout with a separate base, as jsonb';

CREATE FUNCTION @extschema@.tiers(s @extschema@.payout_schedule,
    OUT tier pg_catalog.int4, OUT lower pg_catalog.numeric, OUT upper pg_catalog.numeric,
    OUT lower_inclusive pg_catalog.bool, OUT upper_inclusive pg_catalog.bool,
    OUT outcome pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'payout_schedule_tiers'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

COMMENT ON FUNCTION @extschema@.tiers(@extschema@.payout_schedule) IS
'the tiers of a schedule, one row each (upper is NULL when unbounded)';

-- Comments on the schedule type's support functions and operators
COMMENT ON FUNCTION @extschema@.payout_schedule_in(pg_catalog.cstring) IS
'payout_schedule input: parses and validates a schedule''s text (22P02 with the character position of a problem)';
COMMENT ON FUNCTION @extschema@.payout_schedule_out(@extschema@.payout_schedule) IS
'payout_schedule output: the canonical text of a schedule';
COMMENT ON FUNCTION @extschema@.payout_schedule_recv(pg_catalog.internal) IS
'payout_schedule binary input, checked as strictly as text input (22P03)';
COMMENT ON FUNCTION @extschema@.payout_schedule_send(@extschema@.payout_schedule) IS
'payout_schedule binary output';
COMMENT ON OPERATOR @extschema@.= (@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'the schedules are identical (same canonical form)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'the schedules differ';
COMMENT ON OPERATOR @extschema@.< (@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'sorts before (a total order for ORDER BY, DISTINCT and indexes; no meaning beyond that)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'sorts before or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'sorts after';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.payout_schedule, @extschema@.payout_schedule) IS
'sorts after or equal';
COMMENT ON OPERATOR CLASS @extschema@.payout_schedule_btree_ops USING btree IS
'default btree order of payout_schedule: ORDER BY, DISTINCT, UNIQUE';
COMMENT ON OPERATOR FAMILY @extschema@.payout_schedule_btree_ops USING btree IS
'btree operators of payout_schedule';
COMMENT ON OPERATOR CLASS @extschema@.payout_schedule_hash_ops USING hash IS
'default hash opclass of payout_schedule: GROUP BY, hash joins, hash indexes';
COMMENT ON OPERATOR FAMILY @extschema@.payout_schedule_hash_ops USING hash IS
'hash operators of payout_schedule';

-- A schedule from a tier table, jsonb, and casts from strings (0.4) --------------

CREATE FUNCTION @extschema@.schedule_from_tiers(mode pg_catalog.text, uppers pg_catalog.numeric[],
    outcomes pg_catalog.text[], lower pg_catalog.numeric DEFAULT 0,
    upper_inclusive pg_catalog.bool DEFAULT true, options pg_catalog.text DEFAULT '')
RETURNS @extschema@.payout_schedule
AS 'MODULE_PATHNAME', 'schedule_from_tiers'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.schedule_from_tiers(pg_catalog.text, pg_catalog.numeric[], pg_catalog.text[], pg_catalog.numeric, pg_catalog.bool, pg_catalog.text) IS
'a schedule from a tier table: mode (volume or graduated), each tier''s upper bound (NULL: open top, last tier only) and outcome as written in a schedule, the first tier''s lower bound, whether upper bounds are inclusive, options (cap, round, deductible)';

CREATE FUNCTION @extschema@.payout_schedule_jsonb(s @extschema@.payout_schedule)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'payout_schedule_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (@extschema@.payout_schedule AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.payout_schedule_jsonb(@extschema@.payout_schedule);

COMMENT ON FUNCTION @extschema@.payout_schedule_jsonb(@extschema@.payout_schedule) IS
'the schedule as jsonb (also the cast to jsonb): text, mode, deductible, cap, rounding, and each tier with both bounds and its outcome';
COMMENT ON CAST (@extschema@.payout_schedule AS pg_catalog.jsonb) IS
'the schedule as jsonb, as payout_schedule_jsonb';

-- Drivers send string parameters as varchar (pgjdbc's setString) or text; an
-- INSERT or UPDATE of such a parameter into a column of the type needs an
-- assignment cast.  No implicit casts: they would make || and = ambiguous.
CREATE CAST (pg_catalog.varchar AS @extschema@.payout_schedule) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.payout_schedule) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.payout_schedule) IS
'reads a varchar parameter as a schedule in INSERT and UPDATE (the type''s input)';
COMMENT ON CAST (pg_catalog.text AS @extschema@.payout_schedule) IS
'reads a text value as a schedule in INSERT and UPDATE (the type''s input)';
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
-- classifier.sql: the classifier type, classifying, training
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

-- The classifier type --------------------------------------------------------

CREATE TYPE @extschema@.classifier;

CREATE FUNCTION @extschema@.classifier_in(pg_catalog.cstring)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'classifier_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_out(@extschema@.classifier)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'classifier_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_recv(pg_catalog.internal)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'classifier_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_send(@extschema@.classifier)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'classifier_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.classifier (
    INPUT = @extschema@.classifier_in,
    OUTPUT = @extschema@.classifier_out,
    RECEIVE = @extschema@.classifier_recv,
    SEND = @extschema@.classifier_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.classifier IS
'a claim classifier: a rule set (labels, weighted terms, a default) matched in one pass, or a trained naive Bayes model over character n-grams';

-- Classifying ------------------------------------------------------------------

CREATE FUNCTION @extschema@.classify(c @extschema@.classifier, t pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'classify'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classify_scores(c @extschema@.classifier, t pg_catalog.text)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'classify_scores'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classify_matches(c @extschema@.classifier, t pg_catalog.text,
    OUT label pg_catalog.text, OUT term pg_catalog.text, OUT start pg_catalog.int4, OUT length pg_catalog.int4)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'classify_matches'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;

CREATE FUNCTION @extschema@.claim_classifier_support(pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'claim_classifier_support'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.claim_classifier_support(pg_catalog.internal) IS
'planner support of claim_classifier(text): a constant dimension becomes the rule set itself, so classify compiles it once';

-- Stable, not immutable: a new release may bring a new edition of the rules.
CREATE FUNCTION @extschema@.claim_classifier(dimension pg_catalog.text)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'claim_classifier'
LANGUAGE C STABLE STRICT PARALLEL SAFE
SUPPORT @extschema@.claim_classifier_support;

CREATE FUNCTION @extschema@.classifier_combine(a @extschema@.classifier, b @extschema@.classifier)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'classifier_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_terms(c @extschema@.classifier,
    OUT label pg_catalog.text, OUT term pg_catalog.text, OUT weight pg_catalog.numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'classifier_terms'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;

COMMENT ON FUNCTION @extschema@.classifier_terms(@extschema@.classifier) IS
'the terms of a rule set, one row each: label, term (as matched, normalized), weight';

CREATE OPERATOR @extschema@.|| (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_combine
);

COMMENT ON FUNCTION @extschema@.classify(@extschema@.classifier, pg_catalog.text) IS
'the winning label of a text (rule set: highest summed term weight, first rule on a tie, the default when nothing matches; model: most probable label)';
COMMENT ON FUNCTION @extschema@.classify_scores(@extschema@.classifier, pg_catalog.text) IS
'every label''s score as jsonb (rule set: summed term weights; model: probabilities)';
COMMENT ON FUNCTION @extschema@.classify_matches(@extschema@.classifier, pg_catalog.text) IS
'why a text got its label: every term occurrence with its 1-based position and length (model: the n-grams that weighed most)';
COMMENT ON FUNCTION @extschema@.claim_classifier(pg_catalog.text) IS
'a built-in rule set of the outage-claim taxonomy, damage_type, service or reporter, in the current edition (stable: a release may bring a new edition; claim_classifier(dimension, edition) is immutable)';
COMMENT ON FUNCTION @extschema@.classifier_combine(@extschema@.classifier, @extschema@.classifier) IS
'a rule set with the rules of both (also the || operator): the second''s terms are added, re-weight shared terms, and its default wins';

-- Training: the state is a classifier, a partial model (src/agg_state.h) -------

CREATE FUNCTION @extschema@.train_classifier_trans(@extschema@.classifier, pg_catalog.text, pg_catalog.text)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'train_classifier_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_combine(@extschema@.classifier, @extschema@.classifier)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'train_classifier_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_final(@extschema@.classifier)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'train_classifier_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.train_classifier_trans(@extschema@.classifier, pg_catalog.text, pg_catalog.text) IS
'train_classifier support: counts one text''s n-grams';
COMMENT ON FUNCTION @extschema@.train_classifier_combine(@extschema@.classifier, @extschema@.classifier) IS
'train_classifier support: adds the counts of two partial states (models)';
COMMENT ON FUNCTION @extschema@.train_classifier_final(@extschema@.classifier) IS
'train_classifier support: the trained classifier';

CREATE AGGREGATE @extschema@.train_classifier(t pg_catalog.text, label pg_catalog.text) (
    SFUNC = @extschema@.train_classifier_trans,
    STYPE = @extschema@.classifier,
    FINALFUNC = @extschema@.train_classifier_final,
    COMBINEFUNC = @extschema@.train_classifier_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.train_classifier(pg_catalog.text, pg_catalog.text) IS
'learns a multinomial naive Bayes classifier over character 1-3-grams from labeled texts (rows with a NULL text or label are skipped)';

-- Comments on the classifier type's support functions and operator
COMMENT ON FUNCTION @extschema@.classifier_in(pg_catalog.cstring) IS
'classifier input: a rule set or a naive_bayes model in text (22P02 with the character position of a problem)';
COMMENT ON FUNCTION @extschema@.classifier_out(@extschema@.classifier) IS
'classifier output: the canonical text of a rule set or model';
COMMENT ON FUNCTION @extschema@.classifier_recv(pg_catalog.internal) IS
'classifier binary input, checked as strictly as text input (22P03)';
COMMENT ON FUNCTION @extschema@.classifier_send(@extschema@.classifier) IS
'classifier binary output';
COMMENT ON OPERATOR @extschema@.|| (@extschema@.classifier, @extschema@.classifier) IS
'combines two rule sets, as classifier_combine';

-- Combining with a rule set written as text, jsonb, built-in editions (0.4) ------

CREATE FUNCTION @extschema@.classifier_combine(a @extschema@.classifier, b pg_catalog.text)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'classifier_combine_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_combine(a pg_catalog.text, b @extschema@.classifier)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'text_combine_classifier'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Without these, classifier || text_column would be PostgreSQL's
-- anynonarray || text: a text, not a classifier.
CREATE OPERATOR @extschema@.|| (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.classifier_combine
);

CREATE OPERATOR @extschema@.|| (
    LEFTARG = pg_catalog.text,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_combine
);

COMMENT ON FUNCTION @extschema@.classifier_combine(@extschema@.classifier, pg_catalog.text) IS
'combines a rule set with a rule set written as text (also classifier || text)';
COMMENT ON FUNCTION @extschema@.classifier_combine(pg_catalog.text, @extschema@.classifier) IS
'combines a rule set written as text with a rule set (also text || classifier)';
COMMENT ON OPERATOR @extschema@.|| (@extschema@.classifier, pg_catalog.text) IS
'combines a rule set with rules written as text, as classifier_combine';
COMMENT ON OPERATOR @extschema@.|| (pg_catalog.text, @extschema@.classifier) IS
'combines rules written as text with a rule set, as classifier_combine';

CREATE FUNCTION @extschema@.classifier_jsonb(c @extschema@.classifier)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'classifier_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (@extschema@.classifier AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.classifier_jsonb(@extschema@.classifier);

COMMENT ON FUNCTION @extschema@.classifier_jsonb(@extschema@.classifier) IS
'the classifier as jsonb (also the cast to jsonb): a rule set''s labels, default and terms; a model''s labels with their training counts';
COMMENT ON CAST (@extschema@.classifier AS pg_catalog.jsonb) IS
'the classifier as jsonb, as classifier_jsonb';

-- An edition of the built-in rule sets never changes once released, so it is
-- immutable and may be used in indexes and generated columns.
CREATE FUNCTION @extschema@.claim_classifier(dimension pg_catalog.text, edition pg_catalog.int4)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'claim_classifier'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.claim_classifier(pg_catalog.text, pg_catalog.int4) IS
'a built-in rule set of the outage-claim taxonomy in a fixed edition (1: release 0.3''s), which never changes: usable in indexes and generated columns';


-- Equality, hashing and a sort order for classifier (0.4, src/canonical_compare.c):
-- equal when the canonical texts are; the order has no meaning beyond being
-- total, for GROUP BY, DISTINCT, UNION and ORDER BY.

CREATE FUNCTION @extschema@.classifier_eq(@extschema@.classifier, @extschema@.classifier)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'classifier_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_ne(@extschema@.classifier, @extschema@.classifier)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'classifier_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_lt(@extschema@.classifier, @extschema@.classifier)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'classifier_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_le(@extschema@.classifier, @extschema@.classifier)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'classifier_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_gt(@extschema@.classifier, @extschema@.classifier)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'classifier_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_ge(@extschema@.classifier, @extschema@.classifier)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'classifier_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_cmp(@extschema@.classifier, @extschema@.classifier)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'classifier_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_hash(@extschema@.classifier)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'classifier_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.classifier_hash_extended(@extschema@.classifier, pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'classifier_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.classifier,
    RIGHTARG = @extschema@.classifier,
    FUNCTION = @extschema@.classifier_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.classifier_btree_ops
DEFAULT FOR TYPE @extschema@.classifier USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.classifier_cmp(@extschema@.classifier, @extschema@.classifier);

CREATE OPERATOR CLASS @extschema@.classifier_hash_ops
DEFAULT FOR TYPE @extschema@.classifier USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.classifier_hash(@extschema@.classifier),
    FUNCTION 2 @extschema@.classifier_hash_extended(@extschema@.classifier, pg_catalog.int8);

COMMENT ON FUNCTION @extschema@.classifier_eq(@extschema@.classifier, @extschema@.classifier) IS
'classifier equality (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.classifier_ne(@extschema@.classifier, @extschema@.classifier) IS
'classifier inequality (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.classifier_lt(@extschema@.classifier, @extschema@.classifier) IS
'classifier less than (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.classifier_le(@extschema@.classifier, @extschema@.classifier) IS
'classifier less or equal (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.classifier_gt(@extschema@.classifier, @extschema@.classifier) IS
'classifier greater than (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.classifier_ge(@extschema@.classifier, @extschema@.classifier) IS
'classifier greater or equal (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.classifier_cmp(@extschema@.classifier, @extschema@.classifier) IS
'classifier btree comparison, -1, 0 or 1 (canonical text forms compared)';
COMMENT ON FUNCTION @extschema@.classifier_hash(@extschema@.classifier) IS
'classifier hash, consistent with =';
COMMENT ON FUNCTION @extschema@.classifier_hash_extended(@extschema@.classifier, pg_catalog.int8) IS
'classifier 64-bit seeded hash, consistent with =';
COMMENT ON OPERATOR @extschema@.= (@extschema@.classifier, @extschema@.classifier) IS
'the classifiers are equal (same canonical text)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.classifier, @extschema@.classifier) IS
'the classifiers differ';
COMMENT ON OPERATOR @extschema@.< (@extschema@.classifier, @extschema@.classifier) IS
'sorts before (a total order for ORDER BY and DISTINCT; no meaning beyond that)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.classifier, @extschema@.classifier) IS
'sorts before or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.classifier, @extschema@.classifier) IS
'sorts after';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.classifier, @extschema@.classifier) IS
'sorts after or equal';
COMMENT ON OPERATOR CLASS @extschema@.classifier_btree_ops USING btree IS
'default btree order of classifier: ORDER BY, DISTINCT, UNIQUE';
COMMENT ON OPERATOR FAMILY @extschema@.classifier_btree_ops USING btree IS
'btree operators of classifier';
COMMENT ON OPERATOR CLASS @extschema@.classifier_hash_ops USING hash IS
'default hash operator class of classifier: GROUP BY, DISTINCT, UNION, hash joins';
COMMENT ON OPERATOR FAMILY @extschema@.classifier_hash_ops USING hash IS
'hash operators of classifier';

CREATE CAST (pg_catalog.varchar AS @extschema@.classifier) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.classifier) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.classifier) IS
'reads a varchar parameter as a classifier in INSERT and UPDATE (the type''s input)';
COMMENT ON CAST (pg_catalog.text AS @extschema@.classifier) IS
'reads a text value as a classifier in INSERT and UPDATE (the type''s input)';
-- amount_text.sql: the amount of money a claim text states, and its currency
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

CREATE FUNCTION @extschema@.claimed_amount(t pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'claimed_amount'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.claimed_currency(t pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'claimed_currency'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.claimed_amount(pg_catalog.text) IS
'the amount of money a claim text states, exactly, in the major unit (80만원, 1억 2천만원, ₩50,000, 2.5 million won, $1,200.50); NULL when none. Money is the first number with a currency marker before it (₩ $ € ¥ £ KRW USD EUR JPY GBP CNY) or after its units (원 달러 유로 엔 위안, the symbols, won dollars euros yen ...): 3일, 800매, 5%, 10/15, 42만건 are not; 원 starting 원칙/원색/원론/원장/원본/원형 is a word; a unit without a digit (만원짜리) is not read. Korean units compose (1억 2천만 = 120000000), English multipliers k thousand m mn million bn billion trillion follow a plain number; a range (3~5만원) gives its lower bound (30000); signs are ignored; money beyond 38 digits is error 22003 with its character position';

COMMENT ON FUNCTION @extschema@.claimed_currency(pg_catalog.text) IS
'the ISO 4217 code (KRW, USD, EUR, JPY, GBP, CNY) of the amount claimed_amount reads in a claim text (원, ₩, won -> KRW; $, dollars, 달러 -> USD; ¥, yen, 엔 -> JPY; a range: its upper bound''s); NULL when the text states no amount';
-- allocate.sql: sharing a fixed budget
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

-- Budget allocation ---------------------------------------------------------------

CREATE FUNCTION @extschema@.allocate(claim pg_catalog.numeric, budget pg_catalog.numeric,
    rule pg_catalog.text DEFAULT 'proportional', unit pg_catalog.numeric DEFAULT 1)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'allocate_window'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.allocate(claim pg_catalog.numeric, budget pg_catalog.numeric,
    rule pg_catalog.text, unit pg_catalog.numeric, weight pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'allocate_window'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.allocate(claims pg_catalog.numeric[], budget pg_catalog.numeric,
    rule pg_catalog.text DEFAULT 'proportional', unit pg_catalog.numeric DEFAULT 1)
RETURNS pg_catalog.numeric[]
AS 'MODULE_PATHNAME', 'allocate_array'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.allocate(claims pg_catalog.numeric[], budget pg_catalog.numeric,
    rule pg_catalog.text, unit pg_catalog.numeric, weights pg_catalog.numeric[])
RETURNS pg_catalog.numeric[]
AS 'MODULE_PATHNAME', 'allocate_array'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric) IS
'window function: the row''s award when the partition''s budget is shared among its claims by rule (proportional, cea, cel, talmud), rounded to multiples of unit by largest remainder so the awards add up to min(budget, total claims); unit NULL: exact, 20 decimals; NULL claims get NULL';
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric, pg_catalog.numeric) IS
'window function: weighted proportional award, min(claim, lambda * weight * claim) with lambda such that the awards add up to the budget; rule must be proportional, weights > 0';
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric[], pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric) IS
'the awards of an array of claims sharing a budget by rule, rounded to multiples of unit (NULL: exact); NULL elements stay NULL, ties go to the earlier element';
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric[], pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric, pg_catalog.numeric[]) IS
'the weighted proportional awards of an array of claims with an array of weights of the same shape';
-- sample_claims.sql: the calibrated sample-claims generator
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

-- Sample data ---------------------------------------------------------------------

-- sample_claims(n, seed): deterministic, calibrated sample damage reports -----
--
-- One LANGUAGE sql query, no plpgsql, no random(): every draw is
-- hashint8extended(claim_id, seed * 64 + salt), one salt per draw, so a row
-- depends only on (claim_id, seed).  The same (n, seed) gives the same rows on
-- every machine and in parallel, and the first k rows of sample_claims(n) are
-- sample_claims(k).  The only floating point is the loss draw (pow/exp of
-- float8, then rounded to 1,000 KRW).
--
-- Pipeline (each level behind OFFSET '0' so that a value used several times
-- is computed once per row; written '0', a bigint constant, because a plain 0
-- is an int4-to-bigint cast that the planner takes for a non-constant OFFSET
-- and then keeps the query out of parallel plans):
--   g  the raw draws, each an int4 in [0, 2^31) reduced to what it is used for
--   c  the four labelled dimensions, the arrival time, the normal deviate z
--   k  the language of each text part, the phrase "slot", the loss in KRW
--   p  the phrase pieces, picked from the arrays of `lists`
--   b  the assembled text
--   final: typos and spacing variants, output columns
--
-- Shares (per mille, independent draws):
--   service      kakao 830, mobility 60, pay 40, bank 20, games 20,
--                entertainment 30
--   reporter     general_user 896, small_business 102, enterprise 2
--   damage_type  paid_service 171, free_service_financial 151, inquiry 300,
--                protest 200, opinion 128, encouragement 50 (the split of
--                the non-financial 67.8% is the project's assumption)
--   language     ko 650, en 280, mixed 70
-- Arrival: per-day counts of a 105,116-report intake (45,000 in the first
-- five days, weekend dips, a last-day bump) and per-hour weights (quiet
-- nights), Asia/Seoul.
--
-- Phrase slots: 0 KakaoTalk, 1 Daum/Kakao Mail, 2 Kakao Map (all `kakao`),
-- 3 Kakao T (`mobility`), 4 Kakao Pay (`pay`), 5 KakaoBank (`bank`),
-- 6 Kakao Games (`games`), 7 Melon, 8 KakaoPage/Webtoon (`entertainment`).
-- Per-slot lists hold 4 phrases per slot and language: index
-- (lang * 9 + slot) * 4 + k + 1, lang 0 = Korean, 1 = English.  For a small
-- business the same k picks its persona, its paid item and its loss event,
-- so that the three agree (a taxi driver loses calls, a PC bang loses guests).
-- Placeholders: {s} service name, {x} item / event / question, {a} amount
-- phrase, {m} money.

-- The number of rows to generate, or an error that says what is wrong with n
-- or seed (seed * 64 must be a bigint).
CREATE FUNCTION @extschema@.sample_claims_rows(n pg_catalog.int8, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sample_claims_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sample_claims_rows(pg_catalog.int8, pg_catalog.int8) IS
'sample_claims support: n, checked to be in 0..10000000 (22023), and seed within +-2^57';

-- The first claim_id of a range, or an error that says what is wrong with
-- the range or the seed.
CREATE FUNCTION @extschema@.sample_claims_first(first pg_catalog.int8, last pg_catalog.int8, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sample_claims_first'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sample_claims_first(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'sample_claims_range support: first, checked to be at least 1 with last at most 10000000 (22023), and seed within +-2^57';

-- sample_claims_range(first, last, seed): the rows first..last of the
-- sequence of seed, identical to those rows of sample_claims(n, seed) for any
-- n >= last, so that disjoint ranges loaded by several sessions at once make
-- the same table as one sample_claims call.
CREATE FUNCTION @extschema@.sample_claims_range(first pg_catalog.int8, last pg_catalog.int8, seed pg_catalog.int8 DEFAULT 1)
RETURNS TABLE (claim_id pg_catalog.int8, received_at pg_catalog.timestamptz, text pg_catalog.text,
               service pg_catalog.text, reporter pg_catalog.text, damage_type pg_catalog.text,
               claimed_loss pg_catalog.int8, language pg_catalog.text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $sample_claims$
WITH lists AS (
  SELECT
  -- service names as claimants write them, 4 per slot -------------------------
  ARRAY[
    '카톡', '카카오톡', '카카오 톡', '카카오',
    '다음 메일', '다음메일', '카카오메일', 'daum 메일',
    '카카오맵', '카카오 맵', '카카오지도', '카카오맵',
    '카카오T', '카카오 T', '카T', '카카오택시',
    '카카오페이', '카카오 페이', '카페이', '카카오페이',
    '카카오뱅크', '카뱅', '카카오 뱅크', '카뱅',
    '카카오게임즈', '카카오 게임즈', '카카오게임', '카겜',
    '멜론', '멜론', '멜론 앱', '멜론(Melon)',
    '카카오페이지', '카카오웹툰', '카카오 페이지', '카카오 웹툰',
    'KakaoTalk', 'Kakaotalk', 'kakao talk', 'KaTalk',
    'Daum Mail', 'Daum mail', 'Kakao Mail', 'daum mail',
    'Kakao Map', 'KakaoMap', 'Kakao Maps', 'kakao map',
    'Kakao T', 'KakaoT', 'Kakao Taxi', 'kakao T',
    'Kakao Pay', 'KakaoPay', 'kakaopay', 'Kakao pay',
    'KakaoBank', 'Kakao Bank', 'kakaobank', 'Kakao bank',
    'Kakao Games', 'KakaoGames', 'kakao games', 'Kakao Games',
    'Melon', 'MelOn', 'Melon app', 'melon',
    'KakaoPage', 'Kakao Webtoon', 'Kakao Page', 'kakao webtoon'
  ] AS names,
  -- what a general user paid for (paid kakao claims always use slot 0, so
  -- slots 1 and 2 repeat slot 0 to keep the indexing uniform) ----------------
  ARRAY[
    '이모티콘 플러스 구독', '톡서랍 플러스', '선물하기 커피 쿠폰', '이모티콘 세트',
    '이모티콘 플러스 구독', '톡서랍 플러스', '선물하기 커피 쿠폰', '이모티콘 세트',
    '이모티콘 플러스 구독', '톡서랍 플러스', '선물하기 커피 쿠폰', '이모티콘 세트',
    '카카오T 블루 호출', '대리운전 호출', '택시 예약 호출', '카카오T 주차 정기권',
    '영화 예매 티켓', '콘서트 예매', '교통카드 충전', '정기결제 멤버십',
    '해외송금 수수료', 'ATM 출금 수수료', '환전 수수료', '이체 수수료',
    '오딘 월정액', '시즌 패스', '유료 아이템 패키지', '우마무스메 쥬얼',
    '멜론 스트리밍 이용권', '멜론 무제한 듣기', '멜론티켓 예매', '멜론 이용권 정기결제',
    '웹툰 코인', '웹소설 대여권', '충전한 캐시', '작품 소장권',
    'an Emoticon Plus subscription', 'Talk Drawer Plus', 'a coffee voucher from Kakao Gift', 'a paid emoticon set',
    'an Emoticon Plus subscription', 'Talk Drawer Plus', 'a coffee voucher from Kakao Gift', 'a paid emoticon set',
    'an Emoticon Plus subscription', 'Talk Drawer Plus', 'a coffee voucher from Kakao Gift', 'a paid emoticon set',
    'a Kakao T Blue ride', 'a chauffeur (daeri) call', 'a taxi reservation', 'a Kakao T parking pass',
    'movie tickets bought with {s}', 'a concert ticket paid via {s}', 'a transit card top-up', 'a membership billed to {s}',
    'an overseas transfer fee', 'ATM withdrawal fees', 'a currency exchange fee', 'transfer fees',
    'an Odin monthly pass', 'a season pass', 'a paid item bundle', 'Uma Musume jewels',
    'a Melon streaming pass', 'an unlimited listening pass', 'a Melon Ticket booking', 'an auto-renewed Melon pass',
    'webtoon coins', 'web novel rental tickets', 'cash I had topped up', 'episode ownership tickets'
  ] AS c_items,
  -- what a small business paid for, aligned with its persona (same k) -------
  ARRAY[
    '알림톡 발송비', '비즈보드 광고비', '채널 메시지 발송비', '친구톡 광고 메시지 비용',
    '알림톡 발송비', '비즈보드 광고비', '채널 메시지 발송비', '친구톡 광고 메시지 비용',
    '알림톡 발송비', '비즈보드 광고비', '채널 메시지 발송비', '친구톡 광고 메시지 비용',
    '카카오T 프로 멤버십 이용료', '대리 프로그램 이용료', '블루 가맹 수수료', '퀵 배송 중개 수수료',
    '카카오페이 결제 수수료', '카카오페이 가맹점 수수료', '주문하기 서비스 수수료', '정산 서비스 수수료',
    '사업자 통장 이체 수수료', '타행 이체 수수료', '개인사업자 대출 이자', '급여 이체 수수료',
    'PC방 프리미엄 이용료', 'PC방 정액 라이선스 요금', '방송용 게임 패키지 구매비', '대회 서버 대여비',
    '음원 유통 수수료', '멜론티켓 판매 대행 수수료', '매장 음악 스트리밍 이용료', '멜론 광고비',
    '작품 프로모션 광고비', '웹툰 광고 집행비', '프로모션 배너 비용', '제휴 광고비',
    'AlimTalk notification fees', 'Bizboard ad spend', 'channel message fees', 'Friend Talk ad message costs',
    'AlimTalk notification fees', 'Bizboard ad spend', 'channel message fees', 'Friend Talk ad message costs',
    'AlimTalk notification fees', 'Bizboard ad spend', 'channel message fees', 'Friend Talk ad message costs',
    'the Kakao T Pro membership fee', 'the chauffeur app fee', 'the Blue franchise fee', 'Kakao T Quick brokerage fees',
    'Kakao Pay processing fees', 'Kakao Pay merchant fees', 'ordering service fees', 'settlement service fees',
    'business account transfer fees', 'interbank transfer fees', 'interest on my sole-proprietor loan', 'payroll transfer fees',
    'the PC bang premium plan fee', 'the PC bang flat-rate licence', 'a game bundle bought for streaming', 'tournament server rental',
    'distribution fees for my tracks', 'Melon Ticket agency fees', 'the in-store music streaming fee', 'Melon ad spend',
    'promotion ad spend for my series', 'webtoon ad spend', 'promotional banner fees', 'partnership ad costs'
  ] AS b_items,
  -- what a company paid for, 2 per slot: index (lang * 9 + slot) * 2 + k + 1,
  -- the same k as its self-description and its loss event
  ARRAY[
    '알림톡 대량 발송비', '카카오톡 채널 광고비',
    '알림톡 대량 발송비', '카카오톡 채널 광고비',
    '알림톡 대량 발송비', '카카오톡 채널 광고비',
    '카카오T 비즈니스 법인 호출비', '블루 가맹 수수료',
    '온라인 결제 수수료', '정산 서비스 이용료',
    '대량 이체 수수료', '급여 대량 이체 수수료',
    '퍼블리싱 플랫폼 수수료', '제휴 이벤트 비용',
    '티켓 판매 대행 수수료', '멜론 광고 집행비',
    '작품 프로모션 광고비', '유료 결제 연동 수수료',
    'bulk AlimTalk fees', 'KakaoTalk channel ad spend',
    'bulk AlimTalk fees', 'KakaoTalk channel ad spend',
    'bulk AlimTalk fees', 'KakaoTalk channel ad spend',
    'Kakao T for Business ride fees', 'the Blue franchise fee',
    'online payment processing fees', 'settlement service fees',
    'bulk transfer fees', 'bulk payroll transfer fees',
    'publishing platform fees', 'partnership event costs',
    'ticketing agency fees', 'Melon ad spend',
    'series promotion ad spend', 'paid checkout integration fees'
  ] AS e_items,
  -- how a general user lost money when a free service failed ---------------
  ARRAY[
    '인증번호가 안 와서 대출 상환일을 넘기는 바람에 연체료가 붙었어요', '숙소 사장님과 연락이 안 돼서 예약 취소 위약금을 물었어요',
    '선물받은 기프티콘이 장애 중에 유효기간이 끝나 버렸어요', '중고거래 판매자와 연락이 끊겨서 보낸 예약금을 날렸어요',
    '인증 메일이 안 와서 항공권 특가 결제를 못 했어요', '계약서 회신 메일을 못 받아서 위약금이 생겼어요',
    '항공사 변경 안내 메일을 놓쳐서 변경 수수료를 냈어요', '세금 고지 메일을 못 봐서 가산금을 냈습니다',
    '길찾기가 안 돼서 기차를 놓치고 표를 다시 샀어요', '지도가 안 떠서 결국 택시를 탔어요',
    '길을 헤매다가 공연 시작을 놓쳐서 표값을 날렸어요', '예약한 식당을 못 찾아서 노쇼 위약금을 냈어요',
    '호출이 안 돼서 모범택시를 탔더니 요금이 두 배 나왔어요', '대리 호출이 안 돼 차를 두고 갔다가 다음날 주차비를 냈어요',
    '택시를 못 잡아 출근이 늦어서 일당이 깎였어요', '공항 가는 택시를 못 불러서 비행기를 놓쳤어요',
    '월세 송금이 안 돼서 연체료를 냈어요', '결제가 계속 실패해서 할인 행사를 놓쳤어요',
    '페이머니가 묶여서 급하게 카드론을 받았어요', '잘못 보낸 송금을 되돌리지 못해서 아직 돈이 묶여 있어요',
    '카드값 결제일에 이체가 안 돼서 연체 처리됐어요', '전세 계약금을 제때 못 보내서 계약이 깨졌어요',
    '대출 이자 자동이체가 빠져서 연체이자가 붙었어요', '청약 납입을 못 해서 가산금을 냈어요',
    '한정 이벤트 보상을 놓쳐서 결국 돈 주고 샀어요', '대회 예선에 접속을 못 해서 참가비를 날렸어요',
    '거래소가 막혀서 아이템을 헐값에 팔았어요', '기간 한정 패키지를 놓쳐서 나중에 더 비싸게 샀어요',
    '멜론티켓 결제창이 멈춰서 잡아둔 자리를 놓치고 비싼 표를 다시 샀어요', '예매가 안 돼서 웃돈 주고 양도표를 샀어요',
    '입장 QR이 안 떠서 현장 재발권 수수료를 냈어요', '티켓 취소 처리가 안 돼서 취소 수수료가 붙었어요',
    '할인 이벤트 기간을 놓쳐서 정가로 결제했어요', '기다무 타이머가 초기화돼서 코인을 더 샀어요',
    '이벤트 캐시가 지급되지 않았어요', '출석 보상 캐시가 날아갔어요',
    'the verification code never came, I missed a loan repayment date and got a late fee', 'I could not reach the guesthouse owner and paid a cancellation penalty',
    'a gifticon someone sent me expired during the outage', 'I lost contact with a secondhand seller and my deposit was gone',
    'the verification email never arrived so I lost a flight sale price', 'I never got a contract reply email and ended up owing a penalty',
    'I missed an airline change notice and paid a change fee', 'I missed a tax notice email and paid a surcharge',
    'directions would not load, I missed my train and bought another ticket', 'the map was blank so I took a taxi instead',
    'I got lost, missed the start of a show and lost the ticket price', 'I could not find the restaurant I had booked and was charged a no-show fee',
    'no taxi call went through so I took a deluxe cab at double the fare', 'the chauffeur call failed, I left my car and paid parking the next day',
    'I could not get a cab, was late for work and lost a day of pay', 'I could not call a cab to the airport and missed my flight',
    'my rent transfer failed and I paid a late fee', 'payments kept failing and I missed a sale',
    'my Pay Money was locked so I took a card loan', 'a transfer sent to the wrong person could not be reversed and the money is still stuck',
    'my card bill transfer failed on the due date and went overdue', 'I could not send a lease deposit in time and the deal collapsed',
    'my loan interest auto-debit failed and I was charged overdue interest', 'I missed a housing subscription payment and paid a surcharge',
    'I missed a limited event reward and ended up paying for it', 'I could not log in for a tournament qualifier and lost the entry fee',
    'the exchange was down so I dumped items at a loss', 'I missed a limited-time package and paid more later',
    'the Melon Ticket checkout froze, I lost my seats and paid more for new ones', 'booking failed so I bought resale tickets at a markup',
    'the entry QR would not load and I paid a reissue fee', 'a ticket cancellation was not processed and I was charged a fee',
    'I missed a discount event and paid full price', 'my wait-for-free timer reset and I bought extra coins',
    'event cash was never credited', 'my attendance reward cash vanished'
  ] AS c_events,
  -- how a small business lost money, aligned with its persona (same k) ------
  ARRAY[
    '{s} 주문을 하나도 못 받았어요', '예약 주문 문의에 답을 못 해서 손님을 다 놓쳤어요',
    '예약 손님들과 연락이 안 돼서 노쇼가 줄줄이 났어요', '알림톡이 안 나가서 배송 문의랑 환불 요청이 쏟아졌어요',
    '거래처 발주 메일을 못 받아서 납품 기회를 놓쳤어요', '견적 요청 메일이 안 들어와서 공사 계약을 놓쳤어요',
    '세금계산서 메일이 안 나가서 대금 입금이 밀렸어요', '마감 시안을 메일로 못 보내서 계약금이 깎였어요',
    '{s}에 가게가 안 떠서 손님이 확 줄었어요', '검색이 안 돼서 예약 손님들이 가게를 못 찾아왔어요',
    '위치 안내가 안 돼서 예약이 연달아 취소됐어요', '길찾기가 안 돼 배달이 늦어져서 환불해 드렸어요',
    '사흘 동안 콜을 거의 못 받았어요', '대리 앱에 콜이 이틀 동안 하나도 안 떴어요',
    '배차가 안 돼서 예약 손님들이 다 취소했어요', '퀵 배송 콜이 끊겨서 며칠 일을 못 했어요',
    '온라인 주문 결제가 다 실패해서 매출이 반토막 났어요', '{s} 결제가 안 돼서 손님들이 그냥 돌아갔어요',
    '주문 결제가 안 돼서 픽업 주문이 다 취소됐어요', '정산이 밀려서 물품 대금을 제때 못 냈어요',
    '사업자 통장 이체가 막혀서 식자재 대금이 밀렸어요', '거래처 대금을 못 보내서 물건을 못 받았어요',
    '대출 이자 자동이체가 안 돼서 연체이자가 붙었어요', '직원 급여를 제때 못 줘서 지연 이자까지 물어줬어요',
    '게임 접속이 안 돼서 PC방 손님이 다 나갔어요', '주말 손님이 평소 반도 안 왔어요',
    '방송을 못 켜서 후원 수익이 끊겼어요', '온라인 대회가 취소돼서 준비 비용을 날렸어요',
    '음원 스트리밍 수익이 며칠 동안 끊겼어요', '멜론티켓 예매가 막혀서 공연 티켓을 못 팔았어요',
    '매장 음악이 끊겨서 급하게 다른 서비스를 따로 결제했어요', '신곡 발매 프로모션이 날아가서 매출이 없었어요',
    '연재 작품 조회수가 뚝 떨어져서 수익이 줄었어요', '유료 회차 결제가 안 돼서 판매가 끊겼어요',
    '신작 프로모션 기간이 통째로 날아갔어요', '신간 이벤트가 무산돼서 광고비만 날렸어요',
    'I could not take a single {s} order', 'flower orders came in as chats I could not answer and the customers went elsewhere',
    'I could not reach booked clients and had no-show after no-show', 'notification messages failed and delivery questions and refund requests piled up',
    'a purchase order email never reached me and I missed a delivery', 'a quote request never arrived and I lost the job',
    'tax invoice emails did not go out and payments came in late', 'I could not email the final drafts and my fee was cut',
    'my shop vanished from {s} and walk-ins dropped sharply', 'customers with bookings could not find the cafe',
    'the location would not show and bookings were cancelled one after another', 'navigation failed, deliveries ran late and I refunded them',
    'I got almost no calls for three days', 'the chauffeur app showed zero calls for two days',
    'dispatch failed and booked passengers cancelled', 'quick delivery calls stopped and I could not work for days',
    'online checkout failed and sales halved', 'customers could not pay with {s} and just left',
    'order payments failed and pickup orders were cancelled', 'settlements were late and I could not pay suppliers on time',
    'business account transfers were blocked and food supplier payments slipped', 'I could not pay a supplier and they held my goods',
    'my loan interest auto-debit failed and overdue interest was added', 'I could not pay staff on time and covered the late interest myself',
    'games would not connect and PC bang customers walked out', 'weekend traffic was less than half of normal',
    'I could not stream and donation income stopped', 'an online tournament was cancelled and the prep money was wasted',
    'streaming income stopped for days', 'Melon Ticket sales for our show were blocked',
    'the in-store music stopped and I had to pay for another service', 'a single release promotion was lost and sales never came',
    'views of my series collapsed and so did my income', 'readers could not pay for paid episodes',
    'a new-series promotion window was lost entirely', 'a book launch event fell through and the ad money was wasted'
  ] AS b_events,
  -- how a company lost money, 2 per slot ------------------------------------
  ARRAY[
    '인증 알림톡이 안 나가서 고객 주문이 대거 취소됐습니다', '카카오 로그인이 막혀서 자사 앱 가입과 결제가 멈췄습니다',
    '발주 메일 수신이 막혀 납품 일정이 밀렸습니다', '세금계산서 메일 발송이 안 돼 대금 회수가 늦어졌습니다',
    '지도 API가 멈춰서 자사 배송 앱이 먹통이 됐습니다', '매장 찾기 기능이 안 돼 전국 매장 방문객이 줄었습니다',
    '임직원 출장 호출이 막혀 대체 교통비가 들었습니다', '소속 택시 배차가 중단돼 운송 수입이 급감했습니다',
    '온라인몰 결제 수단이 막혀 주문이 대량 이탈했습니다', '정산 지연으로 가맹점 대금 지급이 밀렸습니다',
    '대량 이체가 중단돼 협력사 대금 지급이 늦어졌습니다', '급여 이체가 늦어져서 지연 보상금을 지급했습니다',
    '퍼블리싱 게임 접속 장애로 이벤트 매출이 급감했습니다', '제휴 프로모션이 무산돼 마케팅 비용을 날렸습니다',
    '공연 티켓 오픈이 무산돼 재오픈 비용이 발생했습니다', '음원 발매 프로모션이 중단돼 마케팅 비용을 날렸습니다',
    '작품 런칭 프로모션이 중단돼 매출 손실이 컸습니다', '유료 결제가 막혀 판매 수익이 끊겼습니다',
    'verification messages failed and a large share of customer orders were cancelled', 'Kakao Login was down so sign-ups and payments in our app stopped',
    'purchase order emails stopped arriving and deliveries slipped', 'tax invoice emails failed and collections were delayed',
    'the map API stopped and our delivery app went dark', 'our store locator broke and visits fell across all branches',
    'staff business rides could not be booked and we paid for alternatives', 'dispatch to our taxis stopped and fare revenue collapsed',
    'our web shop lost its payment option and orders dropped sharply', 'settlement delays pushed back payments to our franchisees',
    'bulk transfers stopped and supplier payments were late', 'payroll went out late and we paid staff a delay allowance',
    'a title we develop was unreachable and event revenue fell', 'a partner promotion was cancelled and the marketing budget was lost',
    'a ticket launch collapsed and relaunch costs followed', 'a release promotion stopped and the marketing spend was wasted',
    'a series launch promotion stopped and sales suffered', 'paid checkout was blocked and sales income stopped'
  ] AS e_events,
  -- who the small business is ----------------------------------------------
  ARRAY[
    '동네에서 반찬가게 합니다. ', '꽃집 운영하고 있어요. ', '1인 미용실 원장입니다. ', '작은 공방 사장인데요, ',
    '1인 무역업 하고 있습니다. ', '인테리어 시공하는 자영업자입니다. ', '작은 인쇄소 운영합니다. ', '프리랜서 디자이너(개인사업자)입니다. ',
    '골목에서 식당 합니다. ', '동네 카페 사장입니다. ', '네일샵 운영 중이에요. ', '작은 빵집 합니다. ',
    '개인택시 기사입니다. ', '대리운전 기사예요. ', '카카오T 블루 기사입니다. ', '퀵서비스 라이더입니다. ',
    '온라인 쇼핑몰 운영합니다. ', '푸드트럭 사장입니다. ', '테이크아웃 카페 운영해요. ', '소품샵 사장입니다. ',
    '개인사업자로 식당 합니다. ', '작은 도매상 운영 중입니다. ', '카뱅 사업자 통장 쓰는 자영업자입니다. ', '직원 셋 있는 가게 사장입니다. ',
    'PC방 사장입니다. ', 'PC방 두 곳 운영합니다. ', '게임 방송하는 개인 스트리머예요. ', '소규모 게임대회 운영 업체입니다. ',
    '인디 음악 하는 사람입니다. ', '소규모 공연 기획사 대표입니다. ', '동네 카페 사장인데요, ', '1인 음반 레이블 운영합니다. ',
    '카카오페이지 연재 작가입니다. ', '웹툰 작가(개인사업자)입니다. ', '웹소설 연재하는 작가예요. ', '1인 출판사 대표입니다. ',
    'I run a small side-dish shop. ', 'I own a flower shop. ', 'I run a one-person hair salon. ', 'I have a small craft studio. ',
    'I run a one-person trading business. ', 'I am a self-employed interior contractor. ', 'I run a small print shop. ', 'Freelance designer (sole proprietor) here. ',
    'I run a small restaurant. ', 'I own a neighborhood cafe. ', 'I run a nail salon. ', 'I own a small bakery. ',
    'I am a private taxi driver. ', 'I work as a chauffeur (daeri) driver. ', 'I drive a Kakao T Blue cab. ', 'I am a quick-delivery rider. ',
    'I run an online store. ', 'I own a food truck. ', 'I run a takeout cafe. ', 'I own a gift shop. ',
    'Sole proprietor, I run a restaurant. ', 'I run a small wholesale business. ', 'Self-employed, using a KakaoBank business account. ', 'I own a shop with three employees. ',
    'I own a PC bang. ', 'I run two PC bangs. ', 'I am an independent game streamer. ', 'We are a small esports tournament organiser. ',
    'I am an indie musician. ', 'I run a small concert promotion company. ', 'I own a neighborhood cafe. ', 'I run a one-person record label. ',
    'I publish a series on KakaoPage. ', 'Webtoon artist, self-employed. ', 'I write a web novel series. ', 'I run a one-person publishing house. '
  ] AS personas,
  -- questions about one product ---------------------------------------------
  ARRAY[
    '{s} 백업 안 한 대화도 복구되나요?', '그때 보낸 메시지가 상대방한테 안 갔는데 다시 보내야 하나요?',
    '이모티콘 플러스 구독 기간 연장해 주시나요?', '톡서랍 백업이 중간에 끊겼는데 데이터는 괜찮은 건가요?',
    '{s} 장애 중에 온 메일은 유실된 건가요?', '수신이 늦어진 메일은 나중에 다 들어오나요?',
    '보낸 메일이 실제로 나갔는지 어떻게 확인하나요?', '메일 자동전달 설정이 풀렸는데 원래대로 돌려주나요?',
    '{s}에 저장해 둔 장소들이 안 보여요. 다시 돌아오나요?', '내 장소 폴더는 언제 복구되나요?',
    '지도에 남긴 리뷰가 안 보이는데 삭제된 건가요?', '길찾기 최근 기록도 복구되나요?',
    '{s} 블루 호출비 환불은 어떻게 받나요?', '장애 때 택시비가 두 번 결제된 것 같은데 확인해 주실 수 있나요?',
    '카카오내비 최근 목적지 기록이 사라졌는데 살릴 수 있나요?', '대리 기사 보상은 어디로 신청하나요?',
    '장애 중에 한 송금이 두 번 나갔는데 확인 가능한가요?', '{s} 결제 취소는 언제 반영되나요?',
    '페이머니 잔액이 맞는지 어떻게 확인하나요?', '후불교통 결제가 밀렸는데 연체로 잡히나요?',
    '장애 때 예약이체가 안 됐는데 자동으로 다시 되나요?', '{s} 이체 지연으로 생긴 연체 기록은 지워 주시나요?',
    '적금 납입일을 넘겼는데 우대금리는 유지되나요?', '체크카드 승인 내역이 이상한데 확인 가능할까요?',
    '{s} 접속 장애 보상 아이템은 언제 지급되나요?', '장애 중에 끝난 이벤트 다시 열어 주나요?',
    '보상 우편 수령 기한이 있나요?', '패키지 구매 기록이 안 보이는데 복구되나요?',
    '멜론 이용권 기간 연장되나요?', '장애 기간에 못 들은 거 보상 있나요?',
    '플레이리스트가 비어 있는데 복구되나요?', '멜론티켓 예매 내역이 안 보이는데 확인 가능할까요?',
    '충전해 둔 코인 잔액이 0으로 보이는데 정상인가요?', '기다무 시간 초기화된 거 돌려주나요?',
    '{s} 대여권 기간 연장되나요?', '구매한 소장 회차가 안 보이는데 복구되나요?',
    'Will chats I never backed up on {s} come back?', 'Messages I sent during the outage never arrived. Do I have to resend them?',
    'Will my Emoticon Plus subscription be extended?', 'My Talk Drawer backup stopped halfway. Is my data safe?',
    'Were emails sent to me during the {s} outage lost?', 'Will delayed emails still arrive?',
    'How can I tell whether the mails I sent actually went out?', 'My auto-forwarding setting was reset. Will it be restored?',
    'My saved places on {s} are gone. Will they come back?', 'When will my place folders be restored?',
    'My map reviews disappeared. Were they deleted?', 'Will my recent route history come back?',
    'How do I get a refund for a Blue call fee on {s}?', 'I think a taxi fare was charged twice during the outage. Can you check?',
    'My recent destinations in Kakao Navi are gone. Can they be recovered?', 'Where do chauffeur drivers apply for compensation?',
    'A transfer went out twice during the outage. Can you check?', 'When will a cancelled {s} payment show up?',
    'How do I verify my Pay Money balance is right?', 'My transit pay-later charge was delayed. Will it count as overdue?',
    'A scheduled transfer failed during the outage. Will it run again automatically?', 'Will {s} remove the overdue record caused by the transfer delay?',
    'I missed a savings deposit date. Do I keep the bonus rate?', 'My check card approvals look wrong. Can you check them?',
    'When will the {s} outage compensation items arrive?', 'Will events that ended during the outage be reopened?',
    'Is there a deadline to claim compensation mail in game?', 'A package purchase is missing from my history. Will it be restored?',
    'Will my Melon pass be extended?', 'Is there compensation for the days I could not stream?',
    'My playlists are empty. Can they be restored?', 'My Melon Ticket booking is not showing. Can you check?',
    'My coin balance shows zero. Is that normal?', 'Will my wait-for-free timers be restored?',
    'Will {s} extend my rental tickets?', 'Episodes I bought are missing. Will they come back?'
  ] AS questions,
  -- questions by reporter type: index (lang * 3 + reporter) * 4 + k + 1 ------
  ARRAY[
    '{s} 피해 보상 신청은 어디서 하나요?', '{s} 장애 보상은 언제쯤 나오나요?',
    '{s} 보상 대상 기준이 뭔지 알려주세요.', '무료로 쓰는 사람도 {s} 보상 받을 수 있나요?',
    '소상공인 지원금 신청은 어디서 하나요?', '{s} 장애 피해 증빙은 어떤 서류로 내면 되나요?',
    '매출 손실이 30만원 이하면 얼마 지원되는 건가요?', '소상공인 피해 접수 결과는 언제 나오나요?',
    '법인도 {s} 장애 피해 접수가 되나요?', '기업 고객 보상 협의 창구가 따로 있습니까?',
    '당사 피해 산정 자료는 어디로 제출하면 됩니까?', '{s} 기업 고객 대상 보상 기준을 안내해 주십시오.',
    'Where do I file a compensation claim for {s}?', 'When will {s} outage compensation be paid?',
    'What are the criteria for {s} compensation?', 'Can free users of {s} get compensation too?',
    'Where do small businesses apply for support?', 'What documents prove {s} outage losses for a small shop?',
    'If my lost sales are under 300,000 won, how much support do I get?', 'When will small-business claims be decided?',
    'Can a corporation file a {s} outage claim?', 'Is there a separate channel for corporate compensation talks?',
    'Where should we submit our damage assessment?', 'Please share the compensation criteria for {s} business customers.'
  ] AS gen_questions,
  -- optional self-description of a general user: index lang * 6 + k + 1 -----
  ARRAY[
    '직장인입니다. ', '대학생인데요, ', '평범한 이용자입니다. ', '부모님 대신 글 남깁니다. ', '주부예요. ', '자취하는 사회초년생입니다. ',
    'Office worker here. ', 'Just a regular user. ', 'I am a student. ', 'Writing on behalf of my parents. ', 'I am a stay-at-home parent. ', 'I am new to working life and live alone. '
  ] AS gen_ids,
  -- who the company is, 2 per slot, aligned with e_items and e_events ------
  ARRAY[
    '온라인 유통기업 운영팀입니다. ', '전국 80개 매장을 둔 프랜차이즈 본사입니다. ',
    '직원 400명 규모 제조업체 구매팀입니다. ', '(주)한결상사 경영지원팀입니다. ',
    '중견 물류회사 배송관리팀입니다. ', '전국에 매장을 둔 외식 프랜차이즈 본사입니다. ',
    '중견 제조업체 총무팀입니다. ', '택시 120대를 운영하는 운수회사입니다. ',
    '온라인 쇼핑몰 운영사 재무팀입니다. ', '프랜차이즈 본사 정산 담당자입니다. ',
    '중견 유통업체 재무팀입니다. ', '직원 300명 규모 IT 기업 인사팀입니다. ',
    '카카오게임즈와 계약한 중견 게임 개발사입니다. ', '게임 제휴 광고를 집행한 식음료 기업 마케팅팀입니다. ',
    '공연 기획사(직원 200명) 티켓팅 담당입니다. ', '음반 기획사 마케팅팀입니다. ',
    '웹툰 제작 스튜디오(직원 150명)입니다. ', '웹소설 출판사 매출관리팀입니다. ',
    'This is the operations team of an online retailer. ', 'We are the head office of a franchise with 80 stores. ',
    'Purchasing team of a manufacturer with about 400 employees. ', 'Hangyeol Trading Co., Ltd., management support team. ',
    'Writing for the delivery team of a mid-sized logistics company. ', 'We are the head office of a restaurant franchise. ',
    'General affairs team of a mid-sized manufacturer. ', 'We are a taxi company running 120 cabs. ',
    'Finance team of an online shopping mall operator. ', 'I handle settlements at a franchise head office. ',
    'Finance team of a mid-sized distributor. ', 'HR team of an IT company with 300 employees. ',
    'We are a mid-sized studio developing a game published by Kakao Games. ', 'Marketing team of a food company that ran an in-game partnership. ',
    'Ticketing lead at a concert promoter with 200 staff. ', 'Marketing team of a record label. ',
    'We are a webtoon studio with 150 staff. ', 'Sales team of a web novel publisher. '
  ] AS ent_ids,
  -- greetings, 3 of 10 non-empty: index lang * 10 + k + 1 -------------------
  ARRAY[
    '안녕하세요. ', '안녕하세요 ', '수고 많으십니다. ', '', '', '', '', '', '', '',
    'Hello. ', 'Hi. ', 'To the Kakao team: ', '', '', '', '', '', '', ''
  ] AS greetings,
  -- core sentences, 8 per group and language: index (lang * 7 + group) * 8 + t + 1
  -- groups: 0 paid (general user), 1 paid (business), 2 free-service money
  -- loss, 3 inquiry, 4 protest, 5 opinion, 6 encouragement
  ARRAY[
    '{x} 결제했는데 {s} 장애로 제대로 이용을 못 했습니다.{a}',
    '{s} 먹통이던 동안 {x} 쪽은 전혀 이용 못 함.{a} 환불이나 연장 부탁드려요',
    '유료로 결제한 {x}, {s} 장애 때문에 날렸어요.{a}',
    '{s} 장애 기간에 {x} 돈만 나가고 서비스는 못 받았어요.{a}',
    '{x} 때문에 돈을 냈는데 {s} 안 되는 동안 쓸모가 없었어요.{a}',
    '{s} 유료 이용자입니다. {x} 결제분 보상해 주세요.{a}',
    '10월 15일 {s} 장애로 {x} 날아감.{a} 결제한 건 돌려받아야죠',
    '{x} 결제 내역 첨부합니다. {s} 장애로 못 쓴 만큼 환불 요청해요.{a}',

    '{x} 냈는데 {s} 장애 기간에는 서비스를 전혀 못 받았습니다.{a}',
    '매달 {x} 내고 있는데 {s} 먹통인 동안에도 그대로 빠져나갔어요.{a} 환급해 주세요',
    '{s} 장애로 {x}만 나가고 효과는 하나도 없었습니다.{a}',
    '장애 기간 {x} 환불 요청합니다. {s} 쪽 문제로 못 쓴 거니까요.{a}',
    '{x} 결재된 내역이 있는데 {s} 장애로 하나도 활용 못 했어요.{a}',
    '{s} 유료 서비스({x}) 쓰는 중인데 장애 동안 돈만 나갔습니다.{a}',
    '{s} 장애 기간에 청구된 {x} 정정 부탁드립니다.{a}',
    '{x} 다 냈는데 {s} 먹통으로 손해만 봤네요.{a}',

    '{s} 먹통돼서 {x}.{a}',
    '{s} 장애 때문에 {x}.{a} 보상 부탁드립니다',
    '{x}. 전부 {s} 장애 때문입니다.{a}',
    '무료 서비스라도 피해는 피해죠. {s} 장애로 {x}.{a}',
    '10/15 {s} 장애 때 {x}.{a} 증빙 자료 있습니다',
    '{s} 안 되는 바람에 {x}.{a}',
    '{s} 장애 ㅡㅡ {x}.{a} 이거 누가 책임지나요',
    '판교 화재로 {s} 멈췄을 때 {x}.{a}',

    '{x}',
    '{x} 답변 부탁드립니다',
    '문의드립니다. {x}',
    '{s} 관련 문의입니다. {x}',
    '{x} 공지를 찾아봐도 없네요',
    '궁금한 게 있는데요, {x}',
    '{x} 빠른 답변 부탁드려요',
    '고객센터 연결이 안 돼서 여기 남깁니다. {x}',

    '{s} 먹통 5일이 말이 됩니까? 이중화도 안 해놓고',
    '국민 앱이라면서 이게 뭡니까. {s} 책임자는 사과하세요',
    '{s} 장애 대응 진짜 최악입니다. 공지도 늦고 안내도 없고',
    '데이터센터 불 하나에 {s} 전부 멈추는 게 정상입니까',
    '{s} 이번 일로 정떨어졌어요. 갈아탑니다',
    '이모티콘 몇 개로 퉁칠 생각 마세요. {s} 제대로 책임지세요',
    '{s} 며칠째 먹통이었는데 제대로 된 설명 하나 없네요',
    '화재 핑계 대지 마세요. {s} 관리 부실이 원인입니다',

    '{s} 정도 서비스면 데이터센터 이중화는 기본이어야 한다고 봅니다',
    '장애 공지는 {s} 말고 문자나 홈페이지로도 같이 해주면 좋겠어요',
    '개인적으로 {s} 보상은 현금보다 이용 기간 연장이 맞는 것 같아요',
    '{s} 하나에 다 의존한 게 문제였던 것 같아요. 대체 수단 하나씩은 있어야 할 듯',
    '정부가 {s} 같은 플랫폼의 재난 대응 기준을 만들어야 한다고 생각합니다',
    '장애가 나면 {s} 바깥에서 볼 수 있는 현황판이 있어야 할 것 같아요',
    '무료 서비스라도 {s} 정도 규모면 사회적 책임이 있다고 봐요',
    '보상 기준은 피해 유형별로 투명하게 공개해 주셨으면 합니다. {s} 이용자로서 드리는 의견입니다',

    '{s} 복구하느라 고생 많으셨습니다',
    '밤새 복구하신 개발자분들 감사합니다. {s} 다시 돼서 다행이에요',
    '며칠 {s} 없이 지내 보니 얼마나 많이 쓰는지 알겠더라고요. 힘내세요',
    '보상 안 해주셔도 괜찮아요. {s} 계속 쓸게요',
    '{s} 응원합니다! 이번 일 계기로 더 튼튼해지길',
    '현장에서 고생하신 직원분들 모두 수고하셨어요. {s} 화이팅',
    '불 난 건 어쩔 수 없는 일이죠. {s} 힘내세요',
    '다시 잘 되니까 됐습니다. {s} 늘 잘 쓰고 있어요',

    'I paid for {x} and could not use it properly while {s} was down.{a}',
    'While {s} was dead I got nothing out of {x}.{a} Please refund or extend it.',
    'Paid for {x}, lost it to the {s} outage.{a}',
    'During the {s} outage I was charged for {x} and got no service.{a}',
    'I spent money on {x} and it was useless while {s} was down.{a}',
    'Paying {s} user here. Please compensate me for {x}.{a}',
    'The Oct 15 {s} outage wiped out {x}.{a} I want my money back.',
    'Receipt for {x} attached. Requesting a refund for the {s} downtime.{a}',

    'We paid {x} but got no service while {s} was down.{a}',
    'Charged {x} as usual even though {s} was out.{a} Please refund.',
    'The {s} outage meant {x} bought nothing.{a}',
    'Requesting a refund of {x} for the outage period, since {s} could not deliver.{a}',
    'Billed for {x}, yet {s} was unusable the whole time.{a}',
    'Paying {s} business customer here ({x}); we lost the service we paid for.{a}',
    'Please correct the {s} invoice: {x} for days with no service.{a}',
    'Paid {x} for nothing. {s} was down for days.{a}',

    '{s} went down and {x}.{a}',
    'Because of the {s} outage, {x}.{a} Please compensate.',
    '{x}. All because {s} was down.{a}',
    'It may be a free service, but the damage is real: {x} when {s} failed.{a}',
    'On Oct 15, during the {s} outage, {x}.{a} I have proof.',
    '{s} stopped working and {x}.{a}',
    'Thanks to the {s} outage, {x}.{a} Who is responsible for this?',
    'When the Pangyo fire took {s} down, {x}.{a}',

    '{x}',
    '{x} Please reply.',
    'Question: {x}',
    'About {s}: {x}',
    '{x} I could not find any notice on this.',
    'Quick question. {x}',
    '{x} A fast answer would help.',
    'The help center never picks up, so asking here. {x}',

    '{s} down for five days? No redundancy at all?',
    'They call it a national app and this is what we get. {s} management should apologise.',
    'The way {s} handled this outage is the worst. Late notices, zero information.',
    'One fire and all of {s} stops? That is not normal.',
    'Done with {s} after this. Switching for good.',
    'Do not think a few emoticons settle this. {s} must take real responsibility.',
    'Days of {s} being dead and still no proper explanation?',
    'Stop blaming the fire. {s} neglected its infrastructure.',

    'A service the size of {s} should have a fully separate backup data center.',
    'Please post outage notices outside {s} too, by SMS or on the website.',
    'For {s}, extending subscriptions seems fairer than cash compensation.',
    'Relying on {s} for everything was the real problem. Everyone needs a backup app.',
    'The government should set disaster rules for platforms like {s}.',
    'There should be a status board for {s} that lives outside its own servers.',
    'Even for a free service, something as big as {s} carries public responsibility.',
    'Please publish the compensation criteria by damage type. Just my view as a {s} user.',

    'Thanks to everyone who worked to bring {s} back.',
    'To the engineers who stayed up all night: thank you. Glad {s} is back.',
    'A few days without {s} showed me how much I use it. Hang in there.',
    'No need to compensate me, I will keep using {s}.',
    'Rooting for {s}! Come back stronger.',
    'Big thanks to the staff on site. Go {s}!',
    'A fire can happen to anyone. Cheer up, {s} team.',
    'It works again and that is what matters. Love {s}.'
  ] AS templates,
  -- amount phrases: index (lang * 3 + kind) * 6 + k + 1, kind 0 paid,
  -- 1 a general user's loss, 2 a business's loss ----------------------------
  ARRAY[
    ' 결제 금액은 {m}입니다.', ' {m} 결제했어요.', ' ({m})', ' 금액 {m}.', ' 환불 요청 금액 {m}.', ' 총 {m} 나갔습니다.',
    ' 손해 {m}.', ' {m} 날렸어요.', ' 피해 금액 약 {m}.', ' ({m} 손해)', ' 생돈 {m} 나갔습니다.', ' 피해액 {m}.',
    ' 매출 손실 약 {m}.', ' 손실 추정 {m}.', ' {m} 정도 매출이 빠졌습니다.', ' (피해액 {m})', ' 피해 금액은 {m} 정도로 봅니다.', ' 장부상 손실 {m}.',
    ' It cost {m}.', ' ({m})', ' Amount paid: {m}.', ' That was {m}.', ' Refund amount: {m}.', ' Total {m}.',
    ' I lost {m}.', ' Loss: {m}.', ' About {m} gone.', ' ({m} lost)', ' That cost me {m}.', ' Damage: {m}.',
    ' Estimated lost sales: {m}.', ' We lost about {m}.', ' Revenue loss of roughly {m}.', ' (damage {m})', ' Our estimate is {m}.', ' Loss per our books: {m}.'
  ] AS amount_phrases,
  -- closing words: index (lang * 6 + damage_type) * 6 + k + 1; the first 3
  -- of each group are non-empty (mixed-language texts always get one) -------
  ARRAY[
    ' 빠른 처리 부탁드려요', ' 환불 원합니다', ' 답변 기다리겠습니다', '', '', '',
    ' 꼭 보상해 주세요', ' 증빙 필요하면 보내드릴게요', ' 빨리 처리해 주세요', '', '', '',
    ' 감사합니다', ' 답변 부탁드려요', ' 수고하세요', '', '', '',
    ' 진짜 어이없네요', ' 각성하세요', ' 정신 차리세요', '', '', '',
    ' 참고해 주세요', ' 개인적인 생각입니다', ' 검토 부탁드려요', '', '', '',
    ' 화이팅!', ' 힘내세요', ' 감사해요', '', '', '',
    ' Please process this quickly.', ' I want a refund.', ' Waiting for your reply.', '', '', '',
    ' Please compensate.', ' I can send proof.', ' Please handle this soon.', '', '', '',
    ' Thanks.', ' Please let me know.', ' Thank you in advance.', '', '', '',
    ' Unbelievable.', ' Get it together.', ' Shame on you.', '', '', '',
    ' Please consider it.', ' Just my two cents.', ' Hope this helps.', '', '', '',
    ' Fighting!', ' Stay strong.', ' Thank you!', '', '', ''
  ] AS closers,
  -- emoji and the like: index (lang * 6 + damage_type) * 8 + k + 1 ----------
  ARRAY[
    '', '', 'ㅠㅠ', ';;', '..', '', ' 🙏', 'ㅡㅡ',
    '', '', 'ㅠㅠ', 'ㅠ', ' 😭', '...', '', ' 🙏',
    '', '', 'ㅠㅠ', 'ㅠ', ' 🙏', '', '..', '',
    '', ' 😡', '!!', 'ㅡㅡ', '', ' 🤬', '', '..',
    '', '', 'ㅎㅎ', '', '.', ' 👍', '', '',
    ' ❤️', ' 💪', 'ㅎㅎ', ' 👍', '', ' 😊', '!!', ' 🙏',
    '', '', '', ' 🙏', ' :(', '', '', '',
    '', '', ' :(', ' 😭', '', '', '', '',
    '', '', '', '', '', ' 🙏', '', '',
    '', ' 😡', '', '', ' 🤬', '', '', '',
    '', '', '', ' 👍', '', '', '', '',
    ' ❤️', ' 💪', '', '', ' 😊', ' 👍', ' 🙏', ''
  ] AS tails
)
SELECT b.i,
       b.received_at,
       -- typos and spacing variants, each on its own share of the texts
       pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
       pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
       pg_catalog.replace(pg_catalog.replace(
         CASE WHEN b.cl = 1 AND b.d_typo % 100 < 25
              THEN pg_catalog.lower(b.body)
              ELSE pg_catalog.upper(pg_catalog.left(b.body, 1)) || pg_catalog.substr(b.body, 2) END,
         CASE WHEN b.cl = 0 AND b.d_typo % 100 < 12 THEN '결제' ELSE '' END, '결재'),
         CASE WHEN b.cl = 0 AND b.d_typo / 100 % 100 < 10 THEN '됐' ELSE '' END, '됬'),
         CASE WHEN b.cl = 0 AND b.d_typo / 10000 % 100 < 15 THEN '못 ' ELSE '' END, '못'),
         CASE WHEN b.cl = 0 AND b.d_typo / 1000000 % 100 < 10 THEN '안 돼' ELSE '' END, '안돼'),
         CASE WHEN b.cl = 0 AND b.d_typo / 1000000 % 100 < 10 THEN '안 되' ELSE '' END, '안되'),
         CASE WHEN b.cl = 0 AND b.d_typo / 100000000 % 10 < 4 THEN '해 주' ELSE '' END, '해주'),
         CASE WHEN b.cl = 1 AND b.d_typo / 100 % 100 < 10 THEN 'please' ELSE '' END, 'pls'),
         CASE WHEN b.cl = 1 AND b.d_typo / 10000 % 100 < 35 THEN ' could not ' ELSE '' END, ' couldn''t '),
         CASE WHEN b.cl = 1 AND b.d_typo / 10000 % 100 < 35 THEN ' did not ' ELSE '' END, ' didn''t '),
         CASE WHEN b.cl = 1 AND b.d_typo / 10000 % 100 < 35 THEN 'I am ' ELSE '' END, 'I''m '),
       b.service, b.reporter, b.damage_type,
       pg_catalog.int8(b.a),
       b.language
FROM (
  -- b: the assembled text ----------------------------------------------------
  SELECT p.i, p.received_at, p.cl, p.d_typo, p.a,
         p.service, p.reporter, p.damage_type, p.language,
         p.greet || p.ident
         || pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(p.tpl, '{x}', p.x), '{s}', p.nm), '{a}',
              pg_catalog.replace(p.amt, '{m}', COALESCE(
                CASE WHEN p.cl = 0 THEN
                  CASE WHEN p.fmt IN (0, 1, 5) AND p.a % 10000 = 0 AND p.a < 100000000
                         THEN (p.a / 10000)::pg_catalog.text || CASE WHEN p.fmt = 1 THEN '만 원' ELSE '만원' END
                       WHEN p.fmt = 0 AND p.a < 10000
                         THEN (p.a / 1000)::pg_catalog.text || '천원'
                       WHEN p.fmt = 0 AND p.a < 100000000
                         THEN (p.a / 10000)::pg_catalog.text || '만' || (p.a % 10000 / 1000)::pg_catalog.text || '천원'
                       WHEN p.fmt = 4 THEN p.a::pg_catalog.text || '원'
                       WHEN p.fmt = 5 THEN p.comma || ' 원'
                       ELSE p.comma || '원' END
                ELSE
                  CASE p.fmt WHEN 0 THEN 'KRW ' || p.comma
                             WHEN 1 THEN p.comma || ' won'
                             WHEN 2 THEN '₩' || p.comma
                             WHEN 3 THEN p.comma || ' KRW'
                             WHEN 4 THEN CASE WHEN p.a < 1000000 THEN (p.a / 1000)::pg_catalog.text || 'k won'
                                              ELSE 'KRW ' || p.comma END
                             ELSE p.comma || ' won' END
                END, '')))
         || p.closer || p.tail AS body
  FROM (
    -- p: the phrase pieces -----------------------------------------------------
    SELECT k.i, k.received_at, k.cl, k.d_typo, k.a,
           (k.d_amt / 600 % 6) AS fmt,
           CASE WHEN k.a >= 1000000000
                  THEN (k.a / 1000000000)::pg_catalog.text
                       || ',' || pg_catalog.lpad((k.a / 1000000 % 1000)::pg_catalog.text, 3, '0')
                       || ',' || pg_catalog.lpad((k.a / 1000 % 1000)::pg_catalog.text, 3, '0') || ',000'
                WHEN k.a >= 1000000
                  THEN (k.a / 1000000)::pg_catalog.text
                       || ',' || pg_catalog.lpad((k.a / 1000 % 1000)::pg_catalog.text, 3, '0') || ',000'
                ELSE (k.a / 1000)::pg_catalog.text || ',000' END AS comma,
           (ARRAY['kakao', 'mobility', 'pay', 'bank', 'games', 'entertainment'])[k.s + 1] AS service,
           (ARRAY['general_user', 'small_business', 'enterprise'])[k.rp + 1] AS reporter,
           (ARRAY['paid_service', 'free_service_financial', 'inquiry', 'protest', 'opinion',
                  'encouragement'])[k.dm + 1] AS damage_type,
           (ARRAY['ko', 'en', 'mixed'])[k.lg + 1] AS language,
           l.greetings[k.cl * 10 + k.d_greet + 1] AS greet,
           CASE k.rp
             WHEN 0 THEN CASE WHEN k.d_id % 100 < 22 THEN l.gen_ids[k.cl * 6 + k.d_id / 100 % 6 + 1] ELSE '' END
             WHEN 1 THEN CASE WHEN k.d_id % 100 < 85 THEN l.personas[(k.cl * 9 + k.slot) * 4 + k.d_var % 4 + 1] ELSE '' END
             ELSE CASE WHEN k.d_id % 100 < 95 THEN l.ent_ids[(k.cl * 9 + k.slot) * 2 + k.d_var % 2 + 1] ELSE '' END
           END AS ident,
           l.templates[(k.cl * 7 + CASE WHEN k.dm = 0 THEN CASE WHEN k.rp = 0 THEN 0 ELSE 1 END ELSE k.dm + 1 END) * 8
                       + k.d_tpl + 1] AS tpl,
           CASE k.dm
             WHEN 0 THEN CASE k.rp WHEN 0 THEN l.c_items[(k.cl * 9 + k.slot) * 4 + k.d_var % 4 + 1]
                                   WHEN 1 THEN l.b_items[(k.cl * 9 + k.slot) * 4 + k.d_var % 4 + 1]
                                   ELSE l.e_items[(k.cl * 9 + k.slot) * 2 + k.d_var % 2 + 1] END
             WHEN 1 THEN CASE k.rp WHEN 0 THEN l.c_events[(k.cl * 9 + k.slot) * 4 + k.d_var % 4 + 1]
                                   WHEN 1 THEN l.b_events[(k.cl * 9 + k.slot) * 4 + k.d_var % 4 + 1]
                                   ELSE l.e_events[(k.cl * 9 + k.slot) * 2 + k.d_var % 2 + 1] END
             WHEN 2 THEN CASE WHEN k.d_q % 2 = 0 AND k.rp < 2 THEN l.questions[(k.cl * 9 + k.slot) * 4 + k.d_q / 2 % 4 + 1]
                              ELSE l.gen_questions[(k.cl * 3 + k.rp) * 4 + k.d_q / 2 % 4 + 1] END
             ELSE ''
           END AS x,
           l.names[(k.nl * 9 + k.slot) * 4 + k.d_name + 1] AS nm,
           -- the amount is mentioned in about half to four fifths of the texts
           CASE WHEN k.dm <= 1
                 AND k.d_amt % 100 < CASE WHEN k.rp = 2 THEN 80
                                          WHEN k.dm = 0 THEN CASE WHEN k.rp = 0 THEN 50 ELSE 55 END
                                          ELSE CASE WHEN k.rp = 0 THEN 60 ELSE 75 END END
                THEN l.amount_phrases[(k.cl * 3 + CASE WHEN k.dm = 0 THEN 0 WHEN k.rp = 0 THEN 1 ELSE 2 END) * 6
                                      + k.d_amt / 100 % 6 + 1]
                ELSE '' END AS amt,
           CASE WHEN k.lg = 2 THEN l.closers[((1 - k.cl) * 6 + k.dm) * 6 + k.d_close % 3 + 1]
                ELSE l.closers[(k.cl * 6 + k.dm) * 6 + k.d_close + 1] END AS closer,
           l.tails[(CASE WHEN k.lg = 2 THEN 0 ELSE k.cl END * 6 + k.dm) * 8 + k.d_tail + 1] AS tail
    FROM (
      -- k: languages of the parts, phrase slot, loss in KRW ---------------------
      SELECT c.i, c.received_at, c.s, c.rp, c.dm, c.lg,
             c.d_var, c.d_name, c.d_tpl, c.d_greet, c.d_id, c.d_amt, c.d_close, c.d_tail, c.d_typo, c.d_q,
             -- core language; a mixed text switches the service name and the
             -- closing words to the other language
             CASE c.lg WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE CASE WHEN c.d_mix < 6 THEN 0 ELSE 1 END END AS cl,
             CASE c.lg WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE CASE WHEN c.d_mix < 6 THEN 1 ELSE 0 END END AS nl,
             CASE c.s
               WHEN 0 THEN CASE WHEN c.dm = 0 OR c.d_slot < 76 THEN 0 WHEN c.d_slot < 90 THEN 1 ELSE 2 END
               WHEN 5 THEN CASE WHEN c.d_slot < 60 THEN 7 ELSE 8 END
               ELSE c.s + 2
             END AS slot,
             -- log-normal loss: median * exp(sigma * z), rounded to 1,000 KRW,
             -- or for 60% of the claims of 95,000 and more to two significant
             -- digits (people write round sums: 35만원, 2,600,000), at least
             -- 1,000, at most 2,000,000,000
             CASE WHEN c.dm <= 1 THEN
               pg_catalog.int4(LEAST('2000000000'::pg_catalog.float8,
                 CASE WHEN v.loss >= '95000'::pg_catalog.float8 AND c.d_round < 6
                      THEN pg_catalog.round(v.loss / pg_catalog.power('10'::pg_catalog.float8,
                                                       pg_catalog.floor(pg_catalog.log(v.loss)) - '1'::pg_catalog.float8))
                           * pg_catalog.power('10'::pg_catalog.float8,
                                              pg_catalog.floor(pg_catalog.log(v.loss)) - '1'::pg_catalog.float8)
                      ELSE GREATEST('1000'::pg_catalog.float8,
                                    pg_catalog.round(v.loss / '1000'::pg_catalog.float8) * '1000'::pg_catalog.float8)
                 END))
             END AS a
      FROM (
        -- c: the labelled dimensions, arrival time, normal deviate ---------------
        SELECT g.i,
               CASE WHEN g.d_svc < 830 THEN 0 WHEN g.d_svc < 890 THEN 1 WHEN g.d_svc < 930 THEN 2
                    WHEN g.d_svc < 950 THEN 3 WHEN g.d_svc < 970 THEN 4 ELSE 5 END AS s,
               CASE WHEN g.d_rep < 896 THEN 0 WHEN g.d_rep < 998 THEN 1 ELSE 2 END AS rp,
               CASE WHEN g.d_dmg < 171 THEN 0 WHEN g.d_dmg < 322 THEN 1 WHEN g.d_dmg < 622 THEN 2
                    WHEN g.d_dmg < 822 THEN 3 WHEN g.d_dmg < 950 THEN 4 ELSE 5 END AS dm,
               CASE WHEN g.d_lang % 1000 < 650 THEN 0 WHEN g.d_lang % 1000 < 930 THEN 1 ELSE 2 END AS lg,
               g.d_lang / 1000 AS d_mix,
               -- seconds after 2022-10-19 00:00 +09 (epoch 1666105200): the day
               -- from cumulative daily counts out of 105,116, then the hour
               pg_catalog.to_timestamp(pg_catalog.float8(1666105200
                 + 86400 * CASE
                     WHEN g.d_day < 15200 THEN 0   WHEN g.d_day < 26200 THEN 1  WHEN g.d_day < 34400 THEN 2
                     WHEN g.d_day < 40000 THEN 3   WHEN g.d_day < 45000 THEN 4  WHEN g.d_day < 51400 THEN 5
                     WHEN g.d_day < 57200 THEN 6   WHEN g.d_day < 62500 THEN 7  WHEN g.d_day < 67500 THEN 8
                     WHEN g.d_day < 72200 THEN 9   WHEN g.d_day < 75700 THEN 10 WHEN g.d_day < 78900 THEN 11
                     WHEN g.d_day < 83200 THEN 12  WHEN g.d_day < 87300 THEN 13 WHEN g.d_day < 91200 THEN 14
                     WHEN g.d_day < 95000 THEN 15  WHEN g.d_day < 98700 THEN 16 WHEN g.d_day < 101700 THEN 17
                     ELSE 18 END
                 + 3600 * CASE
                     WHEN g.d_hour < 22 THEN 0   WHEN g.d_hour < 36 THEN 1   WHEN g.d_hour < 45 THEN 2
                     WHEN g.d_hour < 51 THEN 3   WHEN g.d_hour < 56 THEN 4   WHEN g.d_hour < 63 THEN 5
                     WHEN g.d_hour < 77 THEN 6   WHEN g.d_hour < 104 THEN 7  WHEN g.d_hour < 148 THEN 8
                     WHEN g.d_hour < 208 THEN 9  WHEN g.d_hour < 274 THEN 10 WHEN g.d_hour < 338 THEN 11
                     WHEN g.d_hour < 396 THEN 12 WHEN g.d_hour < 458 THEN 13 WHEN g.d_hour < 521 THEN 14
                     WHEN g.d_hour < 582 THEN 15 WHEN g.d_hour < 640 THEN 16 WHEN g.d_hour < 694 THEN 17
                     WHEN g.d_hour < 743 THEN 18 WHEN g.d_hour < 795 THEN 19 WHEN g.d_hour < 851 THEN 20
                     WHEN g.d_hour < 908 THEN 21 WHEN g.d_hour < 960 THEN 22 ELSE 23 END
                 + g.d_sec)) AS received_at,
               -- inverse normal CDF, Tukey-lambda approximation (|z| <= 4.91)
               '4.91'::pg_catalog.float8
                 * (pg_catalog.power(g.u_loss, '0.14'::pg_catalog.float8)
                    - pg_catalog.power('1'::pg_catalog.float8 - g.u_loss, '0.14'::pg_catalog.float8)) AS z,
               g.d_slot, g.d_var, g.d_name, g.d_tpl, g.d_greet, g.d_id, g.d_amt, g.d_round,
               g.d_close, g.d_tail, g.d_typo, g.d_q
        FROM (
          -- g: one hash per draw, an int4 in [0, 2^31), salt = the draw's number --
          SELECT h.i,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 1) >> 33) + 1073741824) % 1000 AS d_svc,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 2) >> 33) + 1073741824) % 1000 AS d_rep,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 3) >> 33) + 1073741824) % 1000 AS d_dmg,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 4) >> 33) + 1073741824) % 10000 AS d_lang,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 5) >> 33) + 1073741824) % 105116 AS d_day,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 6) >> 33) + 1073741824) % 1000 AS d_hour,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 7) >> 33) + 1073741824) % 3600 AS d_sec,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 8) >> 33) + 1073741824) % 100 AS d_slot,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 9) >> 33) + 1073741824) % 4 AS d_var,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 10) >> 33) + 1073741824) % 4 AS d_name,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 11) >> 33) + 1073741824) % 8 AS d_tpl,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 12) >> 33) + 1073741824) % 10 AS d_greet,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 13) >> 33) + 1073741824) % 600 AS d_id,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 14) >> 33) + 1073741824) % 3600 AS d_amt,
                 (pg_catalog.float8(pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 15) >> 33) + 1073741824)
                  + '0.5'::pg_catalog.float8) / '2147483648'::pg_catalog.float8 AS u_loss,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 16) >> 33) + 1073741824) % 10 AS d_round,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 17) >> 33) + 1073741824) % 6 AS d_close,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 18) >> 33) + 1073741824) % 8 AS d_tail,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 19) >> 33) + 1073741824) % 1000000000 AS d_typo,
                 (pg_catalog.int4(pg_catalog.hashint8extended(h.i, h.s64 + 20) >> 33) + 1073741824) % 8 AS d_q
          FROM (
            SELECT gs.i, sample_claims_range.seed * 64 AS s64
            FROM pg_catalog.generate_series(
                   -- first, checked (22023 out of range); a NULL: no rows
                   @extschema@.sample_claims_first(sample_claims_range.first, sample_claims_range.last,
                                                   sample_claims_range.seed),
                   sample_claims_range.last) AS gs(i)
          ) h
          OFFSET '0'
        ) g
        OFFSET '0'
      ) c
      CROSS JOIN LATERAL (
        SELECT CASE c.rp * 2 + c.dm
                 WHEN 0 THEN '9000'::pg_catalog.float8    -- general user, paid service
                 WHEN 1 THEN '30000'::pg_catalog.float8   -- general user, free service
                 WHEN 2 THEN '120000'::pg_catalog.float8  -- small business, paid service
                 WHEN 3 THEN '250000'::pg_catalog.float8  -- small business, free service
                 WHEN 4 THEN '2000000'::pg_catalog.float8 -- enterprise, paid service
                 ELSE '8000000'::pg_catalog.float8        -- enterprise, free service
               END
               * pg_catalog.exp(c.z * CASE c.rp * 2 + c.dm
                                        WHEN 0 THEN '0.8'::pg_catalog.float8
                                        WHEN 1 THEN '1.1'::pg_catalog.float8
                                        WHEN 2 THEN '1.15'::pg_catalog.float8
                                        WHEN 3 THEN '1.1'::pg_catalog.float8
                                        WHEN 4 THEN '1.2'::pg_catalog.float8
                                        ELSE '1.3'::pg_catalog.float8 END) AS loss
      ) v
      OFFSET '0'
    ) k
    CROSS JOIN lists l
    OFFSET '0'
  ) p
  OFFSET '0'
) b
$sample_claims$;

COMMENT ON FUNCTION @extschema@.sample_claims_range(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'the rows first..last of sample_claims(n, seed), for any n >= last: the same rows however a table is loaded (ranges in several sessions at once, in any order)';

CREATE FUNCTION @extschema@.sample_claims(n pg_catalog.int8, seed pg_catalog.int8 DEFAULT 1)
RETURNS TABLE (claim_id pg_catalog.int8, received_at pg_catalog.timestamptz, text pg_catalog.text,
               service pg_catalog.text, reporter pg_catalog.text, damage_type pg_catalog.text,
               claimed_loss pg_catalog.int8, language pg_catalog.text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT * FROM @extschema@.sample_claims_range(1, @extschema@.sample_claims_rows(n, seed), seed)
$$;

COMMENT ON FUNCTION @extschema@.sample_claims(pg_catalog.int8, pg_catalog.int8) IS
'n deterministic sample damage reports (claim_id 1..n, n in 0..10000000) shaped like the 105,116 reports Kakao '
'received 2022-10-19..11-06 after the Pangyo data-center fire. Same (n, seed) gives the same rows on every machine; '
'the first k rows of sample_claims(n) are sample_claims(k); NULL n or seed gives no rows. Calibrated shares: '
'service kakao 83%, mobility 6, pay 4, bank 2, games 2, entertainment 3; reporter general_user 89.6%, '
'small_business 10.2, enterprise 0.2; damage_type paid_service 17.1%, free_service_financial 15.1, and the '
'non-financial 67.8% split as inquiry 30.0, protest 20.0, opinion 12.8, encouragement 5.0 (this split is an '
'assumption of the project: the published figures do not break down the 67.8%). received_at: 45,000 of 105,116 '
'in the first five days, then decaying, fewer at night (Asia/Seoul; received_at is a fixed instant, so its date and hour as printed follow the session time zone: use received_at AT TIME ZONE ''Asia/Seoul'' for Korean dates). claimed_loss (KRW, NULL for non-financial '
'types): log-normal, rounded to 1,000, larger for small businesses (about 80% under 500,000) and enterprises. '
'text: Korean, English or mixed claimant writing with typos and emoji, built from phrase pieces that agree with '
'the labels.';
