-- What an analyst and a BI tool meet first: keys of every numeric type,
-- rule sets combined with text, comparing and grouping reports and
-- classifiers, jsonb forms, casts from strings, the stable built-in rules,
-- schedules from a tier table, sample_claims's arguments.
SET client_min_messages = warning;
CREATE TABLE tiers_demo AS
SELECT 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule AS s;

-- smallint keys: every form resolves (they were ambiguous, 42725)
SELECT payout(s, 300::smallint) AS payout, payout_tier(s, 300::smallint) AS tier,
       needs_review(s, 300::smallint) AS review FROM tiers_demo;
SELECT report_claims(payout_report(s, k)) AS claims, report_total(payout_report(s, k)) AS paid,
       report_null_keys(payout_report(s, k)) AS null_keys
FROM tiers_demo, (VALUES (1::smallint), (32767::smallint), (NULL::smallint)) v(k);
-- the integer, bigint and numeric forms still resolve as before
SELECT payout(s, 420000) AS int4, payout(s, 420000::bigint) AS int8, payout(s, 420000.5) AS num FROM tiers_demo;
-- real and double precision keys are refused with a hint, the NULL key and an empty group too
SELECT * FROM regress.fails($$SELECT payout('[0,) => 1', 1.5::float8)$$);
SELECT state FROM regress.fails($$SELECT payout_tier('[0,) => 1', 1.5::real)$$);
SELECT state FROM regress.fails($$SELECT needs_review('[0,) => 1', NULL::float8)$$);
SELECT state FROM regress.fails($$SELECT payout_report('[0,) => 1', x) FROM (VALUES (1.5::float8)) v(x)$$);
SELECT state FROM regress.fails($$SELECT payout_report('[0,) => 1', x) FROM (VALUES (1.5::float8)) v(x) WHERE false$$);
-- explain and the three-argument forms take numeric: a float is 42883 there
SELECT state FROM regress.fails($$SELECT payout_explain('[0,) => 1', 1.5::float8)$$);
SELECT payout_explain('[0,100] => 10%', 50)->>'payout' AS explain_int_key;

-- classifier || text: the text is a rule set, also from a column
CREATE TABLE extra_rules (r text);
INSERT INTO extra_rules VALUES ('refund: 환불, "money back"');
SELECT pg_typeof(claim_classifier('service') || r) AS type,
       classify(claim_classifier('damage_type') || r, 'please give my money back') AS label
FROM extra_rules;
SELECT classify(r || claim_classifier('damage_type'), '환불해 주세요') AS label FROM extra_rules;
SELECT classify('paid: 결제'::classifier || 'free: 무료', '무료 서비스') AS literal_combined;
SELECT state, message FROM regress.fails($$SELECT 'paid: 결제'::classifier || 'not a rule'$$);

-- equality, hashing and order: GROUP BY, DISTINCT, UNION, ORDER BY
CREATE TABLE reports AS
SELECT g % 3 AS grp, payout_report(s, (g * 7919) % 700000) AS r
FROM tiers_demo, generate_series(1, 300) g GROUP BY g % 3;
INSERT INTO reports SELECT grp + 10, r FROM reports WHERE grp = 1;
SELECT count(*) AS rows, count(DISTINCT r) AS distinct_reports FROM reports;
SELECT report_claims(r) AS claims, count(*) FROM reports GROUP BY r ORDER BY r;
SELECT count(*) AS union_rows FROM (SELECT r FROM reports UNION SELECT r FROM reports) u;
SELECT a.r = b.r AS same, a.r <> b.r AS differ, a.r::text = b.r::text AS same_text
FROM reports a, reports b WHERE a.grp = 1 AND b.grp IN (11, 2) ORDER BY b.grp;
-- equal values hash alike, and a value read back from its text equals itself
SELECT bool_and(r = (r::text)::payout_report) AS text_round_trip,
       bool_and(payout_report_hash(r) = payout_report_hash((r::text)::payout_report)) AS hash_agrees,
       bool_and(payout_report_hash_extended(r, 7) = payout_report_hash_extended((r::text)::payout_report, 7)) AS hash64_agrees
FROM reports;
SET enable_hashagg = off;
SELECT count(*) AS sorted_groups FROM (SELECT r FROM reports GROUP BY r) g;
RESET enable_hashagg;
CREATE TABLE models AS
SELECT d AS dimension, claim_classifier(d) AS c FROM unnest(ARRAY['service', 'reporter', 'damage_type']) d
UNION ALL SELECT 'service again', claim_classifier('service')
UNION ALL SELECT 'trained', train_classifier(t, l) FROM (VALUES ('결제 환불', 'paid'), ('무료 불편', 'free')) v(t, l);
SELECT count(*) AS rows, count(DISTINCT c) AS distinct_classifiers FROM models;
SELECT string_agg(dimension, ', ' ORDER BY dimension) AS same_classifier FROM models GROUP BY c HAVING count(*) > 1;
SELECT bool_and(c = (c::text)::classifier) AS text_round_trip,
       bool_and(classifier_hash(c) = classifier_hash((c::text)::classifier)) AS hash_agrees
FROM models;
SELECT count(*) AS join_rows FROM models a JOIN models b ON a.c = b.c;
-- classifiers sort (ORDER BY works; the order has no meaning beyond being total)
SELECT count(*) AS ordered FROM (SELECT c FROM models ORDER BY c) o;
-- a sort compares in a context that lives as long as the sort: each
-- comparison's texts are freed at once (src/canonical_compare.c), so
-- sorting many large classifiers does not pile up two texts per comparison
CREATE TABLE many_rule_sets AS
SELECT i, claim_classifier('damage_type') || ('x' || (i % 100) || ': foo' || i || ';') AS c
FROM generate_series(1, 500) i;
SET work_mem = '256MB';
SELECT count(*) AS sorted, count(DISTINCT c) AS distinct_sorted FROM (SELECT c FROM many_rule_sets ORDER BY c) s;
RESET work_mem;

-- jsonb forms of the three types
SELECT jsonb_pretty(s::jsonb) FROM tiers_demo;
SELECT jsonb_pretty('graduated [0,1000) => 0%, [1000,5000) => 100 + 10%, [5000,) => 20% deductible 50 cap 100000 round 10 half_even'::payout_schedule::jsonb);
SELECT jsonb_pretty('paid: 결제, 환불^2; free: 무료; default free'::classifier::jsonb);
SELECT c::jsonb -> 'kind' AS kind, jsonb_array_length(c::jsonb -> 'labels') AS labels,
       c::jsonb #>> '{labels,0,label}' AS first_label, (c::jsonb #>> '{labels,0,documents}')::int AS docs
FROM models WHERE dimension = 'trained';
SELECT claim_classifier('service')::jsonb ->> 'default' AS service_default,
       claim_classifier('reporter')::jsonb ->> 'default' AS reporter_default,
       claim_classifier('damage_type')::jsonb ->> 'default' AS damage_type_default;

-- strings into columns: varchar and text parameters are assignment-cast
CREATE TABLE typed (s payout_schedule, r payout_report, c classifier);
PREPARE put(varchar, varchar, varchar) AS INSERT INTO typed VALUES ($1, $2, $3);
SELECT r::text AS report_text FROM reports WHERE grp = 0 \gset
EXECUTE put('[0,) => 1', :'report_text', 'a: x; default a');
PREPARE put_text(text) AS INSERT INTO typed (s) VALUES ($1);
EXECUTE put_text('[0,10] => 2');
SELECT s, report_claims(r) AS claims, classify(c, 'zzz') AS label FROM typed ORDER BY s;
SELECT state FROM regress.fails($$EXECUTE put_text('[0,10] => ')$$);
-- no implicit cast to or from text: || and = keep their meaning
SELECT count(*) AS implicit_casts FROM pg_cast
WHERE castcontext = 'i' AND (castsource::regtype::text IN ('payout_schedule', 'payout_report', 'classifier')
                             OR casttarget::regtype::text IN ('payout_schedule', 'payout_report', 'classifier'));
SELECT castsource::regtype AS source, casttarget::regtype AS target, castcontext AS context, castmethod AS method
FROM pg_cast WHERE castsource::regtype::text IN ('payout_schedule', 'payout_report', 'classifier')
                OR casttarget::regtype::text IN ('payout_schedule', 'payout_report', 'classifier')
ORDER BY 2::text, 1::text;

-- the built-in rules: claim_classifier(dimension) is stable (a release may
-- bring a new edition); a fixed edition is immutable and never changes
SELECT p.oid::regprocedure AS function, p.provolatile AS volatility, p.prosupport <> 0 AS has_support
FROM pg_proc p WHERE p.proname = 'claim_classifier' ORDER BY 1::text;
SELECT d AS dimension, md5(claim_classifier(d, 1)::text) AS edition_1_fingerprint,
       claim_classifier(d) = claim_classifier(d, 1) AS current_is_1
FROM unnest(ARRAY['damage_type', 'service', 'reporter']) d ORDER BY d;
SELECT * FROM regress.fails($$SELECT claim_classifier('service', 2)$$);
SELECT * FROM regress.fails($$SELECT claim_classifier('services')$$);
CREATE TABLE claims_t (t text);
SELECT state, message FROM regress.fails($$CREATE INDEX ON claims_t (classify(claim_classifier('service'), t))$$);
CREATE INDEX claims_t_service ON claims_t (classify(claim_classifier('service', 1), t));
SELECT state, message FROM regress.fails($$ALTER TABLE claims_t ADD COLUMN svc text GENERATED ALWAYS AS (classify(claim_classifier('service'), t)) STORED$$);
-- in a query the planner puts the rule set itself in place of the call, so
-- classify compiles it once: no claim_classifier call is left in the plan
CREATE FUNCTION pg_temp.plan_text(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE line text; result text := '';
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q LOOP result := result || line || E'\n'; END LOOP;
  RETURN result;
END $$;
SELECT pg_temp.plan_text($$SELECT classify(claim_classifier('service'), t) FROM claims_t$$) LIKE '%claim_classifier(%' AS call_left_in_plan,
       pg_temp.plan_text($$SELECT classify(claim_classifier('service'), t) FROM claims_t$$) LIKE '%::classifier%' AS constant_in_plan;
PREPARE by_dimension(text) AS SELECT classify(claim_classifier($1), '카카오T 택시 호출 실패');
EXECUTE by_dimension('service');
SELECT classify(claim_classifier(d), '카카오T 택시 호출 실패') AS per_row FROM (VALUES ('service'), ('reporter')) v(d);

-- schedule_from_tiers: a policy's tier table, as it lives in a spreadsheet
CREATE TABLE policy (upper numeric, payout text);
INSERT INTO policy VALUES (300000, '30000'), (500000, '50000'), (NULL, 'review');
SELECT schedule_from_tiers('volume', array_agg(upper ORDER BY upper NULLS LAST),
                           array_agg(payout ORDER BY upper NULLS LAST)) AS s FROM policy;
SELECT schedule_from_tiers('volume', array_agg(upper ORDER BY upper NULLS LAST), array_agg(payout ORDER BY upper NULLS LAST))
       = (SELECT s FROM tiers_demo) AS same_as_written FROM policy;
SELECT schedule_from_tiers('graduated', ARRAY[1000, 5000, NULL], ARRAY['0%', '10%', '20%'],
                           upper_inclusive => false, options => 'cap 100000 round 10 half_up');
SELECT schedule_from_tiers('volume', ARRAY[99.5, NULL], ARRAY['0', '1'], lower => 90);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', ARRAY[1, NULL, 3], ARRAY['1', '2', '3'])$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', ARRAY[1, 2], ARRAY['1', NULL])$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', ARRAY[1, 2], ARRAY['1'])$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', '{}', '{}')$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('tiered', ARRAY[1], ARRAY['1'])$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', ARRAY[5, 3], ARRAY['1', '2'])$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', ARRAY[5, NULL], ARRAY['1', 'revew'])$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', '{{1},{2}}', '{{a},{b}}')$$);
-- one cell is one outcome: it cannot add a tier or an option
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', '{100}', '{"5, (100,1000] => 7"}')$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', ARRAY[100, NULL], ARRAY['5', '6 cap 1'])$$);
SELECT * FROM regress.fails($$SELECT schedule_from_tiers('volume', ARRAY[100], ARRAY['5'], options => ', (100,) => 9')$$);
SELECT schedule_from_tiers('volume', ARRAY[1], ARRAY['1'], NULL) IS NULL AS strict_null;

-- sample_claims takes bigint arguments and says what is wrong with them
SELECT count(*) FROM sample_claims(10::bigint, 2::bigint);
SELECT count(*) FROM sample_claims(3);
SELECT * FROM regress.fails($$SELECT * FROM sample_claims(-1)$$);
SELECT * FROM regress.fails($$SELECT * FROM sample_claims(10000001)$$);
SELECT * FROM regress.fails($$SELECT * FROM sample_claims(1, 9223372036854775807)$$);
SELECT count(*) AS no_rows FROM sample_claims(NULL::bigint);
