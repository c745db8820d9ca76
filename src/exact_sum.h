/*
 * exact_sum.h
 *		An exact running sum of decimals for aggregates.
 *
 * Most values a payout report adds are integers or short decimals that fit
 * 128 bits, so the sum is kept as an int128 mantissa with a decimal scale and
 * every row costs one checked addition, no allocation.  When an addition
 * would overflow, the 128-bit part is moved ("spilled") into an unbounded
 * numeric and the sum goes on; numeric inputs are added to that numeric
 * directly.  The value is always spill + m * 10^-scale, exactly.
 */
#ifndef COMPENSATE_EXACT_SUM_H
#define COMPENSATE_EXACT_SUM_H

#include "pg_compat.h"
#include "utils/numeric.h"

#include "decimal.h"
#include "numeric_util.h"

typedef struct ExactSum
{
	int128		m;
	int			scale;			/* of m: 0 .. 38 */
	Numeric		spill;			/* NULL for zero; allocated in the sum's context */
} ExactSum;

extern void exact_sum_init(ExactSum *sum);
extern void exact_sum_add_wdec(ExactSum *sum, WDec v, MemoryContext mcxt);
extern void exact_sum_add_numeric(ExactSum *sum, Numeric v, MemoryContext mcxt);
extern void exact_sum_add_sum(ExactSum *sum, const ExactSum *other, MemoryContext mcxt);
extern Numeric exact_sum_value(const ExactSum *sum);

/* Add an integer (the per-row common case: a bigint key) */
static inline void
exact_sum_add_int64(ExactSum *sum, int64 v, MemoryContext mcxt)
{
	if (likely(sum->scale == 0 && !__builtin_add_overflow(sum->m, (int128) v, &sum->m)))
		return;
	exact_sum_add_wdec(sum, wdec_from_int64(v), mcxt);
}

#endif							/* COMPENSATE_EXACT_SUM_H */
