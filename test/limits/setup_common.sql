-- Data for test/limits/run (about a minute): schedules of 100k and 1M tiers
-- stored in a table (so that they arrive TOASTed), a million claims, texts
-- at the 64 MB classification limit, rule sets of 1M terms and 1000 labels.
CREATE EXTENSION compensate;

CREATE TABLE schedule_texts (name text PRIMARY KEY, t text);
INSERT INTO schedule_texts
SELECT 'tiers_100k', string_agg(format('[%s,%s) => %s', i * 10, (i + 1) * 10, i), ', ' ORDER BY i)
       || ', [1000000,) => review'
FROM generate_series(0, 99999) i;
INSERT INTO schedule_texts
SELECT 'tiers_1m', string_agg(format('[%s,%s) => 1', i, i + 1), ', ' ORDER BY i)
FROM generate_series(0, 999999) i;
INSERT INTO schedule_texts
SELECT 'tiers_1m_plus_1', string_agg(format('[%s,%s) => 1', i, i + 1), ', ' ORDER BY i)
FROM generate_series(0, 1000000) i;

CREATE TABLE schedules (name text PRIMARY KEY, s payout_schedule);
INSERT INTO schedules SELECT name, t::payout_schedule FROM schedule_texts WHERE name <> 'tiers_1m_plus_1';

CREATE TABLE claims_1m AS
SELECT g AS id, (hashint4(g)::bigint & 1048575) AS loss FROM generate_series(1, 1000000) g;
CREATE TABLE claims_1m_array AS SELECT array_agg(loss::numeric ORDER BY id) AS a FROM claims_1m;

-- 64 MB exactly (27-byte phrase x 2,485,513 + 13 bytes), and one byte more
CREATE TABLE texts (name text PRIMARY KEY, t text);
INSERT INTO texts VALUES
  ('64mb', repeat('카카오톡 결제 refund ', 2485513) || repeat('x', 13)),
  ('64mb_plus_1', repeat('카카오톡 결제 refund ', 2485513) || repeat('x', 14)),
  ('16mb_matches', repeat('카카오톡 ', 1048576 * 16 / 13));

-- rule sets: 1M terms over 1000 labels, one term more, 1001 labels
CREATE TABLE rule_texts (name text PRIMARY KEY, t text);
INSERT INTO rule_texts
SELECT 'terms_1m', string_agg(format('l%s: w%sz', i % 1000, i), E'\n' ORDER BY i)
FROM generate_series(0, 999999) i;
INSERT INTO rule_texts
SELECT 'terms_1m_plus_1', string_agg(format('l%s: w%sz', i % 1000, i), E'\n' ORDER BY i)
FROM generate_series(0, 1000000) i;
INSERT INTO rule_texts
SELECT 'labels_1000', string_agg(format('l%s: w%sz', i, i), E'\n' ORDER BY i) FROM generate_series(0, 999) i;
INSERT INTO rule_texts
SELECT 'labels_1001', string_agg(format('l%s: w%sz', i, i), E'\n' ORDER BY i) FROM generate_series(0, 1000) i;
CREATE TABLE rule_sets AS SELECT name, t::classifier AS c FROM rule_texts WHERE name = 'terms_1m';

-- training texts: 1M short claims in 6 classes; 1000 labels x 300 texts of
-- random hex (many distinct n-grams for every label)
CREATE TABLE train_1m AS
SELECT g AS id, format('claim %s about service %s, lost %s won', md5(g::text), g % 7, g) AS t,
       'label_' || (g % 6) AS label
FROM generate_series(1, 1000000) g;
CREATE TABLE train_wide AS
SELECT g AS id, md5(g::text) || md5((-g)::text) AS t, 'l' || (g % 1000) AS label
FROM generate_series(1, 300000) g;
ANALYZE;
