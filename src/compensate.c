/*
 * compensate.c
 *		Module entry: compensate turns damage claims into exact payouts
 *		inside PostgreSQL.  Each concern lives in its own file:
 *
 *	pg_compat.h			what differs between PostgreSQL 15, 16, 17 and 18
 *	decimal.c			exact decimals and checked 128-bit arithmetic
 *	exact_sum.c			exact running sums (128 bits, then numeric)
 *	json_out.c			the JSON builders of payout_explain and report jsonb
 *
 *	payout_schedule
 *	schedule_parse.c	the text grammar
 *	schedule_build.c	validation and the canonical stored form
 *	schedule_format.c	the checked accessor of stored schedules
 *	schedule_io.c		text/binary I/O, equality, hashing, ordering
 *	schedule_compile.c			per-query compiled schedules (fn_extra cache;
 *						toast_id.h: stored values known by their TOAST pointer)
 *	payout_eval.c		tier lookup and payout arithmetic
 *	payout.c			the SQL-callable payout functions
 *
 *	payout_report
 *	agg_state.c			aggregate states as expanded objects of SQL types
 *	report_build.c		the report layout and its checked reader
 *	report_state.c		the aggregate state: adding rows, merging
 *	report_agg.c		the aggregates' transition, combine and final functions
 *	report_io.c			text/binary I/O
 *	report_funcs.c		reading and merging reports
 *
 *	classifier
 *	normalize.c			text normalization (NFC, case, Hangul spacing)
 *	aho.c				the Aho-Corasick automaton
 *	rules_parse.c	the rule-set grammar
 *	classifier_build.c	the classifier layout and its checked view
 *	classifier_io.c		I/O and combining
 *	classifier_labels.c		label lookup by name
 *	rules_builtin.c		the built-in rule sets
 *	classifier_classify.c			classify, classify_scores, classify_matches
 *	bayes_train.c, bayes_model.c, bayes_io.c	naive Bayes training, scoring, I/O
 *
 *	allocate_rules.c	the claims-problem rules and rounding
 *	allocate.c			the window and array functions
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
