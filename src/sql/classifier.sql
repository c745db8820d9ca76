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
