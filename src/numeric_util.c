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

/*
 * The short on-disk form of a numeric, as utils/adt/numeric.c lays it out: a
 * header word (the short-form flag, sign, display scale and weight of the
 * first digit), then base-10000 digits, most significant first, with no
 * leading or trailing zero digit.  numeric.c keeps it private, but it is the
 * stored format since PostgreSQL 9.1, which pg_upgrade carries over, so it
 * cannot change.  Building it here saves numeric.c's working copy and its
 * second allocation on a payout's hot path.
 */
typedef struct ShortNumeric
{
	int32		vl_len_;		/* varlena header (SET_VARSIZE) */
	uint16		header;
	int16		digits[FLEXIBLE_ARRAY_MEMBER];
} ShortNumeric;

#define SHORT_NUMERIC_FLAG			0x8000
#define SHORT_NUMERIC_NEGATIVE		0x2000
#define SHORT_NUMERIC_SCALE_SHIFT	7
#define SHORT_NUMERIC_SCALE_MAX		63
#define SHORT_NUMERIC_WEIGHT_NEG	0x0040
#define SHORT_NUMERIC_WEIGHT_MASK	0x003F
#define NBASE_DIGITS				4	/* decimal digits per numeric digit */
#define INT64_NBASE_DIGITS			6	/* 19 decimal digits and 3 of padding */

/*
 * m * 10^-scale as a numeric with display scale scale (0 or more), exactly:
 * the bytes int64_div_fast_to_numeric makes, in one allocation.
 */
Numeric
int64_scaled_to_numeric(int64 m, int scale)
{
	static const int pow10[NBASE_DIGITS] = {1, 10, 100, 1000};
	int16		digits[INT64_NBASE_DIGITS];	/* least significant first */
	uint64		mag = m < 0 ? -(uint64) m : (uint64) m;
	int			pad = (NBASE_DIGITS - scale % NBASE_DIGITS) % NBASE_DIGITS;
	int			n = 0;
	int			low = 0;
	int			weight = 0;
	Size		len;
	ShortNumeric *result;

	Assert(scale >= 0);
	if (scale > SHORT_NUMERIC_SCALE_MAX)
		return int64_div_fast_to_numeric(m, scale);
	/* zero has no digits (and weight 0) */
	if (mag > 0 && pad > 0)
	{
		/* the decimal point must fall between digits: pad the lowest one */
		digits[n++] = (int16) ((mag % pow10[NBASE_DIGITS - pad]) * pow10[pad]);
		mag /= pow10[NBASE_DIGITS - pad];
	}
	for (; mag > 0; mag /= 10000)
		digits[n++] = (int16) (mag % 10000);
	if (n > 0)
		weight = n - 1 - (scale + pad) / NBASE_DIGITS;
	while (low < n && digits[low] == 0)
		low++;
	len = offsetof(ShortNumeric, digits) + (n - low) * sizeof(int16);
	result = palloc(len);
	SET_VARSIZE(result, len);
	result->header = SHORT_NUMERIC_FLAG | (m < 0 ? SHORT_NUMERIC_NEGATIVE : 0) |
		(scale << SHORT_NUMERIC_SCALE_SHIFT) |
		(weight < 0 ? SHORT_NUMERIC_WEIGHT_NEG : 0) | (weight & SHORT_NUMERIC_WEIGHT_MASK);
	for (int i = 0; i < n - low; i++)
		result->digits[i] = digits[n - 1 - i];
	return (Numeric) result;
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
		return int64_scaled_to_numeric((int64) v, scale);
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
