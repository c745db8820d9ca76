/* compensate 0.2 -> 0.3: the aggregates' states become values of SQL types.
 *
 * In 0.2 the states of payout_report, report_rollup and train_classifier
 * were `internal`.  Citus pushes a custom aggregate down to its workers only
 * when its state type is a real SQL type, so from 0.3 on the state of the
 * report aggregates is a payout_report and that of train_classifier a
 * classifier (updated in place during aggregation: src/agg_state.h).  The
 * aggregates are replaced in place (CREATE OR REPLACE AGGREGATE), so views
 * and functions that call them keep working; stored reports and models are
 * not touched: their types do not change.  Every object of the extension
 * now has a comment.
 *
 * Written for a hostile search_path: every object is created and referenced
 * as @extschema@.name or pg_catalog.name, and no function runs with its
 * definer's rights.
 */
\echo Use "ALTER EXTENSION compensate UPDATE TO '0.3'" to load this file. \quit

-- Report aggregates: state functions over payout_report ----------------------

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

CREATE OR REPLACE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.int8) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.int4) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.numeric) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.payout_report(s @extschema@.payout_schedule, key pg_catalog.numeric, base pg_catalog.numeric) (
    SFUNC = @extschema@.payout_report_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.report_rollup(r @extschema@.payout_report) (
    SFUNC = @extschema@.report_rollup_trans,
    STYPE = @extschema@.payout_report,
    FINALFUNC = @extschema@.payout_report_final,
    COMBINEFUNC = @extschema@.payout_report_combine,
    PARALLEL = SAFE
);

-- train_classifier: state functions over classifier ---------------------------

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

CREATE OR REPLACE AGGREGATE @extschema@.train_classifier(t pg_catalog.text, label pg_catalog.text) (
    SFUNC = @extschema@.train_classifier_trans,
    STYPE = @extschema@.classifier,
    FINALFUNC = @extschema@.train_classifier_final,
    COMBINEFUNC = @extschema@.train_classifier_combine,
    PARALLEL = SAFE
);

-- Comments on what had none before 0.3: the types' support functions, operators, operator classes and the cast
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

-- 0.2's state functions over internal, no longer used -------------------------

DROP FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.int8);
DROP FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.int4);
DROP FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.numeric);
DROP FUNCTION @extschema@.payout_report_trans(pg_catalog.internal, @extschema@.payout_schedule, pg_catalog.numeric, pg_catalog.numeric);
DROP FUNCTION @extschema@.report_rollup_trans(pg_catalog.internal, @extschema@.payout_report);
DROP FUNCTION @extschema@.payout_report_combine(pg_catalog.internal, pg_catalog.internal);
DROP FUNCTION @extschema@.payout_report_serialize(pg_catalog.internal);
DROP FUNCTION @extschema@.payout_report_deserialize(pg_catalog.bytea, pg_catalog.internal);
DROP FUNCTION @extschema@.payout_report_final(pg_catalog.internal);
DROP FUNCTION @extschema@.train_classifier_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text);
DROP FUNCTION @extschema@.train_classifier_combine(pg_catalog.internal, pg_catalog.internal);
DROP FUNCTION @extschema@.train_classifier_serialize(pg_catalog.internal);
DROP FUNCTION @extschema@.train_classifier_deserialize(pg_catalog.bytea, pg_catalog.internal);
DROP FUNCTION @extschema@.train_classifier_final(pg_catalog.internal);
