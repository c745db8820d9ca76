-- allocate_games: the rules mo (minimal overlap), ra (random arrival) and aa
-- (average of awards).  Published examples and the definitions' own values,
-- exact; both forms and both roundings; edge cases; the limits (54000); and
-- the properties the literature proves for each rule, over generated random
-- problems.  test/allocate_reference/rules_games.py checks the same rules
-- against an independent implementation of their definitions.
--
-- What the literature proves, and what is asserted here:
--   all three (O'Neill 1982; Thomson 2003; Miras Calvo, Quinteiro Sandomingo
--   and Sanchez Rodriguez 2022): 0 <= award <= claim, the awards add up to
--   min(budget, total), equal claims get equal awards, a larger claim gets
--   no less and loses no less (order preservation of awards and of losses);
--   ra and aa: self-dual (the award is the claim minus the award of the loss,
--   R(E, c) = c - R(C - E, c)); for two claimants both are concede-and-divide,
--   which is also the Talmud rule's (contested garment);
--   mo: not self-dual (its dual is another rule), so that is not asserted.
-- Order preservation of AA in one line: for c_i <= c_j, the awards vectors
-- with x_j <= c_i are symmetric in i and j, and on the others x_j > c_i >= x_i;
-- for the losses, apply that to the dual problem.
\set SHOW_CONTEXT never

-- A fraction 'n/d' (or a plain number) rounded half up to 20 decimals,
-- computed independently of allocate()
CREATE FUNCTION pg_temp.frac(t text) RETURNS numeric LANGUAGE sql AS $$
  SELECT round(split_part(t, '/', 1)::numeric(60, 30) / coalesce(nullif(split_part(t, '/', 2), ''), '1')::numeric, 20)
$$;

-- Rule names: short and long, any case; the unknown-rule error lists them all
SELECT allocate(ARRAY[2, 4, 7, 8], 10, 'mo', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'Minimal_Overlap', NULL) AS mo_alias,
       allocate(ARRAY[2, 4, 7, 8], 10, 'RA', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'random_arrival', NULL) AS ra_alias,
       allocate(ARRAY[2, 4, 7, 8], 10, 'aA', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'AVERAGE_OF_AWARDS', NULL) AS aa_alias;
SELECT state, message, detail FROM regress.fails('SELECT allocate(ARRAY[1, 2], 1, ''minimal'')');

-- The example: budget 10, claims 2, 4, 7, 8.  Each award must equal its
-- fraction (from the definitions; rules_games.py computes the same) to all
-- 20 decimals, in the window and in the array form.
--   mo: the level s = 5 (5 + 2 + 3 = 10); layers 2/4, 2/3, 1/2 and the claims
--       above 5: 1/2, 7/6, 1/2 + 2/3 + 1/2 + 2 = 11/3, 5/3 + 3 = 14/3
--   ra: the average of first come, first served over the 24 orders
--   aa: the centroid of the set of awards, denominator 151
CREATE TEMP TABLE example (rule text, expected text[]);
INSERT INTO example VALUES ('mo', '{1/2, 7/6, 11/3, 14/3}'), ('ra', '{1, 11/6, 10/3, 23/6}'),
  ('aa', '{149/151, 292/151, 505/151, 564/151}');
SELECT e.rule, w.awards AS window_unrounded, w.awards = (SELECT array_agg(pg_temp.frac(f)) FROM unnest(e.expected) f) AS exact,
       w.awards = allocate(ARRAY[2, 4, 7, 8], 10, e.rule, NULL) AS array_same,
       w.rounded AS window_rounded, w.rounded = allocate(ARRAY[2, 4, 7, 8], 10, e.rule) AS array_rounded_same
FROM example e,
     LATERAL (SELECT array_agg(a ORDER BY c) AS awards, array_agg(r ORDER BY c) AS rounded
              FROM (SELECT c, allocate(c, 10, e.rule, NULL) OVER (ORDER BY c) AS a, allocate(c, 10, e.rule) OVER (ORDER BY c) AS r
                    FROM unnest(ARRAY[2, 4, 7, 8]) c) x) w
ORDER BY e.rule;
-- rounded to tenths, the window ordered the other way
SELECT rule, array_agg(a ORDER BY c) AS tenths, sum(a) AS total
FROM (SELECT rule, c, allocate(c, 10, rule, 0.1) OVER (PARTITION BY rule ORDER BY c DESC) AS a
      FROM unnest(ARRAY['mo', 'ra', 'aa']) rule, unnest(ARRAY[2, 4, 7, 8]) c) x
GROUP BY rule ORDER BY rule;

-- The Talmud problems: claims 100, 200, 300 and estates 100, 200, 300 (O'Neill
-- 1982 discusses RA and MO on them), and 400, 500 beyond half the total.
-- RA and AA give the Talmud's (50, 100, 150) at 300, MO does not.
CREATE TEMP TABLE talmud_vectors (rule text, budget int, expected text[]);
INSERT INTO talmud_vectors VALUES
  ('mo', 100, '{100/3, 100/3, 100/3}'), ('mo', 200, '{100/3, 250/3, 250/3}'), ('mo', 300, '{100/3, 250/3, 550/3}'),
  ('mo', 400, '{100/3, 400/3, 700/3}'), ('mo', 500, '{200/3, 500/3, 800/3}'),
  ('ra', 100, '{100/3, 100/3, 100/3}'), ('ra', 200, '{100/3, 250/3, 250/3}'), ('ra', 300, '{50, 100, 150}'),
  ('ra', 400, '{200/3, 350/3, 650/3}'), ('ra', 500, '{200/3, 500/3, 800/3}'),
  ('aa', 100, '{100/3, 100/3, 100/3}'), ('aa', 200, '{400/9, 700/9, 700/9}'), ('aa', 300, '{50, 100, 150}'),
  ('aa', 400, '{500/9, 1100/9, 2000/9}'), ('aa', 500, '{200/3, 500/3, 800/3}');
SELECT x.rule, x.budget, array_agg(round(x.award, 10) ORDER BY x.claim) AS awards, d.expected,
       array_agg(x.award ORDER BY x.claim) = (SELECT array_agg(pg_temp.frac(f)) FROM unnest(d.expected) f) AS exact,
       array_agg(x.rounded ORDER BY x.claim) AS rounded, sum(x.rounded) AS total
FROM (SELECT rule, budget, claim, allocate(claim, budget, rule, NULL) OVER w AS award, allocate(claim, budget, rule) OVER w AS rounded
      FROM talmud_vectors, unnest(ARRAY[100, 200, 300]) claim
      WINDOW w AS (PARTITION BY rule, budget ORDER BY claim)) x
JOIN talmud_vectors d USING (rule, budget)
GROUP BY x.rule, x.budget, d.expected ORDER BY x.rule DESC, x.budget;

-- Edge cases, each rule.  Budget 0: nothing; at or above the total: the
-- claims as given
SELECT rule, allocate(ARRAY[100, 200, 300], 0, rule) AS zero_budget, allocate(ARRAY[100, 200], 0, rule, NULL) AS zero_unrounded,
       allocate(ARRAY[100, 200.5, 0], 300.5, rule, NULL) AS exact_total, allocate(ARRAY[100, 200.5, 0], 1e9, rule) AS above
FROM unnest(ARRAY['mo', 'ra', 'aa']) rule;
-- One claimant: min(budget, claim) for every rule.  (The R package
-- ClaimsProblems returns other values for RA and AA here; by the definitions
-- the only arrival order, and the set of awards {E}, give E.)
SELECT rule, allocate(ARRAY[500], 200, rule) AS below, allocate(ARRAY[500], 200, rule, NULL) AS below_unrounded,
       allocate(ARRAY[500], 900, rule) AS above,
       allocate(ARRAY[0, 500, NULL, 0], 200, rule, NULL) AS one_positive
FROM unnest(ARRAY['mo', 'ra', 'aa']) rule;
-- Zero claims get zero and change nothing for the others (here the Talmud
-- problem at 200)
SELECT rule, allocate(ARRAY[0, 100, 0, 200, 300, 0], 200, rule, NULL) =
             array[0, pg_temp.frac(e[1]), 0, pg_temp.frac(e[2]), pg_temp.frac(e[3]), 0] AS zeros_left_out,
       allocate(ARRAY[0, 100, 0, 200, 300, 0], 200, rule) AS rounded
FROM talmud_vectors t(rule, budget, e) WHERE budget = 200 ORDER BY rule DESC;
SELECT rule, allocate(ARRAY[0, 0], 100, rule) AS all_zero FROM unnest(ARRAY['mo', 'ra', 'aa']) rule;
-- Equal claims: equal shares; four claims of 100 and a budget of 250
SELECT rule, allocate(ARRAY[100, 100, 100, 100], 250, rule, NULL) AS unrounded,
       allocate(ARRAY[100, 100, 100, 100], 250, rule) AS rounded,
       allocate(ARRAY[50, 100, 100, 300], 250, rule, NULL) AS two_equal
FROM unnest(ARRAY['mo', 'ra', 'aa']) rule;
-- NULL claims get NULL and are left out, in both forms
SELECT id, claim, allocate(claim, 200, 'mo', NULL) OVER w AS mo, allocate(claim, 200, 'ra', NULL) OVER w AS ra,
       allocate(claim, 200, 'aa') OVER w AS aa
FROM (VALUES (1, 100), (2, NULL), (3, 200), (4, 300), (5, NULL)) v(id, claim) WINDOW w AS (ORDER BY id) ORDER BY id;
SELECT rule, allocate(ARRAY[NULL, 100, 200, NULL, 300]::numeric[], 200, rule) AS with_nulls,
       allocate(ARRAY[NULL, NULL]::numeric[], 150, rule) AS only_nulls, allocate('{}'::numeric[], 150, rule) AS empty
FROM unnest(ARRAY['mo', 'ra', 'aa']) rule;
-- Huge claims are exact: the Talmud problem at 200 times 10^28 (claims of
-- 10^30) has its fractions times 10^28, to all 20 decimals
SELECT rule, allocate(ARRAY[1e30, 2e30, 3e30], 2e30, rule) AS rounded,
       allocate(ARRAY[1e30, 2e30, 3e30], 2e30, rule, NULL) =
         (SELECT array_agg(round(split_part(f, '/', 1)::numeric(80, 30) * 1e28 / split_part(f, '/', 2)::numeric, 20)) FROM unnest(e) f)
         AS scaled_exact,
       (SELECT sum(a) FROM unnest(allocate(ARRAY[1e30, 2e30, 3e30], 2e30 + 1, rule)) a) AS total_plus_one
FROM talmud_vectors t(rule, budget, e) WHERE budget = 200 ORDER BY rule DESC;
-- the rules are homogeneous, so claims and budget are first divided by their
-- greatest common divisor: claims of 10^5000 are as cheap as 100, 200, 300
-- (a unit of 10^4999 is 10 there)
SELECT rule, allocate(ARRAY[1e5000, 2e5000, 3e5000], 2e5000, rule, 1e4999) =
             (SELECT array_agg(a * 1e4998) FROM unnest(allocate(ARRAY[100, 200, 300], 200, rule, 10)) a) AS scaled_rounded,
       allocate(ARRAY[100, 200, 300], 200, rule, 10) AS in_tens
FROM unnest(ARRAY['mo', 'ra', 'aa']) rule;
-- Decimal claims: budget 10.5 among 2.25, 4.5, 7.75, unrounded and to cents
CREATE TEMP TABLE decimal_vectors (rule text, expected text[]);
INSERT INTO decimal_vectors VALUES ('mo', '{11/12, 19/6, 77/12}'), ('ra', '{3/2, 23/8, 49/8}'), ('aa', '{117/92, 275/92, 287/46}');
SELECT rule, allocate(ARRAY[2.25, 4.5, 7.75], 10.5, rule, NULL) AS unrounded,
       allocate(ARRAY[2.25, 4.5, 7.75], 10.5, rule, NULL) = (SELECT array_agg(pg_temp.frac(f)) FROM unnest(expected) f) AS exact,
       allocate(ARRAY[2.25, 4.5, 7.75], 10.5, rule, 0.01) AS cents
FROM decimal_vectors ORDER BY rule DESC;

-- The limits (54000): each rule refuses what it cannot compute exactly
-- within its limit, and says which limit; never an approximation.
\set VERBOSITY default
-- mo: claims 1 .. 2400, budget 2400: the lcm of 1 .. 2400 has more than 1000 digits
SELECT allocate(array_agg(g::numeric), 2400, 'mo') FROM generate_series(1, 2400) g;
-- while 2300 distinct claims still fit
SELECT sum(a) AS total FROM unnest((SELECT allocate(array_agg(g::numeric), 2300, 'mo') FROM generate_series(1, 2300) g)) a;
-- ra: 100 claims of 1 and a budget of 50: at least 2^49 subsets stay below 50
SELECT allocate(array_fill(1, ARRAY[100]), 50, 'ra');
-- aa: more than 200 positive claims; powers with too many digits; too many subsets
SELECT allocate(array_fill(1, ARRAY[201]), 50, 'aa');
\set VERBOSITY terse
SELECT t.stmt, f.state, f.message, f.detail FROM (VALUES
  ('SELECT allocate(array_agg(g::numeric), 2400, ''mo'', NULL) FROM generate_series(1, 2400) g'),
  -- many claims allow fewer digits: 300 000 claims, 2000 of them distinct
  ('SELECT allocate(array_agg(CASE WHEN g <= 2000 THEN g ELSE 5000 END::numeric), 4000, ''mo'') FROM generate_series(1, 300000) g'),
  ('SELECT allocate(c, 2400, ''mo'') OVER () FROM generate_series(1, 2400) c'),
  ('SELECT allocate(array_fill(1, ARRAY[100]), 50, ''random_arrival'')'),
  -- 40 claims 1 .. 40, budget 112: 10 720 694 subsets below it
  ('SELECT allocate(array_agg(g::numeric), 112, ''ra'') FROM generate_series(1, 40) g'),
  -- beyond half the total the losses are computed: the same limit
  ('SELECT allocate(array_fill(1, ARRAY[100]), 50.5, ''ra'', NULL)'),
  -- claims beyond 10^18 (no common factor) leave 128 bits: 10^6 subsets;
  -- here the 20 smallest claims stay below the budget, so 2^20 > 10^6 at once
  ('SELECT allocate(array_agg(1e18 + g), 20e18 + 211, ''ra'', NULL) FROM generate_series(1, 60) g'),
  ('SELECT allocate(array_fill(1, ARRAY[201]), 50, ''aa'')'),
  -- longer powers allow fewer subsets: degree 120 of a 31-digit budget,
  -- 3720 digits, 2 * 10^8 / 3720 = 53763 subsets (and the 16 smallest claims
  -- stay below the budget: 2^16 of them at least)
  ('SELECT allocate(array_agg(g * 1e28 + 1), 137e28, ''aa'', NULL) FROM generate_series(1, 120) g'),
  -- claims of 10^30 + 1: no common factor with the budget to divide out
  ('SELECT allocate(array_agg(g * 1e30 + 1), 1e31 + 1, ''aa'') FROM generate_series(1, 150) g'),
  ('SELECT allocate(array_fill(1, ARRAY[50]), 25, ''aa'')')
) t(stmt), regress.fails(t.stmt) f;
\set VERBOSITY default
-- and within them: 40 claims 1 .. 40, budget 110 (9 189 629 subsets); 200
-- claims for AA
SELECT sum(a) AS ra_total FROM unnest((SELECT allocate(array_agg(g::numeric), 110, 'ra', NULL) FROM generate_series(1, 40) g)) a;
SELECT sum(a) AS aa_total, min(a) AS smallest, max(a) AS largest
FROM unnest((SELECT allocate(array_agg(g::numeric), 20, 'aa', NULL) FROM generate_series(1, 200) g)) a;
-- many claims are cheap while few subsets stay below the budget: 100 000
-- claims, budget 50 000 below every claim
SELECT rule, count(*) AS claims, sum(a) AS total, min(a) = max(a) AS all_equal
FROM unnest(ARRAY['mo', 'ra']) rule,
     LATERAL unnest((SELECT allocate(array_agg((100000 + g % 7)::numeric), 50000, rule, NULL) FROM generate_series(1, 100000) g)) a
GROUP BY rule ORDER BY rule;

-- Properties over 400 generated problems, each rule, rounded and not
SELECT setseed(0.42);
CREATE TEMP TABLE problems AS
SELECT p, CASE WHEN p % 3 = 0 THEN 0.01 ELSE 1 END AS unit,
       1 + (random() * 8)::int AS n, random() AS budget_share
FROM generate_series(1, 400) p;
CREATE TEMP TABLE claims AS
SELECT p, i, CASE WHEN p % 4 = 1 THEN (random() * 5)::int * 100     -- many equal claims, some zero
                  WHEN p % 3 = 0 THEN round((random() * 1000)::numeric, 2)
                  ELSE (random() * 1000)::int END AS claim
FROM problems, generate_series(1, n) i;
-- budgets from 0 to 120% of the total, in whole units; every 50th is 0
ALTER TABLE problems ADD COLUMN budget numeric;
UPDATE problems pr SET budget = CASE WHEN pr.p % 50 = 0 THEN 0 ELSE round(s.total * budget_share::numeric * 1.2 / pr.unit) * pr.unit END
FROM (SELECT p, sum(claim) AS total FROM claims GROUP BY p) s WHERE s.p = pr.p;
CREATE TEMP TABLE awards AS
SELECT c.p, c.i, c.claim, pr.budget, pr.unit, r.rule, sum(c.claim) OVER (PARTITION BY c.p, r.rule) AS total,
       count(*) OVER (PARTITION BY c.p, r.rule) AS n,
       allocate(c.claim, pr.budget, r.rule, pr.unit) OVER w AS rounded,
       allocate(c.claim, pr.budget, r.rule, NULL) OVER w AS exact
FROM claims c JOIN problems pr USING (p), unnest(ARRAY['mo', 'ra', 'aa']) r(rule)
WINDOW w AS (PARTITION BY c.p, r.rule ORDER BY c.i);
SELECT count(DISTINCT p) AS problems, count(*) AS awards, count(DISTINCT p) FILTER (WHERE budget = 0) AS zero_budget,
       count(DISTINCT p) FILTER (WHERE budget >= total) AS budget_covers_all, count(DISTINCT p) FILTER (WHERE n = 1) AS one_claim
FROM awards WHERE rule = 'mo';
-- bounds, whole units, rounding is the exact award rounded down or up
SELECT rule,
       count(*) FILTER (WHERE rounded < 0 OR rounded > claim OR exact < 0 OR exact > claim) AS outside_0_claim,
       count(*) FILTER (WHERE rounded % unit <> 0 AND budget < total) AS not_whole_units,
       count(*) FILTER (WHERE abs(rounded - exact) >= unit) AS not_exact_rounded
FROM awards GROUP BY rule ORDER BY rule;
-- the sums: exactly min(budget, total) rounded, within 0.5e-20 per claim unrounded
SELECT rule, count(*) FILTER (WHERE rounded_total <> least(budget, total)) AS rounded_sum_wrong,
       count(*) FILTER (WHERE abs(exact_total - least(budget, total)) > n * 0.5e-20) AS exact_sum_wrong
FROM (SELECT p, rule, min(budget) AS budget, min(total) AS total, sum(rounded) AS rounded_total, sum(exact) AS exact_total, count(*) AS n
      FROM awards GROUP BY p, rule) s
GROUP BY rule ORDER BY rule;
-- order preservation (awards and losses) and equal treatment of equals, exact
SELECT a.rule,
       count(*) FILTER (WHERE a.claim > b.claim AND (a.exact < b.exact OR a.rounded < b.rounded)) AS larger_gets_less,
       count(*) FILTER (WHERE a.claim > b.claim AND a.claim - a.exact < b.claim - b.exact) AS larger_loses_less,
       count(*) FILTER (WHERE a.claim = b.claim AND (a.exact <> b.exact OR abs(a.rounded - b.rounded) > a.unit)) AS equal_claims_apart
FROM awards a JOIN awards b ON a.p = b.p AND a.rule = b.rule AND a.i <> b.i
GROUP BY a.rule ORDER BY a.rule;
-- the array form gives the window form's awards
SELECT count(*) AS compared,
       count(*) FILTER (WHERE x.rounded IS DISTINCT FROM w.rounded OR x.exact IS DISTINCT FROM w.exact) AS differ
FROM (SELECT p, rule, array_agg(rounded ORDER BY i) AS rounded, array_agg(exact ORDER BY i) AS exact FROM awards GROUP BY p, rule) w
JOIN (SELECT p, rule, allocate(array_agg(claim ORDER BY i), min(budget), rule, min(unit)) AS rounded,
             allocate(array_agg(claim ORDER BY i), min(budget), rule, NULL) AS exact
      FROM awards GROUP BY p, rule) x USING (p, rule);
-- self-duality of RA and AA: award = claim - R(total - budget), to the
-- 20th decimal (both sides are rounded there); for MO it fails, as it should
SELECT rule, count(*) AS awards,
       count(*) FILTER (WHERE abs(exact - (claim - dual)) > 1e-20) AS not_self_dual
FROM (SELECT a.*, allocate(claim, total - budget, rule, NULL) OVER (PARTITION BY p, rule ORDER BY i) AS dual
      FROM awards a WHERE budget <= total) s
GROUP BY rule ORDER BY rule;
-- two claimants: RA and AA are concede-and-divide, the Talmud rule's
SELECT rule, count(*) AS awards, count(*) FILTER (WHERE exact <> talmud) AS not_concede_and_divide
FROM (SELECT a.*, allocate(claim, budget, 'talmud', NULL) OVER (PARTITION BY p, rule ORDER BY i) AS talmud
      FROM awards a WHERE n = 2) s
WHERE rule IN ('ra', 'aa') GROUP BY rule ORDER BY rule;
