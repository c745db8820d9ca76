/*
 * xint.h
 *		XInt: an exact integer, kept in an int128 while it fits and in a
 *		numeric beyond.  The claims-problem rules (allocate_rules.c) do all
 *		their arithmetic on it: claims in won or cents never leave the
 *		128-bit path (no allocation per operation), and claims of 1e30 still
 *		come out exact.
 */
#ifndef COMPENSATE_XINT_H
#define COMPENSATE_XINT_H

#include "pg_compat.h"
#include "utils/numeric.h"

#include "decimal.h"
#include "numeric_util.h"

typedef struct XInt
{
	int128		v;				/* the value, when big is NULL */
	Numeric		big;			/* else the value: an integer numeric, scale 0 */
} XInt;

#define XINT_SMALL_LIMIT 36		/* integers below 10^36 are kept as int128 */

extern Numeric pow10_numeric(int k);
extern Numeric xi_numeric(XInt a);
extern XInt xi_from_integer(Numeric n);
extern bool xi_to_count(XInt a, int64 max, int64 *count);
extern Numeric xi_to_numeric(XInt a, int scale);
extern XInt xi_keep(XInt a, MemoryContext mcxt);

static inline XInt
xi(int128 v)
{
	XInt		r = {v, NULL};

	return r;
}

static inline XInt
xi_big(Numeric n)
{
	XInt		r = {0, n};

	return r;
}

static inline XInt
xi_pow10(int k)
{
	return k <= 38 ? xi(int128_pow10(k)) : xi_big(pow10_numeric(k));
}

static inline XInt
xi_add(XInt a, XInt b)
{
	XInt		r = {0, NULL};

	if (likely(a.big == NULL && b.big == NULL) && !__builtin_add_overflow(a.v, b.v, &r.v))
		return r;
	return xi_big(numeric_add_opt_error(xi_numeric(a), xi_numeric(b), NULL));
}

static inline XInt
xi_sub(XInt a, XInt b)
{
	XInt		r = {0, NULL};

	if (likely(a.big == NULL && b.big == NULL) && !__builtin_sub_overflow(a.v, b.v, &r.v))
		return r;
	return xi_big(numeric_sub_opt_error(xi_numeric(a), xi_numeric(b), NULL));
}

static inline XInt
xi_mul(XInt a, XInt b)
{
	XInt		r = {0, NULL};

	if (likely(a.big == NULL && b.big == NULL) && !__builtin_mul_overflow(a.v, b.v, &r.v))
		return r;
	return xi_big(numeric_mul_opt_error(xi_numeric(a), xi_numeric(b), NULL));
}

static inline int
xi_cmp(XInt a, XInt b)
{
	if (likely(a.big == NULL && b.big == NULL))
		return (a.v > b.v) - (a.v < b.v);
	return num_cmp(xi_numeric(a), xi_numeric(b));
}

static inline bool
xi_is_zero(XInt a)
{
	return a.big == NULL ? a.v == 0 : num_is_zero(a.big);
}

static inline void
xi_divmod(XInt a, XInt b, XInt *q, XInt *r)
{
	if (likely(a.big == NULL && b.big == NULL))
	{
		/* a 64-bit division is several times faster than a 128-bit one */
		if (a.v <= PG_UINT64_MAX && b.v <= PG_UINT64_MAX)
		{
			uint64		q64 = (uint64) a.v / (uint64) b.v;

			*q = xi(q64);
			*r = xi((uint64) a.v - q64 * (uint64) b.v);
			return;
		}
		*q = xi(a.v / b.v);
		*r = xi(a.v - q->v * b.v);
		return;
	}
	*q = xi_big(numeric_div_floor(xi_numeric(a), xi_numeric(b)));
	*r = xi_sub(a, xi_mul(*q, b));
}

#endif							/* COMPENSATE_XINT_H */
