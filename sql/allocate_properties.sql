-- allocate: the properties the literature proves for the twelve rules,
-- checked on 300 random problems (fixed seed) in the array form, unrounded
-- and rounded to a unit, and the window form against the array form.
--   every rule     0 <= award <= claim; the awards add up to min(E, C)
--                  (exactly when rounded, within n * 1e-20 unrounded);
--                  order preservation: c_i <= c_j implies x_i <= x_j and
--                  c_i - x_i <= c_j - x_j (W. Thomson, "Axiomatic and
--                  game-theoretic analysis of bankruptcy and taxation
--                  problems: an update", Mathematical Social Sciences 74,
--                  2015, and the papers of each rule)
--   duality        the dual of R is R^d(E, c) = c - R(C - E, c): CEA and CEL
--                  are each other's dual; proportional, APRO, random arrival,
--                  Talmud, reverse Talmud and average of awards are self-dual
SET client_min_messages = warning;
SELECT setseed(0.19);
CREATE TEMP TABLE problems AS
SELECT p, claims, (SELECT sum(c) FROM unnest(claims) c) AS total,
       floor(random() * ((SELECT sum(c) FROM unnest(claims) c) + 1))::numeric AS budget
FROM (SELECT p, array_agg(CASE WHEN random() < 0.1 THEN 0
                               WHEN random() < 0.2 THEN 12
                               ELSE floor(random() * 60)::numeric END) AS claims
      FROM generate_series(1, 300) p, LATERAL generate_series(1, 1 + (p % 6)) k
      GROUP BY p) s;
SELECT count(*) AS problems, min(cardinality(claims)) AS min_claims, max(cardinality(claims)) AS max_claims,
       count(*) FILTER (WHERE budget = 0) AS zero_budgets, count(*) FILTER (WHERE budget = total) AS full_budgets
FROM problems;

CREATE TEMP TABLE rules (rule text, dual text);
INSERT INTO rules VALUES
  ('proportional', 'proportional'), ('apro', 'apro'), ('cea', 'cel'), ('cel', 'cea'), ('ce', NULL), ('pin', NULL),
  ('talmud', 'talmud'), ('rtalmud', 'rtalmud'), ('mo', NULL), ('ra', 'ra'), ('dt', NULL), ('aa', 'aa');

CREATE TEMP TABLE awards AS
SELECT r.rule, p.p, p.claims, p.total, p.budget,
       allocate(p.claims, p.budget, r.rule, NULL) AS exact,
       allocate(p.claims, p.budget, r.rule, 1) AS rounded
FROM rules r, problems p;

-- bounds and sums
SELECT rule,
       bool_and(NOT EXISTS (SELECT FROM unnest(claims, exact) u(c, x) WHERE x < 0 OR x > c)) AS exact_within_claims,
       bool_and(NOT EXISTS (SELECT FROM unnest(claims, rounded) u(c, x) WHERE x < 0 OR x > c)) AS rounded_within_claims,
       bool_and((SELECT sum(x) FROM unnest(rounded) x) = least(budget, total)) AS rounded_sum_is_budget,
       bool_and(abs((SELECT sum(x) FROM unnest(exact) x) - least(budget, total)) <= cardinality(claims) * 1e-20)
         AS exact_sum_within_1e20,
       bool_and(NOT EXISTS (SELECT FROM unnest(rounded) x WHERE x <> trunc(x))) AS rounded_whole_units,
       bool_and(NOT EXISTS (SELECT FROM unnest(exact, rounded) u(x, r) WHERE abs(x - r) >= 1)) AS rounded_within_a_unit
FROM awards GROUP BY rule ORDER BY rule;

-- order preservation (awards and losses ordered like the claims)
SELECT a.rule,
       bool_and(NOT EXISTS (
         SELECT FROM unnest(a.claims, a.exact) WITH ORDINALITY u(c, x, i), unnest(a.claims, a.exact) WITH ORDINALITY v(c, x, j)
         WHERE u.c <= v.c AND (u.x > v.x + 1e-20 OR u.c - u.x > v.c - v.x + 1e-20))) AS order_preserving
FROM awards a GROUP BY a.rule ORDER BY a.rule;

-- duality, on the unrounded awards
SELECT a.rule, r.dual,
       bool_and(NOT EXISTS (
         SELECT FROM unnest(a.claims, a.exact, d.exact) u(c, x, y) WHERE abs(x - (c - y)) > 1e-20)) AS dual_holds
FROM awards a JOIN rules r USING (rule)
JOIN LATERAL (SELECT allocate(a.claims, a.total - a.budget, r.dual, NULL) AS exact) d ON true
WHERE r.dual IS NOT NULL GROUP BY a.rule, r.dual ORDER BY a.rule;

-- the window form gives the array form's awards, row for row
SELECT w.rule, bool_and(w.award IS NOT DISTINCT FROM w.from_array) AS window_equals_array
FROM (SELECT r.rule, u.x AS from_array,
             allocate(u.c, p.budget, r.rule, 1) OVER (PARTITION BY r.rule, p.p ORDER BY u.i) AS award
      FROM rules r, problems p, LATERAL unnest(p.claims, allocate(p.claims, p.budget, r.rule, 1)) WITH ORDINALITY u(c, x, i)) w
GROUP BY w.rule ORDER BY w.rule;
DROP TABLE awards, rules, problems;
