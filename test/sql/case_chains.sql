-- The plain-SQL classification an analyst would write with the terms of the
-- built-in rule sets (used by bench_classify.sql and bench_scale.sql).
-- The CASE chain per dimension: one WHEN per label, in rule order, its terms
-- as one case-insensitive alternation, the default in ELSE
CREATE TEMP TABLE chains AS
SELECT dimension,
       'CASE ' || string_agg(format('WHEN t ~* %L THEN %L', pattern, label), ' ' ORDER BY first) ||
       format(' ELSE %L END', substring(claim_classifier(dimension)::text FROM 'default ([a-z_]+)$')) AS case_expr
FROM (SELECT dimension, label, min(n) AS first,
             string_agg(regexp_replace(term, '([\\.^$*+?()\[\]{}|])', '\\\1', 'g'), '|' ORDER BY n) AS pattern
      FROM unnest(ARRAY['damage_type', 'service', 'reporter']) dimension,
           LATERAL classifier_terms(claim_classifier(dimension)) WITH ORDINALITY AS x(label, term, weight, n)
      GROUP BY dimension, label) per_label
GROUP BY dimension;
