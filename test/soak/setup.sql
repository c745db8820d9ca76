-- Tables using every compensate type, for sqlsmith to build random queries on.
CREATE EXTENSION compensate;
CREATE TABLE s_schedules (id int PRIMARY KEY, s payout_schedule);
INSERT INTO s_schedules VALUES
 (1, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 (2, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),
 (3, 'volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0');
-- large enough to be stored out of line (TOAST): compiled-schedule caches key on the pointer
INSERT INTO s_schedules
SELECT 4, ('graduated ' || string_agg(format('[%s,%s) => %s%%', i * 500, (i + 1) * 500, i % 7), ', ' ORDER BY i)
           || ', [1000000,) => review')::payout_schedule
FROM generate_series(0, 1999) i;
CREATE TABLE s_claims (id int, loss bigint, uptime numeric, bill numeric, t text, seg int);
INSERT INTO s_claims SELECT g, (g * 7919) % 1000003, 90 + (g % 1000) / 100.0, 100 + g % 50, 'claim ' || g || ' 카카오톡 환불', g % 3 + 1 FROM generate_series(1, 2000) g;
CREATE TABLE s_reports AS SELECT seg, payout_report(s.s, c.loss) r FROM s_claims c JOIN s_schedules s ON s.id = 1 GROUP BY seg;
CREATE TABLE s_classifiers (id int, c classifier);
INSERT INTO s_classifiers VALUES (1, claim_classifier('service')), (2, 'a: x, y^2; b: z; default a');
INSERT INTO s_classifiers SELECT 3, train_classifier(t, 'seg' || seg) FROM s_claims;
