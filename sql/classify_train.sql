-- train_classifier: a naive Bayes model learned from labeled texts, the same
-- in serial and parallel plans, usable by classify, classify_scores and
-- classify_matches, and stored and read back exactly.
\set SHOW_CONTEXT never
CREATE TABLE labeled (id int, t text, label text);
INSERT INTO labeled
SELECT g,
       (ARRAY['유료 이모티콘 결제했는데 환불 부탁드려요', '멜론 이용권 결제 후 못 들었어요 환불해주세요',
              'paid subscription refund please', '톡서랍 플러스 구독료 돌려주세요'])[1 + g % 4] || ' #' || g, 'paid_service'
FROM generate_series(1, 2000) g
UNION ALL
SELECT g, (ARRAY['가게 주문을 하루 종일 못 받아서 매출 손해', '택시 콜을 못 받아 수입이 없었습니다',
                 'lost orders all day at my shop', '송금이 안 돼서 거래처 대금 지연'])[1 + g % 4] || ' #' || g, 'free_service_financial'
FROM generate_series(2001, 4000) g
UNION ALL
SELECT g, (ARRAY['언제 복구되나요?', '보상은 어떻게 신청하나요', 'when will it be fixed?', '피해 접수는 어디서 하나요'])[1 + g % 4] || ' #' || g, 'inquiry'
FROM generate_series(4001, 6000) g;
INSERT INTO labeled VALUES (6001, NULL, 'inquiry'), (6002, 'no label', NULL);
ANALYZE labeled;

SET max_parallel_workers_per_gather = 0;
CREATE TABLE model AS SELECT train_classifier(t, label) AS c FROM labeled;
SELECT left(c::text, 40) AS model FROM model;
-- the same model from a parallel plan (partial states merged by label name)
SELECT regress.force_parallel() \gset
EXPLAIN (COSTS OFF) SELECT train_classifier(t, label) FROM labeled;
SELECT (SELECT train_classifier(t, label) FROM labeled)::text = c::text AS parallel_identical FROM model;
SELECT regress.reset_parallel() \gset

-- Classifying unseen texts
SELECT t, classify(c, t) FROM model, unnest(ARRAY[
  '이모티콘 환불해 주세요', '매출 손해가 큽니다', '복구는 언제 되나요?', 'please refund my subscription', 'we lost orders']) t;
SELECT classify_scores(c, '이모티콘 환불해 주세요') ->> 'paid_service' > '0.9' AS confident,
       (SELECT sum(value::numeric) FROM jsonb_each_text(classify_scores(c, '아무 말')) ) BETWEEN 0.999 AND 1.001 AS sums_to_one
FROM model;
SELECT label, term FROM model, classify_matches(c, '이모티콘 환불') ORDER BY start, length;
-- every training row back through the model: it learned them
SELECT count(*) FILTER (WHERE classify(c, t) = label)::numeric / count(*) AS training_accuracy
FROM model, labeled WHERE t IS NOT NULL AND label IS NOT NULL;

-- Stored and read back: text and binary forms
SELECT c::text::classifier::text = c::text AS text_round_trip FROM model;
-- Server-side files of this test go to the cluster's own data directory, so
-- that two suites on one machine never share them
SELECT current_setting('data_directory') AS datadir \gset
\set model_bin :datadir '/compensate_model.bin'
COPY model TO :'model_bin' WITH (FORMAT binary);
CREATE TABLE model2 (LIKE model);
COPY model2 FROM :'model_bin' WITH (FORMAT binary);
SELECT a.c::text = b.c::text AS binary_round_trip FROM model a, model2 b;

-- No rows, or only NULLs: NULL; a model cannot be combined with rules
SELECT train_classifier(t, label) IS NULL AS nothing_learned FROM labeled WHERE id > 6000;
SELECT train_classifier(t, label) IS NULL AS no_rows FROM labeled WHERE false;
SELECT c || 'a: x'::classifier FROM model;
SELECT train_classifier('text', '');
-- Training labels must be label names, as in rule sets: 22023, naming the
-- label (the first bad one of a run stops it)
SELECT t.label, f.state, f.message, f.detail FROM (VALUES ('paid service'), ('1st'), ('환불'), ('a-b'), ('x;y'), (repeat('l', 64)), (repeat('l', 100))) t(label),
  regress.fails(format('SELECT train_classifier(%L, %L)', 'some text', t.label)) f;
SELECT f.state FROM (VALUES (repeat('l', 63)), ('Paid_Service'), ('_x9')) t(label),
  regress.fails(format('SELECT train_classifier(%L, %L)', 'some text', t.label)) f;
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier(t, l) FROM (VALUES ('x', 'ok'), ('y', 'ok'), ('z', 'not ok')) v(t, l)$$) f;
-- two labels that differ only in case are a slip, as in rule sets
SELECT f.state, f.message FROM regress.fails($$SELECT train_classifier(t, l) FROM (VALUES ('x', 'paid'), ('y', 'free'), ('z', 'Paid')) v(t, l)$$) f;

-- A model's text is checked like any input
SELECT t.input, f.state, f.detail FROM (VALUES
  ('naive_bayes hash_bits=4 labels=["a":1:2,"b":1:1] counts=[3:2:0,5:0:1]'),
  ('naive_bayes hash_bits=4 labels=["a":1:2,"b":1:1] counts=[3:2:0,5:0:2]'),
  ('naive_bayes hash_bits=4 labels=["a":1:2,"b":1:1] counts=[5:2:0,3:0:1]'),
  ('naive_bayes hash_bits=4 labels=["a":1:2,"b":1:1] counts=[3:2:0,16:0:1]'),
  ('naive_bayes hash_bits=4 labels=["a":1:2,"a":1:1] counts=[3:2:0,5:0:1]'),
  ('naive_bayes hash_bits=4 labels=["a":0:0] counts=[]'),
  ('naive_bayes hash_bits=30 labels=["a":1:0] counts=[]'),
  ('naive_bayes hash_bits=4 labels=["a":1:1] counts=[3:0,4:1]'),
  ('naive_bayes hash_bits=4 labels=["a":1:2,"b":1:1] counts=[3:2:0,5:0:1] extra'),
  ('naive_bayes hash_bits=4 labels=["a":922337203685477580805:1] counts=[3:1]'),
  ('naive_bayes hash_bits=4 labels=["a":1000000000000000000:1] counts=[3:1]')
) t(input), regress.fails(format('SELECT %L::classifier', t.input)) f;
SELECT classify('naive_bayes hash_bits=4 labels=["a":1:2,"b":1:1] counts=[3:2:0,5:0:1]', 'x') IS NOT NULL AS usable;
