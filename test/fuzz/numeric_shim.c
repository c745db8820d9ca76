/*
 * numeric_shim.c
 *		A model of PostgreSQL's numeric for the fuzz harnesses: enough for
 *		payout_report's text and binary input (numeric_in, numeric_recv,
 *		numeric_out, numeric_send, numeric_cmp, numeric_add_opt_error,
 *		int64_to_numeric, numeric_is_nan/inf) and decimal.c's conversions.
 *
 * This is NOT the server's numeric.c (that file needs most of a backend).
 * Values are varlenas with the server's digit form (sign, weight, display
 * scale, base-10000 digits) but a layout of their own; the code under test
 * treats Numeric as opaque and only copies VARSIZE bytes, so the layout does
 * not matter to it.  What does matter is mirrored from numeric.c: what
 * numeric_recv accepts (sign codes, 14-bit scale, digits below 10000,
 * truncation to the display scale, the weight range), the overflow error of
 * make_result (22003), NaN and infinity ordering and arithmetic, and
 * numeric_in's limits.  numeric_in accepts only what payout_report_in gives
 * it (an unsigned plain decimal) plus NaN and Infinity, with optional sign
 * and surrounding spaces; anything else is 22P02.
 *
 * Checked against a PostgreSQL 15 server (COPY ... FORMAT binary into a
 * numeric column, and SQL arithmetic): 3000 random numeric_recv payloads
 * (all sign codes, scales up to 0xFFFF, weights at the int16 limits, digits
 * above 9999, short and long messages) were accepted or rejected alike and
 * printed the same text, and 3000 random additions and comparisons (mixed
 * signs and scales, NaN, infinities) gave the same results.
 */
#include "postgres.h"

#include <ctype.h>

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "fuzz.h"

#define NBASE		10000
#define DEC_DIGITS	4

#define NUMERIC_POS			0x0000
#define NUMERIC_NEG			0x4000
#define NUMERIC_NAN			0xC000
#define NUMERIC_PINF		0xD000
#define NUMERIC_NINF		0xF000
#define NUMERIC_DSCALE_MASK	0x3FFF

typedef struct ModelNumeric
{
	int32		vl_len_;
	uint16		sign;
	int16		weight;
	uint16		dscale;
	uint16		ndigits;
	int16		digits[FLEXIBLE_ARRAY_MEMBER];
} ModelNumeric;

/* The working form, as numeric.c's NumericVar */
typedef struct Var
{
	int			ndigits;
	int			weight;			/* of digits[0], in base-NBASE digits */
	int			sign;
	int			dscale;
	int16	   *digits;
} Var;

static bool
is_special(int sign)
{
	return sign == NUMERIC_NAN || sign == NUMERIC_PINF || sign == NUMERIC_NINF;
}

static void
var_from_num(Numeric num, Var *v)
{
	ModelNumeric *n = (ModelNumeric *) num;

	v->ndigits = n->ndigits;
	v->weight = n->weight;
	v->sign = n->sign;
	v->dscale = n->dscale;
	v->digits = n->digits;
}

/* Drop leading and trailing zero digits; zero is positive with weight 0 */
static void
strip_var(Var *v)
{
	while (v->ndigits > 0 && v->digits[0] == 0)
	{
		v->digits++;
		v->weight--;
		v->ndigits--;
	}
	while (v->ndigits > 0 && v->digits[v->ndigits - 1] == 0)
		v->ndigits--;
	if (v->ndigits == 0)
	{
		v->sign = NUMERIC_POS;
		v->weight = 0;
	}
}

/* The varlena, or NULL with *have_error set on overflow (22003 if no have_error) */
static Numeric
make_result_opt_error(const Var *in, bool *have_error)
{
	Var			v = *in;
	ModelNumeric *n;

	if (is_special(v.sign))
	{
		v.ndigits = 0;
		v.weight = 0;
		v.dscale = 0;
	}
	else
		strip_var(&v);
	if (v.weight < PG_INT16_MIN || v.weight > PG_INT16_MAX ||
		(v.dscale & NUMERIC_DSCALE_MASK) != v.dscale)
	{
		if (have_error)
		{
			*have_error = true;
			return NULL;
		}
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value overflows numeric format")));
	}
	n = palloc0(offsetof(ModelNumeric, digits) + sizeof(int16) * v.ndigits);
	SET_VARSIZE(n, offsetof(ModelNumeric, digits) + sizeof(int16) * v.ndigits);
	n->sign = (uint16) v.sign;
	n->weight = (int16) v.weight;
	n->dscale = (uint16) v.dscale;
	n->ndigits = (uint16) v.ndigits;
	if (v.ndigits > 0)
		memcpy(n->digits, v.digits, sizeof(int16) * v.ndigits);
	return (Numeric) n;
}

static Numeric
make_result(const Var *v)
{
	return make_result_opt_error(v, NULL);
}

static Numeric
make_special(int sign)
{
	Var			v = {0, 0, sign, 0, NULL};

	return make_result(&v);
}

bool
numeric_is_nan(Numeric num)
{
	return ((ModelNumeric *) num)->sign == NUMERIC_NAN;
}

bool
numeric_is_inf(Numeric num)
{
	uint16		sign = ((ModelNumeric *) num)->sign;

	return sign == NUMERIC_PINF || sign == NUMERIC_NINF;
}

/* Decimal digit i (0 = the first after the point, -1 the units, ...) of v */
static int
decimal_digit(const Var *v, int pos)
{
	/* pos: power of ten, 0 = units, 1 = tens, -1 = tenths */
	int			d = (pos >= 0) ? pos / DEC_DIGITS : -((-pos + DEC_DIGITS - 1) / DEC_DIGITS);
	int			idx = v->weight - d;
	int			within = pos - d * DEC_DIGITS;
	int			digit;

	if (idx < 0 || idx >= v->ndigits)
		return 0;
	digit = v->digits[idx];
	for (int i = 0; i < within; i++)
		digit /= 10;
	return digit % 10;
}

/* Var from an unsigned plain decimal with dscale = digits after the point */
static void
var_from_decimal(const char *start, const char *end, int sign, Var *v)
{
	const char *point = memchr(start, '.', end - start);
	const char *int_end = point ? point : end;
	int			nint = (int) (int_end - start);
	int			nfrac = point ? (int) (end - point - 1) : 0;
	int			top = (nint > 0) ? (nint - 1) / DEC_DIGITS : 0;
	int			bottom = (nfrac > 0) ? -((nfrac + DEC_DIGITS - 1) / DEC_DIGITS) : 0;

	v->sign = sign;
	v->dscale = nfrac;
	v->weight = top;
	v->ndigits = top - bottom + 1;
	v->digits = palloc0(sizeof(int16) * (v->ndigits + 1));
	for (int i = 0; i < nint; i++)
	{
		int			pos = nint - 1 - i;
		int			idx = top - pos / DEC_DIGITS;
		int			mult = 1;

		for (int k = 0; k < pos % DEC_DIGITS; k++)
			mult *= 10;
		v->digits[idx] += (start[i] - '0') * mult;
	}
	for (int i = 0; i < nfrac; i++)
	{
		int			pos = i + 1;	/* tenths = 1 */
		int			idx = top + 1 + (pos - 1) / DEC_DIGITS;
		int			mult = 1;

		for (int k = 0; k < DEC_DIGITS - 1 - (pos - 1) % DEC_DIGITS; k++)
			mult *= 10;
		v->digits[idx] += (point[1 + i] - '0') * mult;
	}
}

static void
invalid_syntax(const char *str)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "numeric", str)));
}

Datum
numeric_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *p = str;
	const char *start;
	int			sign = NUMERIC_POS;
	int			digits = 0;
	int			points = 0;
	Var			v;

	while (isspace((unsigned char) *p))
		p++;
	if (pg_strncasecmp(p, "NaN", 3) == 0)
	{
		p += 3;
		sign = NUMERIC_NAN;
	}
	else
	{
		if (*p == '+' || *p == '-')
			sign = (*p++ == '-') ? NUMERIC_NEG : NUMERIC_POS;
		if (pg_strncasecmp(p, "Infinity", 8) == 0)
		{
			p += 8;
			sign = (sign == NUMERIC_NEG) ? NUMERIC_NINF : NUMERIC_PINF;
		}
	}
	if (is_special(sign))
	{
		while (isspace((unsigned char) *p))
			p++;
		if (*p != '\0')
			invalid_syntax(str);
		PG_RETURN_NUMERIC(make_special(sign));
	}
	start = p;
	for (; (*p >= '0' && *p <= '9') || *p == '.'; p++)
	{
		if (*p == '.')
			points++;
		else
			digits++;
	}
	if (digits == 0 || points > 1)
		invalid_syntax(str);
	var_from_decimal(start, p, sign, &v);
	while (isspace((unsigned char) *p))
		p++;
	if (*p != '\0')
		invalid_syntax(str);
	PG_RETURN_NUMERIC(make_result(&v));
}

Datum
numeric_out(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	Var			v;
	StringInfoData buf;
	int			top;

	var_from_num(num, &v);
	if (v.sign == NUMERIC_NAN)
		PG_RETURN_CSTRING(pstrdup("NaN"));
	if (v.sign == NUMERIC_PINF)
		PG_RETURN_CSTRING(pstrdup("Infinity"));
	if (v.sign == NUMERIC_NINF)
		PG_RETURN_CSTRING(pstrdup("-Infinity"));
	initStringInfo(&buf);
	if (v.sign == NUMERIC_NEG)
		appendStringInfoChar(&buf, '-');
	top = (v.ndigits > 0 && v.weight >= 0) ? (v.weight + 1) * DEC_DIGITS - 1 : 0;
	while (top > 0 && decimal_digit(&v, top) == 0)
		top--;
	for (int pos = top; pos >= 0; pos--)
		appendStringInfoChar(&buf, (char) ('0' + decimal_digit(&v, pos)));
	if (v.dscale > 0)
	{
		appendStringInfoChar(&buf, '.');
		for (int pos = -1; pos >= -v.dscale; pos--)
			appendStringInfoChar(&buf, (char) ('0' + decimal_digit(&v, pos)));
	}
	PG_RETURN_CSTRING(buf.data);
}

/* numeric.c's trunc_var: keep rscale decimals, drop the rest */
static void
trunc_var(Var *v, int rscale)
{
	static const int round_powers[4] = {0, 1000, 100, 10};
	int			di;

	v->dscale = rscale;
	di = (v->weight + 1) * DEC_DIGITS + rscale;
	if (di <= 0)
	{
		v->ndigits = 0;
		v->weight = 0;
		v->sign = NUMERIC_POS;
	}
	else
	{
		int			ndigits = (di + DEC_DIGITS - 1) / DEC_DIGITS;

		if (ndigits <= v->ndigits)
		{
			v->ndigits = ndigits;
			di %= DEC_DIGITS;
			if (di > 0)
			{
				int			pow10 = round_powers[di];

				v->digits[ndigits - 1] -= v->digits[ndigits - 1] % pow10;
			}
		}
	}
	strip_var(v);
}

Datum
numeric_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Var			v;
	int			len = (uint16) pq_getmsgint(buf, sizeof(uint16));

	v.ndigits = len;
	v.digits = palloc0(sizeof(int16) * (len + 1));
	v.weight = (int16) pq_getmsgint(buf, sizeof(int16));
	v.sign = (uint16) pq_getmsgint(buf, sizeof(uint16));
	if (!(v.sign == NUMERIC_POS || v.sign == NUMERIC_NEG || is_special(v.sign)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid sign in external \"numeric\" value")));
	v.dscale = (uint16) pq_getmsgint(buf, sizeof(uint16));
	if ((v.dscale & NUMERIC_DSCALE_MASK) != v.dscale)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid scale in external \"numeric\" value")));
	for (int i = 0; i < len; i++)
	{
		int16		d = (int16) pq_getmsgint(buf, sizeof(int16));

		if (d < 0 || d >= NBASE)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid digit in external \"numeric\" value")));
		v.digits[i] = d;
	}
	if (!is_special(v.sign))
		trunc_var(&v, v.dscale);
	PG_RETURN_NUMERIC(make_result(&v));
}

Datum
numeric_send(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	Var			v;
	StringInfoData buf;

	var_from_num(num, &v);
	pq_begintypsend(&buf);
	pq_sendint16(&buf, v.ndigits);
	pq_sendint16(&buf, v.weight);
	pq_sendint16(&buf, v.sign);
	pq_sendint16(&buf, v.dscale);
	for (int i = 0; i < v.ndigits; i++)
		pq_sendint16(&buf, v.digits[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* |a| vs |b| of finite values */
static int
cmp_abs(const Var *a, const Var *b)
{
	int			ia = 0;
	int			ib = 0;
	int			wa = a->weight;
	int			wb = b->weight;

	/* leading zero digits of unstripped values do not occur: all are stripped */
	if (a->ndigits == 0 || b->ndigits == 0)
		return (a->ndigits > 0) - (b->ndigits > 0);
	if (wa != wb)
		return wa > wb ? 1 : -1;
	while (ia < a->ndigits && ib < b->ndigits)
	{
		if (a->digits[ia] != b->digits[ib])
			return a->digits[ia] > b->digits[ib] ? 1 : -1;
		ia++;
		ib++;
	}
	return (ia < a->ndigits) - (ib < b->ndigits);
}

static int
cmp_numerics(Numeric x, Numeric y)
{
	Var			a;
	Var			b;
	int			c;

	var_from_num(x, &a);
	var_from_num(y, &b);
	if (is_special(a.sign) || is_special(b.sign))
	{
		/* NaN above everything, then +Infinity; -Infinity below everything else */
		int			ra = a.sign == NUMERIC_NAN ? 3 : a.sign == NUMERIC_PINF ? 2 : a.sign == NUMERIC_NINF ? 0 : 1;
		int			rb = b.sign == NUMERIC_NAN ? 3 : b.sign == NUMERIC_PINF ? 2 : b.sign == NUMERIC_NINF ? 0 : 1;

		return (ra > rb) - (ra < rb);
	}
	if (a.ndigits == 0 && b.ndigits == 0)
		return 0;
	if (a.ndigits == 0)
		return b.sign == NUMERIC_NEG ? 1 : -1;
	if (b.ndigits == 0)
		return a.sign == NUMERIC_NEG ? -1 : 1;
	if (a.sign != b.sign)
		return a.sign == NUMERIC_NEG ? -1 : 1;
	c = cmp_abs(&a, &b);
	return a.sign == NUMERIC_NEG ? -c : c;
}

Datum
numeric_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_numerics(PG_GETARG_NUMERIC(0), PG_GETARG_NUMERIC(1)));
}

/* Digit of v at base-NBASE position w (weight), 0 outside */
static int
digit_at(const Var *v, int w)
{
	int			idx = v->weight - w;

	return (idx >= 0 && idx < v->ndigits) ? v->digits[idx] : 0;
}

/* |a| + |b| or |a| - |b| (|a| >= |b|), into r */
static void
add_sub_abs(const Var *a, const Var *b, bool subtract, Var *r)
{
	int			hi = Max(a->weight, b->weight) + 1;
	int			lo = Min(a->weight - a->ndigits + 1, b->weight - b->ndigits + 1);
	int			n = hi - lo + 1;
	int			carry = 0;

	r->digits = palloc0(sizeof(int16) * n);
	r->weight = hi;
	r->ndigits = n;
	for (int w = lo; w <= hi; w++)
	{
		int			d = digit_at(a, w) + (subtract ? -digit_at(b, w) : digit_at(b, w)) + carry;

		carry = 0;
		if (d >= NBASE)
		{
			d -= NBASE;
			carry = 1;
		}
		else if (d < 0)
		{
			d += NBASE;
			carry = -1;
		}
		r->digits[hi - w] = (int16) d;
	}
	Assert(carry == 0);
}

Numeric
numeric_add_opt_error(Numeric num1, Numeric num2, bool *have_error)
{
	Var			a;
	Var			b;
	Var			r;

	if (have_error)
		*have_error = false;
	var_from_num(num1, &a);
	var_from_num(num2, &b);
	if (is_special(a.sign) || is_special(b.sign))
	{
		if (a.sign == NUMERIC_NAN || b.sign == NUMERIC_NAN)
			return make_special(NUMERIC_NAN);
		if (a.sign == NUMERIC_PINF)
			return make_special(b.sign == NUMERIC_NINF ? NUMERIC_NAN : NUMERIC_PINF);
		if (a.sign == NUMERIC_NINF)
			return make_special(b.sign == NUMERIC_PINF ? NUMERIC_NAN : NUMERIC_NINF);
		return make_special(b.sign);
	}
	if (a.ndigits == 0)
		a.sign = b.sign;
	if (b.ndigits == 0)
		b.sign = a.sign;
	if (a.sign == b.sign)
	{
		add_sub_abs(&a, &b, false, &r);
		r.sign = a.sign;
	}
	else if (cmp_abs(&a, &b) >= 0)
	{
		add_sub_abs(&a, &b, true, &r);
		r.sign = a.sign;
	}
	else
	{
		add_sub_abs(&b, &a, true, &r);
		r.sign = b.sign;
	}
	r.dscale = Max(a.dscale, b.dscale);
	return make_result_opt_error(&r, have_error);
}

Numeric
int64_to_numeric(int64 val)
{
	return int64_div_fast_to_numeric(val, 0);
}

Numeric
int64_div_fast_to_numeric(int64 val1, int log10val2)
{
	uint64		mag = (val1 < 0) ? -(uint64) val1 : (uint64) val1;
	char		digits[64];
	int			len;
	StringInfoData s;
	Var			v;

	/* at least log10val2 + 1 digits, so that there is one before the point */
	len = snprintf(digits, sizeof(digits), "%0*llu", Max(log10val2, 0) + 1, (unsigned long long) mag);
	initStringInfo(&s);
	if (log10val2 <= 0)
	{
		appendStringInfoString(&s, digits);
		for (int i = 0; i < -log10val2; i++)
			appendStringInfoChar(&s, '0');
	}
	else
		appendStringInfo(&s, "%.*s.%s", len - log10val2, digits, digits + len - log10val2);
	var_from_decimal(s.data, s.data + s.len, val1 < 0 ? NUMERIC_NEG : NUMERIC_POS, &v);
	return make_result(&v);
}
