/*
 * decimal.c
 *		Exact decimal numbers: parsing, printing, comparison, conversion to
 *		numeric, and overflow-checked 128-bit working arithmetic.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/fmgrprotos.h"

#include "decimal.h"
#include "numeric_util.h"

/* 10^0 .. 10^18 all fit in int64 */
static const int64 pow10_int64[DEC_MAX_DIGITS + 1] = {
	INT64CONST(1), INT64CONST(10), INT64CONST(100), INT64CONST(1000),
	INT64CONST(10000), INT64CONST(100000), INT64CONST(1000000),
	INT64CONST(10000000), INT64CONST(100000000), INT64CONST(1000000000),
	INT64CONST(10000000000), INT64CONST(100000000000),
	INT64CONST(1000000000000), INT64CONST(10000000000000),
	INT64CONST(100000000000000), INT64CONST(1000000000000000),
	INT64CONST(10000000000000000), INT64CONST(100000000000000000),
	INT64CONST(1000000000000000000)
};

/* 10^n as int128, 0 <= n <= 38 (the int128 range: 38 digits) */
int128
int128_pow10(int n)
{
	int128		v = 1;

	Assert(n >= 0 && n <= 38);
	while (n-- > 0)
		v *= 10;
	return v;
}

/* 10^n as int128; false when n is beyond what int128 holds */
static bool
pow10_int128(int n, int128 *result)
{
	if (n < 0 || n > 38)
		return false;
	*result = int128_pow10(n);
	return true;
}

/*
 * Parse an unsigned decimal "123", "123.45", ".5" or "5." at s.  Sets
 * *consumed to the number of characters used.  The result is normalized (no
 * trailing fractional zeros).  Signs, exponents, NaN and infinity are not
 * numbers here: callers report them in their own words.
 */
DecParseResult
dec_parse(const char *s, int *consumed, Dec *out)
{
	const char *int_start = s;
	const char *int_end;
	const char *frac_start;
	const char *frac_end;
	const char *p;
	int64		m = 0;
	int			sig;

	for (p = s; *p >= '0' && *p <= '9'; p++)
		;
	int_end = frac_start = frac_end = p;
	if (*p == '.')
	{
		frac_start = ++p;
		while (*p >= '0' && *p <= '9')
			p++;
		frac_end = p;
	}
	if (int_end == int_start && frac_end == frac_start)
		return DEC_NOT_A_NUMBER;
	*consumed = (int) (p - s);

	/* leading integer zeros and trailing fractional zeros carry nothing */
	while (int_start < int_end && *int_start == '0')
		int_start++;
	while (frac_end > frac_start && frac_end[-1] == '0')
		frac_end--;
	if (frac_end - frac_start > DEC_MAX_SCALE)
		return DEC_TOO_MANY_DECIMALS;

	sig = (int) (int_end - int_start) + (int) (frac_end - frac_start);
	if (int_start == int_end)
	{
		for (p = frac_start; p < frac_end && *p == '0'; p++)
			sig--;
	}
	if (sig > DEC_MAX_DIGITS)
		return DEC_TOO_MANY_DIGITS;

	for (p = int_start; p < int_end; p++)
		m = m * 10 + (*p - '0');
	for (p = frac_start; p < frac_end; p++)
		m = m * 10 + (*p - '0');

	memset(out, 0, sizeof(Dec));
	out->m = m;
	out->scale = (int16) (frac_end - frac_start);
	if (m == 0)
		out->scale = 0;
	return DEC_OK;
}

/* Strip trailing fractional zeros so that every value has one spelling */
void
dec_normalize(Dec *d)
{
	while (d->scale > 0 && d->m % 10 == 0)
	{
		d->m /= 10;
		d->scale--;
	}
	if (d->m == 0)
		d->scale = 0;
	d->pad16 = 0;
	d->pad32 = 0;
}

/* Is d within the limits of a schedule number (and not negative)? */
bool
dec_is_valid(Dec d)
{
	return d.m >= 0 && d.m < pow10_int64[DEC_MAX_DIGITS] &&
		d.scale >= 0 && d.scale <= DEC_MAX_SCALE;
}

bool
dec_is_zero(Dec d)
{
	return d.m == 0;
}

/* Exact three-way comparison; both mantissas fit 18 digits, so no overflow */
int
dec_cmp(Dec a, Dec b)
{
	int128		x = a.m;
	int128		y = b.m;
	int128		f = 1;

	if (a.scale < b.scale)
	{
		pow10_int128(b.scale - a.scale, &f);
		x *= f;
	}
	else if (b.scale < a.scale)
	{
		pow10_int128(a.scale - b.scale, &f);
		y *= f;
	}
	return (x > y) - (x < y);
}

/* Append the plain decimal spelling of d (no exponent, no trailing zeros) */
void
dec_append(StringInfo buf, Dec d)
{
	char		digits[32];
	int			len;
	int64		v = d.m;

	if (v < 0)
	{
		appendStringInfoChar(buf, '-');
		v = -v;
	}
	len = snprintf(digits, sizeof(digits), INT64_FORMAT, v);
	if (d.scale == 0)
	{
		appendBinaryStringInfo(buf, digits, len);
		return;
	}
	if (len <= d.scale)
	{
		appendStringInfoString(buf, "0.");
		for (int i = 0; i < d.scale - len; i++)
			appendStringInfoChar(buf, '0');
		appendBinaryStringInfo(buf, digits, len);
		return;
	}
	appendBinaryStringInfo(buf, digits, len - d.scale);
	appendStringInfoChar(buf, '.');
	appendBinaryStringInfo(buf, digits + len - d.scale, d.scale);
}

/* d as a numeric, exactly, with display scale d.scale */
Numeric
dec_to_numeric(Dec d)
{
	return dec_to_numeric_shifted(d, 0);
}

/* d * 10^-extra_scale as a numeric (exact: used to turn 2.5% into 0.025) */
Numeric
dec_to_numeric_shifted(Dec d, int extra_scale)
{
	return int64_scaled_to_numeric(d.m, d.scale + extra_scale);
}

int64
dec_floor_int64(Dec d)
{
	/* schedule numbers are never negative: truncation is floor */
	return d.m / pow10_int64[d.scale];
}

int64
dec_ceil_int64(Dec d)
{
	int64		q = d.m / pow10_int64[d.scale];

	return (d.m % pow10_int64[d.scale] != 0) ? q + 1 : q;
}

WDec
wdec_from_dec(Dec d)
{
	WDec		w;

	w.m = d.m;
	w.scale = d.scale;
	return w;
}

WDec
wdec_from_int64(int64 v)
{
	WDec		w;

	w.m = v;
	w.scale = 0;
	return w;
}

/* Bring a to a larger scale; false on overflow */
bool
wdec_rescale(WDec *a, int scale)
{
	int128		f;

	Assert(scale >= a->scale);
	if (!pow10_int128(scale - a->scale, &f))
		return false;
	if (__builtin_mul_overflow(a->m, f, &a->m))
		return false;
	a->scale = scale;
	return true;
}

/* Give a and b the same (larger) scale; false on overflow */
bool
wdec_align(WDec *a, WDec *b)
{
	if (a->scale < b->scale)
		return wdec_rescale(a, b->scale);
	if (b->scale < a->scale)
		return wdec_rescale(b, a->scale);
	return true;
}

bool
wdec_add(WDec a, WDec b, WDec *r)
{
	if (!wdec_align(&a, &b))
		return false;
	r->scale = a.scale;
	return !__builtin_add_overflow(a.m, b.m, &r->m);
}

bool
wdec_sub(WDec a, WDec b, WDec *r)
{
	if (!wdec_align(&a, &b))
		return false;
	r->scale = a.scale;
	return !__builtin_sub_overflow(a.m, b.m, &r->m);
}

bool
wdec_mul(WDec a, WDec b, WDec *r)
{
	int64		p;

	r->scale = a.scale + b.scale;
	if (r->scale > 38)
		return false;
	/* a key times a rate nearly always fits 64 bits: one multiply, no call */
	if (a.m >= PG_INT64_MIN && a.m <= PG_INT64_MAX && b.m >= PG_INT64_MIN && b.m <= PG_INT64_MAX &&
		!__builtin_mul_overflow((int64) a.m, (int64) b.m, &p))
	{
		r->m = p;
		return true;
	}
	return !__builtin_mul_overflow(a.m, b.m, &r->m);
}

bool
wdec_cmp(WDec a, WDec b, int *result)
{
	if (!wdec_align(&a, &b))
		return false;
	*result = (a.m > b.m) - (a.m < b.m);
	return true;
}

/* Drop m's trailing fractional zeros (exact); zero gets scale 0 */
void
int64_trim(int64 *m, int *scale)
{
	/* a division by a constant: the compiler makes it a multiply */
	int64		v = *m;
	int			s = *scale;

	while (s > 0 && v % 10 == 0)
	{
		v /= 10;
		s--;
	}
	*m = v;
	*scale = v == 0 ? 0 : s;
}

/* Drop trailing fractional zeros (exact) */
void
wdec_trim(WDec *a)
{
	if (a->m >= PG_INT64_MIN && a->m <= PG_INT64_MAX)
	{
		/* the common case, in 64 bits */
		int64		m = (int64) a->m;

		int64_trim(&m, &a->scale);
		a->m = m;
		return;
	}
	while (a->scale > 0 && a->m % 10 == 0)
	{
		a->m /= 10;
		a->scale--;
	}
}

/* a as a numeric with display scale a.scale; false if it does not fit */
bool
wdec_to_numeric(WDec a, Numeric *result)
{
	if (a.m > PG_INT64_MAX || a.m < PG_INT64_MIN)
		return false;
	*result = int64_scaled_to_numeric((int64) a.m, a.scale);
	return true;
}

/* Three-way comparison of two numerics */
int
num_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b)));
}

/* Is n below zero? */
bool
num_is_negative(Numeric n)
{
	return num_cmp(n, int64_to_numeric(0)) < 0;
}

/* Is n zero (at any scale)? */
bool
num_is_zero(Numeric n)
{
	return num_cmp(n, int64_to_numeric(0)) == 0;
}
