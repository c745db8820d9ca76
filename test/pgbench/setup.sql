-- Data for the load test: 100,000 claims and a schedules table.
CREATE EXTENSION IF NOT EXISTS compensate;
DROP TABLE IF EXISTS load_claims, load_schedules;
CREATE TABLE load_claims AS
SELECT claim_id, claimed_loss, service, reporter FROM sample_claims(100000);
ALTER TABLE load_claims ADD PRIMARY KEY (claim_id);
CREATE TABLE load_schedules (service text PRIMARY KEY, s payout_schedule NOT NULL);
INSERT INTO load_schedules
SELECT DISTINCT service, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'::payout_schedule
FROM load_claims;
VACUUM ANALYZE load_claims, load_schedules;
