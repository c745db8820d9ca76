-- The source database of test/dump_restore: every compensate type in tables,
-- arrays, a domain, a composite type, views, a materialized view, column
-- defaults, a generated column, CHECK constraints and indexes, with data from
-- sample_claims.  Run with ON_ERROR_STOP in a fresh UTF8 database.
SET client_min_messages = warning;
CREATE EXTENSION compensate;

-- Claims from the generator, with stored generated columns computed by compensate
CREATE TABLE claims AS SELECT * FROM sample_claims(3000);
ALTER TABLE claims ADD PRIMARY KEY (claim_id);
ALTER TABLE claims
  ADD COLUMN tier int GENERATED ALWAYS AS
    (payout_tier('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule, claimed_loss)) STORED,
  ADD COLUMN paid numeric GENERATED ALWAYS AS
    (payout('graduated [0,100000) => 10%, [100000,) => 1000 + 2.5% cap 40000 round 10 half_even'::payout_schedule,
            claimed_loss)) STORED;

-- Schedules: every part of the grammar, non-canonical input, the extremes,
-- a large (toasted) schedule and a NULL
CREATE TABLE schedules (
  id int PRIMARY KEY,
  name text NOT NULL,
  s payout_schedule,
  CONSTRAINT schedules_s_key UNIQUE (s)
);
INSERT INTO schedules VALUES
 (1, 'small business', 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 (2, 'graduated', 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),
 (3, 'sla credit', '[0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'),
 (4, 'fees', '[0,100) => 1000 + 2.5%, [100,) => 0.5 + 0.125% deductible 50'),
 (5, 'extremes', '(0.000000000000000001,999999999999999999] => 1000 + 0.125% deductible 5 round 0.05 half_even'),
 (6, 'written loosely', 'GRADUATED   [0 , 10.500] =>1.50,(10.5,)=>700.0 %  cap 105 round 10 down'),
 (7, 'round up', '[0,) => 0 + 33.333% round 0.01 up'),
 (8, 'no schedule', NULL),
 -- stored in format version 2 (0.5's options)
 (9, 'package price', '[0,) => 150% deductible 5 minimum 15 cap 100 after rounding round 15 half_down'),
 (10, 'sla threshold', '[0,95) => 10%, [95,99) => 25%, [99,) => 0 round 0.01 threshold 1');

-- Values too large for a btree index entry (stored toasted): a 5000-tier
-- schedule and its report, with a hash index
CREATE TABLE large_values (id int PRIMARY KEY, s payout_schedule NOT NULL, r payout_report);
CREATE INDEX large_values_s ON large_values USING hash (s);
INSERT INTO large_values (id, s)
SELECT 1, (string_agg(format('[%s,%s) => %s', i, i + 1, i), ', ' ORDER BY i) || ', [5000,) => review')::payout_schedule
FROM generate_series(0, 4999) i;

-- Classifiers: built-in rule sets, a combined one, quoting and weights, a
-- trained naive Bayes model, and a NULL
CREATE TABLE classifiers (id int PRIMARY KEY, name text, c classifier);
INSERT INTO classifiers VALUES
 (1, 'damage_type', claim_classifier('damage_type')),
 (2, 'service + extra', claim_classifier('service') || 'mobility: 딜리버리^5; pay: "pay, money"^0.125'),
 (3, 'quoted', E'# comment\npaid_service: 유료, 결제, "co., ltd"^2.5, "say ""hi""", 이용권^1.001; protest: 항의; default inquiry'),
 (4, 'no default', 'a: x; b: y^3'),
 (5, 'model', (SELECT train_classifier(text, damage_type) FROM claims)),
 (6, 'model by service', (SELECT train_classifier(text, service) FROM claims WHERE claim_id <= 1500)),
 (7, 'none', NULL),
 (8, 'a label in two statements', 'a: x; b: y; a: z'),
 (9, 'the default first', 'default b; a: x; b: y'),
 (10, 'linear model', (SELECT train_classifier(text, damage_type, 'linear') FROM claims WHERE claim_id <= 1000));

-- Reports: integer, numeric and (key, base) aggregates, NULL keys, decimal
-- sums, a graduated and a 5000-tier schedule, and a NULL
CREATE TABLE reports (
  id serial PRIMARY KEY,
  what text NOT NULL,
  r payout_report CHECK (report_claims(r) >= 0)
);
INSERT INTO reports (what, r)
SELECT 'small business, bigint keys', payout_report(s.s, c.claimed_loss)
FROM claims c, schedules s WHERE s.id = 1;
INSERT INTO reports (what, r)
SELECT 'graduated, numeric keys', payout_report(s.s, c.claimed_loss / 7.0)
FROM claims c, schedules s WHERE s.id = 2;
INSERT INTO reports (what, r)
SELECT 'sla, key and base', payout_report(s.s, (c.claim_id % 10001) / 100.0, c.claimed_loss::numeric)
FROM claims c, schedules s WHERE s.id = 3;
INSERT INTO reports (what, r)
SELECT 'fees, integer keys', payout_report(s.s, (c.claim_id % 1000)::int)
FROM claims c, schedules s WHERE s.id = 4;
INSERT INTO reports (what, r)
SELECT 'extremes', payout_report(s.s, c.claimed_loss + 1)
FROM claims c, schedules s WHERE s.id = 5;
UPDATE large_values l SET r = (SELECT payout_report(l.s, c.claim_id) FROM claims c);
INSERT INTO reports (what, r) VALUES
 ('written by hand', 'claims=3 in_review=1 null_keys=2 claimed=1100000.50 paid=80000 tiers=[1:100000.50:30000,1:400000:50000,1:600000:0] schedule=[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 ('no report', NULL);

-- Stored daily reports (rolled up by the fingerprint)
CREATE TABLE daily_reports AS
SELECT (received_at AT TIME ZONE 'Asia/Seoul')::date AS day,
       payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule,
                     claimed_loss) AS r
FROM claims GROUP BY 1;
ALTER TABLE daily_reports ADD PRIMARY KEY (day);

-- Column defaults of every type, through a domain, an array, a composite
-- type and a user function; a hash index on a schedule column
CREATE DOMAIN starting_schedule AS payout_schedule CHECK (payout_tier(VALUE, 0) = 1);
CREATE TYPE settlement AS (s payout_schedule, r payout_report, c classifier);
CREATE FUNCTION default_schedule() RETURNS payout_schedule
LANGUAGE sql IMMUTABLE AS $$ SELECT '[0,1000) => 0, [1000,) => 5%'::payout_schedule $$;

CREATE TABLE policies (
  id int PRIMARY KEY,
  segment text NOT NULL DEFAULT 'general',
  s payout_schedule NOT NULL
    DEFAULT '[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule,
  alt starting_schedule DEFAULT 'graduated [0,1000) => 0%, [1000,) => 10% round 1 half_even',
  fallback payout_schedule DEFAULT default_schedule(),
  history payout_schedule[] DEFAULT ARRAY['[0,) => 0'::payout_schedule, '[0,1] => review, (1,) => 1'],
  rules classifier DEFAULT 'paid_service: 유료, 결제, "co., ltd"^2.5; protest: 항의; default inquiry'::classifier,
  empty_report payout_report
    DEFAULT 'claims=0 in_review=0 null_keys=0 claimed=0 paid=0 tiers=[0:0:0] schedule=[0,) => 5'::payout_report,
  settled settlement
    DEFAULT ROW('[0,10] => 1, (10,) => 2', 'claims=1 in_review=0 null_keys=0 claimed=3 paid=1 tiers=[1:3:1,0:0:0] schedule=[0,10] => 1, (10,) => 2', 'x: y')::settlement,
  threshold numeric DEFAULT payout('[0,10] => 5, (10,) => 7.25', 11),
  CHECK (needs_review(s, 0) IS NOT NULL)
);
CREATE INDEX policies_s_hash ON policies USING hash (s);
INSERT INTO policies (id) VALUES (1);
INSERT INTO policies (id, segment) VALUES (2, 'defaults only');
INSERT INTO policies (id, segment, s, alt, fallback, history, rules, empty_report, settled, threshold)
SELECT 3, 'all given', s1.s, s2.s, s4.s, ARRAY[s1.s, NULL, s9.s], k.c, r.r,
       ROW(s5.s, r.r, k.c)::settlement, 1.5
FROM schedules s1, schedules s2, schedules s4, schedules s5, large_values s9, classifiers k, reports r
WHERE s1.id = 1 AND s2.id = 2 AND s4.id = 4 AND s5.id = 5 AND s9.id = 1 AND k.id = 3 AND r.id = 2;
INSERT INTO policies (id, segment, alt, fallback, history, rules, empty_report, settled, threshold)
VALUES (4, 'nulls', NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Views: compensate functions, literals of every type, set-returning functions
CREATE VIEW claim_payouts AS
SELECT c.claim_id, c.claimed_loss, payout(p.s, c.claimed_loss) AS paid, needs_review(p.s, c.claimed_loss) AS review,
       classify(k.c, c.text) AS predicted,
       classify('mobility: 택시, taxi; pay: 페이^2'::classifier, c.text) AS literal_rules,
       payout_tier('[0,10] => 1, (10,) => review'::payout_schedule, c.claim_id) AS literal_tier
FROM claims c, policies p, classifiers k
WHERE p.id = 1 AND k.id = 1;

CREATE VIEW report_lines AS
SELECT r.id, r.what, t.*, report_schedule(r.r) AS schedule,
       report_total(r.r) AS total, r.r::jsonb -> 'claims' AS claims_json,
       report_merge(r.r, r.r) AS doubled
FROM reports r, report_tiers(r.r) t
WHERE r.r IS NOT NULL;

CREATE VIEW model_terms AS
SELECT k.id, t.label, t.term, t.weight FROM classifiers k, classifier_terms(k.c) t;

-- A materialized view: pg_restore refreshes it under search_path = ''
CREATE MATERIALIZED VIEW segment_reports AS
SELECT g.service,
       payout_report('[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule,
                     g.claimed_loss) AS r,
       train_classifier(g.text, g.damage_type) AS model,
       min(g.claim_id) AS first_claim
FROM sample_claims(500, 7) g GROUP BY g.service;
CREATE UNIQUE INDEX segment_reports_service ON segment_reports (service);
