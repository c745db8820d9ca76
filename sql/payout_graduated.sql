-- Graduated schedules: each tier pays for the part of the key inside it; a
-- fixed amount is added once when the key enters its tier (a flat fee).

-- Graduated and volume price lists: per-tier rates, fixed fees, per-unit prices
SELECT payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%', 7000) AS "800";
SELECT payout('graduated [0,5] => 700%, (5,10] => 650%, (10,) => 600%', 8) AS "54.5";
SELECT payout('graduated [0,5] => 700%, (5,10] => 650%, (10,) => 600%', 8::numeric) AS "54.5 numeric";

-- Along the key: every boundary, both key types
SELECT k, payout_tier(s, k) AS tier, payout(s, k) AS by_bigint, payout(s, k::numeric) AS by_numeric
FROM (VALUES ('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%'::payout_schedule)) v(s),
     unnest(ARRAY[0, 999, 1000, 1001, 4999, 5000, 5001, 7000, 1000000]::bigint[]) k;

-- Flat fees are added once, on entering the tier
SELECT k, payout('graduated [0,10] => 5, (10,20] => 100 + 1%, (20,) => 1000', k) AS paid
FROM unnest(ARRAY[0, 10, 11, 20, 21, 500]) k;
-- inclusive bounds decide which tier a boundary key enters
SELECT payout('graduated [0,5] => 1, (5,) => 10', 5) AS "1", payout('graduated [0,5) => 1, [5,) => 10', 5) AS "11";

-- A graduated schedule starting above zero measures parts from its lower bound
SELECT payout('graduated [100,200) => 10%, [200,) => 20%', 250) AS "20";

-- Options apply to the total
SELECT payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up', 7777) AS "960",
       payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% deductible 500', 7000) AS "300",
       payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 500', 7000) AS "500";

-- A review tier sends every key that reaches it to review; keys below it are paid
SELECT k, payout(s, k) AS paid, needs_review(s, k) AS review, payout_tier(s, k) AS tier
FROM (VALUES ('graduated [0,100) => 10%, [100,200) => review, [200,) => 50%'::payout_schedule)) v(s),
     unnest(ARRAY[50, 99, 100, 150, 200, 1000]::bigint[]) k;

-- Graduated totals equal the sum of per-tier parts computed by hand in SQL
SELECT bool_and(payout(s, k) = (
         SELECT sum(CASE WHEN t.outcome LIKE '%+%' THEN split_part(t.outcome, ' + ', 1)::numeric ELSE 0 END
                    + rtrim(CASE WHEN t.outcome LIKE '%+%' THEN split_part(t.outcome, ' + ', 2) ELSE t.outcome END, '%')::numeric / 100
                      * (least(k, coalesce(t.upper, k)) - t.lower))
         FROM tiers(s) t WHERE t.tier <= payout_tier(s, k))) AS parts_add_up
FROM (VALUES ('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%'::payout_schedule),
             ('graduated [0,50] => 2 + 3.5%, (50,70) => 1%, [70,71] => 9 + 0%, (71,) => 0.25%')) v(s),
     generate_series(0, 10000, 13) k;
