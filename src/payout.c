/*
 * payout.c
 *		SQL-callable functions over payout schedules: payout, payout_tier,
 *		needs_review, payout_explain and tiers.
 *
 * Keys come as numeric, bigint or integer; the integer forms take the
 * integer fast path of payout_eval.c without converting to numeric.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"

#include "schedule_compile.h"
#include "json_out.h"
#include "payout_eval.h"

PG_FUNCTION_INFO_V1(payout_numeric);
PG_FUNCTION_INFO_V1(payout_int8);
PG_FUNCTION_INFO_V1(payout_int4);
PG_FUNCTION_INFO_V1(payout_int2);
PG_FUNCTION_INFO_V1(payout_with_base);
PG_FUNCTION_INFO_V1(payout_tier_numeric);
PG_FUNCTION_INFO_V1(payout_tier_int8);
PG_FUNCTION_INFO_V1(payout_tier_int4);
PG_FUNCTION_INFO_V1(payout_tier_int2);
PG_FUNCTION_INFO_V1(needs_review_numeric);
PG_FUNCTION_INFO_V1(needs_review_int8);
PG_FUNCTION_INFO_V1(needs_review_int4);
PG_FUNCTION_INFO_V1(needs_review_int2);
PG_FUNCTION_INFO_V1(payout_explain);
PG_FUNCTION_INFO_V1(payout_schedule_tiers);

#define RETURN_PAYOUT(n) \
	do { \
		Numeric		result_ = (n); \
		if (result_ == NULL) \
			PG_RETURN_NULL(); \
		PG_RETURN_NUMERIC(result_); \
	} while (0)

/* payout(schedule, numeric) returns the payout, NULL when in review */
Datum
payout_numeric(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	RETURN_PAYOUT(payout_for_numeric(cs, PG_GETARG_NUMERIC(1), NULL, NULL));
}

/* payout(schedule, bigint) returns the payout, NULL when in review */
Datum
payout_int8(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	RETURN_PAYOUT(payout_for_int(cs, PG_GETARG_INT64(1)));
}

/* payout(schedule, integer) returns the payout, NULL when in review */
Datum
payout_int4(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	RETURN_PAYOUT(payout_for_int(cs, (int64) PG_GETARG_INT32(1)));
}

/* payout(schedule, smallint) returns the payout, NULL when in review */
Datum
payout_int2(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	RETURN_PAYOUT(payout_for_int(cs, (int64) PG_GETARG_INT16(1)));
}

/* payout(schedule, key, base) returns the payout with rates applied to base */
Datum
payout_with_base(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);
	Numeric		base = PG_GETARG_NUMERIC(2);

	check_base(cs, base);
	RETURN_PAYOUT(payout_for_numeric(cs, PG_GETARG_NUMERIC(1), base, NULL));
}

/* payout_tier(schedule, numeric) returns the 1-based tier of the key */
Datum
payout_tier_numeric(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_INT32(tier_for_numeric(cs, PG_GETARG_NUMERIC(1)) + 1);
}

/* payout_tier(schedule, bigint) returns the 1-based tier of the key */
Datum
payout_tier_int8(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_INT32(tier_for_int(cs, PG_GETARG_INT64(1)) + 1);
}

/* payout_tier(schedule, integer) returns the 1-based tier of the key */
Datum
payout_tier_int4(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_INT32(tier_for_int(cs, (int64) PG_GETARG_INT32(1)) + 1);
}

/* payout_tier(schedule, smallint) returns the 1-based tier of the key */
Datum
payout_tier_int2(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_INT32(tier_for_int(cs, (int64) PG_GETARG_INT16(1)) + 1);
}

/* needs_review(schedule, numeric) returns true when the key goes to review */
Datum
needs_review_numeric(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_BOOL(tier_needs_review(cs, tier_for_numeric(cs, PG_GETARG_NUMERIC(1))));
}

/* needs_review(schedule, bigint) returns true when the key goes to review */
Datum
needs_review_int8(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_BOOL(tier_needs_review(cs, tier_for_int(cs, PG_GETARG_INT64(1))));
}

/* needs_review(schedule, integer) returns true when the key goes to review */
Datum
needs_review_int4(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_BOOL(tier_needs_review(cs, tier_for_int(cs, (int64) PG_GETARG_INT32(1))));
}

/* needs_review(schedule, smallint) returns true when the key goes to review */
Datum
needs_review_int2(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);

	PG_RETURN_BOOL(tier_needs_review(cs, tier_for_int(cs, (int64) PG_GETARG_INT16(1))));
}

/* Intermediate values are shown without trailing zeros, the payout as is */
static void
json_trimmed(StringInfo buf, const char *key, Numeric value)
{
	if (value != NULL)
		value = DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale, NumericGetDatum(value)));
	json_numeric(buf, key, value);
}

static void
json_range_and_outcome(StringInfo buf, const PayoutSchedule *s, int tier)
{
	StringInfoData text;

	initStringInfo(&text);
	schedule_append_range(&text, s, tier);
	json_text(buf, "range", text.data);
	resetStringInfo(&text);
	schedule_append_outcome(&text, &s->tiers[tier]);
	json_text(buf, "outcome", text.data);
}

/* Graduated schedules: what each tier up to the key's contributes */
static void
json_graduated_parts(StringInfo buf, const CompiledSchedule *cs, int tier, Numeric key)
{
	json_key(buf, "parts");
	appendStringInfoChar(buf, '[');
	for (int i = 0; i <= tier; i++)
	{
		appendStringInfoString(buf, i > 0 ? ",{" : "{");
		json_int(buf, "tier", i + 1);
		json_range_and_outcome(buf, cs->source, i);
		json_trimmed(buf, "paid", cs->tiers[i].review ? NULL : tier_part_paid(cs, i, key));
		appendStringInfoChar(buf, '}');
	}
	appendStringInfoChar(buf, ']');
}

/*
 * The steps of the options added in 0.5, each shown only when the schedule
 * has its option, so that the explanation of every other schedule is what it
 * was: after_minimum; after_round when rounding is not the last step (a cap
 * after rounding or a threshold follows it); below_threshold, whether the
 * threshold turned the payout into 0.
 */
static void
json_option_steps(StringInfo buf, const CompiledSchedule *cs, const PayoutTrace *trace)
{
	bool		reviewed = (trace->payout == NULL);

	if (cs->has_minimum)
		json_trimmed(buf, "after_minimum", trace->after_minimum);
	if (cs->has_round && (cs->cap_after_round || cs->has_threshold))
		json_trimmed(buf, "after_round", trace->after_round);
	if (cs->has_threshold)
	{
		if (reviewed)
		{
			json_key(buf, "below_threshold");
			appendStringInfoString(buf, "null");
		}
		else
			json_bool(buf, "below_threshold", trace->below_threshold);
	}
}

/* payout_explain(schedule, key [, base]) returns every step as jsonb */
Datum
payout_explain(PG_FUNCTION_ARGS)
{
	CompiledSchedule *cs = compiled_schedule(fcinfo, 0);
	Numeric		key = PG_GETARG_NUMERIC(1);
	Numeric		base = NULL;
	int			tier = tier_for_numeric(cs, key);
	bool		review = tier_needs_review(cs, tier);
	PayoutTrace trace;
	StringInfoData buf;

	if (PG_NARGS() > 2)
	{
		base = PG_GETARG_NUMERIC(2);
		check_base(cs, base);
	}
	payout_for_numeric(cs, key, base, &trace);

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_text(&buf, "mode", cs->mode == SCHEDULE_GRADUATED ? "graduated" : "volume");
	json_trimmed(&buf, "key", key);
	json_trimmed(&buf, "base", trace.base);
	json_int(&buf, "tier", tier + 1);
	json_range_and_outcome(&buf, cs->source, tier);
	if (cs->mode == SCHEDULE_GRADUATED)
		json_graduated_parts(&buf, cs, tier, key);
	json_trimmed(&buf, "raw", trace.raw);
	json_trimmed(&buf, "after_deductible", trace.after_deductible);
	json_option_steps(&buf, cs, &trace);
	json_trimmed(&buf, "after_cap", trace.after_cap);
	json_numeric(&buf, "payout", trace.payout);
	json_key(&buf, "review");
	appendStringInfoString(&buf, review ? "true" : "false");
	appendStringInfoChar(&buf, '}');
	PG_RETURN_DATUM(json_to_jsonb(&buf));
}

/* tiers(schedule) returns one row per tier: bounds, inclusivity, outcome */
Datum
payout_schedule_tiers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	PayoutSchedule *s = PG_GETARG_PAYOUT_SCHEDULE_P(0);
	StringInfoData outcome;

	InitMaterializedSRF(fcinfo, 0);
	initStringInfo(&outcome);
	for (int i = 0; i < s->ntiers; i++)
	{
		const ScheduleTier *t = &s->tiers[i];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		bool		lower_inclusive;
		Dec			lower = schedule_tier_lower(s, i, &lower_inclusive);

		resetStringInfo(&outcome);
		schedule_append_outcome(&outcome, t);
		values[0] = Int32GetDatum(i + 1);
		values[1] = NumericGetDatum(dec_to_numeric(lower));
		if (t->flags & TIER_UNBOUNDED)
			nulls[2] = true;
		else
			values[2] = NumericGetDatum(dec_to_numeric(t->upper));
		values[3] = BoolGetDatum(lower_inclusive);
		values[4] = BoolGetDatum((t->flags & TIER_UPPER_INCLUSIVE) != 0);
		values[5] = CStringGetTextDatum(outcome.data);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
