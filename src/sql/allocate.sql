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
'window function: the row''s award when the partition''s budget is shared among its claims by one of twelve rules (proportional, apro = adjusted_proportional, cea, cel, ce = constrained_egalitarian, pin = piniles, talmud, rtalmud = reverse_talmud, mo = minimal_overlap, ra = random_arrival, dt = dominguez_thomson, aa = average_of_awards; case-insensitive), rounded to multiples of unit by largest remainder so the awards add up to min(budget, total claims); unit NULL: exact, 20 decimals; NULL claims get NULL; dt, mo, ra and aa refuse problems beyond their documented limits (54000)';
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric, pg_catalog.numeric) IS
'window function: weighted proportional award, min(claim, lambda * weight * claim) with lambda such that the awards add up to the budget; rule must be proportional, weights > 0';
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric[], pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric) IS
'the awards of an array of claims sharing a budget by rule (the twelve rules of the window form), rounded to multiples of unit (NULL: exact); NULL elements stay NULL, ties go to the earlier element';
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric[], pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric, pg_catalog.numeric[]) IS
'the weighted proportional awards of an array of claims with an array of weights of the same shape';
