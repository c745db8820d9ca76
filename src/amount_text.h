/*
 * amount_text.h
 *		The amount of money a claim text states (claimed_amount,
 *		claimed_currency): the scanner, separate from the SQL functions so
 *		that test/fuzz/fuzz_claimed_amount.c can run it without a server.
 */
#ifndef COMPENSATE_AMOUNT_TEXT_H
#define COMPENSATE_AMOUNT_TEXT_H

#include "pg_compat.h"

#include "decimal.h"

typedef struct ClaimedAmount
{
	WDec		value;			/* >= 0, exact; scale 0..38 */
	const char *currency;		/* ISO 4217 code, a static string */
	int			position;		/* 1-based character of its first digit */
} ClaimedAmount;

/*
 * Find the amount of money in nbytes of UTF-8 at s (rules: amount_text.c).
 * false when the text states none; 22003 when the amount is beyond 38 digits.
 */
extern bool claimed_amount_scan(const char *s, int nbytes, ClaimedAmount *out);

#endif							/* COMPENSATE_AMOUNT_TEXT_H */
