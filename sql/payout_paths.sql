-- Property test: on hundreds of random schedules and thousands of keys, the
-- C evaluator (integer path for bigint keys, numeric path otherwise) agrees
-- to the digit, display scale included, with a plain PL/pgSQL reference
-- written from the rules in the README.

SELECT setseed(0.3141) \gset

CREATE FUNCTION pg_temp.rnd_dec(maxval numeric, maxscale int) RETURNS numeric LANGUAGE sql AS
$$ SELECT round((random() * maxval)::numeric, (random() * maxscale)::int) $$;

-- Random schedule text, and the options the reference needs to know
-- (the argument only makes each call its own: a function in FROM without one runs once)
CREATE FUNCTION pg_temp.random_schedule(n_call int, OUT txt text, OUT graduated boolean, OUT ded numeric,
                                        OUT cap numeric, OUT unit numeric, OUT rmode text)
LANGUAGE plpgsql AS $$
DECLARE
  n int := 1 + (random() * 5)::int;
  lo numeric := (ARRAY[0, 0, 0.5, 10, 1000])[1 + (random() * 4)::int];
  hi numeric;
  incl boolean := random() < 0.7;
  parts text[] := '{}';
  outcome text;
BEGIN
  graduated := random() < 0.4;
  FOR i IN 1 .. n LOOP
    outcome := CASE (random() * 9)::int
      WHEN 0 THEN 'review'
      WHEN 1 THEN pg_temp.rnd_dec(1000000, 2)::text
      WHEN 2 THEN pg_temp.rnd_dec(1000000, 2) || ' + ' || pg_temp.rnd_dec(200, 3) || '%'
      ELSE pg_temp.rnd_dec(200, 3) || '%' END;
    IF i = n AND random() < 0.5 THEN
      parts := parts || format('%s%s,) => %s', CASE WHEN incl THEN '[' ELSE '(' END, lo, outcome);
    ELSE
      hi := lo + pg_temp.rnd_dec(100000, 3) + 0.001;
      parts := parts || format('%s%s,%s%s => %s', CASE WHEN incl THEN '[' ELSE '(' END, lo, hi,
                               CASE WHEN random() < 0.5 THEN ']' ELSE ')' END, outcome);
      incl := split_part(parts[i], ' =>', 1) LIKE '%)';
      lo := hi;
    END IF;
  END LOOP;
  txt := CASE WHEN graduated THEN 'graduated ' ELSE 'volume ' END || array_to_string(parts, ', ');
  IF random() < 0.3 THEN ded := pg_temp.rnd_dec(5000, 2); txt := txt || ' deductible ' || ded; END IF;
  IF random() < 0.3 THEN cap := pg_temp.rnd_dec(500000, 2); txt := txt || ' cap ' || cap; END IF;
  IF random() < 0.5 THEN
    unit := (ARRAY[0.01, 0.05, 1, 3, 10, 25, 1000, 0.001])[1 + (random() * 7)::int];
    rmode := (ARRAY['half_up', 'half_even', 'down', 'up'])[1 + (random() * 3)::int];
    txt := txt || ' round ' || unit || ' ' || rmode;
  END IF;
END $$;

CREATE FUNCTION pg_temp.outcome_fixed(o text) RETURNS numeric LANGUAGE sql AS $$
  SELECT CASE WHEN o LIKE '%+%' THEN split_part(o, ' + ', 1)::numeric
              WHEN o LIKE '%\%' THEN 0 ELSE o::numeric END $$;
CREATE FUNCTION pg_temp.outcome_rate(o text) RETURNS numeric LANGUAGE sql AS $$
  SELECT CASE WHEN o LIKE '%+%' THEN rtrim(split_part(o, ' + ', 2), '%')::numeric
              WHEN o LIKE '%\%' THEN rtrim(o, '%')::numeric ELSE 0 END $$;

-- Rounding to a multiple of u by integer quotient and remainder
CREATE FUNCTION pg_temp.ref_round(v numeric, u numeric, mode text) RETURNS numeric LANGUAGE sql AS $$
  SELECT CASE mode
    WHEN 'down' THEN q * u
    WHEN 'up' THEN (q + (r > 0)::int) * u
    WHEN 'half_up' THEN (q + (2 * r >= u)::int) * u
    WHEN 'half_even' THEN (q + (2 * r > u OR (2 * r = u AND mod(q, 2) = 1))::int) * u END
  FROM (SELECT div(v, u) AS q, mod(v, u) AS r) x $$;

-- The reference evaluator: the README's rules, one step at a time
CREATE FUNCTION pg_temp.ref_payout(s payout_schedule, graduated boolean, ded numeric, cap numeric,
                                   unit numeric, rmode text, k numeric) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE t record; kt int; v numeric := 0;
BEGIN
  SELECT x.tier INTO kt FROM tiers(s) x
  WHERE (k > x.lower OR (k = x.lower AND x.lower_inclusive))
    AND (x.upper IS NULL OR k < x.upper OR (k = x.upper AND x.upper_inclusive));
  IF kt IS NULL THEN RETURN -1; END IF;              -- outside the domain
  FOR t IN SELECT * FROM tiers(s) x WHERE x.tier <= kt ORDER BY x.tier LOOP
    IF t.outcome = 'review' AND (graduated OR t.tier = kt) THEN RETURN NULL; END IF;
    IF graduated THEN
      v := v + pg_temp.outcome_fixed(t.outcome)
             + pg_temp.outcome_rate(t.outcome) / 100 * (least(k, coalesce(t.upper, k)) - t.lower);
    ELSIF t.tier = kt THEN
      v := pg_temp.outcome_fixed(t.outcome) + pg_temp.outcome_rate(t.outcome) / 100 * k;
    END IF;
  END LOOP;
  IF ded IS NOT NULL THEN v := greatest(v - ded, 0); END IF;
  IF cap IS NOT NULL THEN v := least(v, cap); END IF;
  IF unit IS NOT NULL THEN RETURN round(pg_temp.ref_round(v, unit, rmode), scale(unit)); END IF;
  RETURN trim_scale(v);
END $$;

-- The C result, or -1 when the key is outside the domain
CREATE FUNCTION pg_temp.c_payout(s payout_schedule, k numeric, as_bigint boolean) RETURNS numeric
LANGUAGE plpgsql AS $$
BEGIN
  IF as_bigint THEN RETURN payout(s, k::bigint); END IF;
  RETURN payout(s, k);
EXCEPTION WHEN invalid_parameter_value THEN RETURN -1;
END $$;

CREATE TABLE random_schedules AS
SELECT i, (txt::payout_schedule) AS s, r.* FROM generate_series(1, 400) i, pg_temp.random_schedule(i) r;

-- Keys: every bound, just beside it, and random points, integer and not
CREATE TABLE random_keys AS
SELECT DISTINCT i, k FROM (
  SELECT i, x.lower + d AS k FROM random_schedules, tiers(s) x, unnest(ARRAY[-1, -0.001, 0, 0.001, 1]) d
  UNION ALL
  SELECT i, coalesce(x.upper, x.lower + 1000) + d FROM random_schedules, tiers(s) x, unnest(ARRAY[-1, -0.001, 0, 0.001, 1]) d
  UNION ALL
  SELECT i, round((random() * 600000)::numeric, (random() * 4)::int) FROM random_schedules, generate_series(1, 10)
  UNION ALL
  SELECT i, floor(random() * 600000)::numeric FROM random_schedules, generate_series(1, 10)
) keys WHERE k >= -1;

CREATE TABLE results AS
SELECT i, k, txt, pg_temp.ref_payout(s, graduated, ded, cap, unit, rmode, k) AS expected,
       pg_temp.c_payout(s, k, false) AS got_numeric,
       CASE WHEN k = trunc(k) THEN pg_temp.c_payout(s, k, true) END AS got_bigint
FROM random_schedules JOIN random_keys USING (i);

SELECT count(DISTINCT i) AS schedules, count(*) AS keys,
       count(*) FILTER (WHERE got_bigint IS NOT NULL OR (k = trunc(k) AND expected IS NULL)) AS integer_keys,
       count(*) FILTER (WHERE expected IS NULL) AS in_review,
       count(*) FILTER (WHERE expected = -1) AS outside_domain,
       count(*) FILTER (WHERE expected::text IS DISTINCT FROM got_numeric::text) AS numeric_mismatches,
       count(*) FILTER (WHERE k = trunc(k) AND expected::text IS DISTINCT FROM got_bigint::text) AS bigint_mismatches
FROM results;
-- no row here: any mismatch is listed with its schedule
SELECT txt, k, expected, got_numeric, got_bigint FROM results
WHERE expected::text IS DISTINCT FROM got_numeric::text
   OR (k = trunc(k) AND expected::text IS DISTINCT FROM got_bigint::text)
ORDER BY i, k LIMIT 10;

-- Every mode and option was exercised
SELECT count(*) FILTER (WHERE graduated) > 50 AS graduated, count(*) FILTER (WHERE NOT graduated) > 50 AS volume,
       count(ded) > 50 AS deductibles, count(cap) > 50 AS caps,
       count(DISTINCT rmode) = 4 AS all_round_modes, count(*) FILTER (WHERE txt LIKE '%review%') > 50 AS reviews,
       count(*) FILTER (WHERE txt LIKE '%,) =>%') > 50 AS unbounded
FROM random_schedules;
