-- allocate_rules: the rules apro, ce, pin, rtalmud and dt (allocate_rules_half.c).
-- Their values on worked examples (derived by hand from the definitions and
-- checked with test/allocate_reference/rules_half.py), the edge cases, the
-- errors, and the properties the literature proves for each rule, over
-- generated random problems:
--   all five: 0 <= award <= claim, awards add up to min(E, C), order
--     preservation in awards and in losses (Thomson 2019, ch. 2 and 9);
--   apro (Curiel, Maschler and Tijs 1987) and rtalmud (van den Brink,
--     Funaki and van der Laan 2013) are self-dual: R(E, c) = c - R(C - E, c);
--   ce, pin and dt are not self-dual, and pin and ce are not each other's
--     duals (counterexamples below): no duality is asserted for them.
\set SHOW_CONTEXT never

-- A fraction 'n/d' (or a plain number) rounded half up to 20 decimals,
-- computed independently of allocate()
CREATE FUNCTION pg_temp.frac(t text) RETURNS numeric LANGUAGE sql AS $$
  SELECT round(split_part(t, '/', 1)::numeric(60, 30) / coalesce(nullif(split_part(t, '/', 2), ''), '1')::numeric, 20)
$$;

-- E = 10, claims (2, 4, 7, 8), C = 21.  By hand: APRO has no minimal rights
-- (every other three claims exceed 10), so it is 10 c / 21; E <= C/2 = 10.5,
-- so CE and PIN are CEA on the half-claims (1, 2, 3.5, 4), level 3.5, and
-- RTalmud is CEL on them, loss 1/8; DT takes three rounds (E = 10, 4.75,
-- 1.25 before them) and ends with E = 1/32 shared by all four.
CREATE TEMP TABLE example (rule text, expected text[]);
INSERT INTO example VALUES
  ('apro', '{20/21, 40/21, 10/3, 80/21}'), ('ce', '{1, 2, 7/2, 7/2}'), ('pin', '{1, 2, 7/2, 7/2}'),
  ('rtalmud', '{7/8, 15/8, 27/8, 31/8}'), ('dt', '{149/128, 265/128, 417/128, 449/128}');
SELECT e.rule, w.exact, w.exact = (SELECT array_agg(pg_temp.frac(f)) FROM unnest(e.expected) f) AS as_expected,
       w.exact = allocate(ARRAY[2, 4, 7, 8], 10, e.rule, NULL) AS array_same,
       w.rounded, w.rounded = allocate(ARRAY[2, 4, 7, 8], 10, e.rule) AS array_rounded_same
FROM example e,
     LATERAL (SELECT array_agg(x ORDER BY c) AS exact, array_agg(r ORDER BY c) AS rounded
              FROM (SELECT c, allocate(c, 10, e.rule, NULL) OVER (ORDER BY c) AS x,
                          allocate(c, 10, e.rule) OVER (ORDER BY c) AS r
                    FROM unnest(ARRAY[2, 4, 7, 8]) c) y) w
ORDER BY e.rule;
-- the names are case-insensitive and each has a long alias
SELECT allocate(ARRAY[2, 4, 7, 8], 10, 'Adjusted_Proportional', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'APRO', NULL) AS apro,
       allocate(ARRAY[2, 4, 7, 8], 10, 'constrained_egalitarian', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'Ce', NULL) AS ce,
       allocate(ARRAY[2, 4, 7, 8], 10, 'PINILES', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'pin', NULL) AS pin,
       allocate(ARRAY[2, 4, 7, 8], 10, 'Reverse_Talmud', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'rtalmud', NULL) AS rtalmud,
       allocate(ARRAY[2, 4, 7, 8], 10, 'Dominguez_Thomson', NULL) = allocate(ARRAY[2, 4, 7, 8], 10, 'DT', NULL) AS dt;

-- The Talmud's claims (100, 200, 300), E = 100, 200, 300, and 400, 500 above
-- half the total, where CE and PIN part.  By hand, E = 400: APRO's minimal
-- rights (0, 0, 100), then 300 proportional to (100, 200, 200); CE's level
-- 150 gives (100, 150, 150); PIN and RTalmud give the half-claims plus CEA
-- on them of 100, 100/3 each; DT ends after three rounds with 200/27.
CREATE TEMP TABLE talmud_vectors (rule text, budget int, expected text[]);
INSERT INTO talmud_vectors VALUES
  ('apro', 100, '{100/3, 100/3, 100/3}'), ('apro', 200, '{40, 80, 80}'), ('apro', 300, '{50, 100, 150}'),
  ('apro', 400, '{60, 120, 220}'), ('apro', 500, '{200/3, 500/3, 800/3}'),
  ('ce', 100, '{100/3, 100/3, 100/3}'), ('ce', 200, '{50, 75, 75}'), ('ce', 300, '{50, 100, 150}'),
  ('ce', 400, '{100, 150, 150}'), ('ce', 500, '{100, 200, 200}'),
  ('pin', 100, '{100/3, 100/3, 100/3}'), ('pin', 200, '{50, 75, 75}'), ('pin', 300, '{50, 100, 150}'),
  ('pin', 400, '{250/3, 400/3, 550/3}'), ('pin', 500, '{100, 175, 225}'),
  ('rtalmud', 100, '{0, 25, 75}'), ('rtalmud', 200, '{50/3, 200/3, 350/3}'), ('rtalmud', 300, '{50, 100, 150}'),
  ('rtalmud', 400, '{250/3, 400/3, 550/3}'), ('rtalmud', 500, '{100, 175, 225}'),
  ('dt', 100, '{100/3, 100/3, 100/3}'), ('dt', 200, '{400/9, 700/9, 700/9}'), ('dt', 300, '{1600/27, 2800/27, 3700/27}'),
  ('dt', 400, '{5900/81, 11000/81, 15500/81}'), ('dt', 500, '{63500/729, 122600/729, 178400/729}');
SELECT x.rule, x.budget, array_agg(round(x.award, 10) ORDER BY x.claim) AS awards,
       array_agg(x.award ORDER BY x.claim) = (SELECT array_agg(pg_temp.frac(f)) FROM unnest(d.expected) f) AS exact,
       array_agg(x.award ORDER BY x.claim) = allocate(ARRAY[100, 200, 300], x.budget, x.rule, NULL) AS array_same
FROM (SELECT rule, budget, claim, allocate(claim, budget, rule, NULL) OVER (PARTITION BY rule, budget ORDER BY claim) AS award
      FROM talmud_vectors, unnest(ARRAY[100, 200, 300]) claim) x
JOIN talmud_vectors d USING (rule, budget)
GROUP BY x.rule, x.budget, d.expected ORDER BY x.rule, x.budget;
-- rounded to whole units, window and array: each award is the exact one
-- rounded down or up, and they add up to the budget
SELECT rule, budget, array_agg(award ORDER BY claim) AS awards, sum(award) AS total,
       array_agg(award ORDER BY claim) = allocate(ARRAY[100, 200, 300], budget, rule) AS array_same
FROM (SELECT rule, budget, claim, allocate(claim, budget, rule) OVER (PARTITION BY rule, budget ORDER BY claim) AS award
      FROM talmud_vectors, unnest(ARRAY[100, 200, 300]) claim) x
GROUP BY rule, budget ORDER BY rule, budget;

-- Edge cases, every new rule
CREATE TEMP TABLE rules AS SELECT unnest(ARRAY['apro', 'ce', 'pin', 'rtalmud', 'dt']) AS rule;
-- E = 0: nothing; E = C and above: every claim in full, as given
SELECT rule, allocate(ARRAY[100, 200, 300], 0, rule) AS zero, allocate(ARRAY[100, 200], 0, rule, NULL) AS zero_unrounded,
       allocate(ARRAY[100, 200.5, 0], 300.5, rule) AS total, allocate(ARRAY[100, 200.5, 0], 1e9, rule, NULL) AS above
FROM rules;
-- One claimant gets min(E, claim).  For APRO that is its minimal right
-- max(0, E - 0) = E; the R package ClaimsProblems (APRO) returns a different
-- award for a single claimant, which contradicts the definition.
SELECT rule, allocate(ARRAY[500], 200, rule) AS below, allocate(ARRAY[500], 200, rule, NULL) AS below_unrounded,
       allocate(ARRAY[500], 900, rule) AS above
FROM rules;
SELECT id, allocate(claim, 200, 'apro', NULL) OVER () AS alone FROM (VALUES (1, 500)) v(id, claim);
-- Zero claims get zero.  For apro, ce, pin and rtalmud they change nothing
-- for the others; DT's claimant set counts them (each round gives
-- min(d_i, E)/n with n the number of claimants, zero claims included), so
-- under DT they slow the first rounds down and change the others' awards.
SELECT rule, allocate(ARRAY[0, 100, 0, 200, 300, 0], 200, rule) AS with_zeros,
       ARRAY[x[1], x[3], x[6]] = '{0, 0, 0}' AS zeros_get_zero,
       ARRAY[x[2], x[4], x[5]] = allocate(ARRAY[100, 200, 300], 200, rule, NULL) AS others_unchanged
FROM rules, LATERAL (SELECT allocate(ARRAY[0, 100, 0, 200, 300, 0], 200, rule, NULL) AS x) z;
-- DT: claims (1, 10), E = 5, n = 2, by hand: five rounds halve the small
-- claim's remainder each time, (1/2 + 1/4 + 1/8 + 1/16) + 1/32 = 31/32; with
-- a zero claim, n = 3 and the awards change (the reference's 6433/6561)
SELECT allocate(ARRAY[0, 1, 10], 5, 'dt', NULL) AS with_zero, allocate(ARRAY[1, 10], 5, 'dt', NULL) AS without,
       allocate(ARRAY[0, 1, 10], 5, 'dt', NULL) = ARRAY[0, pg_temp.frac('6433/6561'), pg_temp.frac('26372/6561')] AS with_zero_exact,
       allocate(ARRAY[1, 10], 5, 'dt', NULL) = ARRAY[pg_temp.frac('31/32'), pg_temp.frac('129/32')] AS without_exact;
SELECT rule, allocate(ARRAY[0, 0], 100, rule) AS all_zero FROM rules;
-- Equal claims get equal awards (unrounded); rounding gives the leftover
-- unit to the earlier element
SELECT rule, allocate(ARRAY[100, 100, 100], 100, rule, NULL) AS exact, allocate(ARRAY[100, 100, 100], 100, rule) AS rounded,
       allocate(ARRAY[100, 100, 100], 250, rule, NULL) AS exact_above_half
FROM rules;
-- NULL claims get NULL and are left out (window and array)
SELECT r.rule, array_agg(a ORDER BY id) AS window_awards,
       array_agg(a ORDER BY id) IS NOT DISTINCT FROM allocate(ARRAY[100, NULL, 300, NULL]::numeric[], 150, r.rule) AS array_same,
       allocate(ARRAY[NULL, NULL]::numeric[], 150, r.rule) AS only_nulls
FROM rules r, LATERAL (SELECT id, allocate(claim, 150, r.rule) OVER (ORDER BY id) AS a
                       FROM (VALUES (1, 100), (2, NULL), (3, 300), (4, NULL)) v(id, claim)) x
GROUP BY r.rule ORDER BY r.rule;
-- Huge claims are exact: 10^30 claims, a budget of 10^30 + 1, rounded and not
SELECT rule, allocate(ARRAY[1e30, 2e30, 3e30], 1e30 + 1, rule) AS awards,
       (SELECT sum(a) FROM unnest(allocate(ARRAY[1e30, 2e30, 3e30], 1e30 + 1, rule)) a) AS total
FROM rules;
SELECT rule, allocate(ARRAY[1e30, 2e30, 3e30], 4e30, rule, NULL) AS above_half FROM rules;
-- Decimal claims in cents, rounded to cents and unrounded
SELECT rule, allocate(ARRAY[10.25, 20.50, 0.75, 7.01], 19.99, rule, 0.01) AS cents,
       allocate(ARRAY[10.25, 20.50, 0.75, 7.01], 19.99, rule, NULL) AS exact
FROM rules;

-- Errors with their SQLSTATE: weights are for proportional only; an unknown
-- rule lists every rule; DT beyond its limit: 2 claims and E a million times
-- the small claim need a million rounds, the limit is 30000 for 2 claims
-- (exact awards of at most 30000 digits); 10^6 claims may take 28
SELECT t.stmt, f.state, f.message, f.detail FROM (VALUES
  ('SELECT allocate(ARRAY[100, 200], 10, ''apro'', 1, ARRAY[1, 1])'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''equal'')'),
  ('SELECT allocate(ARRAY[1, 1e9], 1e6, ''dt'', NULL)'),
  ('SELECT allocate(c, 1e6, ''dt'') OVER () FROM (VALUES (1), (1e9)) v(c)'),
  ('SELECT allocate(array_append(array_fill(1::numeric, ARRAY[999999]), 1e9), 1e6, ''dt'')')
) t(stmt), regress.fails(t.stmt) f;
-- below the limit: 2 claims, 29999 rounds (the budget left drops by one
-- small claim's worth a round), exact
SELECT a[1] AS small, a[2] AS large, a[1] + a[2] AS total
FROM allocate(ARRAY[1, 1e9], 30000, 'dt', NULL) a;

-- Properties over 300 generated problems, window and array forms, rounded
-- and not.  Positive claims are at least 20 so that DT's recursion (its
-- rounds grow with E over the smallest claim) stays short; every 7th
-- problem has a zero claim, every 4th many equal claims, every 3rd cents.
SELECT setseed(0.25);
CREATE TEMP TABLE problems AS
SELECT p, CASE WHEN p % 3 = 0 THEN 0.01 ELSE 1 END AS unit, 1 + (random() * 9)::int AS n, random() AS budget_share
FROM generate_series(1, 300) p;
CREATE TEMP TABLE claims AS
SELECT p, i, CASE WHEN p % 7 = 0 AND i = 1 THEN 0
                  WHEN p % 4 = 1 THEN 100 * (1 + (random() * 4)::int)
                  WHEN p % 3 = 0 THEN round((20 + random() * 980)::numeric, 2)
                  ELSE (20 + random() * 980)::int END AS claim
FROM problems, generate_series(1, n) i;
-- budgets from 0 to 110% of the total, in whole units; every 50th is 0
ALTER TABLE problems ADD COLUMN budget numeric, ADD COLUMN total numeric;
UPDATE problems pr SET total = s.total,
       budget = CASE WHEN pr.p % 50 = 0 THEN 0 ELSE round(s.total * budget_share::numeric * 1.1 / pr.unit) * pr.unit END
FROM (SELECT p, sum(claim) AS total FROM claims GROUP BY p) s WHERE s.p = pr.p;
CREATE TEMP TABLE awards AS
SELECT c.p, c.i, c.claim, pr.budget, pr.total, pr.unit, r.rule,
       allocate(c.claim, pr.budget, r.rule, pr.unit) OVER w AS rounded,
       allocate(c.claim, pr.budget, r.rule, NULL) OVER w AS exact,
       -- the dual problem: the losses of C - E
       allocate(c.claim, pr.total - least(pr.budget, pr.total), r.rule, NULL) OVER w AS of_losses
FROM claims c JOIN problems pr USING (p), rules r
WINDOW w AS (PARTITION BY c.p, r.rule ORDER BY c.i);
SELECT count(DISTINCT p) AS problems, count(*) AS awards, count(DISTINCT p) FILTER (WHERE budget = 0) AS zero_budget,
       count(DISTINCT p) FILTER (WHERE budget >= total) AS budget_covers_all,
       count(DISTINCT p) FILTER (WHERE 2 * budget > total AND budget < total) AS above_half,
       count(DISTINCT p) FILTER (WHERE claim = 0) AS with_zero_claim
FROM awards WHERE rule = 'dt';
-- 0 <= award <= claim; whole units; a rounded award is its exact one rounded down or up
SELECT rule,
       count(*) FILTER (WHERE rounded < 0 OR rounded > claim OR exact < 0 OR exact > claim) AS outside_0_claim,
       count(*) FILTER (WHERE rounded % unit <> 0 AND budget < total) AS not_whole_units,
       count(*) FILTER (WHERE abs(rounded - exact) >= unit) AS not_exact_rounded
FROM awards GROUP BY rule ORDER BY rule;
-- the awards add up to min(E, C): exactly when rounded, within 0.5e-20 per claim when not
SELECT rule, count(*) FILTER (WHERE rounded_total <> least(budget, total)) AS rounded_sum_wrong,
       count(*) FILTER (WHERE abs(exact_total - least(budget, total)) > n * 0.5e-20) AS exact_sum_wrong
FROM (SELECT p, rule, min(budget) AS budget, min(total) AS total, sum(rounded) AS rounded_total,
             sum(exact) AS exact_total, count(*) AS n
      FROM awards GROUP BY p, rule) s
GROUP BY rule ORDER BY rule;
-- order preservation: c_i <= c_j implies x_i <= x_j and c_i - x_i <= c_j - x_j
-- (exact awards; the losses within 1e-20, as each award is rounded to 20
-- decimals); rounded awards keep the order of the claims too
SELECT a.rule,
       count(*) FILTER (WHERE a.exact > b.exact) AS larger_gets_less,
       count(*) FILTER (WHERE a.claim - a.exact > b.claim - b.exact + 1e-20) AS larger_loses_less,
       count(*) FILTER (WHERE a.claim < b.claim AND a.rounded > b.rounded) AS rounded_larger_gets_less,
       count(*) FILTER (WHERE a.claim = b.claim AND a.exact <> b.exact) AS equal_claims_differ
FROM awards a JOIN awards b ON a.p = b.p AND a.rule = b.rule AND a.i <> b.i AND a.claim <= b.claim
GROUP BY a.rule ORDER BY a.rule;
-- the array form gives the window form's awards
SELECT count(*) AS compared,
       count(*) FILTER (WHERE x.rounded IS DISTINCT FROM w.rounded OR x.exact IS DISTINCT FROM w.exact) AS differ
FROM (SELECT p, rule, array_agg(rounded ORDER BY i) AS rounded, array_agg(exact ORDER BY i) AS exact FROM awards GROUP BY p, rule) w
JOIN (SELECT p, rule, allocate(array_agg(claim ORDER BY i), min(budget), rule, min(unit)) AS rounded,
             allocate(array_agg(claim ORDER BY i), min(budget), rule, NULL) AS exact
      FROM awards GROUP BY p, rule) x USING (p, rule);
-- self-duality, R(E, c) = c - R(C - E, c), within 1e-20 (both sides are
-- rounded to 20 decimals): proved for apro and rtalmud, and it holds here;
-- ce, pin and dt are not self-dual, and their counts show it fails
SELECT rule, count(*) AS awards, count(*) FILTER (WHERE abs(exact - (claim - of_losses)) > 1e-20) AS not_self_dual
FROM awards WHERE budget < total GROUP BY rule ORDER BY rule;
-- PIN and CE are not each other's duals.  (100, 200, 300), E = 100: CE gives
-- CEA on the half-claims, (100/3, 100/3, 100/3); the dual of PIN gives
-- c - PIN(500, c) = (0, 25, 75), which is CEL on the half-claims (RTalmud);
-- nor is the dual of CE, c - CE(500, c) = (0, 0, 100), PIN.
SELECT allocate(ARRAY[100, 200, 300], 100, 'ce', NULL) AS ce,
       (SELECT array_agg(c - x) FROM unnest(ARRAY[100, 200, 300], allocate(ARRAY[100, 200, 300], 500, 'pin', NULL)) u(c, x)) AS dual_of_pin,
       (SELECT array_agg(c - x) FROM unnest(ARRAY[100, 200, 300], allocate(ARRAY[100, 200, 300], 500, 'ce', NULL)) u(c, x)) AS dual_of_ce,
       allocate(ARRAY[100, 200, 300], 100, 'pin', NULL) AS pin;
-- each rule from its definition, through the other rules: below half the
-- total CE and PIN are CEA on the half-claims and RTalmud is CEL on them;
-- above it PIN and RTalmud are the half-claims plus CEA on them, and CE is
-- at least half of every claim and min(claim, lambda) beyond, lambda the
-- largest award above half a claim
SELECT count(*) AS awards,
       count(*) FILTER (WHERE 2 * budget <= total AND (ce <> cea_of_halves OR pin <> cea_of_halves OR rtalmud <> cel_of_halves))
         AS below_half_off,
       count(*) FILTER (WHERE 2 * budget > total AND (pin <> claim / 2 + cea_of_rest OR rtalmud <> claim / 2 + cea_of_rest))
         AS above_half_off,
       count(*) FILTER (WHERE 2 * budget > total AND (ce < claim / 2 OR (ce > claim / 2 AND ce <> least(claim, lambda))))
         AS ce_off
FROM (SELECT x.*, max(ce) FILTER (WHERE ce > claim / 2) OVER (PARTITION BY p) AS lambda
      FROM (SELECT p, i, claim, budget, total,
                   allocate(claim, budget, 'ce', NULL) OVER w AS ce,
                   allocate(claim, budget, 'pin', NULL) OVER w AS pin,
                   allocate(claim, budget, 'rtalmud', NULL) OVER w AS rtalmud,
                   allocate(claim / 2, budget, 'cea', NULL) OVER w AS cea_of_halves,
                   allocate(claim / 2, budget, 'cel', NULL) OVER w AS cel_of_halves,
                   allocate(claim / 2, greatest(0, budget - total / 2), 'cea', NULL) OVER w AS cea_of_rest
            FROM (SELECT c.*, pr.budget, pr.total FROM claims c JOIN problems pr USING (p)) t
            WHERE budget < total
            WINDOW w AS (PARTITION BY p ORDER BY i)) x) y;
-- APRO from its definition: minimal rights, then the rest proportional to the
-- revised claims (to 20 decimals)
SELECT count(*) AS awards,
       count(*) FILTER (WHERE abs(apro - (m + CASE WHEN revised_total = 0 THEN 0
                                                 ELSE (rest * revised)::numeric(80, 30) / revised_total END)) > 0.5e-20) AS off
FROM (SELECT z.*, sum(revised) OVER (PARTITION BY p) AS revised_total
      FROM (SELECT y.*, least(claim - m, rest) AS revised
            FROM (SELECT x.*, budget - sum(m) OVER (PARTITION BY p) AS rest
                  FROM (SELECT c.p, c.i, c.claim, pr.budget, greatest(0, pr.budget - (pr.total - c.claim)) AS m,
                               allocate(c.claim, pr.budget, 'apro', NULL) OVER (PARTITION BY c.p ORDER BY c.i) AS apro
                        FROM claims c JOIN problems pr USING (p) WHERE pr.budget < pr.total) x) y) z) w;
