-- Every error class with its SQLSTATE: bad schedule text (22P02), bad
-- arguments (22023), limits (54000).  Nothing here may crash or succeed.
\set SHOW_CONTEXT never

-- Runs a statement and reports how it failed: SQLSTATE, message, detail.

-- Bad schedules (overlaps, gaps, disorder, empty tiers, bad outcomes and options), each 22P02, shown in full once
SELECT ''::payout_schedule;
SELECT 'volume'::payout_schedule;
SELECT '[0,10] => 1, [10,20] => 2'::payout_schedule;
SELECT '[0,10) => 1, (10,20] => 2'::payout_schedule;
SELECT '[10,20] => 1, [0,10) => 2'::payout_schedule;
SELECT '[5,5) => 1'::payout_schedule;
SELECT '[0,) => -5'::payout_schedule;
SELECT '[0,) => 10%%'::payout_schedule;
SELECT '[0,NaN) => 1'::payout_schedule;
SELECT '[0,) => 1 cap 5 cap 6'::payout_schedule;

-- More bad text: each names the problem and where it is
SELECT t.input, f.* FROM (VALUES
  ('   '), ('volume '), ('linear [0,1) => 1'), ('[0,1) => 1,'), ('[0,1) 1'), ('[0,1) = 1'),
  ('0,1) => 1'), ('[,1) => 1'), ('[-1,1) => 1'), ('[0 1) => 1'), ('[0,1 => 1'), ('[0,1} => 1'),
  ('[0,1) =>'), ('[0,1) => , [1,2) => 2'), ('[0,1) => abc'), ('[0,1) => 5 +'), ('[0,1) => 5 + 2'),
  ('[0,1) => 5 + -2%'), ('[0,1) => +5'), ('[0,Infinity) => 1'), ('[0,inf) => 1'), ('[0,1e5) => 1'),
  ('[0,1) => 1 foo 5'), ('[0,1) => 1 cap'), ('[0,1) => 1 cap -5'), ('[0,1) => 1 round 0'),
  ('[0,1) => 1 round 10 sideways'), ('[0,1) => 1 round 1 up round 2 down'),
  ('[0,1) => 1 deductible 1 deductible 2'), ('[0,1) => 1 [1,2) => 2'),
  ('[0,1) => 1, [1,2) => 2 extra'), ('[0,) => 1, [5,10) => 2'), ('[0,10) => 1, [5,20) => 2'),
  ('[0,10) => 1, [20,30) => 2'), ('[0,10) => 1, [10,20) => 2, [15,30) => 3'), ('[2,1] => 5'),
  ('[1,1) => 5'), ('(1,1] => 5'), ('(1,1) => 5'), ('[0,1) => review + 5'), ('[0,1) => 5%, ok'),
  ('[0,1) => 1000000000000000000'), ('[0,1) => 0.0000000000000000001'),
  ('[0,12345678901234567890) => 1'), ('[0,1) => 1.2.3'), (E'[0,1) => 1 \u00e9'),
  (E'[0,1) => 1 \ud55c\uae00 cap x')
) t(input), regress.fails(format('SELECT %L::payout_schedule', t.input)) f;

-- Slips that are recognized: the error points at the slip and its HINT
-- says what to write (a thousands separator, a misspelt keyword, the rate
-- before the fixed amount)
SELECT 'volume [0,300000] => 30,000, (300000,500000] => 50000, (500000,) => review'::payout_schedule;
SELECT 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => revew'::payout_schedule;
SELECT '[0,100) => 10% + 5'::payout_schedule;
SELECT 'volum [0,1) => 1'::payout_schedule;
SELECT '[0,1) => 1 rond 5'::payout_schedule;
SELECT '[0,1) => 1 round 5 halfup'::payout_schedule;
-- More of them, and look-alikes that are no slip (no hint): message and detail
SELECT t.input, f.* FROM (VALUES
  ('[0,10) => 1,234,567.50, [10,) => 1'), ('[0,300,000] => 1'), ('[0,10) => 1,000%'),
  ('[0,10) => 5 + 2,500%'), ('[0,10) => 1 cap 100,000'), ('[0,10) => 1 deductible 1,000 cap 5'),
  ('[0,10) => 1 round 1,000'), ('[0,10) => 1000,000'), ('[0,10) => 1,00'), ('[0,10) => 1, 000'),
  ('[0,10) => 10.5 % + 5.25'), ('[0,10) => 10% + 5%'), ('[0,10) => 10% + x'),
  ('[0,10) => REVIEW'), ('[0,10) => reveiw'), ('[0,10) => rev'), ('[0,10) => abc'),
  ('gradated [0,1) => 1'), ('[0,1) => 1 cpa 5'), ('[0,1) => 1 deductable 5'), ('[0,1) => 1 round 5 dwn'),
  ('[0,1) => 1 round 5 cpa 4'), ('[0,1) => 1 round 5 on'), ('[0,1) => 1 round 5 u')
) t(input), regress.fails(format('SELECT %L::payout_schedule', t.input)) f;
-- the hints of these (regress.fails shows no hint)
CREATE FUNCTION pg_temp.hint(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE h text;
BEGIN
  EXECUTE stmt;
  RETURN 'none';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
  RETURN h;
END $$;
SELECT t.input, pg_temp.hint(format('SELECT %L::payout_schedule', t.input)) AS hint FROM (VALUES
  ('[0,10) => 1,234,567.50, [10,) => 1'), ('[0,300,000] => 1'), ('[0,10) => 1,000%'),
  ('[0,10) => 5 + 2,500%'), ('[0,10) => 1 cap 100,000'), ('[0,10) => 1,00'),
  ('[0,10) => 10.5 % + 5.25'), ('[0,10) => 10% + 5%'), ('[0,10) => reveiw'), ('[0,10) => rev'),
  ('gradated [0,1) => 1'), ('[0,1) => 1 cpa 5'), ('[0,1) => 1 deductable 5'), ('[0,1) => 1 round 5 dwn'),
  ('[0,1) => 1 round 5 cpa 4'), ('[0,1) => 1 round 5 on'), ('[0,1) => 1 round 5 u')
) t(input);

-- A very long bad input is quoted in part only
SELECT length(message) < 200 AS short_message, state, detail
FROM regress.fails(format('SELECT %L::payout_schedule', repeat('[0,1) => 1, ', 1000) || 'oops'));

-- Keys outside the domain, non-finite keys and bad bases: 22023
SELECT payout('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', -1);
SELECT t.stmt, f.state, f.message, f.detail FROM (VALUES
  ($$SELECT payout('[0,100] => 1', 101)$$),
  ($$SELECT payout('[0,100] => 1', 100.0000001)$$),
  ($$SELECT payout('[0,100] => 1', -0.5)$$),
  ($$SELECT payout('(0,100] => 1', 0)$$),
  ($$SELECT payout('(0,100] => 1', 0::bigint)$$),
  ($$SELECT payout('[0,100) => 1', 100::bigint)$$),
  ($$SELECT payout('[0.5,100) => 1', 0::integer)$$),
  ($$SELECT payout_tier('[0,100) => 1', 100)$$),
  ($$SELECT needs_review('[0,100) => 1', (-9223372036854775808)::bigint)$$),
  ($$SELECT payout('[0,) => 1', 'NaN'::numeric)$$),
  ($$SELECT payout('[0,) => 1', 'Infinity'::numeric)$$),
  ($$SELECT payout_tier('[0,) => 1', '-Infinity'::numeric)$$),
  ($$SELECT payout('[0,100] => 10%', 50, -1)$$),
  ($$SELECT payout('[0,100] => 10%', 50, 'NaN')$$),
  ($$SELECT payout('graduated [0,100] => 10%', 50, 1000)$$),
  ($$SELECT payout_explain('graduated [0,100] => 10%', 50, 1000)$$),
  ($$SELECT payout_explain('[0,100] => 10%', 500)$$)
) t(stmt), regress.fails(t.stmt) f;

-- The same error, shown in full with its hint
SELECT payout('graduated [0,100] => 10%', 50, 1000);

-- Limits: numbers beyond 18 digits are 22P02; numeric overflow is 22003
SELECT f.* FROM regress.fails($$SELECT payout('[0,) => 999999999999999999%', 1e131071::numeric)$$) f;

-- NULL arguments give NULL, not an error (the functions are STRICT)
SELECT payout(NULL, 5) IS NULL AS a, payout('[0,) => 1', NULL::numeric) IS NULL AS b,
       payout('[0,) => 1', 5, NULL) IS NULL AS c, payout_tier(NULL, 5::bigint) IS NULL AS d,
       needs_review('[0,) => 1', NULL::int) IS NULL AS e, payout_explain(NULL, 1) IS NULL AS f;
SELECT count(*) AS no_rows FROM tiers(NULL);
