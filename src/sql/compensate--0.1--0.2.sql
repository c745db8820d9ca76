/* compensate 0.1 -> 0.2: payout reports, one-pass parallel tier reports.
 *
 * Written for a hostile search_path, like the 0.1 script: every object is
 * created and referenced as @extschema@.name or pg_catalog.name, nothing is
 * SECURITY DEFINER.
 */
\echo Use "ALTER EXTENSION compensate UPDATE TO '0.2'" to load this file. \quit

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

-- The aggregates' support functions ----------------------------------------

CREATE FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.int8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'payout_report_trans_int8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'payout_report_trans_int4'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.numeric)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'payout_report_trans_numeric'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.numeric, pg_catalog.numeric)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'payout_report_trans_base'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_rollup_trans(pg_catalog.internal, @extschema@.payout_report)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'report_rollup_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_combine(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'payout_report_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'payout_report_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_deserialize(pg_catalog.bytea, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'payout_report_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.payout_report_final(pg_catalog.internal)
RETURNS @extschema@.payout_report
AS 'MODULE_PATHNAME', 'payout_report_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.payout_report_combine(pg_catalog.internal, pg_catalog.internal) IS
'payout_report and report_rollup support: merges two partial states';
COMMENT ON FUNCTION @extschema@.payout_report_serialize(pg_catalog.internal) IS
'payout_report and report_rollup support: a partial state as a self-contained report in a bytea';
COMMENT ON FUNCTION @extschema@.payout_report_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
'payout_report and report_rollup support: a partial state from its serialized form';
COMMENT ON FUNCTION @extschema@.payout_report_final(pg_catalog.internal) IS
'payout_report and report_rollup support: the report of a state';
COMMENT ON FUNCTION @extschema@.report_rollup_trans(pg_catalog.internal, @extschema@.payout_report) IS
'report_rollup support: adds one stored report to the state';

-- The aggregates -----------------------------------------------------------

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.int8) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    SERIALFUNC = @extschema@.payout_report_serialize,
    DESERIALFUNC = @extschema@.payout_report_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.int4) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    SERIALFUNC = @extschema@.payout_report_serialize,
    DESERIALFUNC = @extschema@.payout_report_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.numeric) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    SERIALFUNC = @extschema@.payout_report_serialize,
    DESERIALFUNC = @extschema@.payout_report_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.numeric, base pg_catalog.numeric) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    SERIALFUNC = @extschema@.payout_report_serialize,
    DESERIALFUNC = @extschema@.payout_report_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.report_rollup(r @extschema@.payout_report) (
    SFUNC = @extschema@.report_rollup_trans,
    STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    SERIALFUNC = @extschema@.payout_report_serialize,
    DESERIALFUNC = @extschema@.payout_report_deserialize,
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

CREATE FUNCTION @extschema@.claim_classifier(dimension pg_catalog.text)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'claim_classifier'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

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
'a built-in rule set of the outage-claim taxonomy: damage_type, service or reporter';
COMMENT ON FUNCTION @extschema@.classifier_combine(@extschema@.classifier, @extschema@.classifier) IS
'a rule set with the rules of both (also the || operator): the second''s terms are added, re-weight shared terms, and its default wins';

-- Training -----------------------------------------------------------------------

CREATE FUNCTION @extschema@.train_classifier_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'train_classifier_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_combine(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'train_classifier_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'train_classifier_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_deserialize(pg_catalog.bytea, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'train_classifier_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.train_classifier_final(pg_catalog.internal)
RETURNS @extschema@.classifier
AS 'MODULE_PATHNAME', 'train_classifier_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.train_classifier(t pg_catalog.text, label pg_catalog.text) (
    SFUNC = @extschema@.train_classifier_trans,
    STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@.train_classifier_final,
    COMBINEFUNC = @extschema@.train_classifier_combine,
    SERIALFUNC = @extschema@.train_classifier_serialize,
    DESERIALFUNC = @extschema@.train_classifier_deserialize,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.train_classifier(pg_catalog.text, pg_catalog.text) IS
'learns a multinomial naive Bayes classifier over character 1-3-grams from labeled texts (rows with a NULL text or label are skipped)';
COMMENT ON FUNCTION @extschema@.train_classifier_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text) IS
'train_classifier support: counts one text''s n-grams';
COMMENT ON FUNCTION @extschema@.train_classifier_combine(pg_catalog.internal, pg_catalog.internal) IS
'train_classifier support: adds two partial states';
COMMENT ON FUNCTION @extschema@.train_classifier_serialize(pg_catalog.internal) IS
'train_classifier support: a partial state as a model in a bytea';
COMMENT ON FUNCTION @extschema@.train_classifier_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
'train_classifier support: a partial state from its serialized form';
COMMENT ON FUNCTION @extschema@.train_classifier_final(pg_catalog.internal) IS
'train_classifier support: the trained classifier';
