-- A fingerprint of a database made by test/sql/dump_restore_schema.sql: its
-- schema (columns, types, defaults, generated expressions, constraints,
-- indexes, view definitions, sequences) and every value, as md5 of the text
-- form and of the binary (send) form of each column, plus what compensate
-- computes from the stored values.  Two databases are restored identically
-- when their fingerprints are equal line for line.  One fact per line.
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only on
\pset null '<null>'
SET client_min_messages = warning;
SET extra_float_digits = 3;

SELECT 'extension ' || extname || ' ' || extversion || ' in ' || extnamespace::regnamespace
FROM pg_extension WHERE extname = 'compensate';

SELECT 'database encoding ' || pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database();

SELECT 'relation ' || c.relname || ' kind=' || c.relkind::text || ' columns=' || c.relnatts
FROM pg_class c
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'S', 'i', 'c')
ORDER BY c.relname;

SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || CASE a.attgenerated::text WHEN 's' THEN ' generated always as ' ELSE '' END
       || coalesce(CASE WHEN a.attgenerated::text = '' THEN ' default ' ELSE '' END || pg_get_expr(d.adbin, d.adrelid), '')
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'c')
ORDER BY c.relname, a.attnum;

SELECT 'constraint ' || coalesce(conrelid::regclass::text, contypid::regtype::text) || ' ' || conname || ' '
       || pg_get_constraintdef(oid)
FROM pg_constraint WHERE connamespace = 'public'::regnamespace
ORDER BY 1;

SELECT 'index ' || pg_get_indexdef(indexrelid)
FROM pg_index WHERE indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
ORDER BY 1;

SELECT 'view ' || c.relname || ' ' || regexp_replace(pg_get_viewdef(c.oid), '\s+', ' ', 'g')
FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
ORDER BY c.relname;

SELECT 'type ' || t.typname || ' ' || t.typtype::text || coalesce(' over ' || format_type(t.typbasetype, t.typtypmod), '')
FROM pg_type t
WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('d', 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
ORDER BY 1;

SELECT 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid))
FROM pg_proc p
WHERE p.pronamespace = 'public'::regnamespace
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1;

SELECT 'sequence ' || sequencename || ' last_value=' || coalesce(last_value::text, '-')
FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1;

-- Every column of every table, view and materialized view: row count, md5 of
-- the text forms and md5 of the binary forms, in the order of the whole rows'
-- text
\ir dump_restore_send.sql
SELECT pg_temp.column_md5_query('data ' || c.relname || '.' || a.attname, c.oid, a.attname, '_r::text')
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p')
ORDER BY c.relname, a.attnum
\gexec

-- Each compensate value on its own line (md5 of text and binary forms), so
-- that a difference names the value
SELECT format('value %s %s text=%s binary=%s', what, key, coalesce(md5(txt), '<null>'), coalesce(md5(bin::text), '<null>'))
FROM (
  SELECT 'schedules.s' AS what, id::text AS key, s::text AS txt, payout_schedule_send(s) AS bin FROM schedules
  UNION ALL SELECT 'large_values.s', id::text, s::text, payout_schedule_send(s) FROM large_values
  UNION ALL SELECT 'large_values.r', id::text, r::text, payout_report_send(r) FROM large_values
  UNION ALL SELECT 'reports.r', id::text, r::text, payout_report_send(r) FROM reports
  UNION ALL SELECT 'daily_reports.r', day::text, r::text, payout_report_send(r) FROM daily_reports
  UNION ALL SELECT 'segment_reports.r', service, r::text, payout_report_send(r) FROM segment_reports
  UNION ALL SELECT 'segment_reports.model', service, model::text, classifier_send(model) FROM segment_reports
  UNION ALL SELECT 'classifiers.c', id::text, c::text, classifier_send(c) FROM classifiers
  UNION ALL SELECT 'policies.s', id::text, s::text, payout_schedule_send(s) FROM policies
  UNION ALL SELECT 'policies.alt', id::text, alt::text, payout_schedule_send(alt) FROM policies
  UNION ALL SELECT 'policies.fallback', id::text, fallback::text, payout_schedule_send(fallback) FROM policies
  UNION ALL SELECT 'policies.rules', id::text, rules::text, classifier_send(rules) FROM policies
  UNION ALL SELECT 'policies.empty_report', id::text, empty_report::text, payout_report_send(empty_report) FROM policies
) v ORDER BY what, key;

-- Stored values compare equal to themselves read back from text
SELECT 'equal schedules ' || count(*) FILTER (WHERE s = s::text::payout_schedule) || '/' || count(s) FROM schedules;

-- What compensate computes from the stored values
SELECT 'behaviour payouts rows=' || count(*) || ' paid=' || coalesce(sum(paid), 0) || ' review=' || count(*) FILTER (WHERE review)
       || ' predicted=' || md5(string_agg(coalesce(predicted, '-') || '/' || coalesce(literal_rules, '-') || '/' || literal_tier, ',' ORDER BY claim_id))
FROM claim_payouts;
SELECT 'behaviour classify ' || k.id || ' ' || md5(string_agg(coalesce(classify(k.c, c.text), '-'), ',' ORDER BY c.claim_id))
       || ' scores=' || md5(classify_scores(k.c, min(c.text))::text)
FROM classifiers k, claims c WHERE k.c IS NOT NULL GROUP BY k.id ORDER BY k.id;
SELECT 'behaviour terms ' || k.id || ' ' || count(*) || ' in order ' || md5(string_agg(t.label || '=' || t.term || '^' || t.weight, ',' ORDER BY t.n))
FROM classifiers k, classifier_terms(k.c) WITH ORDINALITY t(label, term, weight, n)
GROUP BY k.id ORDER BY k.id;
SELECT 'behaviour schedule ' || s.id || ' ' || md5(string_agg(coalesce(payout(s.s, k)::text, 'review') || ':' || payout_tier(s.s, k), ',' ORDER BY k))
FROM schedules s, unnest(ARRAY[1, 10, 99, 100, 999, 1000, 5000, 99999, 300000, 300001, 500001]::numeric[]) k
WHERE s.s IS NOT NULL AND k > (SELECT min(lower) FROM tiers(s.s))
  AND k < coalesce((SELECT max(upper) FROM tiers(s.s)), 'infinity')
GROUP BY s.id ORDER BY s.id;
SELECT 'behaviour rollup ' || report_rollup(r)::text FROM daily_reports;
SELECT 'behaviour report ' || id || ' total=' || report_total(r) || ' claimed=' || report_claimed(r) || ' claims=' || report_claims(r)
       || ' in_review=' || report_in_review(r) || ' null_keys=' || report_null_keys(r)
FROM reports WHERE r IS NOT NULL ORDER BY id;
SELECT 'behaviour large ' || id || ' tiers=' || (SELECT count(*) FROM tiers(s)) || ' ' || coalesce(payout(s, 4321.5)::text, 'review')
       || ' total=' || report_total(r) || ' claims=' || report_claims(r) || ' hash=' || hashtext(s::text)
FROM large_values ORDER BY id;

-- Column defaults evaluate to the same values
BEGIN;
INSERT INTO policies (id) VALUES (-1);
SELECT 'default row ' || md5(p::text) || ' ' || left(p::text, 200) FROM policies p WHERE id = -1;
ROLLBACK;
