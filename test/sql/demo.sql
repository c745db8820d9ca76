-- compensate demo: the whole job of the 2022 outage, from intake to the
-- council's report, in plain SQL an analyst can copy.  Run it with test/demo.
--
-- 1. intake       105,116 damage reports, generated to the published figures
-- 2. classify     service (routing), reporter and damage type of every report
-- 3. pay tiers    the small-business schedule: 30,000 / 50,000 / committee review
-- 4. share a fund a fixed fund among money lost on free services, two rules
-- 5. report       the council's summary, laid out like the published figures
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;
SET TimeZone = 'Asia/Seoul';
CREATE TEMP TABLE step_times (step text, seconds numeric);
SELECT clock_timestamp() AS demo_start \gset

\echo
\echo '== 1. Intake: 105,116 damage reports, 2022-10-19 .. 2022-11-06'
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE claims AS SELECT * FROM sample_claims(105116);
ALTER TABLE claims ADD PRIMARY KEY (claim_id);
SELECT count(*) AS reports,
       count(*) FILTER (WHERE received_at < '2022-10-24') AS first_five_days,
       min(received_at)::date AS first_day, max(received_at)::date AS last_day,
       count(*) FILTER (WHERE language = 'ko') AS korean, count(*) FILTER (WHERE language = 'en') AS english,
       count(*) FILTER (WHERE language = 'mixed') AS mixed
FROM claims;
SELECT claim_id, received_at, left(text, 70) AS text FROM claims ORDER BY received_at LIMIT 3;
INSERT INTO step_times SELECT '1. intake', extract(epoch FROM clock_timestamp() - :'t0');

\echo
\echo '== 2. Classification with the built-in rule sets (Korean and English), and routing'
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE classified AS
SELECT claim_id,
       classify(claim_classifier('service'), text) AS service,
       classify(claim_classifier('reporter'), text) AS reporter,
       classify(claim_classifier('damage_type'), text) AS damage_type
FROM claims;
\echo 'Accuracy against the true labels of the generated reports:'
SELECT round(100.0 * avg((k.service = c.service)::int), 1) AS service_pct,
       round(100.0 * avg((k.reporter = c.reporter)::int), 1) AS reporter_pct,
       round(100.0 * avg((k.damage_type = c.damage_type)::int), 1) AS damage_type_pct
FROM classified k JOIN claims c USING (claim_id);
\echo 'Reports routed to subsidiaries:'
SELECT service AS routed_to, count(*) AS reports, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct_of_routed
FROM classified WHERE service <> 'kakao' GROUP BY service ORDER BY reports DESC;
\echo 'Why one report was routed where it was:'
SELECT c.claim_id, left(c.text, 60) AS text, m.label, m.term, m.start
FROM claims c JOIN classified k USING (claim_id), classify_matches(claim_classifier('service'), c.text) m
WHERE c.claim_id = (SELECT min(claim_id) FROM classified WHERE service = 'mobility') ORDER BY m.start;
INSERT INTO step_times SELECT '2. classify', extract(epoch FROM clock_timestamp() - :'t0');

\echo
\echo '== 3. The small-business schedule: loss <= 300,000 -> 30,000; <= 500,000 -> 50,000; above: committee review'
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE schedules (name text PRIMARY KEY, s payout_schedule NOT NULL);
INSERT INTO schedules VALUES
  ('small_business', 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review');
CREATE TABLE small_business_report AS
SELECT payout_report(s.s, c.claimed_loss) AS r
FROM claims c JOIN classified k USING (claim_id), schedules s
WHERE s.name = 'small_business' AND k.reporter = 'small_business'
  AND k.damage_type IN ('paid_service', 'free_service_financial');
SELECT * FROM report_tiers((SELECT r FROM small_business_report));
SELECT report_claims(r) AS claims_paid_or_reviewed, report_total(r) AS paid_krw, report_in_review(r) AS to_committee,
       report_null_keys(r) AS without_amount
FROM small_business_report;
INSERT INTO step_times SELECT '3. pay tiers', extract(epoch FROM clock_timestamp() - :'t0');

\echo
\echo '== 4. A fixed fund of 300,000,000 KRW for money lost on free services by general users, two rules side by side'
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE fund_claims AS
SELECT c.claim_id, c.claimed_loss AS claim
FROM claims c JOIN classified k USING (claim_id)
WHERE k.reporter = 'general_user' AND k.damage_type = 'free_service_financial' AND c.claimed_loss IS NOT NULL;
CREATE TABLE fund_awards AS
SELECT claim_id, claim,
       allocate(claim, 300000000, 'proportional', 10) OVER (ORDER BY claim_id) AS proportional,
       allocate(claim, 300000000, 'cea', 10) OVER (ORDER BY claim_id) AS equal_awards
FROM fund_claims;
SELECT count(*) AS claimants, sum(claim) AS claimed, sum(proportional) AS paid_proportional,
       sum(equal_awards) AS paid_cea, count(*) FILTER (WHERE equal_awards = claim) AS paid_in_full_cea
FROM fund_awards;
SELECT q.which, a.claim, a.proportional, a.equal_awards
FROM (SELECT 'smallest' AS which, min(claim) AS claim FROM fund_awards
      UNION ALL SELECT 'median', percentile_disc(0.5) WITHIN GROUP (ORDER BY claim) FROM fund_awards
      UNION ALL SELECT 'largest', max(claim) FROM fund_awards) q
JOIN LATERAL (SELECT * FROM fund_awards f WHERE f.claim = q.claim ORDER BY claim_id LIMIT 1) a ON true
ORDER BY a.claim;
INSERT INTO step_times SELECT '4. share a fund', extract(epoch FROM clock_timestamp() - :'t0');

\echo
\echo '== 5. The council''s summary (published figures in brackets)'
SELECT clock_timestamp() AS t0 \gset
SELECT 'routing' AS dimension, CASE WHEN service = 'kakao' THEN 'own services' ELSE 'subsidiaries' END AS category,
       count(*) AS reports, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct,
       CASE WHEN service = 'kakao' THEN '[83%]' ELSE '[17%]' END AS published
FROM classified GROUP BY 2, 5
UNION ALL
SELECT 'reporter', reporter, count(*), round(100.0 * count(*) / sum(count(*)) OVER (), 1),
       CASE reporter WHEN 'general_user' THEN '[89.6%]' WHEN 'small_business' THEN '[10.2%]' ELSE '[0.2%]' END
FROM classified GROUP BY reporter
UNION ALL
SELECT 'damage type', damage_type, count(*), round(100.0 * count(*) / sum(count(*)) OVER (), 1),
       CASE damage_type WHEN 'paid_service' THEN '[17.1%]' WHEN 'free_service_financial' THEN '[15.1%]'
            ELSE '[67.8% together]' END
FROM classified GROUP BY damage_type
ORDER BY 1 DESC, 3 DESC;
SELECT (SELECT report_total(r) FROM small_business_report) AS small_business_tiers_krw,
       (SELECT sum(proportional) FROM fund_awards) AS fund_krw,
       (SELECT report_total(r) FROM small_business_report) + (SELECT sum(proportional) FROM fund_awards) AS total_paid_krw,
       (SELECT report_in_review(r) FROM small_business_report) AS claims_in_committee_review;
INSERT INTO step_times SELECT '5. report', extract(epoch FROM clock_timestamp() - :'t0');

\echo
\echo '== Time per step (seconds)'
SELECT step, round(seconds, 2) AS seconds FROM step_times
UNION ALL SELECT 'total', round(extract(epoch FROM clock_timestamp() - :'demo_start'), 2)
ORDER BY 1;
