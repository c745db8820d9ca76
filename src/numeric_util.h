/*
 * numeric_util.h
 *		The numeric helpers every file uses, written once.
 */
#ifndef COMPENSATE_NUMERIC_UTIL_H
#define COMPENSATE_NUMERIC_UTIL_H

#include "pg_compat.h"
#include "utils/numeric.h"

extern char *numeric_text(Numeric n);
extern Numeric numeric_zero(void);
extern Numeric numeric_forever(Numeric n);
extern Numeric int128_to_numeric(int128 v, int scale);

#endif							/* COMPENSATE_NUMERIC_UTIL_H */
