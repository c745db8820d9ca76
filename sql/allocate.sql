-- allocate: sharing a fixed budget among claims.  The vectors of Aumann and Maschler (1985)
-- (the Mishnah's table) and the rules' definitions, exact; largest-remainder rounding and its tie-break; edge
-- cases; weights; the array form; every error with its SQLSTATE; and the
-- properties every rule must have, over generated random problems.
\set SHOW_CONTEXT never

-- Runs a statement and reports how it failed: SQLSTATE and message.
-- A fraction 'n/d' (or a plain number) rounded half up to 20 decimals,
-- computed independently of allocate()
CREATE FUNCTION pg_temp.frac(t text) RETURNS numeric LANGUAGE sql AS $$
  SELECT round(split_part(t, '/', 1)::numeric(60, 30) / coalesce(nullif(split_part(t, '/', 2), ''), '1')::numeric, 20)
$$;

-- Claims (100, 200, 300), estates 100 to 400 (Aumann and Maschler 1985), unrounded.  Each
-- award must equal the published fraction to all 20 decimals.
CREATE TEMP TABLE domain_vectors (rule text, budget int, expected text[]);
INSERT INTO domain_vectors VALUES
  ('proportional', 100, '{50/3, 100/3, 50}'), ('proportional', 200, '{100/3, 200/3, 100}'),
  ('proportional', 300, '{50, 100, 150}'), ('proportional', 400, '{200/3, 400/3, 200}'),
  ('cea', 100, '{100/3, 100/3, 100/3}'), ('cea', 200, '{200/3, 200/3, 200/3}'),
  ('cea', 300, '{100, 100, 100}'), ('cea', 400, '{100, 150, 150}'),
  ('cel', 100, '{0, 0, 100}'), ('cel', 200, '{0, 50, 150}'),
  ('cel', 300, '{0, 100, 200}'), ('cel', 400, '{100/3, 400/3, 700/3}'),
  ('talmud', 100, '{100/3, 100/3, 100/3}'), ('talmud', 200, '{50, 75, 75}'),
  ('talmud', 300, '{50, 100, 150}'), ('talmud', 400, '{50, 125, 225}');
SELECT x.rule, x.budget, array_agg(round(x.award, 10) ORDER BY x.claim) AS awards,
       d.expected, array_agg(x.award ORDER BY x.claim) = (SELECT array_agg(pg_temp.frac(f)) FROM unnest(d.expected) f) AS exact
FROM (SELECT rule, budget, claim, allocate(claim, budget, rule, NULL) OVER (PARTITION BY rule, budget ORDER BY claim) AS award
      FROM domain_vectors, unnest(ARRAY[100, 200, 300]) claim) x
JOIN domain_vectors d USING (rule, budget)
GROUP BY x.rule, x.budget, d.expected ORDER BY x.rule, x.budget;
-- The same, rounded to whole units (the default): each award is the exact
-- one rounded down or up, and they add up to the budget
SELECT rule, budget, array_agg(award ORDER BY claim) AS awards, sum(award) AS total
FROM (SELECT rule, budget, claim, allocate(claim, budget, rule) OVER (PARTITION BY rule, budget ORDER BY claim) AS award
      FROM domain_vectors, unnest(ARRAY[100, 200, 300]) claim) x
GROUP BY rule, budget ORDER BY rule, budget;

-- Rounding: three equal claims and a budget of 100 units.  The leftover unit
-- goes to the first row in the window's order.
SELECT id, allocate(claim, 100) OVER (ORDER BY id) FROM (VALUES (1, 100), (2, 100), (3, 100)) v(id, claim) ORDER BY id;
SELECT id, allocate(claim, 100) OVER (ORDER BY id DESC) FROM (VALUES (1, 100), (2, 100), (3, 100)) v(id, claim) ORDER BY id;
-- Equal remainders: the larger claim first, then the earlier row.  CEA with
-- a level of 33 2/3: the two claims of 100 get the two leftover units.
SELECT id, claim, allocate(claim, 101, 'cea') OVER (ORDER BY id) FROM (VALUES (1, 50), (2, 100), (3, 100)) v(id, claim) ORDER BY id;
SELECT id, claim, allocate(claim, 100, 'cea') OVER (ORDER BY id) FROM (VALUES (1, 50), (2, 100), (3, 100)) v(id, claim) ORDER BY id;
-- Awkward sums stay exact: 7 equal claims; claims 1..10; cents; thousands
SELECT array_agg(a ORDER BY g) AS awards, sum(a) AS total FROM (SELECT g, allocate(100, 100) OVER (ORDER BY g) a FROM generate_series(1, 7) g) x;
SELECT array_agg(a ORDER BY g) AS awards, sum(a) AS total
FROM (SELECT g, allocate(g, 10) OVER (ORDER BY g) a FROM generate_series(1, 10) g) x;
SELECT array_agg(a ORDER BY g) AS awards, sum(a) AS total
FROM (SELECT g, allocate(g * 1.07, 10.00, 'proportional', 0.01) OVER (ORDER BY g) a FROM generate_series(1, 6) g) x;
SELECT array_agg(a ORDER BY g) AS awards, sum(a) AS total
FROM (SELECT g, allocate(g * 123000, 1000000, 'talmud', 1000) OVER (ORDER BY g) a FROM generate_series(1, 5) g) x;
-- the unrounded awards of 1/3 each add up to the budget to 20 decimals only
SELECT array_agg(a) AS awards, sum(a) AS total FROM (SELECT allocate(1, 1, 'cea', NULL) OVER () a FROM generate_series(1, 3)) x;

-- Budget at or above the total: everyone gets the claim, as given (no rounding)
SELECT allocate(ARRAY[100, 200.5, 0], 300.5) AS exact_total, allocate(ARRAY[100, 200.5, 0], 1e9, 'cel') AS above,
       allocate(ARRAY[100, 200.5, 0], 300.5, 'talmud', NULL) AS unrounded;
-- Zero budget: nothing for anyone
SELECT allocate(ARRAY[100, 200, 300], 0, rule) AS rounded, allocate(ARRAY[100, 200], 0, rule, NULL) AS unrounded
FROM unnest(ARRAY['proportional', 'cea', 'cel', 'talmud']) rule;
-- One claimant: min(budget, claim)
SELECT rule, allocate(ARRAY[500], 200, rule) AS below, allocate(ARRAY[500], 900, rule) AS above
FROM unnest(ARRAY['proportional', 'cea', 'cel', 'talmud']) rule;
-- Claims of zero get zero and change nothing for the others
SELECT rule, allocate(ARRAY[0, 100, 0, 200, 300, 0], 200, rule) AS awards
FROM unnest(ARRAY['proportional', 'cea', 'cel', 'talmud']) rule;
SELECT allocate(ARRAY[0, 0], 100) AS all_zero;
-- NULL claims get NULL and are left out of the division
SELECT id, claim, allocate(claim, 100, 'cea') OVER (ORDER BY id)
FROM (VALUES (1, 100), (2, NULL), (3, 100), (4, NULL)) v(id, claim) ORDER BY id;
SELECT allocate(ARRAY[NULL, 100, 200, NULL]::numeric[], 150, 'talmud') AS with_nulls,
       allocate(ARRAY[NULL, NULL]::numeric[], 150) AS only_nulls, allocate('{}'::numeric[], 150) AS empty,
       allocate(NULL::numeric[], 150) AS null_array;
-- A NULL budget or rule: every award NULL (as a strict function would)
SELECT allocate(claim, NULL) OVER () AS no_budget, allocate(claim, 100, NULL) OVER () AS no_rule
FROM (VALUES (100), (200)) v(claim);
SELECT allocate(ARRAY[100, NULL, 200], NULL) AS no_budget, allocate(ARRAY[100, 200], 100, NULL) AS no_rule;
-- The array keeps its shape; ties go to the earlier element
SELECT allocate('[0:1]={100,100}'::numeric[], 101) AS lower_bound_0, allocate('{{100,100},{100,100}}'::numeric[], 2) AS two_by_two;

-- Huge numbers are exact: claims of 10^30, a budget of 10^30 + 1
SELECT rule, allocate(ARRAY[1e30, 2e30, 3e30], 1e30 + 1, rule) AS awards,
       (SELECT sum(a) FROM unnest(allocate(ARRAY[1e30, 2e30, 3e30], 1e30 + 1, rule)) a) AS total
FROM unnest(ARRAY['proportional', 'cea', 'cel', 'talmud']) rule;
SELECT allocate(ARRAY[1e30, 2e30, 3e30], 1e30, 'proportional', NULL) AS unrounded;
-- tiny ones too, and scales beyond 20 decimals
SELECT allocate(ARRAY[0.000000000000000000000001, 0.000000000000000000000002], 0.000000000000000000000002,
                'proportional', 0.000000000000000000000001) AS tiny;
SELECT allocate(ARRAY[1, 2], 1, 'proportional', 0.0000000000000000000000001) AS fine_unit;
-- unrounded awards keep the claims' decimals when they have more than 20
SELECT allocate(ARRAY[1e-30, 3e-30], 1e-30, 'cel', NULL) AS unrounded_tiny;
-- a partition mixing 10^40 with cents, in the window form
SELECT id, allocate(claim, 1e40, 'cea', 0.01) OVER (ORDER BY id)
FROM (VALUES (1, 1e40), (2, 0.05), (3, 1e40)) v(id, claim) ORDER BY id;

-- Named arguments and the defaults
SELECT allocate(claims => ARRAY[100, 200, 300], budget => 200, rule => 'CEA') AS named,
       allocate(ARRAY[100, 200, 300], 200, unit => NULL) AS unrounded;

-- Many partitions at once, side by side with the array form
CREATE TEMP TABLE many AS
SELECT p, i, ((p * 7919 + i * 104729) % 1000)::numeric AS claim, (p * 37 % 2000)::numeric AS budget
FROM generate_series(1, 1000) p, generate_series(1, 1 + p % 9) i;
SELECT count(DISTINCT p) AS partitions, count(*) AS claims,
       count(*) FILTER (WHERE w.award <> a.award) AS differ_from_array,
       (SELECT count(*) FROM (SELECT p, sum(award) s, min(budget) b, sum(claim) c
                              FROM (SELECT p, claim, budget, allocate(claim, budget, 'talmud') OVER (PARTITION BY p ORDER BY i) award FROM many) y
                              GROUP BY p) z WHERE s <> least(b, c)) AS wrong_sums
FROM (SELECT p, i, allocate(claim, budget, 'talmud') OVER (PARTITION BY p ORDER BY i) AS award FROM many) w
JOIN (SELECT p, i, award
      FROM (SELECT p, allocate(array_agg(claim ORDER BY i), min(budget), 'talmud') AS awards FROM many GROUP BY p) g,
           unnest(g.awards) WITH ORDINALITY AS u(award, i)) a USING (p, i);
-- several allocations in one window: each keeps its own partition state
SELECT p, array_agg(pr ORDER BY i) AS proportional, array_agg(ce ORDER BY i) AS cea, array_agg(cl ORDER BY i) AS cel
FROM (SELECT p, i, allocate(claim, budget) OVER w AS pr, allocate(claim, budget, 'cea') OVER w AS ce,
             allocate(claim, budget, 'cel') OVER w AS cl
      FROM many WHERE p IN (8, 9, 10) WINDOW w AS (PARTITION BY p ORDER BY i)) x
GROUP BY p ORDER BY p;

-- Weighted proportional: min(claim, lambda * weight * claim)
SELECT allocate(ARRAY[100, 200, 300], 200, 'proportional', NULL, ARRAY[1, 2, 3]) AS weighted,
       allocate(ARRAY[100, 200, 300], 200, 'proportional', 1, ARRAY[1, 2, 3]) AS rounded;
-- the heavy claim is capped at its claim and the rest goes to the light one
SELECT allocate(ARRAY[100, 100], 150, 'proportional', 1, ARRAY[10, 1]) AS capped,
       allocate(ARRAY[100, 100, 100], 250, 'proportional', NULL, ARRAY[3, 3, 1]) AS tie_capped;
-- equal weights (at any scale) give the unweighted awards
SELECT allocate(ARRAY[100, 200, 300, 7], 211, 'proportional', 1, ARRAY[2.5, 2.50, 2.500, 2.5]) =
       allocate(ARRAY[100, 200, 300, 7], 211) AS same_as_unweighted;
-- the window form: weights per row (operating margin, market share, ...)
SELECT id, claim, weight, allocate(claim, 1710, 'proportional', 10, weight) OVER (ORDER BY id) AS award
FROM (VALUES (1, 300, 0.5), (2, 300, 1.0), (3, 600, 0.25), (4, NULL, NULL), (5, 900, 1.0)) v(id, claim, weight) ORDER BY id;

-- Every error, with its SQLSTATE
SELECT allocate(claim, 100) OVER () FROM (VALUES (100), (-1)) v(claim);
SELECT t.stmt, f.state, f.message FROM (VALUES
  ('SELECT allocate(ARRAY[100, -5], 10)'),
  ('SELECT allocate(ARRAY[100, ''NaN''::numeric], 10)'),
  ('SELECT allocate(ARRAY[100, 200], -1)'),
  ('SELECT allocate(ARRAY[100, 200], ''Infinity'')'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''equal'')'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''proportional'', 0)'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''proportional'', -1)'),
  ('SELECT allocate(ARRAY[100, 200], 10.5)'),
  ('SELECT allocate(ARRAY[500, 500, 500], 1000, ''proportional'', 1000)'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''cea'', 1, ARRAY[1, 1])'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''proportional'', 1, ARRAY[1, 0])'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''proportional'', 1, ARRAY[1, NULL])'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''proportional'', 1, NULL)'),
  ('SELECT allocate(ARRAY[100, 200], 10, ''proportional'', 1, ARRAY[1, 2, 3])'),
  ('SELECT allocate(c, b) OVER () FROM (VALUES (100, 10), (200, 20)) v(c, b)'),
  ('SELECT allocate(c, b) OVER () FROM (VALUES (100, 10), (200, NULL)) v(c, b)'),
  ('SELECT allocate(c, 10, r) OVER () FROM (VALUES (100, ''cea''), (200, ''cel'')) v(c, r)'),
  ('SELECT allocate(c, 10, ''cea'', u) OVER () FROM (VALUES (100, 1), (200, 1.0), (300, 5)) v(c, u)'),
  ('SELECT allocate(c, 10, ''proportional'', 1, w) OVER () FROM (VALUES (100, 1), (200, NULL)) v(c, w)'),
  ('SELECT allocate(c, 10, ''talmud'', 1, w) OVER () FROM (VALUES (100, 1), (200, 1)) v(c, w)'),
  ('SELECT allocate(100, 10)')
) t(stmt), regress.fails(t.stmt) f;
-- The rounding errors in words: the unit in canonical form (not at the
-- claims' scale), one unit / units, no claim / one claim / claims
SELECT t.stmt, f.message, f.detail FROM (VALUES
  ('SELECT allocate(ARRAY[500, 500, 500], 1000, ''proportional'', 1000)'),
  ('SELECT allocate(ARRAY[0.5, 0.5, 0.5], 1, ''proportional'', 1.00)'),
  ('SELECT allocate(ARRAY[0.6, 0.6, 0.6, 0.6, 2.6], 3, ''proportional'', 1)'),
  ('SELECT allocate(ARRAY[0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 2.6, 2.6], 5, ''proportional'', 1)'),
  ('SELECT allocate(ARRAY[100.5, 200], 10.50, ''proportional'', 1.0)')
) t(stmt), regress.fails(t.stmt) f;
-- equal terms in another spelling are the same term
SELECT allocate(c, b) OVER (ORDER BY c) FROM (VALUES (100, 10), (200, 10.00)) v(c, b);

-- Properties over 300 generated problems, every rule, rounded and not:
-- 0 <= award <= claim; the awards add up to min(budget, total) (exactly when
-- rounded); a larger claim never gets less, equal claims differ by at most
-- one unit and the earlier row never has less; a rounded award is its exact
-- award rounded down or up; the array form gives the window form's awards;
-- and each rule's own shape.
SELECT setseed(0.6);
CREATE TEMP TABLE problems AS
SELECT p, CASE WHEN p % 3 = 0 THEN 0.01 ELSE 1 END AS unit,
       1 + (random() * 11)::int AS n, random() AS budget_share
FROM generate_series(1, 300) p;
CREATE TEMP TABLE claims AS
SELECT p, i, CASE WHEN p % 4 = 1 THEN (random() * 5)::int * 100     -- many equal claims
                  WHEN p % 3 = 0 THEN round((random() * 1000)::numeric, 2)
                  ELSE (random() * 1000)::int END AS claim
FROM problems, generate_series(1, n) i;
-- budgets from 0 to 120% of the total, in whole units; every 50th is 0
ALTER TABLE problems ADD COLUMN budget numeric;
UPDATE problems pr SET budget = CASE WHEN pr.p % 50 = 0 THEN 0 ELSE round(s.total * budget_share::numeric * 1.2 / pr.unit) * pr.unit END
FROM (SELECT p, sum(claim) AS total FROM claims GROUP BY p) s WHERE s.p = pr.p;
CREATE TEMP TABLE awards AS
SELECT c.p, c.i, c.claim, pr.budget, pr.unit, r.rule,
       allocate(c.claim, pr.budget, r.rule, pr.unit) OVER w AS rounded,
       allocate(c.claim, pr.budget, r.rule, NULL) OVER w AS exact
FROM claims c JOIN problems pr USING (p), unnest(ARRAY['proportional', 'cea', 'cel', 'talmud']) r(rule)
WINDOW w AS (PARTITION BY c.p, r.rule ORDER BY c.i);
SELECT count(DISTINCT p) AS problems, count(*) AS awards, count(*) FILTER (WHERE budget = 0) AS zero_budget,
       count(DISTINCT p) FILTER (WHERE budget >= (SELECT sum(claim) FROM claims c WHERE c.p = awards.p)) AS budget_covers_all
FROM awards WHERE rule = 'cea';
SELECT rule,
       count(*) FILTER (WHERE rounded < 0 OR rounded > claim OR exact < 0 OR exact > claim) AS outside_0_claim,
       count(*) FILTER (WHERE rounded % unit <> 0 AND budget < (SELECT sum(claim) FROM claims c WHERE c.p = a.p)) AS not_whole_units,
       count(*) FILTER (WHERE abs(rounded - exact) >= unit) AS not_exact_rounded
FROM awards a GROUP BY rule ORDER BY rule;
SELECT rule, count(*) FILTER (WHERE rounded_total <> least(budget, total)) AS rounded_sum_wrong,
       count(*) FILTER (WHERE abs(exact_total - least(budget, total)) > n * 0.5e-20) AS exact_sum_wrong
FROM (SELECT p, rule, min(budget) AS budget, sum(claim) AS total, sum(rounded) AS rounded_total, sum(exact) AS exact_total, count(*) AS n
      FROM awards GROUP BY p, rule) s
GROUP BY rule ORDER BY rule;
SELECT a.rule,
       count(*) FILTER (WHERE a.claim > b.claim AND (a.exact < b.exact OR a.rounded < b.rounded)) AS larger_gets_less,
       count(*) FILTER (WHERE a.claim = b.claim AND (a.exact <> b.exact OR abs(a.rounded - b.rounded) > a.unit)) AS equal_claims_apart,
       count(*) FILTER (WHERE a.claim = b.claim AND a.i < b.i AND a.rounded < b.rounded) AS earlier_row_less
FROM awards a JOIN awards b ON a.p = b.p AND a.rule = b.rule AND a.i <> b.i
GROUP BY a.rule ORDER BY a.rule;
-- the array form, per problem and rule
SELECT count(*) AS compared,
       count(*) FILTER (WHERE x.rounded IS DISTINCT FROM w.rounded OR x.exact IS DISTINCT FROM w.exact) AS differ
FROM (SELECT p, rule, array_agg(rounded ORDER BY i) AS rounded, array_agg(exact ORDER BY i) AS exact FROM awards GROUP BY p, rule) w
JOIN (SELECT p, rule, allocate(array_agg(claim ORDER BY i), min(budget), rule, min(unit)) AS rounded,
             allocate(array_agg(claim ORDER BY i), min(budget), rule, NULL) AS exact
      FROM awards GROUP BY p, rule) x USING (p, rule);
-- each rule's shape, on the exact awards of problems the budget does not cover:
-- proportional: award * total = budget * claim (to the 20th decimal);
-- CEA: award = least(claim, L), L the largest award;
-- CEL: award = greatest(0, claim - L), L the largest loss;
-- Talmud: at most half of every claim while the budget is at most half the
-- total, at least half of every claim beyond
SELECT rule, count(*) AS awards,
       count(*) FILTER (WHERE CASE rule
         WHEN 'proportional' THEN abs(exact - (budget * claim)::numeric(80, 30) / total) > 0.5e-20
         WHEN 'cea' THEN exact <> least(claim, max_award)
         WHEN 'cel' THEN exact <> greatest(0, claim - max_loss)
         WHEN 'talmud' THEN CASE WHEN 2 * budget <= total THEN exact > claim / 2 ELSE exact < claim / 2 END
       END) AS off_shape
FROM (SELECT a.*, sum(claim) OVER g AS total, max(exact) OVER g AS max_award, max(claim - exact) OVER g AS max_loss
      FROM awards a WINDOW g AS (PARTITION BY p, rule)) s
WHERE budget < total
GROUP BY rule ORDER BY rule;
-- The rules against each other: CEA and CEL are duals, CEA(c, E) = c - CEL(c, total - E);
-- Talmud is CEA on the half-claims up to half the total, then half of each
-- claim plus CEL on the half-claims for the rest
SELECT count(*) AS awards,
       count(*) FILTER (WHERE cea <> claim - cel_of_losses) AS cea_cel_not_dual,
       count(*) FILTER (WHERE talmud <> CASE WHEN 2 * budget <= total THEN cea_of_halves ELSE claim / 2 + cel_of_halves END) AS talmud_not_composed
FROM (SELECT p, i, claim, budget, total,
             allocate(claim, budget, 'cea', NULL) OVER w AS cea,
             allocate(claim, greatest(0, total - budget), 'cel', NULL) OVER w AS cel_of_losses,
             allocate(claim, budget, 'talmud', NULL) OVER w AS talmud,
             allocate(claim / 2, budget, 'cea', NULL) OVER w AS cea_of_halves,
             allocate(claim / 2, greatest(0, budget - total / 2), 'cel', NULL) OVER w AS cel_of_halves
      FROM (SELECT c.*, pr.budget, sum(c.claim) OVER (PARTITION BY c.p) AS total FROM claims c JOIN problems pr USING (p)) t
      WINDOW w AS (PARTITION BY p ORDER BY i)) x;
