/*
 * schedule_from_tiers.c
 *		A payout schedule from a tier table: policies live in spreadsheets,
 *		one row per tier with its upper bound and its outcome.
 *
 *	schedule_from_tiers(mode, uppers numeric[], outcomes text[],
 *						lower DEFAULT 0, upper_inclusive DEFAULT true,
 *						options DEFAULT '')
 *
 * Tier i covers the keys from the previous tier's upper bound (the first
 * tier: from lower, inclusive) to uppers[i]; upper_inclusive says which side
 * a bound belongs to ("up to 300,000" is inclusive; graduated brackets
 * usually are not).  A NULL upper bound, allowed in the last tier only, is
 * an open top.  The outcomes and options are written as in the schedule's
 * text ("30000", "10%", "5000 + 2%", "review"; "cap 100000 round 10",
 * "minimum 25 threshold 1").
 * The schedule is the text assembled from the rows and parsed as
 * payout_schedule input parses it, so there is one grammar and one set of
 * checks; an error quotes the assembled text.  Each outcome is read alone
 * first, so that one cell cannot smuggle in a tier or an option.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/builtins.h"

#include "numeric_util.h"
#include "schedule.h"

PG_FUNCTION_INFO_V1(schedule_from_tiers);

/* The elements of a one-dimensional array argument, with their count */
static int
array_elements(ArrayType *a, Oid type, const char *what, Datum **values, bool **nulls)
{
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			n;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a one-dimensional array", what)));
	get_typlenbyvalalign(type, &typlen, &typbyval, &typalign);
	deconstruct_array(a, type, typlen, typbyval, typalign, values, nulls, &n);
	return n;
}

/* "[lower," or "(previous," / "[previous," : where tier i starts */
static void
append_tier_start(StringInfo buf, int i, Numeric lower, Numeric previous, bool upper_inclusive)
{
	if (i == 0)
		appendStringInfo(buf, "[%s,", numeric_text(lower));
	else
		appendStringInfo(buf, "%c%s,", upper_inclusive ? '(' : '[', numeric_text(previous));
}

static void
append_tier_end(StringInfo buf, Numeric upper, bool upper_inclusive)
{
	if (upper == NULL)
		appendStringInfoChar(buf, ')');
	else
		appendStringInfo(buf, "%s%c", numeric_text(upper), upper_inclusive ? ']' : ')');
}

typedef struct TierContext
{
	int			tier;
	int			ntiers;
} TierContext;

static void
tier_error_context(void *arg)
{
	TierContext *tc = (TierContext *) arg;

	errcontext("the outcome of tier %d of %d of the tier table", tc->tier, tc->ntiers);
}

/*
 * Each outcome must be one outcome: read alone, as the only tier of a
 * schedule, it gives one tier and no option (else "5, (100,) => 7" would add
 * a tier, "5 cap 1" an option)
 */
static void
check_outcome(const char *mode, int tier, int ntiers, const char *outcome)
{
	TierContext tc = {tier, ntiers};
	ErrorContextCallback callback = {error_context_stack, tier_error_context, &tc};
	PayoutSchedule *probe;

	error_context_stack = &callback;
	probe = schedule_from_text(psprintf("%s [0,) => %s", mode, outcome));
	error_context_stack = callback.previous;
	if (probe->ntiers != 1 || (probe->flags & SCHED_OPTION_FLAGS) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the outcome of tier %d of %d is not one outcome: \"%s\"", tier, ntiers, outcome),
				 errhint("An outcome is an amount, a rate such as 10%%, an amount + a rate, or review; options go in options.")));
}

static char *
tiers_text(const char *mode, Numeric lower, bool upper_inclusive, int n,
		   const Datum *uppers, const bool *upper_nulls,
		   const Datum *outcomes, const bool *outcome_nulls, const char *options)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s ", mode);
	for (int i = 0; i < n; i++)
	{
		Numeric		upper = upper_nulls[i] ? NULL : DatumGetNumeric(uppers[i]);

		if (upper == NULL && i < n - 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("tier %d of %d has no upper bound", i + 1, n),
					 errdetail("Only the last tier may be unbounded (a NULL upper bound).")));
		if (outcome_nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("tier %d of %d has no outcome", i + 1, n),
					 errhint("Write an amount, a percentage, or review.")));
		if (i > 0)
			appendStringInfoString(&buf, ", ");
		append_tier_start(&buf, i, lower, i > 0 ? DatumGetNumeric(uppers[i - 1]) : NULL,
						  upper_inclusive);
		append_tier_end(&buf, upper, upper_inclusive);
		check_outcome(mode, i + 1, n, TextDatumGetCString(outcomes[i]));
		appendStringInfo(&buf, " => %s", TextDatumGetCString(outcomes[i]));
	}
	if (options[0] != '\0')
		appendStringInfo(&buf, " %s", options);
	return buf.data;
}

Datum
schedule_from_tiers(PG_FUNCTION_ARGS)
{
	char	   *mode = text_to_cstring(PG_GETARG_TEXT_PP(0));
	Datum	   *uppers;
	Datum	   *outcomes;
	bool	   *upper_nulls;
	bool	   *outcome_nulls;
	int			nuppers = array_elements(PG_GETARG_ARRAYTYPE_P(1), NUMERICOID, "uppers",
										 &uppers, &upper_nulls);
	int			noutcomes = array_elements(PG_GETARG_ARRAYTYPE_P(2), TEXTOID, "outcomes",
										   &outcomes, &outcome_nulls);
	PayoutSchedule *schedule;

	if (strcmp(mode, "volume") != 0 && strcmp(mode, "graduated") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown schedule mode \"%s\"", mode),
				 errhint("The modes are volume (the whole key takes its tier's outcome) and graduated (each tier pays for its part).")));
	if (nuppers != noutcomes)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("uppers and outcomes differ in length (%d and %d)", nuppers, noutcomes),
				 errdetail("Each tier has one upper bound (NULL for an open top) and one outcome.")));
	if (nuppers == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a schedule needs at least one tier")));
	schedule = schedule_from_text(tiers_text(mode, PG_GETARG_NUMERIC(3), PG_GETARG_BOOL(4), nuppers,
											 uppers, upper_nulls, outcomes, outcome_nulls,
											 text_to_cstring(PG_GETARG_TEXT_PP(5))));
	/* what options holds must not add tiers either */
	if (schedule->ntiers != nuppers)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("options must hold options only (deductible, minimum, cap, round, threshold), not tiers")));
	PG_RETURN_PAYOUT_SCHEDULE_P(schedule);
}
