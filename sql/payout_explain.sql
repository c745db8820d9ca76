-- payout_explain: every step of a payout, for answering an appeal.

SELECT jsonb_pretty(payout_explain('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', 300001));
SELECT jsonb_pretty(payout_explain('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', 600000));
SELECT jsonb_pretty(payout_explain('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up', 7777));
SELECT jsonb_pretty(payout_explain('volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0', 98.5, 1234.50));
SELECT jsonb_pretty(payout_explain('[0,) => 1000 + 10% deductible 1500 cap 2000 round 100 down', 12345));

-- The explanation agrees with payout() and its parts add up to the raw payout
SELECT bool_and((e->>'payout')::numeric IS NOT DISTINCT FROM payout(s, k)
                AND (e->>'review')::boolean = needs_review(s, k)
                AND (e->>'tier')::int = payout_tier(s, k)
                AND coalesce((e->>'review')::boolean OR e->'parts' IS NULL
                             OR (SELECT sum((p->>'paid')::numeric) FROM jsonb_array_elements(e->'parts') p) = (e->>'raw')::numeric, false)) AS consistent,
       count(*) AS cases, count(*) FILTER (WHERE (e->>'review')::boolean) AS in_review
FROM (VALUES ('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 5 + 20% cap 1000 round 10 half_even'::payout_schedule),
             ('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review deductible 100'),
             ('graduated [0,100) => 10%, [100,200) => 1 + 1%, [200,) => review')) v(s),
     generate_series(0, 20000, 17) k, LATERAL payout_explain(s, k) e;
