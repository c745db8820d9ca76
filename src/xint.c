/*
 * xint.c
 *		XInt arithmetic beyond the inline fast path (xint.h).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"

#include "exact_sum.h"
#include "xint.h"

/*
 * 10^k as a numeric of scale 0.  Powers up to 10^XINT_SMALL_LIMIT are made
 * once per backend: they bound and scale every claim read.
 */

Numeric
pow10_numeric(int k)
{
	static Numeric cache[XINT_SMALL_LIMIT + 1];
	Numeric		r;

	if (k <= XINT_SMALL_LIMIT)
	{
		if (cache[k] == NULL)
			cache[k] = numeric_forever(int128_to_numeric(int128_pow10(k), 0));
		return cache[k];
	}
	r = pow10_numeric(k % XINT_SMALL_LIMIT);
	for (int i = 0; i < k / XINT_SMALL_LIMIT; i++)
		r = numeric_mul_opt_error(r, pow10_numeric(XINT_SMALL_LIMIT), NULL);
	return r;
}

Numeric
xi_numeric(XInt a)
{
	return a.big != NULL ? a.big : int128_to_numeric(a.v, 0);
}

/* An integer numeric n >= 0 as an XInt, in 128 bits when below 10^36 */

XInt
xi_from_integer(Numeric n)
{
	Numeric		e18 = pow10_numeric(18);
	Numeric		high;
	Numeric		low;

	/* scale 0, so that printing the big form later shows no stray decimals */
	n = DatumGetNumeric(DirectFunctionCall2(numeric_trunc, NumericGetDatum(n), Int32GetDatum(0)));
	if (num_cmp(n, pow10_numeric(XINT_SMALL_LIMIT)) >= 0)
		return xi_big(n);
	high = numeric_div_floor(n, e18);
	low = numeric_sub_opt_error(n, numeric_mul_opt_error(high, e18, NULL), NULL);
	return xi((int128) numeric_to_int64(high) * int128_pow10(18) + numeric_to_int64(low));
}

/* q = floor(a / b), r = a - q * b, for a >= 0 and b > 0 */

/* a as a count from 0 to max, when it is one */

bool
xi_to_count(XInt a, int64 max, int64 *count)
{
	if (a.big != NULL)
	{
		if (num_is_negative(a.big) || num_cmp(a.big, int64_to_numeric(max)) > 0)
			return false;
		*count = numeric_to_int64(a.big);
		return true;
	}
	if (a.v < 0 || a.v > max)
		return false;
	*count = (int64) a.v;
	return true;
}

/* a * 10^-scale as a numeric with that display scale */

Numeric
xi_to_numeric(XInt a, int scale)
{
	if (a.big == NULL)
		return int128_to_numeric(a.v, scale);
	return numeric_mul_opt_error(a.big, int64_div_fast_to_numeric(1, scale), NULL);
}

/* Copy a's numeric (if any) into mcxt, so that it outlives a scratch context */

XInt
xi_keep(XInt a, MemoryContext mcxt)
{
	Numeric		copy;

	if (a.big == NULL)
		return a;
	copy = MemoryContextAlloc(mcxt, VARSIZE(a.big));
	memcpy(copy, a.big, VARSIZE(a.big));
	return xi_big(copy);
}
