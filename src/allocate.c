/*
 * allocate.c
 *		SQL-callable budget allocation: the allocate() window function (plain
 *		and weighted) and the allocate() array functions.
 *
 * The window function reads its whole partition on its first call, solves
 * the partition once into the partition's local memory, and then returns one
 * award per row.  The budget, rule and unit are terms of the partition: read
 * from its first row and, unless they are constants, checked on every other.
 * The window frame plays no part (as for ntile): the whole partition shares
 * its budget, and the window's ORDER BY only decides ties in the rounding.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "allocate.h"
#include "numeric_util.h"
#include "decimal.h"

PG_FUNCTION_INFO_V1(allocate_window);
PG_FUNCTION_INFO_V1(allocate_array);

/* Argument positions, the same in the window and the array forms */
#define ARG_CLAIM	0
#define ARG_BUDGET	1
#define ARG_RULE	2
#define ARG_UNIT	3
#define ARG_WEIGHT	4

/* What the window function keeps for one partition */
typedef struct PartitionAwards
{
	bool		solved;
	AllocResult *result;		/* NULL: no budget or rule, every award NULL */
} PartitionAwards;

/* A term of the partition as read from its first row */
typedef struct Term
{
	int			argno;
	const char *name;
	bool		constant;		/* the same for every row: no need to check */
	Datum		value;			/* copied into the partition's memory */
	bool		isnull;
} Term;

/* Argument argno on the partition's row `row` (0-based) */
static Datum
window_arg(WindowObject winobj, int argno, int64 row, bool *isnull)
{
	bool		isout;
	Datum		d = WinGetFuncArgInPartition(winobj, argno, (int) row, WINDOW_SEEK_HEAD,
											 false, isnull, &isout);

	if (isout)
		elog(ERROR, "allocate: row " INT64_FORMAT " is outside its partition", row);
	return d;
}

/* Read a term from the first row, keeping a copy that outlives the row */
static void
term_read(FunctionCallInfo fcinfo, WindowObject winobj, Term *t, int argno, const char *name)
{
	Datum		d = window_arg(winobj, argno, 0, &t->isnull);

	t->argno = argno;
	t->name = name;
	t->constant = get_fn_expr_arg_stable(fcinfo->flinfo, argno);
	t->value = t->isnull ? (Datum) 0 : PointerGetDatum(PG_DETOAST_DATUM_COPY(d));
}

/* A term's value as the error messages show it */
static const char *
term_text(const Term *t, Datum d, bool isnull)
{
	if (isnull)
		return "NULL";
	if (t->argno == ARG_RULE)
		return TextDatumGetCString(d);
	return numeric_text(DatumGetNumeric(d));
}

/* Same bytes, same value; a and b are detoasted */
static bool
same_bytes(const struct varlena *a, const struct varlena *b)
{
	return VARSIZE_ANY_EXHDR(a) == VARSIZE_ANY_EXHDR(b) &&
		memcmp(VARDATA_ANY(a), VARDATA_ANY(b), VARSIZE_ANY_EXHDR(a)) == 0;
}

/*
 * Does a row carry the partition's term?  Texts are equal byte for byte;
 * numerics by value (10 and 10.00 are the same budget), compared bytewise
 * first because a budget column repeats the same bytes on every row.
 */
static bool
term_equal(const Term *t, Datum d, bool isnull)
{
	struct varlena *a;
	struct varlena *b;

	if (isnull || t->isnull)
		return isnull == t->isnull;
	a = (struct varlena *) DatumGetPointer(t->value);
	b = PG_DETOAST_DATUM_PACKED(d);
	if (same_bytes(a, b))
		return true;
	return t->argno != ARG_RULE && num_cmp((Numeric) a, DatumGetNumeric(d)) == 0;
}

/*
 * One budget, rule and unit per partition: a partition whose rows disagree
 * would otherwise be divided by whichever row came first.
 */
static void
term_check_row(WindowObject winobj, const Term *t, int64 row)
{
	bool		isnull;
	Datum		d = window_arg(winobj, t->argno, row, &isnull);

	if (!term_equal(t, d, isnull))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("every row of a partition must carry the same %s", t->name),
				 errdetail("Row 1 has %s and row " INT64_FORMAT " has %s.",
						   term_text(t, t->value, t->isnull), row + 1, term_text(t, d, isnull)),
				 errhint("Partition by what decides the %s.", t->name)));
}

static Numeric
term_numeric(const Term *t)
{
	return t->isnull ? NULL : DatumGetNumeric(t->value);
}

/* Rows' garbage (detoasted copies of their values) is freed this often */
#define ROWS_PER_RESET 1024

/*
 * Check a term on every row, in a pass of its own: the window API fetches
 * one argument of one row per call, and a pass per argument moves forward
 * through the partition's rows instead of back and forth.
 */
static void
term_check_rows(WindowObject winobj, const Term *t, int64 nrows, MemoryContext rowcxt)
{
	MemoryContext old;

	if (t->constant)
		return;
	old = MemoryContextSwitchTo(rowcxt);
	for (int64 row = 1; row < nrows; row++)
	{
		term_check_row(winobj, t, row);
		if (row % ROWS_PER_RESET == 0)
			MemoryContextReset(rowcxt);
	}
	MemoryContextSwitchTo(old);
}

/* Add row `row`'s claim (and weight) to the input */
static void
add_window_row(WindowObject winobj, AllocInput *in, int64 row, bool weighted)
{
	bool		isnull;
	Datum		claim = window_arg(winobj, ARG_CLAIM, row, &isnull);
	Numeric		c = isnull ? NULL : DatumGetNumeric(claim);
	Numeric		w = NULL;

	if (weighted && c != NULL)
	{
		Datum		weight = window_arg(winobj, ARG_WEIGHT, row, &isnull);

		w = isnull ? NULL : DatumGetNumeric(weight);
	}
	alloc_input_add(in, c, w);
}

/* The partition's claims (and weights), in an input in the current context */
static AllocInput *
read_claims(WindowObject winobj, int64 nrows, bool weighted, MemoryContext rowcxt)
{
	AllocInput *in = alloc_input_create(nrows, weighted);
	MemoryContext old = MemoryContextSwitchTo(rowcxt);

	for (int64 row = 0; row < nrows; row++)
	{
		add_window_row(winobj, in, row, weighted);
		if (row % ROWS_PER_RESET == ROWS_PER_RESET - 1)
			MemoryContextReset(rowcxt);
	}
	MemoryContextSwitchTo(old);
	return in;
}

/*
 * Read the partition and solve it.  Runs in the partition's memory, which
 * holds the claims while solving and the awards until the partition ends.
 * A NULL budget or rule gives every row a NULL award, as a strict function
 * would; the terms must still agree on every row.
 */
static void
solve_partition(FunctionCallInfo fcinfo, WindowObject winobj, PartitionAwards *pa)
{
	MemoryContext partcxt = GetMemoryChunkContext(pa);
	MemoryContext old = MemoryContextSwitchTo(partcxt);
	MemoryContext rowcxt = AllocSetContextCreate(partcxt, "allocate rows", ALLOCSET_SMALL_SIZES);
	int64		nrows = WinGetPartitionRowCount(winobj);
	bool		weighted = PG_NARGS() > ARG_WEIGHT;
	Term		terms[3];
	AllocInput *in;

	alloc_check_size(nrows);
	term_read(fcinfo, winobj, &terms[0], ARG_BUDGET, "budget");
	term_read(fcinfo, winobj, &terms[1], ARG_RULE, "rule");
	term_read(fcinfo, winobj, &terms[2], ARG_UNIT, "unit");
	for (int t = 0; t < 3; t++)
		term_check_rows(winobj, &terms[t], nrows, rowcxt);
	if (!terms[0].isnull && !terms[1].isnull)
	{
		Numeric		budget = term_numeric(&terms[0]);
		AllocRule	rule = alloc_rule_from_name(TextDatumGetCString(terms[1].value));
		Numeric		unit = term_numeric(&terms[2]);

		/* bad terms fail before a long partition is read */
		alloc_check_budget(budget);
		if (unit != NULL)
			alloc_check_unit(unit);
		in = read_claims(winobj, nrows, weighted, rowcxt);
		pa->result = alloc_solve(in, budget, rule, unit);
		alloc_input_free(in);
	}
	MemoryContextDelete(rowcxt);
	MemoryContextSwitchTo(old);
}

/* allocate(claim, budget, rule, unit [, weight]) OVER (...) returns the row's award */
Datum
allocate_window(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	PartitionAwards *pa = WinGetPartitionLocalMemory(winobj, sizeof(PartitionAwards));
	Numeric		award;

	if (!pa->solved)
	{
		solve_partition(fcinfo, winobj, pa);
		pa->solved = true;
	}
	if (pa->result == NULL)
		PG_RETURN_NULL();
	award = alloc_award(pa->result, WinGetCurrentPosition(winobj));
	if (award == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(award);
}

/* The elements of a numeric array */
typedef struct Elements
{
	Datum	   *values;
	bool	   *nulls;
	int			n;
} Elements;

static void
elements_of(ArrayType *a, Elements *e)
{
	deconstruct_array(a, NUMERICOID, -1, false, TYPALIGN_INT, &e->values, &e->nulls, &e->n);
}

static ArrayType *
array_like(ArrayType *shape, Datum *values, bool *nulls)
{
	return construct_md_array(values, nulls, ARR_NDIM(shape), ARR_DIMS(shape), ARR_LBOUND(shape),
							  NUMERICOID, -1, false, TYPALIGN_INT);
}

static void
check_same_shape(ArrayType *claims, ArrayType *weights)
{
	if (ARR_NDIM(claims) != ARR_NDIM(weights) ||
		memcmp(ARR_DIMS(claims), ARR_DIMS(weights), ARR_NDIM(claims) * sizeof(int)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("claims and weights must have the same shape"),
				 errdetail("There are %d claims and %d weights.",
						   ArrayGetNItems(ARR_NDIM(claims), ARR_DIMS(claims)),
						   ArrayGetNItems(ARR_NDIM(weights), ARR_DIMS(weights)))));
}

/* The weights of the weighted array form: required, one per claim */
static void
weights_of(FunctionCallInfo fcinfo, ArrayType *claims, Elements *w)
{
	ArrayType  *weights;

	if (PG_ARGISNULL(ARG_WEIGHT))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("weights must not be NULL"),
				 errdetail("Use the form without weights for unweighted division.")));
	weights = PG_GETARG_ARRAYTYPE_P(ARG_WEIGHT);
	check_same_shape(claims, weights);
	elements_of(weights, w);
}

/* Solve the claims (and weights) and put the awards in place of the claims */
static void
solve_elements(Elements *c, const Elements *w, Numeric budget, AllocRule rule, Numeric unit)
{
	AllocInput *in = alloc_input_create(c->n, w != NULL);
	AllocResult *res;

	for (int i = 0; i < c->n; i++)
		alloc_input_add(in, c->nulls[i] ? NULL : DatumGetNumeric(c->values[i]),
						w != NULL && !w->nulls[i] ? DatumGetNumeric(w->values[i]) : NULL);
	res = alloc_solve(in, budget, rule, unit);
	alloc_input_free(in);
	for (int i = 0; i < c->n; i++)
	{
		Numeric		award = alloc_award(res, i);

		c->nulls[i] = award == NULL;
		c->values[i] = award == NULL ? (Datum) 0 : NumericGetDatum(award);
	}
}

/*
 * allocate(claims[], budget, rule, unit [, weights[]]) returns the awards, in
 * the shape of the claims; ties go to the earlier element
 */
Datum
allocate_array(PG_FUNCTION_ARGS)
{
	ArrayType  *claims;
	Elements	c;
	Elements	w;
	Numeric		budget;
	AllocRule	rule;
	Numeric		unit;

	if (PG_ARGISNULL(ARG_CLAIM))
		PG_RETURN_NULL();
	claims = PG_GETARG_ARRAYTYPE_P(ARG_CLAIM);
	elements_of(claims, &c);
	if (PG_ARGISNULL(ARG_BUDGET) || PG_ARGISNULL(ARG_RULE))
	{
		/* no budget or rule: every award NULL, as in the window form */
		for (int i = 0; i < c.n; i++)
			c.nulls[i] = true;
		PG_RETURN_ARRAYTYPE_P(array_like(claims, c.values, c.nulls));
	}
	budget = PG_GETARG_NUMERIC(ARG_BUDGET);
	alloc_check_budget(budget);
	rule = alloc_rule_from_name(text_to_cstring(PG_GETARG_TEXT_PP(ARG_RULE)));
	unit = PG_ARGISNULL(ARG_UNIT) ? NULL : PG_GETARG_NUMERIC(ARG_UNIT);
	if (unit != NULL)
		alloc_check_unit(unit);
	if (PG_NARGS() > ARG_WEIGHT)
		weights_of(fcinfo, claims, &w);
	solve_elements(&c, PG_NARGS() > ARG_WEIGHT ? &w : NULL, budget, rule, unit);
	PG_RETURN_ARRAYTYPE_P(array_like(claims, c.values, c.nulls));
}
