/*
 * exact_sum.c
 *		Exact running sums: a 128-bit fast part that spills into numeric.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/memutils.h"

#include "exact_sum.h"

#define TEN_POW_18	INT64CONST(1000000000000000000)

void
exact_sum_init(ExactSum *sum)
{
	sum->m = 0;
	sum->scale = 0;
	sum->spill = NULL;
}

/* v as an integer numeric, for any int128 */
static Numeric
int128_integer_to_numeric(int128 v)
{
	Numeric		high;

	if (v >= PG_INT64_MIN && v <= PG_INT64_MAX)
		return int64_to_numeric((int64) v);
	/* v = high * 10^18 + low, with |low| < 10^18 and high of the same sign */
	high = numeric_mul_opt_error(int128_integer_to_numeric(v / TEN_POW_18),
								 int64_to_numeric(TEN_POW_18), NULL);
	return numeric_add_opt_error(high, int64_to_numeric((int64) (v % TEN_POW_18)), NULL);
}

/* v * 10^-scale as a numeric with display scale scale, exactly */
Numeric
int128_to_numeric(int128 v, int scale)
{
	if (v >= PG_INT64_MIN && v <= PG_INT64_MAX)
		return int64_div_fast_to_numeric((int64) v, scale);
	/* 10^-scale carries the display scale into the product */
	return numeric_mul_opt_error(int128_integer_to_numeric(v),
								 int64_div_fast_to_numeric(1, scale), NULL);
}

/* Keep a numeric in mcxt, freeing the one it replaces */
static void
set_spill(ExactSum *sum, Numeric value, MemoryContext mcxt)
{
	Numeric		copy = MemoryContextAlloc(mcxt, VARSIZE(value));

	memcpy(copy, value, VARSIZE(value));
	if (sum->spill != NULL)
		pfree(sum->spill);
	sum->spill = copy;
}

void
exact_sum_add_numeric(ExactSum *sum, Numeric v, MemoryContext mcxt)
{
	set_spill(sum, sum->spill == NULL ? v : numeric_add_opt_error(sum->spill, v, NULL), mcxt);
}

/* Move the 128-bit part into the numeric one (its scale stays) */
static void
spill(ExactSum *sum, MemoryContext mcxt)
{
	if (sum->m == 0 && sum->spill != NULL)
		return;
	exact_sum_add_numeric(sum, int128_to_numeric(sum->m, sum->scale), mcxt);
	sum->m = 0;
}

void
exact_sum_add_wdec(ExactSum *sum, WDec v, MemoryContext mcxt)
{
	WDec		acc = {sum->m, sum->scale};
	WDec		result;

	if (wdec_add(acc, v, &result))
	{
		sum->m = result.m;
		sum->scale = result.scale;
		return;
	}
	/* overflow: start a new 128-bit part at the larger scale */
	spill(sum, mcxt);
	sum->m = 0;
	sum->scale = Max(sum->scale, v.scale);
	acc.m = 0;
	acc.scale = sum->scale;
	if (wdec_add(acc, v, &result))
	{
		sum->m = result.m;
		return;
	}
	exact_sum_add_numeric(sum, int128_to_numeric(v.m, v.scale), mcxt);
}

void
exact_sum_add_sum(ExactSum *sum, const ExactSum *other, MemoryContext mcxt)
{
	WDec		v = {other->m, other->scale};

	exact_sum_add_wdec(sum, v, mcxt);
	if (other->spill != NULL)
		exact_sum_add_numeric(sum, other->spill, mcxt);
}

/*
 * The sum as a numeric in the current context.  Its display scale is the
 * largest scale among the values added, as with sum(numeric), whatever order
 * or grouping they were added in.
 */
Numeric
exact_sum_value(const ExactSum *sum)
{
	Numeric		fast = int128_to_numeric(sum->m, sum->scale);

	if (sum->spill == NULL)
		return fast;
	return numeric_add_opt_error(sum->spill, fast, NULL);
}
