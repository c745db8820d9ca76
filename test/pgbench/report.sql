-- a per-tier report of a slice of 2,000 claims
\set lo random(1, 98000)
SELECT * FROM report_tiers((SELECT payout_report('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', claimed_loss)
                           FROM load_claims WHERE claim_id BETWEEN :lo AND :lo + 1999));
