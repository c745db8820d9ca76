/*
 * numeric_util.c
 *		The numeric helpers every file uses, written once.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

#include "numeric_util.h"

#define TEN_POW_18	INT64CONST(1000000000000000000)

/* The text of a numeric, as numeric_out writes it (for messages and JSON) */
char *
numeric_text(Numeric n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
}

/*
 * The text of a numeric without redundant trailing zeros (1.50 -> 1.5,
 * 1.0 -> 1), as schedules write numbers: for messages that show a number
 * whose scale comes from elsewhere (a unit rescaled to the claims' scale)
 */
char *
numeric_text_canonical(Numeric n)
{
	char	   *s = numeric_text(n);
	char	   *end;

	if (strchr(s, '.') == NULL)
		return s;
	end = s + strlen(s);
	while (end[-1] == '0')
		end--;
	if (end[-1] == '.')
		end--;
	*end = '\0';
	return s;
}

/* A copy of n for the life of the backend: constants made once */
Numeric
numeric_forever(Numeric n)
{
	Numeric		copy = MemoryContextAlloc(TopMemoryContext, VARSIZE(n));

	memcpy(copy, n, VARSIZE(n));
	return copy;
}

/* Zero, made once per backend: a sign check or a start value allocates nothing */
Numeric
numeric_zero(void)
{
	static Numeric zero;

	if (zero == NULL)
		zero = numeric_forever(int64_to_numeric(0));
	return zero;
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

/* An integer numeric as int64 (22003 beyond) */
int64
numeric_to_int64(Numeric n)
{
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(n)));
}

/* a / b rounded down, for a, b >= 0 (truncation is then the floor) */
Numeric
numeric_div_floor(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc, NumericGetDatum(a),
											   NumericGetDatum(b)));
}
