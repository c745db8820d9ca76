/*
 * numeric_util.h
 *		The numeric helpers every file uses, written once.
 */
#ifndef COMPENSATE_NUMERIC_UTIL_H
#define COMPENSATE_NUMERIC_UTIL_H

#include "pg_compat.h"
#include "utils/numeric.h"

extern char *numeric_text(Numeric n);
extern char *numeric_text_canonical(Numeric n);
extern Numeric numeric_zero(void);
extern Numeric numeric_forever(Numeric n);
extern Numeric int64_scaled_to_numeric(int64 m, int scale);
extern Numeric int128_to_numeric(int128 v, int scale);
extern int64 numeric_to_int64(Numeric n);
extern Numeric numeric_div_floor(Numeric a, Numeric b);

#endif							/* COMPENSATE_NUMERIC_UTIL_H */
