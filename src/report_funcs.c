/*
 * report_funcs.c
 *		Reading payout reports in SQL: per-tier rows, totals, jsonb for BI
 *		tools, and merging two reports of the same schedule.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"

#include "json_out.h"
#include "numeric_util.h"
#include "report.h"

PG_FUNCTION_INFO_V1(report_tiers);
PG_FUNCTION_INFO_V1(report_total);
PG_FUNCTION_INFO_V1(report_claimed);
PG_FUNCTION_INFO_V1(report_claims);
PG_FUNCTION_INFO_V1(report_in_review);
PG_FUNCTION_INFO_V1(report_null_keys);
PG_FUNCTION_INFO_V1(report_schedule);
PG_FUNCTION_INFO_V1(report_merge);
PG_FUNCTION_INFO_V1(report_jsonb);

static void
report_args_totals(FunctionCallInfo fcinfo, ReportParts *parts, ReportTotals *totals)
{
	report_read(PG_GETARG_PAYOUT_REPORT_P(0), parts);
	report_totals(parts, totals);
}

static char *
range_text(const PayoutSchedule *s, int tier)
{
	StringInfoData buf;

	initStringInfo(&buf);
	schedule_append_range(&buf, s, tier);
	return buf.data;
}

static char *
outcome_text(const PayoutSchedule *s, int tier)
{
	StringInfoData buf;

	initStringInfo(&buf);
	schedule_append_outcome(&buf, &s->tiers[tier]);
	return buf.data;
}

/*
 * report_tiers(payout_report) returns one row per tier of the schedule, empty
 * tiers included: tier, lower, upper, outcome, claims, claimed, paid, in_review
 */
Datum
report_tiers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ReportParts parts;

	report_read(PG_GETARG_PAYOUT_REPORT_P(0), &parts);
	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < parts.ntiers; i++)
	{
		const PayoutSchedule *s = parts.schedule;
		Datum		values[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};
		bool		lower_inclusive;

		CHECK_FOR_INTERRUPTS();
		values[0] = Int32GetDatum(i + 1);
		values[1] = NumericGetDatum(dec_to_numeric(schedule_tier_lower(s, i, &lower_inclusive)));
		if (s->tiers[i].flags & TIER_UNBOUNDED)
			nulls[2] = true;
		else
			values[2] = NumericGetDatum(dec_to_numeric(s->tiers[i].upper));
		values[3] = CStringGetTextDatum(outcome_text(s, i));
		values[4] = Int64GetDatum(parts.claims[i]);
		values[5] = NumericGetDatum(parts.claimed[i]);
		values[6] = NumericGetDatum(parts.paid[i]);
		values[7] = Int64GetDatum(report_tier_in_review(s, i) ? parts.claims[i] : 0);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* report_total(payout_report) returns the sum of all payouts */
Datum
report_total(PG_FUNCTION_ARGS)
{
	ReportParts parts;
	ReportTotals totals;

	report_args_totals(fcinfo, &parts, &totals);
	PG_RETURN_NUMERIC(totals.paid);
}

/* report_claimed(payout_report) returns the sum of all keys */
Datum
report_claimed(PG_FUNCTION_ARGS)
{
	ReportParts parts;
	ReportTotals totals;

	report_args_totals(fcinfo, &parts, &totals);
	PG_RETURN_NUMERIC(totals.claimed);
}

/* report_claims(payout_report) returns the number of claims with a key */
Datum
report_claims(PG_FUNCTION_ARGS)
{
	ReportParts parts;
	ReportTotals totals;

	report_args_totals(fcinfo, &parts, &totals);
	PG_RETURN_INT64(totals.claims);
}

/* report_in_review(payout_report) returns the number of claims in review */
Datum
report_in_review(PG_FUNCTION_ARGS)
{
	ReportParts parts;
	ReportTotals totals;

	report_args_totals(fcinfo, &parts, &totals);
	PG_RETURN_INT64(totals.in_review);
}

/* report_null_keys(payout_report) returns the number of rows without a key */
Datum
report_null_keys(PG_FUNCTION_ARGS)
{
	ReportParts parts;

	report_read(PG_GETARG_PAYOUT_REPORT_P(0), &parts);
	PG_RETURN_INT64(parts.null_keys);
}

/* report_schedule(payout_report) returns the schedule the report is for */
Datum
report_schedule(PG_FUNCTION_ARGS)
{
	ReportParts parts;
	PayoutSchedule *copy;

	report_read(PG_GETARG_PAYOUT_REPORT_P(0), &parts);
	copy = palloc(VARSIZE(parts.schedule));
	memcpy(copy, parts.schedule, VARSIZE(parts.schedule));
	PG_RETURN_PAYOUT_SCHEDULE_P(copy);
}

/* report_merge(a, b) returns one report of both; same schedule required */
Datum
report_merge(PG_FUNCTION_ARGS)
{
	PayoutReport *a = PG_GETARG_PAYOUT_REPORT_P(0);
	PayoutReport *b = PG_GETARG_PAYOUT_REPORT_P(1);
	ReportParts parts;
	ReportState *state;

	report_read(a, &parts);
	state = report_state_new(CurrentMemoryContext, parts.schedule);
	report_state_add_report(state, a);
	report_state_add_report(state, b);
	PG_RETURN_PAYOUT_REPORT_P(report_from_state(state));
}

static void
json_tier(StringInfo buf, const ReportParts *parts, int i)
{
	const PayoutSchedule *s = parts->schedule;
	bool		lower_inclusive;

	appendStringInfoChar(buf, '{');
	json_int(buf, "tier", i + 1);
	json_text(buf, "range", range_text(s, i));
	json_numeric(buf, "lower", dec_to_numeric(schedule_tier_lower(s, i, &lower_inclusive)));
	json_key(buf, "upper");
	if (s->tiers[i].flags & TIER_UNBOUNDED)
		appendStringInfoString(buf, "null");
	else
		appendStringInfoString(buf, numeric_text(dec_to_numeric(s->tiers[i].upper)));
	json_text(buf, "outcome", outcome_text(s, i));
	json_int(buf, "claims", parts->claims[i]);
	json_numeric(buf, "claimed", parts->claimed[i]);
	json_numeric(buf, "paid", parts->paid[i]);
	json_int(buf, "in_review", report_tier_in_review(s, i) ? parts->claims[i] : 0);
	appendStringInfoChar(buf, '}');
}

/* report_jsonb(payout_report) returns the report as jsonb (the cast to jsonb) */
Datum
report_jsonb(PG_FUNCTION_ARGS)
{
	ReportParts parts;
	ReportTotals totals;
	StringInfoData buf;
	StringInfoData schedule;

	report_args_totals(fcinfo, &parts, &totals);
	initStringInfo(&schedule);
	schedule_append_text(&schedule, parts.schedule);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_text(&buf, "schedule", schedule.data);
	json_int(&buf, "claims", totals.claims);
	json_numeric(&buf, "claimed", totals.claimed);
	json_numeric(&buf, "paid", totals.paid);
	json_int(&buf, "in_review", totals.in_review);
	json_int(&buf, "null_keys", parts.null_keys);
	json_key(&buf, "tiers");
	appendStringInfoChar(&buf, '[');
	for (int i = 0; i < parts.ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (i > 0)
			appendStringInfoChar(&buf, ',');
		json_tier(&buf, &parts, i);
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_DATUM(json_to_jsonb(&buf));
}
