-- Classifier evaluation on test/data/claims_labeled.tsv: the built-in rule
-- sets on every claim and on the held-out 30% (the rules were tuned looking only
-- at the other 70%), and a naive Bayes model trained on the 70% (a fixed
-- pseudo-random split) and tested on the 30%.
-- psql variable: data (path of the TSV file).  Run with test/eval_classifier.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;

CREATE TEMP TABLE claims (id int PRIMARY KEY, text text, service text, reporter text, damage_type text);
\set copy '\\copy claims FROM ' :'data' ' WITH (FORMAT csv, DELIMITER E''\\t'', HEADER true, QUOTE E''\\x01'')'
:copy

-- One row per claim and dimension: the true label
CREATE TEMP TABLE truth AS
SELECT id, text, d.dimension, d.label
FROM claims, LATERAL (VALUES ('service', service), ('reporter', reporter), ('damage_type', damage_type)) d(dimension, label);

-- The split: a fixed hash of the id, not random(), so every machine gets the same 70/30
CREATE TEMP TABLE split AS
SELECT id, (hashint4(id) & 1023) < 717 AS train FROM claims;

-- Built-in rules on every claim; the trained model on the held-out 30%
CREATE TEMP TABLE predictions AS
SELECT 'rules' AS method, t.dimension, t.id, t.label, classify(claim_classifier(t.dimension), t.text) AS predicted
FROM truth t;
-- the rules were tuned looking only at the 70% training split: the 30% is their honest measure
INSERT INTO predictions
SELECT 'rules (held-out 30%)', p.dimension, p.id, p.label, p.predicted
FROM predictions p JOIN split s USING (id) WHERE p.method = 'rules' AND NOT s.train;
CREATE TEMP TABLE models AS
SELECT t.dimension, train_classifier(t.text, t.label) AS model
FROM truth t JOIN split s USING (id) WHERE s.train GROUP BY t.dimension;
INSERT INTO predictions
SELECT 'trained (70/30)', t.dimension, t.id, t.label, classify(m.model, t.text)
FROM truth t JOIN split s USING (id) JOIN models m USING (dimension) WHERE NOT s.train;

\echo
\echo Claims and split:
SELECT count(*) AS claims, count(*) FILTER (WHERE train) AS train, count(*) FILTER (WHERE NOT train) AS test,
       round(100.0 * count(*) FILTER (WHERE c.text ~ '[가-힣]') / count(*), 1) AS korean_pct
FROM claims c JOIN split USING (id);

\echo
\echo Accuracy per dimension (targets for the built-in rules: damage_type >= 90%, service and reporter >= 95%):
SELECT dimension, method, count(*) AS claims, count(*) FILTER (WHERE predicted = label) AS correct,
       round(100.0 * count(*) FILTER (WHERE predicted = label) / count(*), 1) AS accuracy_pct
FROM predictions GROUP BY dimension, method ORDER BY dimension, method DESC;

\echo
\echo Confusion matrices (rows: true label, columns: predicted):
SELECT p.dimension, p.method, p.label AS "true",
       string_agg(format('%s=%s', coalesce(p.predicted, 'NULL'), p.n), ' ' ORDER BY p.n DESC, p.predicted) AS predicted
FROM (SELECT dimension, method, label, predicted, count(*) AS n FROM predictions GROUP BY 1, 2, 3, 4) p
WHERE p.method <> 'rules (held-out 30%)'
GROUP BY p.dimension, p.method, p.label ORDER BY p.dimension, p.method DESC, p.label;
