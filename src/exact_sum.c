/*
 * exact_sum.c
 *		Exact running sums: a 128-bit fast part that spills into numeric.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/memutils.h"

#include "exact_sum.h"

void
exact_sum_init(ExactSum *sum)
{
	sum->m = 0;
	sum->scale = 0;
	sum->spill = NULL;
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
