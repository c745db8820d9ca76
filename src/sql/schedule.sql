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
'every step of a payout as jsonb (tier, range, outcome, raw, after deductible, after minimum, after cap, after round, below threshold, payout, review; a step of an option appears when the schedule has it)';
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
'a schedule from a tier table: mode (volume or graduated), each tier''s upper bound (NULL: open top, last tier only) and outcome as written in a schedule, the first tier''s lower bound, whether upper bounds are inclusive, options (deductible, minimum, cap, round, threshold)';

CREATE FUNCTION @extschema@.payout_schedule_jsonb(s @extschema@.payout_schedule)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'payout_schedule_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (@extschema@.payout_schedule AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.payout_schedule_jsonb(@extschema@.payout_schedule);

COMMENT ON FUNCTION @extschema@.payout_schedule_jsonb(@extschema@.payout_schedule) IS
'the schedule as jsonb (also the cast to jsonb): text, mode, deductible, cap, rounding, minimum, threshold and cap_after_rounding when set, and each tier with both bounds and its outcome';
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
