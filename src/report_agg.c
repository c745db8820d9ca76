/*
 * report_agg.c
 *		The payout_report and report_rollup aggregates: transition, combine,
 *		serialize, deserialize and final functions.
 *
 * The state is internal (a ReportState in the aggregate context); partial
 * states travel between processes (parallel workers, Citus workers) as the
 * payout_report varlena in a bytea, which carries its own schedule, so that
 * a state can be merged anywhere without session or catalog lookups.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"

#include "compiled.h"
#include "report.h"

PG_FUNCTION_INFO_V1(payout_report_trans_int8);
PG_FUNCTION_INFO_V1(payout_report_trans_int4);
PG_FUNCTION_INFO_V1(payout_report_trans_numeric);
PG_FUNCTION_INFO_V1(payout_report_trans_base);
PG_FUNCTION_INFO_V1(report_rollup_trans);
PG_FUNCTION_INFO_V1(payout_report_combine);
PG_FUNCTION_INFO_V1(payout_report_serialize);
PG_FUNCTION_INFO_V1(payout_report_deserialize);
PG_FUNCTION_INFO_V1(payout_report_final);

static MemoryContext
aggregate_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext mcxt;

	if (!AggCheckCallContext(fcinfo, &mcxt))
		elog(ERROR, "%s called in non-aggregate context", name);
	return mcxt;
}

/*
 * The state for this row and the row's compiled schedule (argument 1).  A
 * NULL schedule is an error: silently dropping the claims of a segment that
 * found no schedule would understate the report.
 */
static ReportState *
state_for_row(FunctionCallInfo fcinfo, const CompiledSchedule **cs)
{
	MemoryContext mcxt = aggregate_context(fcinfo, "payout_report");
	ReportState *state = PG_ARGISNULL(0) ? NULL : (ReportState *) PG_GETARG_POINTER(0);

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("payout_report needs a schedule for every row"),
				 errhint("A row whose segment has no schedule gets NULL from an outer join; use an inner join or COALESCE to a default schedule.")));
	*cs = compiled_schedule(fcinfo, 1);
	if (state == NULL)
		state = report_state_new(mcxt, (*cs)->source);
	report_state_use_schedule(state, *cs);
	return state;
}

/* payout_report(s, bigint) transition: one claim */
Datum
payout_report_trans_int8(PG_FUNCTION_ARGS)
{
	const CompiledSchedule *cs;
	ReportState *state = state_for_row(fcinfo, &cs);

	if (PG_ARGISNULL(2))
		state->null_keys++;
	else
		report_state_add_int(state, cs, PG_GETARG_INT64(2));
	PG_RETURN_POINTER(state);
}

/* payout_report(s, integer) transition: one claim */
Datum
payout_report_trans_int4(PG_FUNCTION_ARGS)
{
	const CompiledSchedule *cs;
	ReportState *state = state_for_row(fcinfo, &cs);

	if (PG_ARGISNULL(2))
		state->null_keys++;
	else
		report_state_add_int(state, cs, (int64) PG_GETARG_INT32(2));
	PG_RETURN_POINTER(state);
}

/* payout_report(s, numeric) transition: one claim */
Datum
payout_report_trans_numeric(PG_FUNCTION_ARGS)
{
	const CompiledSchedule *cs;
	ReportState *state = state_for_row(fcinfo, &cs);

	if (PG_ARGISNULL(2))
		state->null_keys++;
	else
		report_state_add_numeric(state, cs, PG_GETARG_NUMERIC(2), NULL);
	PG_RETURN_POINTER(state);
}

/* payout_report(s, key numeric, base numeric) transition: one claim */
Datum
payout_report_trans_base(PG_FUNCTION_ARGS)
{
	const CompiledSchedule *cs;
	ReportState *state = state_for_row(fcinfo, &cs);

	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		state->null_keys++;
	else
		report_state_add_numeric(state, cs, PG_GETARG_NUMERIC(2), PG_GETARG_NUMERIC(3));
	PG_RETURN_POINTER(state);
}

/* report_rollup(payout_report) transition: one stored report; NULLs skipped */
Datum
report_rollup_trans(PG_FUNCTION_ARGS)
{
	MemoryContext mcxt = aggregate_context(fcinfo, "report_rollup");
	ReportState *state = PG_ARGISNULL(0) ? NULL : (ReportState *) PG_GETARG_POINTER(0);
	PayoutReport *r;

	if (PG_ARGISNULL(1))
	{
		/* a NULL report adds nothing; a group of only NULLs stays NULL */
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}
	r = PG_GETARG_PAYOUT_REPORT_P(1);
	if (state == NULL)
	{
		ReportParts parts;

		report_read(r, &parts);
		state = report_state_new(mcxt, parts.schedule);
	}
	report_state_add_report(state, r);
	PG_RETURN_POINTER(state);
}

/* combine(internal, internal) merges the second state into the first */
Datum
payout_report_combine(PG_FUNCTION_ARGS)
{
	MemoryContext mcxt = aggregate_context(fcinfo, "payout_report_combine");
	ReportState *a = PG_ARGISNULL(0) ? NULL : (ReportState *) PG_GETARG_POINTER(0);
	ReportState *b = PG_ARGISNULL(1) ? NULL : (ReportState *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		/* never a NULL pointer as a non-NULL state */
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = report_state_new(mcxt, b->schedule);
	report_state_merge(a, b);
	PG_RETURN_POINTER(a);
}

/* serialize(internal) returns the state as a report in a bytea */
Datum
payout_report_serialize(PG_FUNCTION_ARGS)
{
	ReportState *state = (ReportState *) PG_GETARG_POINTER(0);

	PG_RETURN_BYTEA_P((bytea *) report_from_state(state));
}

/* deserialize(bytea, internal) returns a state from a serialized one */
Datum
payout_report_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext mcxt = aggregate_context(fcinfo, "payout_report_deserialize");
	PayoutReport *r = (PayoutReport *) PG_GETARG_BYTEA_P(0);
	ReportParts parts;
	ReportState *state;

	/* a bytea is only int-aligned where it arrives; the report has int64s */
	if ((uintptr_t) r % MAXIMUM_ALIGNOF != 0)
	{
		PayoutReport *copy = palloc(VARSIZE(r));

		memcpy(copy, r, VARSIZE(r));
		r = copy;
	}
	report_read(r, &parts);
	state = report_state_new(mcxt, parts.schedule);
	report_state_add_report(state, r);
	PG_RETURN_POINTER(state);
}

/* final(internal) returns the payout_report; NULL for no rows */
Datum
payout_report_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_PAYOUT_REPORT_P(report_from_state((ReportState *) PG_GETARG_POINTER(0)));
}
