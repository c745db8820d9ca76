-- one claimant's payout and its explanation
\set id random(1, 100000)
SELECT payout(s.s, c.claimed_loss), payout_explain(s.s, c.claimed_loss)
FROM load_claims c JOIN load_schedules s USING (service) WHERE c.claim_id = :id AND c.claimed_loss IS NOT NULL;
