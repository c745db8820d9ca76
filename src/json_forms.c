/*
 * json_forms.c
 *		The jsonb forms of payout_schedule and classifier (the casts to
 *		jsonb), for tools that read structure rather than the text forms.
 *
 * Numbers are JSON numbers exactly as numeric prints them; a schedule's tiers
 * are listed with both bounds (the stored form keeps only upper bounds), so
 * a reader needs no knowledge of the grammar.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/json.h"

#include "classifier.h"
#include "json_out.h"
#include "linear.h"
#include "numeric_util.h"
#include "schedule.h"

PG_FUNCTION_INFO_V1(payout_schedule_jsonb);
PG_FUNCTION_INFO_V1(classifier_jsonb);

/* A Dec as a JSON number, or null when the flag says it is absent */
static void
json_dec(StringInfo buf, const char *key, Dec d, bool present)
{
	json_numeric(buf, key, present ? dec_to_numeric(d) : NULL);
}

static void
json_schedule_tier(StringInfo buf, const PayoutSchedule *s, int i)
{
	const ScheduleTier *t = &s->tiers[i];
	bool		lower_inclusive;
	Dec			lower = schedule_tier_lower(s, i, &lower_inclusive);
	StringInfoData outcome;

	initStringInfo(&outcome);
	schedule_append_outcome(&outcome, t);
	appendStringInfoChar(buf, '{');
	json_int(buf, "tier", i + 1);
	json_dec(buf, "lower", lower, true);
	json_dec(buf, "upper", t->upper, (t->flags & TIER_UNBOUNDED) == 0);
	json_bool(buf, "lower_inclusive", lower_inclusive);
	json_bool(buf, "upper_inclusive", (t->flags & TIER_UPPER_INCLUSIVE) != 0);
	json_text(buf, "outcome", outcome.data);
	json_bool(buf, "review", (t->flags & TIER_REVIEW) != 0);
	json_dec(buf, "fixed", t->fixed, (t->flags & TIER_REVIEW) == 0);
	json_dec(buf, "rate_percent", t->rate, (t->flags & TIER_HAS_RATE) != 0);
	appendStringInfoChar(buf, '}');
}

/*
 * The options of format version 2, each only when the schedule has it: the
 * jsonb of every schedule without them is what it was, and a reader's
 * s::jsonb ->> 'minimum' is NULL for an absent key as for a null.
 */
static void
json_extension_options(StringInfo buf, const PayoutSchedule *s)
{
	ScheduleExtension ext = schedule_extension(s);

	if (s->flags & SCHED_HAS_MINIMUM)
		json_dec(buf, "minimum", ext.minimum, true);
	if (s->flags & SCHED_HAS_THRESHOLD)
		json_dec(buf, "threshold", ext.threshold, true);
	if (s->flags & SCHED_CAP_AFTER_ROUND)
		json_bool(buf, "cap_after_rounding", true);
}

/*
 * payout_schedule_jsonb(s) returns the schedule as jsonb: its text, mode,
 * deductible, cap and rounding (null when absent), minimum, threshold and
 * cap_after_rounding (present when set) and every tier
 */
Datum
payout_schedule_jsonb(PG_FUNCTION_ARGS)
{
	const PayoutSchedule *s = PG_GETARG_PAYOUT_SCHEDULE_P(0);
	StringInfoData text;
	StringInfoData buf;

	initStringInfo(&text);
	schedule_append_text(&text, s);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_text(&buf, "schedule", text.data);
	json_text(&buf, "mode", s->mode == SCHEDULE_GRADUATED ? "graduated" : "volume");
	json_dec(&buf, "deductible", s->deductible, (s->flags & SCHED_HAS_DEDUCTIBLE) != 0);
	json_dec(&buf, "cap", s->cap, (s->flags & SCHED_HAS_CAP) != 0);
	json_dec(&buf, "round_unit", s->round_unit, (s->flags & SCHED_HAS_ROUND) != 0);
	json_text(&buf, "round_mode", (s->flags & SCHED_HAS_ROUND) != 0 ?
			  round_mode_name((RoundMode) s->round_mode) : NULL);
	json_extension_options(&buf, s);
	json_key(&buf, "tiers");
	appendStringInfoChar(&buf, '[');
	for (int i = 0; i < s->ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (i > 0)
			appendStringInfoChar(&buf, ',');
		json_schedule_tier(&buf, s, i);
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_DATUM(json_to_jsonb(&buf));
}

static void
json_rule_terms(StringInfo buf, const ClassifierView *v)
{
	json_key(buf, "terms");
	appendStringInfoChar(buf, '[');
	for (int i = 0; i < v->c->nitems; i++)
	{
		const ClassifierTerm *t = &v->terms[i];

		CHECK_FOR_INTERRUPTS();
		if (i > 0)
			appendStringInfoChar(buf, ',');
		appendStringInfoChar(buf, '{');
		json_text(buf, "label", classifier_label(v, t->label));
		json_text(buf, "term", pnstrdup(v->strings + t->text_off, t->text_len));
		json_numeric(buf, "weight", int64_div_fast_to_numeric(t->weight, 3));
		appendStringInfoChar(buf, '}');
	}
	appendStringInfoChar(buf, ']');
}

/* A model's labels with what it learned of each */
static void
json_model_labels(StringInfo buf, const ClassifierView *v)
{
	json_key(buf, "labels");
	appendStringInfoChar(buf, '[');
	for (int i = 0; i < v->c->nlabels; i++)
	{
		if (i > 0)
			appendStringInfoChar(buf, ',');
		appendStringInfoChar(buf, '{');
		json_text(buf, "label", classifier_label(v, i));
		json_int(buf, "documents", v->stats[i].docs);
		json_int(buf, "ngrams", v->stats[i].features);
		appendStringInfoChar(buf, '}');
	}
	appendStringInfoChar(buf, ']');
}

/* A float8 member in the shortest form that reads back to it */
static void
json_float(StringInfo buf, const char *key, double value)
{
	json_key(buf, key);
	append_shortest_float(buf, value);
}

/* A linear model's labels, settings and size (the weights are in its text) */
static void
json_linear_model(StringInfo buf, const ClassifierView *v)
{
	json_key(buf, "labels");
	appendStringInfoChar(buf, '[');
	for (int i = 0; i < v->c->nlabels; i++)
	{
		if (i > 0)
			appendStringInfoChar(buf, ',');
		appendStringInfoChar(buf, '{');
		json_text(buf, "label", classifier_label(v, i));
		json_int(buf, "documents", v->lstats[i].docs);
		json_float(buf, "bias", v->lstats[i].bias);
		appendStringInfoChar(buf, '}');
	}
	appendStringInfoChar(buf, ']');
	json_int(buf, "hash_bits", v->c->hash_bits);
	json_int(buf, "buckets", v->c->nitems);
	json_int(buf, "ngram_min", v->params->ngram_min);
	json_int(buf, "ngram_max", v->params->ngram_max);
	json_float(buf, "c", v->params->c);
	json_text(buf, "class_weight", linear_class_weight_name(v->params->class_weight));
}

static void
json_label_names(StringInfo buf, const ClassifierView *v)
{
	json_key(buf, "labels");
	appendStringInfoChar(buf, '[');
	for (int i = 0; i < v->c->nlabels; i++)
	{
		if (i > 0)
			appendStringInfoChar(buf, ',');
		escape_json(buf, classifier_label(v, i));
	}
	appendStringInfoChar(buf, ']');
}

/*
 * classifier_jsonb(c) returns the classifier as jsonb: a rule set's labels
 * (in rule order, which breaks ties), default (null when none) and terms; a
 * model's labels with their training counts and its feature hashing (a
 * linear model's also with their biases, and its settings)
 */
Datum
classifier_jsonb(PG_FUNCTION_ARGS)
{
	ClassifierView v;
	StringInfoData buf;

	classifier_view(PG_GETARG_CLASSIFIER_P(0), &v);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	if (v.c->kind == CLASSIFIER_RULES)
	{
		json_text(&buf, "kind", "rules");
		json_label_names(&buf, &v);
		json_text(&buf, "default", v.c->default_label >= 0 ?
				  classifier_label(&v, v.c->default_label) : NULL);
		json_rule_terms(&buf, &v);
	}
	else if (v.c->kind == CLASSIFIER_LINEAR)
	{
		json_text(&buf, "kind", "linear");
		json_linear_model(&buf, &v);
	}
	else
	{
		json_text(&buf, "kind", "naive_bayes");
		json_model_labels(&buf, &v);
		json_int(&buf, "hash_bits", v.c->hash_bits);
		json_int(&buf, "buckets", v.c->nitems);
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_DATUM(json_to_jsonb(&buf));
}
