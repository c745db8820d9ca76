/*
 * canonical_compare.c
 *		Equality, hashing and a sort order for payout_report and classifier,
 *		so that GROUP BY, DISTINCT, UNION and ORDER BY work on them.
 *
 * Two values are equal when their canonical text forms are equal: the text
 * form is the one definition of a value that every release keeps (it is what
 * dump and restore carry), whereas the stored bytes of equal values may
 * differ between format versions.  The order is that of the text bytes: a
 * total order consistent with equality, with no meaning beyond that (as for
 * payout_schedule's).  Comparing builds both texts, which costs about what
 * printing the values costs; these types are grouped and compared in reports,
 * not in per-claim inner loops.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "common/hashfn.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "classifier.h"
#include "report.h"

extern Datum payout_report_out(PG_FUNCTION_ARGS);
extern Datum classifier_out(PG_FUNCTION_ARGS);

typedef Datum (*OutputFn) (PG_FUNCTION_ARGS);

static char *
canonical_text(OutputFn out, Datum d)
{
	return DatumGetCString(DirectFunctionCall1(out, d));
}

/*
 * The memory context a comparison works in, reset after each one: a sort
 * compares in a context that lives as long as the sort, and two texts per
 * comparison would pile up there.  NULL without flinfo (a direct call): the
 * caller's context, the texts freed.
 */
static MemoryContext
compare_begin(FunctionCallInfo fcinfo)
{
	FmgrInfo   *flinfo = fcinfo->flinfo;

	if (flinfo == NULL)
		return NULL;
	if (flinfo->fn_extra == NULL)
		flinfo->fn_extra = AllocSetContextCreate(flinfo->fn_mcxt, "compensate canonical comparison",
												 ALLOCSET_SMALL_SIZES);
	return MemoryContextSwitchTo((MemoryContext) flinfo->fn_extra);
}

static void
compare_end(FunctionCallInfo fcinfo, MemoryContext old, char *a, char *b)
{
	if (old == NULL)
	{
		pfree(a);
		if (b != NULL)
			pfree(b);
		return;
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset((MemoryContext) fcinfo->flinfo->fn_extra);
}

/* memcmp order of the canonical texts, shorter first on a common prefix */
static int
canonical_cmp(FunctionCallInfo fcinfo, OutputFn out)
{
	MemoryContext old = compare_begin(fcinfo);
	char	   *a = canonical_text(out, PG_GETARG_DATUM(0));
	char	   *b = canonical_text(out, PG_GETARG_DATUM(1));
	int			c = strcmp(a, b);

	compare_end(fcinfo, old, a, b);
	return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

static uint32
canonical_hash(FunctionCallInfo fcinfo, OutputFn out)
{
	MemoryContext old = compare_begin(fcinfo);
	char	   *s = canonical_text(out, PG_GETARG_DATUM(0));
	uint32		h = DatumGetUInt32(hash_any((unsigned char *) s, strlen(s)));

	compare_end(fcinfo, old, s, NULL);
	return h;
}

static uint64
canonical_hash_extended(FunctionCallInfo fcinfo, OutputFn out)
{
	MemoryContext old = compare_begin(fcinfo);
	char	   *s = canonical_text(out, PG_GETARG_DATUM(0));
	uint64		h = DatumGetUInt64(hash_any_extended((unsigned char *) s, strlen(s),
													 PG_GETARG_INT64(1)));

	compare_end(fcinfo, old, s, NULL);
	return h;
}

/* The operator and support functions of one type */
#define CANONICAL_COMPARE_FUNCTIONS(prefix, out) \
	PG_FUNCTION_INFO_V1(prefix##_eq); \
	PG_FUNCTION_INFO_V1(prefix##_ne); \
	PG_FUNCTION_INFO_V1(prefix##_lt); \
	PG_FUNCTION_INFO_V1(prefix##_le); \
	PG_FUNCTION_INFO_V1(prefix##_gt); \
	PG_FUNCTION_INFO_V1(prefix##_ge); \
	PG_FUNCTION_INFO_V1(prefix##_cmp); \
	PG_FUNCTION_INFO_V1(prefix##_hash); \
	PG_FUNCTION_INFO_V1(prefix##_hash_extended); \
	Datum prefix##_eq(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(canonical_cmp(fcinfo, out) == 0); } \
	Datum prefix##_ne(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(canonical_cmp(fcinfo, out) != 0); } \
	Datum prefix##_lt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(canonical_cmp(fcinfo, out) < 0); } \
	Datum prefix##_le(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(canonical_cmp(fcinfo, out) <= 0); } \
	Datum prefix##_gt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(canonical_cmp(fcinfo, out) > 0); } \
	Datum prefix##_ge(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(canonical_cmp(fcinfo, out) >= 0); } \
	Datum prefix##_cmp(PG_FUNCTION_ARGS) { PG_RETURN_INT32(canonical_cmp(fcinfo, out)); } \
	Datum prefix##_hash(PG_FUNCTION_ARGS) { PG_RETURN_UINT32(canonical_hash(fcinfo, out)); } \
	Datum prefix##_hash_extended(PG_FUNCTION_ARGS) { PG_RETURN_UINT64(canonical_hash_extended(fcinfo, out)); }

CANONICAL_COMPARE_FUNCTIONS(payout_report, payout_report_out)
CANONICAL_COMPARE_FUNCTIONS(classifier, classifier_out)
