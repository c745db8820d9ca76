/*
 * report_agg.c
 *		The payout_report and report_rollup aggregates: transition, combine
 *		and final functions.
 *
 * The state is a payout_report value (agg_state.h): during aggregation an
 * expanded object holding a ReportState, updated in place; between processes
 * (parallel workers, Citus workers) the report itself, which carries its own
 * schedule, so that a state can be merged anywhere without session or
 * catalog lookups, and rolling stored reports up is the same merge as
 * combining partial states.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"

#include "agg_state.h"
#include "schedule_compile.h"
#include "report.h"

PG_FUNCTION_INFO_V1(payout_report_trans_int8);
PG_FUNCTION_INFO_V1(payout_report_trans_int4);
PG_FUNCTION_INFO_V1(payout_report_trans_int2);
PG_FUNCTION_INFO_V1(payout_report_trans_numeric);
PG_FUNCTION_INFO_V1(payout_report_trans_base);
PG_FUNCTION_INFO_V1(report_rollup_trans);
PG_FUNCTION_INFO_V1(payout_report_combine);
PG_FUNCTION_INFO_V1(payout_report_serialize);
PG_FUNCTION_INFO_V1(payout_report_deserialize);
PG_FUNCTION_INFO_V1(payout_report_final);

static struct varlena *
report_flatten(const void *body)
{
	return (struct varlena *) report_from_state((const ReportState *) body);
}

static void *
report_expand(const struct varlena *flat, MemoryContext mcxt)
{
	const PayoutReport *r = (const PayoutReport *) flat;
	ReportParts parts;
	ReportState *state;

	report_read(r, &parts);
	state = report_state_new(mcxt, parts.schedule);
	report_state_add_report(state, r);
	return state;
}

static const AggStateKind report_kind = {"payout_report", report_flatten, report_expand};

/* A new state for schedule s */
static AggState *
report_agg_new(MemoryContext aggcxt, const PayoutSchedule *s)
{
	AggState   *as = agg_state_create(aggcxt, &report_kind);

	as->body = report_state_new(agg_state_memory(as), s);
	return as;
}

/*
 * The compiled form of this row's schedule (argument 1).  Citus's
 * worker_partial_agg looks the transition function up again for every row,
 * so the call site's cache (fn_extra) is new on every row there; the state
 * then lends its own compiled schedule when the row's is the same.
 */
static const CompiledSchedule *
row_schedule(FunctionCallInfo fcinfo, ReportState *state)
{
	if (state != NULL && fcinfo->flinfo->fn_extra == NULL)
	{
		const CompiledSchedule *own = report_state_compiled(state, PG_GETARG_PAYOUT_SCHEDULE_P(1));

		if (own != NULL)
			return own;
	}
	return compiled_schedule(fcinfo, 1);
}

/*
 * The state for this row and the row's compiled schedule (argument 1).  A
 * NULL schedule is an error: silently dropping the claims of a segment that
 * found no schedule would understate the report.
 */
static AggState *
state_for_row(FunctionCallInfo fcinfo, const CompiledSchedule **cs)
{
	MemoryContext aggcxt = agg_state_context(fcinfo, "payout_report");
	AggState   *as = agg_state_arg(fcinfo, 0, &report_kind, aggcxt);

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("payout_report needs a schedule for every row"),
				 errhint("A row whose segment has no schedule gets NULL from an outer join; use an inner join or COALESCE to a default schedule.")));
	*cs = row_schedule(fcinfo, as == NULL ? NULL : (ReportState *) as->body);
	if (as == NULL)
		as = report_agg_new(aggcxt, (*cs)->source);
	report_state_use_schedule((ReportState *) as->body, *cs);
	return as;
}

/* How each overload adds its row: the key is argument 2 (and the base 3) */
static void
add_int8(ReportState *state, const CompiledSchedule *cs, FunctionCallInfo fcinfo)
{
	report_state_add_int(state, cs, PG_GETARG_INT64(2));
}

static void
add_int4(ReportState *state, const CompiledSchedule *cs, FunctionCallInfo fcinfo)
{
	report_state_add_int(state, cs, (int64) PG_GETARG_INT32(2));
}

static void
add_int2(ReportState *state, const CompiledSchedule *cs, FunctionCallInfo fcinfo)
{
	report_state_add_int(state, cs, (int64) PG_GETARG_INT16(2));
}

static void
add_numeric(ReportState *state, const CompiledSchedule *cs, FunctionCallInfo fcinfo)
{
	report_state_add_numeric(state, cs, PG_GETARG_NUMERIC(2), NULL);
}

static void
add_base(ReportState *state, const CompiledSchedule *cs, FunctionCallInfo fcinfo)
{
	report_state_add_numeric(state, cs, PG_GETARG_NUMERIC(2), PG_GETARG_NUMERIC(3));
}

/* The transition of one claim: a NULL key (or base) is counted apart */
static inline Datum
add_claim(FunctionCallInfo fcinfo, int nkeys,
		  void (*add) (ReportState *, const CompiledSchedule *, FunctionCallInfo))
{
	const CompiledSchedule *cs;
	AggState   *as = state_for_row(fcinfo, &cs);
	ReportState *state = as->body;

	if (PG_ARGISNULL(2) || (nkeys == 2 && PG_ARGISNULL(3)))
		state->null_keys++;
	else
		add(state, cs, fcinfo);
	PG_RETURN_DATUM(agg_state_return(as));
}

/* payout_report(s, bigint) transition: one claim */
Datum
payout_report_trans_int8(PG_FUNCTION_ARGS)
{
	return add_claim(fcinfo, 1, add_int8);
}

/* payout_report(s, integer) transition: one claim */
Datum
payout_report_trans_int4(PG_FUNCTION_ARGS)
{
	return add_claim(fcinfo, 1, add_int4);
}

/* payout_report(s, smallint) transition: one claim */
Datum
payout_report_trans_int2(PG_FUNCTION_ARGS)
{
	return add_claim(fcinfo, 1, add_int2);
}

/* payout_report(s, numeric) transition: one claim */
Datum
payout_report_trans_numeric(PG_FUNCTION_ARGS)
{
	return add_claim(fcinfo, 1, add_numeric);
}

/* payout_report(s, key numeric, base numeric) transition: one claim */
Datum
payout_report_trans_base(PG_FUNCTION_ARGS)
{
	return add_claim(fcinfo, 2, add_base);
}

/* Merge argument argno (a state or a report, not NULL) into as */
static void
merge_arg(AggState *as, FunctionCallInfo fcinfo, int argno)
{
	const struct varlena *flat;
	const ReportState *other = agg_state_peek(fcinfo, argno, &report_kind, &flat);

	if (other != NULL)
		report_state_merge((ReportState *) as->body, other);
	else
		report_state_add_report((ReportState *) as->body, (const PayoutReport *) flat);
}

/*
 * The state with argument 1 merged in, for report_rollup's transition and
 * the combine function alike: a NULL argument adds nothing, and a group of
 * only NULLs stays NULL.
 */
static Datum
merge_into_state(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext aggcxt = agg_state_context(fcinfo, name);
	AggState   *as = agg_state_arg(fcinfo, 0, &report_kind, aggcxt);

	if (PG_ARGISNULL(1))
		return agg_state_result(fcinfo, as);
	if (as == NULL)
		as = agg_state_arg(fcinfo, 1, &report_kind, aggcxt);
	else
		merge_arg(as, fcinfo, 1);
	PG_RETURN_DATUM(agg_state_return(as));
}

/* report_rollup(payout_report) transition: one stored report; NULLs skipped */
Datum
report_rollup_trans(PG_FUNCTION_ARGS)
{
	return merge_into_state(fcinfo, "report_rollup");
}

/* combine(payout_report, payout_report) merges the second state into the first */
Datum
payout_report_combine(PG_FUNCTION_ARGS)
{
	return merge_into_state(fcinfo, "payout_report_combine");
}

/* serialize(internal), for 0.2's aggregate definitions (agg_state.c) */
Datum
payout_report_serialize(PG_FUNCTION_ARGS)
{
	return agg_state_serialize(fcinfo, &report_kind);
}

/* deserialize(bytea, internal), for 0.2's aggregate definitions */
Datum
payout_report_deserialize(PG_FUNCTION_ARGS)
{
	return agg_state_deserialize(fcinfo, &report_kind);
}

/* final(payout_report) returns the report of the state; NULL for no rows */
Datum
payout_report_final(PG_FUNCTION_ARGS)
{
	return agg_state_final(fcinfo, &report_kind);
}
