/* compensate 0.4 -> 0.5: speed at ten million claims.
 *
 * Written for a hostile search_path: every object is created and referenced
 * as @extschema@.name or pg_catalog.name, and no function runs with its
 * definer's rights.
 */
\echo Use "ALTER EXTENSION compensate UPDATE TO '0.5'" to load this file. \quit

-- sample_claims in C (0.5) --------------------------------------------------------
-- The same rows as 0.4's SQL generator (sql/upgrade.sql compares them), made
-- by a C stream that sample_claims_range calls in its target list.
-- The claims first..last of the sequence of seed, one row per call; the
-- SQL functions below call it in their target list, where its rows are
-- handed on as they are made (in FROM they would all be stored first).
CREATE FUNCTION @extschema@.sample_claims_stream(first pg_catalog.int8, last pg_catalog.int8, seed pg_catalog.int8,
    OUT claim_id pg_catalog.int8, OUT received_at pg_catalog.timestamptz, OUT text pg_catalog.text,
    OUT service pg_catalog.text, OUT reporter pg_catalog.text, OUT damage_type pg_catalog.text,
    OUT claimed_loss pg_catalog.int8, OUT language pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'sample_claims_stream'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The planner's row estimate for the stream: last - first + 1 when both are
-- known, instead of a fixed 1000.
CREATE FUNCTION @extschema@.sample_claims_stream_support(pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sample_claims_stream_support'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sample_claims_stream_support(pg_catalog.internal) IS
'planner support for sample_claims_stream: the number of rows of a range of constants';

ALTER FUNCTION @extschema@.sample_claims_stream(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8)
  SUPPORT @extschema@.sample_claims_stream_support;

COMMENT ON FUNCTION @extschema@.sample_claims_stream(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'sample_claims support: the claims first..last of the sequence of seed, one per call (use sample_claims_range)';

-- sample_claims_range(first, last, seed): the rows first..last of the
-- sequence of seed, identical to those rows of sample_claims(n, seed) for any
-- n >= last, so that disjoint ranges loaded by several sessions at once make
-- the same table as one sample_claims call.  Written as one SELECT so that
-- the planner inlines it; OFFSET '0' keeps the stream called once per row
-- (not once per column), written '0' because a plain 0 is an int4-to-bigint
-- cast that the planner takes for a non-constant OFFSET.
-- sample_claims_range keeps its signature, its comment and its rows; its
-- body now calls the stream.
CREATE OR REPLACE FUNCTION @extschema@.sample_claims_range(first pg_catalog.int8, last pg_catalog.int8, seed pg_catalog.int8 DEFAULT 1)
RETURNS TABLE (claim_id pg_catalog.int8, received_at pg_catalog.timestamptz, text pg_catalog.text,
               service pg_catalog.text, reporter pg_catalog.text, damage_type pg_catalog.text,
               claimed_loss pg_catalog.int8, language pg_catalog.text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT (s.r).claim_id, (s.r).received_at, (s.r).text, (s.r).service, (s.r).reporter, (s.r).damage_type,
       (s.r).claimed_loss, (s.r).language
FROM (SELECT @extschema@.sample_claims_stream(
               -- first, checked (22023 out of range); a NULL: no rows
               @extschema@.sample_claims_first(sample_claims_range.first, sample_claims_range.last,
                                               sample_claims_range.seed),
               sample_claims_range.last, sample_claims_range.seed) AS r
      OFFSET '0') s
$$;


-- payout_schedule options minimum, threshold, half_down, cap after rounding (0.5) ------
-- The type and its functions keep their signatures; format version 2 of the
-- stored schedule and of its binary form is read by the library.  The
-- comments name the new options.
COMMENT ON FUNCTION @extschema@.payout_explain(@extschema@.payout_schedule, pg_catalog.numeric) IS
'every step of a payout as jsonb (tier, range, outcome, raw, after deductible, after minimum, after cap, after round, below threshold, payout, review; a step of an option appears when the schedule has it)';
COMMENT ON FUNCTION @extschema@.schedule_from_tiers(pg_catalog.text, pg_catalog.numeric[], pg_catalog.text[], pg_catalog.numeric, pg_catalog.bool, pg_catalog.text) IS
'a schedule from a tier table: mode (volume or graduated), each tier''s upper bound (NULL: open top, last tier only) and outcome as written in a schedule, the first tier''s lower bound, whether upper bounds are inclusive, options (deductible, minimum, cap, round, threshold)';
COMMENT ON FUNCTION @extschema@.payout_schedule_jsonb(@extschema@.payout_schedule) IS
'the schedule as jsonb (also the cast to jsonb): text, mode, deductible, cap, rounding, minimum, threshold and cap_after_rounding when set, and each tier with both bounds and its outcome';

-- allocate: eight more rules (0.5) ------------------------------------------------
-- apro, ce, pin, rtalmud, dt (allocate_rules_half.c), mo, ra and aa
-- (allocate_games.c): the functions are unchanged, their comments list the
-- rules.
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric) IS
'window function: the row''s award when the partition''s budget is shared among its claims by one of twelve rules (proportional, apro = adjusted_proportional, cea, cel, ce = constrained_egalitarian, pin = piniles, talmud, rtalmud = reverse_talmud, mo = minimal_overlap, ra = random_arrival, dt = dominguez_thomson, aa = average_of_awards; case-insensitive), rounded to multiples of unit by largest remainder so the awards add up to min(budget, total claims); unit NULL: exact, 20 decimals; NULL claims get NULL; dt, mo, ra and aa refuse problems beyond their documented limits (54000)';
COMMENT ON FUNCTION @extschema@.allocate(pg_catalog.numeric[], pg_catalog.numeric, pg_catalog.text, pg_catalog.numeric) IS
'the awards of an array of claims sharing a budget by rule (the twelve rules of the window form), rounded to multiples of unit (NULL: exact); NULL elements stay NULL, ties go to the earlier element';

-- train_classifier(text, label, method [, options]): the linear model (0.5) ----------
-- Training with a method and options (0.5, src/train_buffer.c): the state is
-- a bytea holding the rows, which the final function sorts and trains on.
CREATE FUNCTION @extschema@.train_classifier_buffer_trans(pg_catalog.bytea, pg_catalog.text, pg_catalog.text, pg_catalog.text)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'train_classifier_buffer_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_buffer_trans(pg_catalog.bytea, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'train_classifier_buffer_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_buffer_combine(pg_catalog.bytea, pg_catalog.bytea)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'train_classifier_buffer_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_buffer_final(pg_catalog.bytea)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'train_classifier_buffer_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.train_classifier_buffer_trans(pg_catalog.bytea, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'train_classifier(text, label, method) support: keeps one labeled row';
COMMENT ON FUNCTION @extschema@.train_classifier_buffer_trans(pg_catalog.bytea, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'train_classifier(text, label, method, options) support: keeps one labeled row';
COMMENT ON FUNCTION @extschema@.train_classifier_buffer_combine(pg_catalog.bytea, pg_catalog.bytea) IS
'train_classifier(text, label, method [, options]) support: joins the rows of two partial states';
COMMENT ON FUNCTION @extschema@.train_classifier_buffer_final(pg_catalog.bytea) IS
'train_classifier(text, label, method [, options]) support: sorts the rows and trains';

CREATE AGGREGATE @extschema@.train_classifier(t pg_catalog.text, label pg_catalog.text, method pg_catalog.text) (
    SFUNC = @extschema@.train_classifier_buffer_trans,
    STYPE = pg_catalog.bytea,
    FINALFUNC = @extschema@.train_classifier_buffer_final,
    COMBINEFUNC = @extschema@.train_classifier_buffer_combine,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.train_classifier(t pg_catalog.text, label pg_catalog.text, method pg_catalog.text, options pg_catalog.text) (
    SFUNC = @extschema@.train_classifier_buffer_trans,
    STYPE = pg_catalog.bytea,
    FINALFUNC = @extschema@.train_classifier_buffer_final,
    COMBINEFUNC = @extschema@.train_classifier_buffer_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.train_classifier(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'learns a classifier by method ''linear'' (one-vs-rest linear SVM over tf-idf character 1-4-grams) or ''naive_bayes'' (the model of train_classifier(text, label)); the same rows give the same model in any order (rows with a NULL text or label are skipped)';
COMMENT ON AGGREGATE @extschema@.train_classifier(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'learns a classifier by method ''linear'' or ''naive_bayes'' with options such as ''c=1 ngrams=1-4 bits=20 class_weight=none max_rows=10000000'' (the defaults) (22023 for a bad option)';

COMMENT ON FUNCTION @extschema@.classifier_in(pg_catalog.cstring) IS
'classifier input: a rule set, a naive_bayes model or a linear model in text (22P02 with the character position of a problem)';
