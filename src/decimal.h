/*
 * decimal.h
 *		Exact decimal numbers for payout schedules.
 *
 * A schedule stores every number (bounds, amounts, rates, options) as a
 * Dec: an int64 mantissa and a decimal scale, value = m * 10^-scale.  It is
 * fixed-size, pointer-free and compares exactly, which keeps the on-disk
 * format simple.  At most DEC_MAX_DIGITS significant digits and
 * DEC_MAX_SCALE fractional digits are allowed, so that any two of them can be
 * aligned and multiplied in 128-bit arithmetic.
 *
 * WDec is the wide working form used on the integer fast path of payout
 * evaluation: every operation on it is overflow-checked and reports failure
 * instead of wrapping, so that the caller can fall back to numeric.
 */
#ifndef COMPENSATE_DECIMAL_H
#define COMPENSATE_DECIMAL_H

#include "pg_compat.h"
#include "lib/stringinfo.h"
#include "utils/numeric.h"

#ifndef HAVE_INT128
#error "compensate needs a compiler with 128-bit integers"
#endif

#define DEC_MAX_DIGITS	18		/* significant digits of a schedule number */
#define DEC_MAX_SCALE	18		/* digits after the decimal point */

typedef struct Dec
{
	int64		m;				/* mantissa */
	int16		scale;			/* value = m * 10^-scale, 0..DEC_MAX_SCALE */
	int16		pad16;			/* always zero: schedules compare bytewise */
	int32		pad32;
} Dec;

typedef struct WDec
{
	int128		m;
	int			scale;
} WDec;

/* Outcome of dec_parse */
typedef enum DecParseResult
{
	DEC_OK,
	DEC_NOT_A_NUMBER,
	DEC_TOO_MANY_DIGITS,
	DEC_TOO_MANY_DECIMALS
} DecParseResult;

extern int128 int128_pow10(int n);
extern DecParseResult dec_parse(const char *s, int *consumed, Dec *out);
extern void dec_normalize(Dec *d);
extern bool dec_is_valid(Dec d);
extern int	dec_cmp(Dec a, Dec b);
extern bool dec_is_zero(Dec d);
extern void dec_append(StringInfo buf, Dec d);
extern Numeric dec_to_numeric(Dec d);
extern Numeric dec_to_numeric_shifted(Dec d, int extra_scale);
extern int64 dec_floor_int64(Dec d);
extern int64 dec_ceil_int64(Dec d);

extern WDec wdec_from_dec(Dec d);
extern WDec wdec_from_int64(int64 v);
extern bool wdec_align(WDec *a, WDec *b);
extern bool wdec_add(WDec a, WDec b, WDec *r);
extern bool wdec_sub(WDec a, WDec b, WDec *r);
extern bool wdec_mul(WDec a, WDec b, WDec *r);
extern bool wdec_cmp(WDec a, WDec b, int *result);
extern bool wdec_rescale(WDec *a, int scale);
extern void int64_trim(int64 *m, int *scale);
extern void wdec_trim(WDec *a);
extern bool wdec_to_numeric(WDec a, Numeric *result);

extern int	num_cmp(Numeric a, Numeric b);
extern bool num_is_negative(Numeric n);
extern bool num_is_zero(Numeric n);

#endif							/* COMPENSATE_DECIMAL_H */
