-- sample_claims: deterministic, calibrated to the published figures of the
-- 2022 outage (the shares Kakao's damage support council published), fast.
SET TimeZone = 'Asia/Seoul';
-- The same n and seed give the same rows, here and on every machine (a fixed digest)
SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s|%s|%s', claim_id, extract(epoch FROM received_at), text, service,
                             reporter, damage_type, claimed_loss, language), E'\n' ORDER BY claim_id)) AS digest
FROM sample_claims(2000, 7);
SELECT (SELECT md5(string_agg(text, '' ORDER BY claim_id)) FROM sample_claims(2000, 7)) =
       (SELECT md5(string_agg(text, '' ORDER BY claim_id)) FROM sample_claims(2000, 7)) AS repeatable,
       (SELECT md5(string_agg(text, '' ORDER BY claim_id)) FROM sample_claims(2000, 7)) <>
       (SELECT md5(string_agg(text, '' ORDER BY claim_id)) FROM sample_claims(2000, 8)) AS seed_matters,
       (SELECT md5(string_agg(text, '' ORDER BY claim_id)) FROM sample_claims(500, 7)) =
       (SELECT md5(string_agg(text, '' ORDER BY claim_id)) FROM sample_claims(2000, 7) WHERE claim_id <= 500) AS prefix_stable;

-- Calibration for n = 105,116: every published share within 0.5 percentage points
CREATE TEMP TABLE sc AS SELECT * FROM sample_claims(105116);
SELECT count(*) AS reports, count(DISTINCT claim_id) AS ids FROM sc;
SELECT dimension, label, round(pct, 2) AS pct, target, abs(pct - target) <= 0.5 AS within_half_point
FROM (SELECT 'service' AS dimension, service AS label, 100.0 * count(*) / 105116 AS pct FROM sc GROUP BY service
      UNION ALL SELECT 'reporter', reporter, 100.0 * count(*) / 105116 FROM sc GROUP BY reporter
      UNION ALL SELECT 'damage_type', damage_type, 100.0 * count(*) / 105116 FROM sc GROUP BY damage_type
      UNION ALL SELECT 'routing', CASE WHEN service = 'kakao' THEN 'own' ELSE 'subsidiary' END, 100.0 * count(*) / 105116
      FROM sc GROUP BY 2) s
JOIN (VALUES ('routing', 'own', 83.0), ('routing', 'subsidiary', 17.0),
             ('reporter', 'general_user', 89.6), ('reporter', 'small_business', 10.2), ('reporter', 'enterprise', 0.2),
             ('damage_type', 'paid_service', 17.1), ('damage_type', 'free_service_financial', 15.1),
             ('damage_type', 'inquiry', 30.0), ('damage_type', 'protest', 20.0), ('damage_type', 'opinion', 12.8),
             ('damage_type', 'encouragement', 5.0)) t(dimension, label, target) USING (dimension, label)
ORDER BY dimension, label;
-- arrivals: 2022-10-19 .. 11-06, about 45,000 in the first five days
SELECT min(received_at)::date AS first_day, max(received_at)::date AS last_day,
       count(*) FILTER (WHERE received_at < '2022-10-24') BETWEEN 44000 AND 46000 AS about_45000_in_five_days
FROM sc;
-- losses: money-loss claims only; most small-business losses under 500,000 with a long tail
SELECT bool_and((claimed_loss IS NOT NULL) = (damage_type IN ('paid_service', 'free_service_financial'))) AS loss_iff_money,
       bool_and(claimed_loss IS NULL OR (claimed_loss > 0 AND claimed_loss % 1000 = 0)) AS whole_thousands
FROM sc;
SELECT avg((claimed_loss < 500000)::int) BETWEEN 0.6 AND 0.9 AS mostly_under_500000,
       max(claimed_loss) > 5000000 AS long_tail
FROM sc WHERE reporter = 'small_business' AND claimed_loss IS NOT NULL;
SELECT language, round(100.0 * count(*) / 105116) AS pct FROM sc GROUP BY language ORDER BY language;

-- Bad sizes
SELECT count(*) FROM sample_claims(0);
SELECT count(*) FROM sample_claims(-1);

-- sample_claims_range: the rows first..last of the same sequence, so that
-- disjoint ranges (loaded by several sessions at once, in any order) make
-- the same table as one call
SELECT (SELECT md5(string_agg(x::text, ',' ORDER BY claim_id)) FROM sample_claims(3000, 4) x) =
       (SELECT md5(string_agg(x::text, ',' ORDER BY claim_id))
        FROM (SELECT * FROM sample_claims_range(2001, 3000, 4) UNION ALL SELECT * FROM sample_claims_range(1, 1000, 4)
              UNION ALL SELECT * FROM sample_claims_range(1001, 2000, 4)) x) AS ranges_make_the_same_rows;
SELECT count(*) AS rows, min(claim_id), max(claim_id) FROM sample_claims_range(9999991, 10000000, 2);
SELECT count(*) AS empty_when_last_is_below_first FROM sample_claims_range(5, 4);
SELECT * FROM regress.fails($$SELECT * FROM sample_claims_range(0, 10)$$);
SELECT * FROM regress.fails($$SELECT * FROM sample_claims_range(1, 10000001)$$);
SELECT * FROM regress.fails($$SELECT * FROM sample_claims_range(1, 10, -9223372036854775807)$$);
SELECT count(*) AS null_gives_no_rows FROM sample_claims_range(NULL, 10);
SELECT count(*) AS null_seed_gives_no_rows FROM sample_claims(10, NULL);
-- the stream itself checks its range too
SELECT * FROM regress.fails($$SELECT * FROM sample_claims_stream(0, 10, 1)$$);

-- Rows are handed on as they are made (a ProjectSet, no Function Scan that
-- would store all of them first), and the planner knows how many there are
CREATE FUNCTION pg_temp.plan_shape(q text) RETURNS TABLE (rows numeric, function_scans int, project_sets int)
LANGUAGE plpgsql AS $$
DECLARE plan text;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO plan;
  rows := (plan::json -> 0 -> 'Plan' ->> 'Plan Rows')::numeric;
  function_scans := (length(plan) - length(replace(plan, '"Function Scan"', ''))) / length('"Function Scan"');
  project_sets := (length(plan) - length(replace(plan, '"ProjectSet"', ''))) / length('"ProjectSet"');
  RETURN NEXT;
END $$;
SELECT * FROM pg_temp.plan_shape('SELECT * FROM sample_claims(123456)');
SELECT * FROM pg_temp.plan_shape('SELECT * FROM sample_claims_range(1001, 3000, 7)');
SELECT * FROM pg_temp.plan_shape('SELECT * FROM sample_claims_range(5, 4)');
-- so the first rows of the largest sequence come at once
SET statement_timeout = '20s';
SELECT claim_id FROM sample_claims(10000000, 3) LIMIT 2;
RESET statement_timeout;
