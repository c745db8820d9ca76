--
-- Limits, and values stored out of line.
--
-- Schedules and classifiers kept in a table arrive as TOAST pointers, and
-- the caches of compiled values recognise them by that pointer rather than
-- by reading them on every row: two different stored values must never be
-- mixed up, whatever the row order.  Values past each limit give 54000.
-- (test/limits/run covers the full sizes: 1M tiers, 1M terms, 64 MB texts,
-- 10M-claim partitions, 1 GB values, and cancellation.)
--

-- two schedules of 2,000 tiers stored out of line; payout in tier i is i * id
CREATE TABLE big_schedules (id int PRIMARY KEY, s payout_schedule);
ALTER TABLE big_schedules ALTER s SET STORAGE external;
INSERT INTO big_schedules
SELECT k, string_agg(format('[%s,%s) => %s', i * 10, (i + 1) * 10, i * k), ', ' ORDER BY i)::payout_schedule
FROM generate_series(1, 2) k, generate_series(0, 1999) i GROUP BY k;
SELECT pg_relation_size(reltoastrelid) > 0 AS stored_out_of_line
FROM pg_class WHERE relname = 'big_schedules';

-- rows alternate between the two schedules (nested loop, schedules inner)
SET enable_hashjoin = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT payout(s, key) FROM generate_series(0, 19999, 7) key, big_schedules;
SELECT count(*) AS rows, bool_and(payout(s, key) = (key / 10) * id) AS every_payout_right,
       bool_and(payout_tier(s, key) = key / 10 + 1) AS every_tier_right
FROM generate_series(0, 19999, 7) key, big_schedules;
SELECT id, report_claims(r), report_total(r) = sum_expected AS total_right
FROM (SELECT id, payout_report(s, key) r, sum((key / 10) * id) sum_expected
      FROM generate_series(0, 19999, 7) key, big_schedules GROUP BY id) x
ORDER BY id;
RESET enable_hashjoin;
RESET enable_mergejoin;

-- a new version of a stored schedule is a new stored value
BEGIN;
UPDATE big_schedules SET s = (replace(s::text, '=> 2', '=> 2000000'))::payout_schedule WHERE id = 1;
SELECT id, payout(s, 25) FROM big_schedules ORDER BY id;
ROLLBACK;
SELECT id, payout(s, 25) FROM big_schedules ORDER BY id;

-- two rule sets stored out of line, the same terms for different labels
CREATE TABLE big_classifiers (id int PRIMARY KEY, c classifier);
ALTER TABLE big_classifiers ALTER c SET STORAGE external;
INSERT INTO big_classifiers
SELECT k, (CASE k WHEN 1 THEN 'first' ELSE 'second' END || ': ' ||
           string_agg(format('w%sz', i), ', ' ORDER BY i))::classifier
FROM generate_series(1, 2) k, generate_series(1, 500) i GROUP BY k;
SELECT pg_relation_size(reltoastrelid) > 0 AS stored_out_of_line
FROM pg_class WHERE relname = 'big_classifiers';
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SELECT id, classify(c, format('claim w%sz', g)) AS label, count(*)
FROM generate_series(1, 600) g, big_classifiers GROUP BY 1, 2 ORDER BY 1, 2;
RESET enable_hashjoin;
RESET enable_mergejoin;

-- at and past the limits: 1,000,000 tiers, 1,000 labels, 64 MB texts
SELECT length(string_agg(format('[%s,%s) => 1', i, i + 1), ', ' ORDER BY i)::payout_schedule::text)
FROM generate_series(0, 999999) i;
SELECT string_agg(format('[%s,%s) => 1', i, i + 1), ', ' ORDER BY i)::payout_schedule
FROM generate_series(0, 1000000) i;
SELECT classify(string_agg(format('l%s: w%sz', i, i), E'\n')::classifier, 'w999z')
FROM generate_series(0, 999) i;
SELECT string_agg(format('l%s: w%sz', i, i), E'\n')::classifier
FROM generate_series(0, 1000) i;
SELECT train_classifier(t, 'l' || g) FROM (SELECT 'x' t, g FROM generate_series(0, 1000) g) x;
CREATE TABLE big_texts AS
SELECT repeat('카카오톡 결제 refund ', 2485513) || repeat('x', 13) AS at_limit,
       repeat('카카오톡 결제 refund ', 2485513) || repeat('x', 14) AS past_limit;
SELECT octet_length(at_limit), classify(claim_classifier('damage_type'), at_limit) FROM big_texts;
SELECT octet_length(past_limit) FROM big_texts;
SELECT classify(claim_classifier('damage_type'), past_limit) FROM big_texts;
SELECT train_classifier(past_limit, 'x') FROM big_texts;

-- long calls stop when cancelled (here by statement_timeout)
SET statement_timeout = '50ms';
SELECT classify(claim_classifier('damage_type'), at_limit) FROM big_texts;
RESET statement_timeout;

DROP TABLE big_schedules, big_classifiers, big_texts;
