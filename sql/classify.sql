-- Classifiers: the rule-set grammar and its canonical form, errors with
-- positions, normalization (NFC, case, Hangul spacing), scoring and ties,
-- match positions, combining rule sets, and binary round trips.
\set SHOW_CONTEXT never

-- Grammar: comments, weights, quoting, newlines; output is canonical
SELECT 'paid_service: 유료, 결제, 이용권, subscription, refund^2 ; protest: 항의, 책임, 소송, lawsuit ; default inquiry'::classifier;
SELECT E'# damage types\npaid_service: 유료,   결제 # paid things\n  , "Refund, please"^1.50\nprotest: 항의\n\ndefault inquiry;'::classifier;
SELECT 'a: "say ""hi"""^0.001, x^1000000; default a'::classifier;
SELECT c::text::classifier::text = c::text AS round_trips
FROM (VALUES ('paid_service: 유료, 결제, 이용권, subscription, refund^2 ; protest: 항의, 책임, 소송, lawsuit ; default inquiry'::classifier),
             (E'a: "x;y", "p:q", "#", "^", "a""b"^2.5; b: c\n'), ('default z')) v(c);
-- terms are stored normalized: Latin lower-cased, Hangul spacing removed, NFC
SELECT 'k: KakaoTalk, "카카오 톡", ＡＢＣ'::classifier, format('k: %s', normalize('카카오', NFD))::classifier::text = 'k: 카카오' AS nfc;

-- Errors: 22P02 with the character position
SELECT left(t.input, 30) AS input, f.state, f.detail FROM (VALUES
  (''), ('   # only a comment'), ('paid_service'), ('paid_service 유료'), (': 유료'), ('a: '), ('a: x,'),
  ('a: x,, y'), ('a: x^'), ('a: x^0'), ('a: x^-1'), ('a: x^1.2345'), ('a: x^2000000'), ('a: x^.'),
  ('a: x y: z'), ('a: "open'), ('a: x "y"'), ('a: x; default'), ('a: x; default b; default a'),
  ('a: x, y, x'), ('a: 카카오톡, "카카오 톡"'), ('a: x; a: x'), ('1abc: x'),
  ('a: ' || repeat('가', 201)), (repeat('l', 64) || ': x'), ('a: x ^ 2, ^3')
) t(input), regress.fails(format('SELECT %L::classifier', t.input)) f;

-- Slips the errors recognize: a missing ";" before the next rule (the
-- "term" is the next rule's label), two labels that differ only in case;
-- shown with their HINT
SELECT 'paid_service: 유료, refund protest: 항의'::classifier;
SELECT E'paid_service: 유료, refund,\n  protest: 항의'::classifier;
SELECT 'paid_service: refund; Paid_Service: 환불'::classifier;
SELECT left(t.input, 40) AS input, f.state, f.detail FROM (VALUES
  ('a: x b_2 : y'), ('a: 카카오 b: y'), ('a: x 1b: y'), ('a: x-b: y'), ('a: x "b": y'),
  ('a: x; default A'), ('default A; a: x'), ('Ab: x; aB: y; ab: z'), ('a: "x" b: y'), ('A: x; a1: y; _a: z; a_: w')
) t(input), regress.fails(format('SELECT %L::classifier', t.input)) f;
-- Labels are case-sensitive names: upper case is allowed, one spelling per label
SELECT 'Paid: refund; paid2: x; default Paid'::classifier;
-- One term under two labels is no slip: it scores for both, each with its own
-- rule's weight (the built-in damage_type set lists 독점 under protest and opinion)
SELECT classify_scores('protest: 독점^2, 항의; opinion: 독점, 제안', '독점 기업') AS scores;
SELECT label, term, weight FROM classifier_terms(claim_classifier('damage_type')) WHERE term IN ('독점', 'monopoly') ORDER BY term, label;
-- Combining cannot make two labels that differ only in case either (nor
-- binary input: below)
SELECT f.state, f.message FROM regress.fails($$SELECT 'paid: x'::classifier || 'Paid: y'::classifier$$) f;

-- Scoring: distinct terms add their weights once; the highest wins
CREATE TABLE rules AS SELECT 'paid_service: 유료, 결제, 이용권, subscription, refund^2 ; protest: 항의, 책임, 소송, lawsuit ; default inquiry'::classifier AS c;
SELECT t, classify(c, t), classify_scores(c, t) FROM rules, unnest(ARRAY[
  '유료 이용권 환불해주세요',
  'I want a REFUND for my Subscription',
  '결제 결제 결제 결제 했는데 항의 책임',
  '소송 하겠습니다 책임지세요',
  '언제 복구되나요',
  '']) t;
-- ties go to the rule written first; nothing matched gives the default, or NULL without one
SELECT classify('a: x; b: y', 'x y') AS "a", classify('b: y; a: x', 'x y') AS "b",
       classify('a: x^2; b: y, z', 'x y z') AS "a again", classify('a: x; b: y', 'nothing') IS NULL AS no_default,
       classify('a: x; default b', 'nothing') AS "default";
-- a term starting with a Latin letter or digit must start a word; Hangul terms match anywhere
SELECT t, classify('pay: pay, 5g; none: zzz; default none', t) FROM unnest(ARRAY[
  'kakaopay failed', 'pay failed', 'PAYMENT failed', 'via-pay', '15g', '5G network', '(pay)']) t;
SELECT classify('k: 카톡', '카톡이 안 돼요') AS inside_a_word, classify('k: 톡', '카카오톡') AS suffix;

-- Normalization of the text: case, Hangul spacing, NFC (decomposed Korean), white space of all kinds
SELECT t, classify('k: 카카오톡, kakaotalk; default none', t) FROM unnest(ARRAY[
  '카카오 톡 먹통', '카 카 오 톡', E'카카오\t\n톡', 'KakaoTalk down', 'KAKAOTALK', normalize('카카오톡', NFD),
  E'카카오\u3000톡', 'kakao talk', '카카오 T']) t;

-- Why: every occurrence, 1-based character positions in the text as given
SELECT * FROM classify_matches('paid_service: 결제, refund; protest: 소송', '결제 했는데 Refund 해주세요. 소송! 결제');
SELECT * FROM classify_matches('k: 카카오톡', '앗 카카오 톡');
SELECT * FROM classify_matches('k: 카카오', 'x ' || normalize('카카오', NFD));
SELECT count(*) AS no_matches FROM classify_matches('k: x', 'nothing here');

-- Combining rule sets: new labels after the first set's, shared terms re-weighted, the second default wins
SELECT 'paid_service: 유료, 결제; protest: 항의; default inquiry'::classifier
    || 'protest: 소송, 항의^3; opinion: 제안; default protest'::classifier;
SELECT 'a: x; default a'::classifier || 'b: y'::classifier;

-- The stored form is canonical: terms grouped by label in label order, so a
-- value read back from its text is the same value, byte for byte (found by
-- the dump/restore test)
SELECT c::text, classifier_send(c) = classifier_send(c::text::classifier) AS same_bytes
FROM (VALUES ('a: x; b: y'::classifier || 'a: z'::classifier), ('a: x; b: y; a: z'), ('default b; a: x; b: y')) v(c);

-- Found by fuzzing: more values that must read back from their text unchanged
-- (a default named before the rules; folding or joining that creates
-- something NFC composes; a rule label that starts like a model's text)
SELECT c::text, classifier_send(c) = classifier_send(c::text::classifier) AS same_bytes
FROM (VALUES ('default b; a: x'::classifier), (('a: W' || U&'\030A')::classifier), (U&'a: \1100 \1161'::classifier),
             ('; naive_bayes: x'::classifier), ('naive_bayes_x: y'::classifier)) v(c);
SELECT classify(U&'a: \1100 \1161', '가') AS composed, classify(('a: W' || U&'\030A')::classifier, U&'\1E98') AS folded;

-- Found by fuzzing: binary input is checked like text (a label must be a name,
-- no term twice, and bytes are verified before they are copied)
CREATE TABLE cl_hostile (c classifier);
CREATE FUNCTION pg_temp.copy_classifier(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  lo oid;
  f record;
  path text := current_setting('data_directory') || '/compensate_regress_classifier.bin';
BEGIN
  lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
                        || '\x0001'::bytea || int4send(length(payload)) || payload || '\xffff'::bytea);
  PERFORM lo_export(lo, path);
  PERFORM lo_unlink(lo);
  SELECT * INTO f FROM regress.fails(format('COPY cl_hostile FROM %L (FORMAT binary)', path));
  RETURN f.state || coalesce(': ' || f.detail, '');
END $$;
SELECT t.what, pg_temp.copy_classifier(t.payload) AS result FROM (VALUES
  ('valid', classifier_send('a: x; default a')),
  ('label "," (not a name)', '\x0101'::bytea || int4send(1) || int4send(1) || ','::bytea || int4send(0) || int4send(0)),
  ('label with a zero byte', '\x0101'::bytea || int4send(1) || int4send(2) || '\x6100'::bytea || int4send(0) || int4send(0)),
  ('term twice', '\x0101'::bytea || int4send(1) || int4send(1) || 'a'::bytea || int4send(-1) || int4send(2)
                 || int4send(0) || int4send(1000) || int4send(1) || 'x'::bytea
                 || int4send(0) || int4send(2000) || int4send(1) || 'x'::bytea),
  ('labels differing in case', '\x0101'::bytea || int4send(2) || int4send(1) || 'a'::bytea || int4send(1) || 'A'::bytea
                 || int4send(-1) || int4send(2)
                 || int4send(0) || int4send(1000) || int4send(1) || 'x'::bytea
                 || int4send(1) || int4send(1000) || int4send(1) || 'y'::bytea)
) t(what, payload);

-- NULLs: STRICT functions give NULL
SELECT classify(NULL, 'x') IS NULL AS a, classify('a: x', NULL) IS NULL AS b, classify_scores('a: x', NULL) IS NULL AS c;

-- Binary round trip (COPY FORMAT binary) of a classifier column
CREATE TABLE cl (id int, c classifier);
INSERT INTO cl VALUES (1, 'paid_service: 유료, 결제, refund^2; default inquiry'), (2, E'a: "x;y", "a""b"^2.5; b: c');
-- Server-side files of this test go to the cluster's own data directory, so
-- that two suites on one machine never share them
SELECT current_setting('data_directory') AS datadir \gset
\set classifier_bin :datadir '/compensate_classifier.bin'
COPY cl TO :'classifier_bin' WITH (FORMAT binary);
CREATE TABLE cl2 (LIKE cl);
COPY cl2 FROM :'classifier_bin' WITH (FORMAT binary);
SELECT a.id, a.c::text = b.c::text AS identical FROM cl a JOIN cl2 b USING (id) ORDER BY id;

-- A large rule set: 100,000 terms compile once per query and match in one pass
CREATE TABLE big_rules AS
SELECT string_agg(format('l%s: %s', i % 50, string_agg_terms), '; ') AS src
FROM (SELECT i, string_agg(format('w%sx%s', i, j), ', ') AS string_agg_terms
      FROM generate_series(0, 999) i, generate_series(0, 99) j GROUP BY i) x;
SELECT length(src) AS characters FROM big_rules;
SELECT classify(src::classifier, t) FROM big_rules, unnest(ARRAY['w17x3 and w17x4 and w67x5', 'w999x99', 'nothing']) t;
