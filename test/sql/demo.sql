-- compensate demo: a few thousand outage claims, paid by tiered schedules,
-- in plain SQL an analyst can copy.  Run it with test/demo.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS compensate;

\echo
\echo '1. The small-business schedule of the 2022 outage, as a value'
\echo '   (loss up to 300,000 KRW pays 30,000; up to 500,000 pays 50,000; above: committee review)'
CREATE TABLE schedules (name text PRIMARY KEY, s payout_schedule NOT NULL);
INSERT INTO schedules VALUES
  ('small_business', 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
  ('cloud_sla',      'volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'),
  ('graduated',      'graduated [0,1000000) => 10%, [1000000,5000000) => 5%, [5000000,) => 2% cap 300000 round 1000 half_up');
SELECT name, s AS schedule FROM schedules ORDER BY name;
SELECT * FROM tiers((SELECT s FROM schedules WHERE name = 'small_business'));

\echo
\echo '2. 5,000 generated small-business claims (heavy-tailed losses, fixed seed)'
SELECT setseed(0.2022) \gset
CREATE TABLE claims AS
SELECT g AS claim_id,
       (ARRAY['cafe', 'taxi driver', 'online shop', 'restaurant', 'delivery'])[1 + (g % 5)] AS business,
       greatest(1000, round(exp(11.9 + 0.9 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::numeric, -3))::bigint AS claimed_loss
FROM generate_series(1, 5000) g;
SELECT count(*) AS claims, sum(claimed_loss) AS claimed_total,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY claimed_loss) AS median_loss,
       max(claimed_loss) AS largest_loss
FROM claims;

\echo
\echo '3. Payouts per tier, in one pass: how many claims, how much claimed and paid, how many go to review'
SELECT * FROM report_tiers((SELECT payout_report(s, claimed_loss)
                            FROM claims, schedules WHERE name = 'small_business'));
SELECT report_claims(r) AS claims, report_total(r) AS paid, report_in_review(r) AS in_review
FROM (SELECT payout_report(s, claimed_loss) AS r FROM claims, schedules WHERE name = 'small_business') x;

\echo
\echo '4. One claimant appeals: every step of their payout'
SELECT claim_id, business, claimed_loss, payout(s, claimed_loss) AS paid,
       jsonb_pretty(payout_explain(s, claimed_loss)) AS explanation
FROM claims, schedules WHERE name = 'small_business' AND claimed_loss BETWEEN 300001 AND 500000
ORDER BY claim_id LIMIT 1;

\echo
\echo '5. The same money question for a cloud provider: SLA credits from uptime and the monthly bill'
SELECT customer, uptime, monthly_bill, payout(s, uptime, monthly_bill) AS credit
FROM (VALUES ('acme', 99.995, 1200.00), ('globex', 99.95, 800.00), ('initech', 98.7, 5400.00), ('umbrella', 93.1, 250.00))
     AS m(customer, uptime, monthly_bill), schedules
WHERE name = 'cloud_sla' ORDER BY customer;

\echo
\echo '6. A graduated schedule (each band pays for the part inside it), capped and rounded'
SELECT loss, (SELECT string_agg(format('%s pays %s', p->>'range', p->>'paid'), ', ')
              FROM jsonb_array_elements(e->'parts') p) AS bands,
       e->>'raw' AS before_cap, payout(s, loss) AS paid
FROM unnest(ARRAY[800000, 3000000, 20000000]::bigint[]) loss, schedules, LATERAL payout_explain(s, loss) e
WHERE name = 'graduated';
