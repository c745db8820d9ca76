# The cases of test/limits/run (sourced).  expect NAME STATE SQL;
# CHECK=1 expect ...: the result's last line must also be t.
# cancel NAME BASE PERCENT SQL: the SQL of case BASE, cancelled.

say "payout schedules"
CHECK=1 expect "schedule: 100k tiers from text" ok \
	"SELECT count(*) = 100001 FROM schedule_texts, tiers(t::payout_schedule) WHERE name = 'tiers_100k'"
CHECK=1 expect "schedule: 1M tiers (the limit) from text" ok \
	"SELECT t::payout_schedule::text = 'volume ' || t FROM schedule_texts WHERE name = 'tiers_1m'"
expect "schedule: 1M + 1 tiers" 54000 \
	"SELECT t::payout_schedule FROM schedule_texts WHERE name = 'tiers_1m_plus_1'"
CHECK=1 expect "payout: compile 1M tiers" ok \
	"SELECT payout(s, 999999) = 1 AND payout_tier(s, 0) = 1 FROM schedules WHERE name = 'tiers_1m'"
cancel "cancel: compiling 1M tiers" "payout: compile 1M tiers" 30 \
	"SELECT payout(s, 999999) FROM schedules WHERE name = 'tiers_1m'"
CHECK=1 expect "tiers(): 1M rows" ok \
	"SELECT count(*) = 1000000 AND sum(upper - lower) = 1000000 FROM schedules, tiers(s) WHERE name = 'tiers_1m'"
CHECK=1 expect "payout: 100k tiers x 1M claims (TOASTed)" ok \
	"SELECT sum(payout(s, loss)) = sum(CASE WHEN loss < 1000000 THEN loss / 10 END) FROM schedules, claims_1m WHERE name = 'tiers_100k'"
CHECK=1 expect "payout: key of 131,072 digits" ok \
	"SELECT payout(s, ('9' || repeat('0', 131071))::numeric) IS NULL
	   AND payout('graduated [0,) => 10%', ('1' || repeat('0', 131071))::numeric) = ('1' || repeat('0', 131070))::numeric
	 FROM schedules WHERE name = 'tiers_100k'"
expect "payout: result beyond numeric's range" 22003 \
	"SELECT payout('graduated [0,) => 700%', ('9' || repeat('9', 131071))::numeric)"
expect "schedule: number of 100M digits" 22P02 \
	"SELECT ('[0,' || repeat('9', 100000000) || ') => 1')::payout_schedule"

say "reports"
CHECK=1 expect "report: 100k tiers x 1M claims (TOASTed)" ok \
	"SELECT report_total(payout_report(s, loss)) = sum(payout(s, loss)) FROM schedules, claims_1m WHERE name = 'tiers_100k'"
CHECK=1 expect "report: 1M tiers, text round trip" ok \
	"SELECT r::text::payout_report::text = r::text FROM (SELECT payout_report(s, g % 1000000) r
	   FROM schedules, generate_series(0, 1999999) g WHERE name = 'tiers_1m') x"
CHECK=1 expect "report: report_tiers and report_merge of 1M tiers" ok \
	"SELECT (SELECT count(*) FROM report_tiers(r)) = 1000000 AND report_claims(report_merge(r, r)) = 2000
	 FROM (SELECT payout_report(s, g) r FROM schedules, generate_series(0, 999) g WHERE name = 'tiers_1m') x"
CHECK=1 expect "report: 1M tiers as jsonb" ok \
	"SELECT jsonb_array_length(r::jsonb -> 'tiers') = 1000000 FROM (SELECT payout_report(s, g) r
	   FROM schedules, generate_series(0, 999) g WHERE name = 'tiers_1m') x"
CHECK=1 expect "report: roll-up of 100 reports of 100k tiers" ok \
	"SELECT report_claims(report_rollup(r)) = 1000000 FROM (SELECT payout_report(s, loss) r
	   FROM schedules, claims_1m WHERE name = 'tiers_100k' GROUP BY id % 100) x"
cancel "cancel: roll-up of 100 reports of 100k tiers" "report: roll-up of 100 reports of 100k tiers" 60 \
	"SELECT report_claims(report_rollup(r)) FROM (SELECT payout_report(s, loss) r
	   FROM schedules, claims_1m WHERE name = 'tiers_100k' GROUP BY id % 100) x"

say "classifiers"
CHECK=1 expect "classify: 64 MB text (the limit)" ok \
	"SELECT classify(claim_classifier('damage_type'), t) = 'paid_service' FROM texts WHERE name = '64mb'"
cancel "cancel: classify 64 MB" "classify: 64 MB text (the limit)" 30 \
	"SELECT classify(claim_classifier('damage_type'), t) FROM texts WHERE name = '64mb'"
expect "classify: 64 MB + 1 byte" 54000 \
	"SELECT classify(claim_classifier('damage_type'), t) FROM texts WHERE name = '64mb_plus_1'"
CHECK=1 expect "classify_matches: 1.3M matches in 16 MB" ok \
	"SELECT count(*) = 1290555 FROM texts, classify_matches('k: 카카오톡', t) WHERE name = '16mb_matches'"
CHECK=1 expect "rule set: 1M terms (the limit)" ok \
	"SELECT count(*) = 1000000 FROM rule_texts, classifier_terms(t::classifier) WHERE name = 'terms_1m'"
cancel "cancel: parsing 1M terms" "rule set: 1M terms (the limit)" 30 \
	"SELECT count(*) FROM rule_texts, classifier_terms(t::classifier) WHERE name = 'terms_1m'"
expect "rule set: 1M + 1 terms" 54000 \
	"SELECT t::classifier FROM rule_texts WHERE name = 'terms_1m_plus_1'"
expect "rule sets: 1M terms || 1M other terms" 54000 \
	"SELECT c || replace(c::text, 'z', 'q')::classifier FROM rule_sets WHERE name = 'terms_1m'"
CHECK=1 expect "classify: 1M-term automaton x 1000 texts" ok \
	"SELECT count(*) FILTER (WHERE classify(c, 'w' || g || 'z') = 'l' || (g % 1000)) = 1000
	 FROM rule_sets, generate_series(1, 1000) g WHERE name = 'terms_1m'"
cancel "cancel: building a 1M-term automaton" "classify: 1M-term automaton x 1000 texts" 50 \
	"SELECT classify(c, 'w1z') FROM rule_sets WHERE name = 'terms_1m'"
CHECK=1 expect "rule set: 1000 labels (the limit)" ok \
	"SELECT classify(t::classifier, 'w999z') = 'l999' FROM rule_texts WHERE name = 'labels_1000'"
expect "rule set: 1001 labels" 54000 \
	"SELECT t::classifier FROM rule_texts WHERE name = 'labels_1001'"
CHECK=1 expect "train: 1M texts" ok \
	"SELECT classify(train_classifier(t, label), 'claim x about service 3, lost 5 won') IS NOT NULL FROM train_1m"
cancel "cancel: train on 1M texts" "train: 1M texts" 50 \
	"SELECT train_classifier(t, label) IS NOT NULL FROM train_1m"
expect "train: 1000 labels x 300 distinct texts" ok \
	"SELECT length(train_classifier(t, label)::text) > 0 FROM train_wide"
expect "train: 1001 labels" 54000 \
	"SELECT train_classifier(t, label) FROM (SELECT 'x' t, 'l' || g label FROM generate_series(0, 1000) g) x"
expect "train: a 64 MB + 1 byte text" 54000 \
	"SELECT train_classifier(t, 'a') FROM texts WHERE name = '64mb_plus_1'"

say "allocate"
CHECK=1 expect "allocate: 1M claims, proportional" ok \
	"SELECT sum(a) = 100000000 FROM (SELECT allocate(loss, 100000000) OVER (ORDER BY id) a FROM claims_1m) x"
CHECK=1 expect "allocate: 1M-element array, cea" ok \
	"SELECT sum(x) = 100000000 FROM claims_1m_array, unnest(allocate(a, 100000000, 'cea')) x"
cancel "cancel: allocate 1M-element array" "allocate: 1M-element array, cea" 50 \
	"SELECT cardinality(allocate(a, 100000000, 'cea')) FROM claims_1m_array"

[ $quick -eq 1 ] && return 0

say "10 million claims, 1 GB values"
CHECK=1 expect "allocate: 10M claims in one partition, proportional" ok \
	"SELECT sum(a) = 1000000000 AND min(a) >= 0 FROM (SELECT allocate(claim, 1000000000) OVER () a FROM claims_10m) x"
CHECK=1 expect "allocate: 10M claims in one partition, cea" ok \
	"SELECT sum(a) = 1000000000 FROM (SELECT allocate(claim, 1000000000, 'cea') OVER () a FROM claims_10m) x"
CHECK=1 expect "allocate: 10M-element array, talmud" ok \
	"SELECT sum(x) = 1000000000 FROM claims_10m_array, unnest(allocate(a, 1000000000, 'talmud')) x"
cancel "cancel: allocate 10M-element array" "allocate: 10M-element array, talmud" 60 \
	"SELECT cardinality(allocate(a, 1000000000, 'talmud')) FROM claims_10m_array"
CHECK=1 expect "report: 10M claims, one group" ok \
	"SELECT report_claims(payout_report(s, claim)) = 10000000 FROM schedules, claims_10m WHERE name = 'tiers_100k'"
CHECK=1 expect "schedule: 1 GB of white space around a tier" ok \
	"SELECT (repeat(' ', 1000000000) || '[0,) => 1')::payout_schedule::text = 'volume [0,) => 1'"
expect "rule set: 1 GB comment" ok \
	"SELECT ('# ' || repeat('x', 1000000000) || E'\nl: w')::classifier::text"
