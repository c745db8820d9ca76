-- train_classifier(text, label, method [, options]) with method 'linear': a
-- one-vs-rest linear SVM over tf-idf character n-grams, the same model for
-- the same rows in any order and plan, usable by classify, classify_scores
-- and classify_matches, stored and read back exactly, and checked on input.
\set SHOW_CONTEXT never

-- A model small enough to check by hand: two texts, unigrams only.  The
-- padded words are ' a ' and ' b ': the space occurs twice in each (tf 2) and
-- in both texts (idf ln(3/3) + 1 = 1); 'a' and 'b' once (tf 1) in one text
-- (idf ln(3/2) + 1 = 1.4054651081081644).  Each text's vector has unit
-- length: (1 + ln 2, 1.4054651081081644) / 2.2004... = (0.769, 0.639).  The
-- SVM for x (y's is its mirror image) then has, by hand, the weight
-- 4c / (2 + 4c^2) = 0.7035 for 'a' (c = 0.639), -0.7035 for 'b', and 0 for
-- the space and the bias; the solver stops within its tolerance of that.
CREATE TABLE tiny AS SELECT train_classifier(t, l, 'linear', 'ngrams=1-1 bits=24') AS c
FROM (VALUES ('a', 'x'), ('b', 'y')) v(t, l);
SELECT c::text FROM tiny;
SELECT classify(c, 'a') AS a, classify(c, 'b') AS b, classify(c, 'A a') AS folded,
       classify(c, '') AS no_ngrams_bias_decides
FROM tiny;
-- equal decision values: the label first by name wins
SELECT classify('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:0.5] weights=[]', 'x') AS tie;
SELECT classify_scores(c, 'a') AS scores_a, classify_scores(c, '') AS scores_empty FROM tiny;
SELECT classifier_jsonb(c) FROM tiny;

-- A larger training set: three labels, Korean and English, plus rows a NULL
-- text or label makes useless (skipped)
CREATE TABLE lin_labeled (id int, t text, label text);
INSERT INTO lin_labeled
SELECT g,
       (ARRAY['유료 이모티콘 결제했는데 환불 부탁드려요', '멜론 이용권 결제 후 못 들었어요 환불해주세요',
              'paid subscription refund please', '톡서랍 플러스 구독료 돌려주세요'])[1 + g % 4] || ' #' || g, 'paid_service'
FROM generate_series(1, 600) g
UNION ALL
SELECT g, (ARRAY['가게 주문을 하루 종일 못 받아서 매출 손해', '택시 콜을 못 받아 수입이 없었습니다',
                 'lost orders all day at my shop', '송금이 안 돼서 거래처 대금 지연'])[1 + g % 4] || ' #' || g, 'free_service_financial'
FROM generate_series(601, 1200) g
UNION ALL
SELECT g, (ARRAY['언제 복구되나요?', '보상은 어떻게 신청하나요', 'when will it be fixed?', '피해 접수는 어디서 하나요'])[1 + g % 4] || ' #' || g, 'inquiry'
FROM generate_series(1201, 1800) g;
INSERT INTO lin_labeled VALUES (1801, NULL, 'inquiry'), (1802, 'no label', NULL);
ANALYZE lin_labeled;

SET max_parallel_workers_per_gather = 0;
CREATE TABLE lin_model AS SELECT train_classifier(t, label, 'linear') AS c FROM lin_labeled;
SELECT left(c::text, 46) AS model, c::text ~ '^linear hash_bits=20 ngrams=1-4 c=1 class_weight=none labels=\["free_service_financial":600:[^,]*,"inquiry":600:[^,]*,"paid_service":600:' AS header
FROM lin_model;
-- the NULL rows taught nothing: the model of the other rows alone
SELECT (SELECT train_classifier(t, label, 'linear') FROM lin_labeled WHERE id <= 1800)::text = c::text AS nulls_skipped
FROM lin_model;
-- the same model whatever the order of the rows
SELECT (SELECT train_classifier(t, label, 'linear' ORDER BY id DESC) FROM lin_labeled)::text = c::text AS reversed,
       (SELECT train_classifier(t, label, 'linear' ORDER BY md5(id::text)) FROM lin_labeled)::text = c::text AS shuffled,
       (SELECT train_classifier(t, label, 'linear' ORDER BY t, label) FROM lin_labeled)::text = c::text AS sorted
FROM lin_model;
-- and from a parallel plan (partial states concatenated, sorted at the end)
SELECT regress.force_parallel() \gset
SELECT regress.plan_has('SELECT train_classifier(t, label, ''linear'') FROM lin_labeled', 'Partial Aggregate') AS partial_plan;
SELECT (SELECT train_classifier(t, label, 'linear') FROM lin_labeled)::text = c::text AS parallel_identical FROM lin_model;
SELECT regress.reset_parallel() \gset
-- 'naive_bayes' is the model of train_classifier(text, label)
SELECT (SELECT train_classifier(t, label, 'naive_bayes') FROM lin_labeled)::text =
       (SELECT train_classifier(t, label) FROM lin_labeled)::text AS naive_bayes_same;

-- Classifying unseen texts
SELECT t, classify(c, t) FROM lin_model, unnest(ARRAY[
  '이모티콘 환불해 주세요', '매출 손해가 큽니다', '복구는 언제 되나요?', 'please refund my subscription', 'we lost orders']) t;
-- scores: the softmax of the decision values, summing to 1, the winner highest
SELECT (SELECT key FROM jsonb_each_text(s) ORDER BY value::numeric DESC LIMIT 1) AS top,
       (SELECT sum(value::numeric) FROM jsonb_each_text(s)) BETWEEN 0.999999 AND 1.000001 AS sums_to_one
FROM lin_model, classify_scores(c, '이모티콘 환불해 주세요') s;
-- why: the n-grams that added most to the winner, strongest first, where
-- they are in the text as written (padding spaces shown, not counted)
SELECT label, term, start, length FROM lin_model, classify_matches(c, 'Refund  이모티콘');
-- every training row back through the model: it learned them
SELECT count(*) FILTER (WHERE classify(c, t) = label)::numeric / count(*) AS training_accuracy
FROM lin_model, lin_labeled WHERE t IS NOT NULL AND label IS NOT NULL;
-- NULL in, NULL out
SELECT classify(c, NULL) IS NULL AS a, classify_scores(c, NULL) IS NULL AS b,
       (SELECT count(*) FROM classify_matches(c, NULL)) AS c FROM lin_model;

-- Options
SELECT left(train_classifier(t, l, 'linear', o)::text, 60) AS model, o
FROM (VALUES ('a b', 'x'), ('b c', 'y'), ('c d', 'y')) v(t, l),
     (VALUES (''), ('  c=0.5   ngrams=2-3 '), ('ngrams=2 bits=10'), ('class_weight=balanced c=1e-3'), (NULL)) w(o)
GROUP BY o ORDER BY o NULLS FIRST;
-- balanced class weights: each row's C times n / (k * n_label), which is 1
-- for every row when the labels are equally frequent (the same weights),
-- and 2 and 2/3 here (other weights)
SELECT replace(train_classifier(t, label, 'linear', 'class_weight=balanced')::text, 'balanced', 'none') =
       train_classifier(t, label, 'linear')::text AS balanced_is_plain_when_equal
FROM lin_labeled WHERE id % 6 = 0;
SELECT replace(train_classifier(t, l, 'linear', 'class_weight=balanced')::text, 'balanced', 'none') <>
       train_classifier(t, l, 'linear')::text AS balanced_differs
FROM (VALUES ('a b', 'x'), ('b c', 'y'), ('c d', 'y')) v(t, l);
-- bad options: 22023 naming the option
SELECT o, f.state, f.message, f.detail FROM (VALUES ('c'), ('c=0'), ('c=-1'), ('c=abc'), ('c=inf'), ('c=nan'), ('c=1e7'),
  ('c=1 c=2'), ('ngrams=0-2'), ('ngrams=3-2'), ('ngrams=1-9'), ('ngrams=a-b'), ('ngrams=1-'), ('bits=0'), ('bits=25'),
  ('bits=1.5'), ('class_weight=auto'), ('max_rows=0'), ('max_rows=1000000000'), ('C=1'), ('alpha=1'), ('c=1,bits=3')) v(o),
  regress.fails(format('SELECT train_classifier(%L, %L, %L, %L)', 'text', 'x', 'linear', o)) f;
SELECT m, o, f.state, f.message, f.detail FROM (VALUES ('naive_bayes', 'c=1'), ('naive_bayes', 'max_rows=0'),
  ('bayes', ''), ('Linear', ''), (NULL, '')) v(m, o),
  regress.fails(format('SELECT train_classifier(%L, %L, %L, %L)', 'text', 'x', m, o)) f;
SELECT left(train_classifier('text', 'x', 'naive_bayes', 'max_rows=5')::text, 30) AS naive_bayes_max_rows;
-- one method and one set of options per group
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier(t, l, 'linear', CASE WHEN t = 'a' THEN 'c=1' ELSE 'c=2' END)
  FROM (VALUES ('a', 'x'), ('b', 'y')) v(t, l)$$) f;
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier(t, l, m)
  FROM (VALUES ('a', 'x', 'linear'), ('b', 'y', 'naive_bayes')) v(t, l, m)$$) f;
-- the same options spelled differently are the same options
SELECT train_classifier(t, l, 'linear', CASE WHEN t = 'a' THEN 'c=1 bits=20' ELSE 'bits=20  c=1.0' END)::text =
       train_classifier(t, l, 'linear')::text AS same_options
FROM (VALUES ('a', 'x'), ('b', 'y')) v(t, l);

-- Limits: more rows than max_rows is 54000, before any training
SELECT f.state, f.message, f.detail FROM regress.fails($$SELECT train_classifier(t, label, 'linear', 'max_rows=1799') FROM lin_labeled$$) f;
SELECT left(train_classifier(t, label, 'linear', 'max_rows=1800')::text, 19) AS at_the_limit FROM lin_labeled;
-- texts of more than 100,000 characters (normalized): 54000, in training and classifying
SELECT classify(c, repeat('x', 100000)) IS NOT NULL AS at_the_text_limit FROM lin_model;
SELECT f.state, f.message, f.detail FROM lin_model, regress.fails(format('SELECT classify(%L::classifier, repeat(''x'', 100001))', c)) f;
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier(repeat('ab ', 40000), 'x', 'linear')$$) f;
SELECT regress.force_parallel() \gset
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier(t, label, 'linear', 'max_rows=1000') FROM lin_labeled$$) f;
SELECT regress.reset_parallel() \gset

-- Training labels are label names, as for naive Bayes; case twins are a slip
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier('t', 'not a name', 'linear')$$) f;
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier(t, l, 'linear') FROM (VALUES ('x', 'paid'), ('z', 'Paid')) v(t, l)$$) f;
-- No rows, or only NULLs: NULL; one label: that label, with probability 1
SELECT train_classifier(t, label, 'linear') IS NULL AS nothing_learned FROM lin_labeled WHERE id > 1800;
SELECT train_classifier(t, label, 'linear') IS NULL AS no_rows FROM lin_labeled WHERE false;
SELECT classify(m, 'anything') AS single, classify_scores(m, 'anything') AS scores,
       jsonb_path_query(classifier_jsonb(m), '$.labels[*].documents') AS documents
FROM (SELECT train_classifier(t, 'only', 'linear') AS m FROM (VALUES ('one text'), ('another')) v(t)) s;
-- a linear model is not a rule set
SELECT f.state FROM lin_model, regress.fails(format('SELECT %L::classifier || %L::classifier', c, 'a: x')) f;

-- Stored and read back: text (exact: every float8 in its shortest exact
-- form) and binary forms
SELECT c::text::classifier::text = c::text AS text_round_trip FROM lin_model;
SELECT c::text::classifier = c AS equal_after_text FROM lin_model;
SELECT classifier_send(c::text::classifier) = classifier_send(c) AS same_binary_form FROM lin_model;
SELECT current_setting('data_directory') AS datadir \gset
\set linear_bin :datadir '/compensate_linear_model.bin'
COPY lin_model TO :'linear_bin' WITH (FORMAT binary);
CREATE TABLE lin_model2 (LIKE lin_model);
COPY lin_model2 FROM :'linear_bin' WITH (FORMAT binary);
SELECT a.c::text = b.c::text AS binary_round_trip, classify(b.c, '환불해 주세요') AS still_classifies
FROM lin_model a, lin_model2 b;

-- A model's text is checked like any input: 22P02 with what is wrong
SELECT t.input, f.state, f.detail FROM (VALUES
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1.5:0.25:-0.25]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1.5:0.25]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1.5:0.25:-0.25:1]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1.5:0.25:-0.25'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[5:1:0:0,3:1:0:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:0:0,3:1:0:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[16:1:0:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:0.5:0:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:nan:0:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:inf:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:1e999:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:1e13:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:1.:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:--1:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:0x10:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"b":1:-0.5] weights=[3:1:1e:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5,"a":1:-0.5] weights=[]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["b":1:0.5,"a":1:-0.5] weights=[]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":0:0.5] weights=[]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:nan] weights=[]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=[] weights=[]'),
  ('linear hash_bits=25 ngrams=1-1 c=1 class_weight=none labels=["a":1:0] weights=[]'),
  ('linear hash_bits=4 ngrams=0-1 c=1 class_weight=none labels=["a":1:0] weights=[]'),
  ('linear hash_bits=4 ngrams=2-1 c=1 class_weight=none labels=["a":1:0] weights=[]'),
  ('linear hash_bits=4 ngrams=1-9 c=1 class_weight=none labels=["a":1:0] weights=[]'),
  ('linear hash_bits=4 ngrams=1-1 c=0 class_weight=none labels=["a":1:0] weights=[]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=auto labels=["a":1:0] weights=[]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0] weights=[] extra'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0]'),
  ('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none'),
  ('linear hash_bits=4')
) t(input), regress.fails(format('SELECT %L::classifier', t.input)) f;
-- a minimal model is usable: bucket 3 of 4 bits is no n-gram of 'x', so the
-- biases alone decide
SELECT classify('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:-0.5,"b":1:0.5] weights=[3:1.5:0.25:-0.25]', 'x') AS bias_decides;

-- Binary input is checked like text (22P03)
CREATE TABLE lin_hostile (c classifier);
CREATE FUNCTION pg_temp.linear_bin(nlabels int, label text, docs bigint, bias float8, nbuckets int, bucket int,
                                   idf float8, weight float8, hash_bits int DEFAULT 4, ngram_max int DEFAULT 1)
RETURNS bytea LANGUAGE sql AS $$
SELECT '\x0103'::bytea || int4send(hash_bits) || int4send(1) || int4send(ngram_max) || int4send(0) || float8send(1)
       || int4send(nlabels) || int4send(length(label)) || convert_to(label, 'UTF8') || int8send(docs) || float8send(bias)
       || int4send(nbuckets) || CASE WHEN nbuckets > 0 THEN int4send(bucket) || float8send(idf) || float8send(weight) ELSE ''::bytea END
$$;
SELECT t.what, regress.copy_field('lin_hostile', t.payload) AS result FROM (VALUES
  ('valid', pg_temp.linear_bin(1, 'a', 1, 0.5, 1, 3, 1.5, 0.25)),
  ('sent by the server', classifier_send('linear hash_bits=4 ngrams=1-1 c=1 class_weight=none labels=["a":1:0.5] weights=[3:1.5:0.25]')),
  ('NaN weight', pg_temp.linear_bin(1, 'a', 1, 0.5, 1, 3, 1.5, 'NaN')),
  ('infinite weight', pg_temp.linear_bin(1, 'a', 1, 0.5, 1, 3, 1.5, 'Infinity')),
  ('infinite bias', pg_temp.linear_bin(1, 'a', 1, '-Infinity', 1, 3, 1.5, 0.25)),
  ('idf below 1', pg_temp.linear_bin(1, 'a', 1, 0.5, 1, 3, 0.5, 0.25)),
  ('bucket out of range', pg_temp.linear_bin(1, 'a', 1, 0.5, 1, 16, 1.5, 0.25)),
  ('no training texts', pg_temp.linear_bin(1, 'a', 0, 0.5, 1, 3, 1.5, 0.25)),
  ('two labels announced, one sent', pg_temp.linear_bin(2, 'a', 1, 0.5, 1, 3, 1.5, 0.25)),
  ('two buckets announced, one sent', pg_temp.linear_bin(1, 'a', 1, 0.5, 2, 3, 1.5, 0.25)),
  ('negative bucket count', pg_temp.linear_bin(1, 'a', 1, 0.5, -1, 3, 1.5, 0.25)),
  ('hash_bits 25', pg_temp.linear_bin(1, 'a', 1, 0.5, 0, 3, 1.5, 0.25, 25)),
  ('ngrams 1-9', pg_temp.linear_bin(1, 'a', 1, 0.5, 0, 3, 1.5, 0.25, 4, 9)),
  ('label with a zero byte', '\x0103'::bytea || int4send(4) || int4send(1) || int4send(1) || int4send(0) || float8send(1)
       || int4send(1) || int4send(2) || '\x6100'::bytea || int8send(1) || float8send(0) || int4send(0)),
  ('cut short', substring(pg_temp.linear_bin(1, 'a', 1, 0.5, 1, 3, 1.5, 0.25) from 1 for 40)),
  ('trailing bytes', pg_temp.linear_bin(1, 'a', 1, 0.5, 1, 3, 1.5, 0.25) || '\x00'::bytea)
) t(what, payload);

-- The aggregate's state (a bytea) is checked when it comes back: 22P03
SELECT t.what, f.state, f.detail FROM (VALUES
  ('empty', '\x'::bytea),
  ('unknown version', '\x02'::bytea || repeat('0', 70)::bytea),
  ('no rows (valid: NULL)', '\x010212010400000000000000'::bytea || float8send(1) || int8send(10) || int8send(0)),
  ('bits 25', '\x010219010400000000000000'::bytea || float8send(1) || int8send(10) || int8send(0)),
  ('c 0', '\x010212010400000000000000'::bytea || float8send(0) || int8send(10) || int8send(0)),
  ('c NaN', '\x010212010400000000000000'::bytea || float8send('NaN') || int8send(10) || int8send(0)),
  ('naive_bayes with ngrams 1-4', '\x010112010400000000000000'::bytea || float8send(0) || int8send(10) || int8send(0)),
  ('pad not zero', '\x010212010400000000000001'::bytea || float8send(1) || int8send(10) || int8send(0)),
  ('row count too high', '\x010212010400000000000000'::bytea || float8send(1) || int8send(10) || int8send(1)),
  ('label not a name', '\x010212010400000000000000'::bytea || float8send(1) || int8send(10) || int8send(1) || int4send(1) || '-'::bytea || int4send(0)),
  ('text cut short', '\x010212010400000000000000'::bytea || float8send(1) || int8send(10) || int8send(1) || int4send(1) || 'a'::bytea || int4send(5) || 'ab'::bytea),
  ('text not UTF-8', '\x010212010400000000000000'::bytea || float8send(1) || int8send(10) || int8send(1) || int4send(1) || 'a'::bytea || int4send(1) || '\xff'::bytea),
  ('more rows than max_rows', '\x010212010400000000000000'::bytea || float8send(1) || int8send(1) || int8send(2)
                              || int4send(1) || 'a'::bytea || int4send(1) || 'x'::bytea || int4send(1) || 'a'::bytea || int4send(1) || 'y'::bytea),
  ('one row (valid)', '\x010212010400000000000000'::bytea || float8send(1) || int8send(10) || int8send(1) || int4send(1) || 'a'::bytea || int4send(2) || 'ab'::bytea)
) t(what, payload), regress.fails(format('SELECT train_classifier_buffer_final(%L::bytea)', t.payload)) f;

DROP TABLE tiny, lin_labeled, lin_model, lin_model2, lin_hostile;
