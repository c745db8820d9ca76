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

-- Comments on the classifier type's support functions and operator
COMMENT ON FUNCTION @extschema@.classifier_in(pg_catalog.cstring) IS
'classifier input: a rule set, a naive_bayes model or a linear model in text (22P02 with the character position of a problem)';
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
