-- test/drivers: the table and the BI view the drivers read (test/drivers/run).
CREATE EXTENSION compensate;

-- A column of every compensate type, and money.  Row 1 has short values;
-- row 2 has a schedule, a report and a classifier longer than 255 characters
-- (psqlODBC's default VARCHAR size) and money that a float cannot hold.
CREATE TABLE payouts (
    id         integer PRIMARY KEY,
    segment    text NOT NULL,
    s          payout_schedule NOT NULL,
    r          payout_report,
    c          classifier,
    amount     numeric(20,2) NOT NULL,
    amounts    numeric[]
);

INSERT INTO payouts VALUES
 (1, 'sla', 'volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0', NULL,
  'paid: refund^2, subscription; protest: lawsuit; default inquiry', 1200.50, ARRAY[1.5, 2.25]);
UPDATE payouts p SET r = (SELECT payout_report(x.s, 99.95, 1200.50) FROM (VALUES (p.s)) x(s)) WHERE id = 1;

INSERT INTO payouts
SELECT 2, 'shop', s, (SELECT payout_report(s, k) FROM unnest(ARRAY[100, 250000, 400000, 450000, 600000]::bigint[]) k),
       claim_classifier('service'), 123456789012345678.91, ARRAY[123456789012345678.91, 0.1]
FROM (SELECT ('[0,100000] => 10000, (100000,200000] => 20000, (200000,300000] => 30000, (300000,400000] => 40000, '
           || '(400000,500000] => 50000, (500000,600000] => 60000, (600000,700000] => 70000, (700000,800000] => 80000, '
           || '(800000,) => review cap 1000000 round 10 half_even')::payout_schedule) x(s);

-- The view for BI tools (README, "BI tools and drivers"): every column a type
-- that drivers know.  Schedules, classifiers as text; reports as jsonb and as
-- their figures; money as numeric(p,s), so that tools see precision and scale.
CREATE VIEW payouts_bi AS
SELECT id,
       segment,
       s::text                          AS schedule,
       r::jsonb                         AS report,
       report_claims(r)                 AS claims,
       report_in_review(r)              AS in_review,
       report_claimed(r)::numeric(20,2) AS claimed,
       report_total(r)::numeric(20,2)   AS paid,
       c::text                          AS classifier,
       amount::numeric(20,2)            AS amount
FROM payouts;

-- The same figures without a typmod, for the checks of what drivers then
-- describe (psqlODBC guesses NUMERIC(28,6), others no precision at all).
CREATE VIEW payouts_bare AS
SELECT id, report_total(r) AS paid, amount::numeric AS amount
FROM payouts;
