/*
 * fuzz_claimed_amount.c
 *		The scanner of claimed_amount and claimed_currency
 *		(claimed_amount_scan) on any text.  An amount it finds must be
 *		non-negative, within 38 digits, in a known currency, at a character
 *		inside the text, and the same on a second scan; money beyond 38
 *		digits is a clean 22003 rejection.
 */
#include "fuzz.h"

#include "amount_text.h"
#include "mb/pg_wchar.h"

static const char *const currencies[] = {"KRW", "USD", "EUR", "JPY", "GBP", "CNY"};

static bool
known_currency(const char *code)
{
	for (size_t i = 0; i < lengthof(currencies); i++)
		if (strcmp(code, currencies[i]) == 0)
			return true;
	return false;
}

static void
one(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);
	ClaimedAmount a;
	ClaimedAmount again;
	int			nbytes;

	if (text == NULL)
		return;
	nbytes = (int) strlen(text);
	if (!claimed_amount_scan(text, nbytes, &a))
		return;
	fuzz_must_succeed("second scan");
	if (a.value.m < 0 || a.value.scale < 0 || a.value.scale > 38)
		fuzz_fail("amount out of shape: scale %d", a.value.scale);
	if (a.currency == NULL || !known_currency(a.currency))
		fuzz_fail("unknown currency");
	if (a.position < 1 || a.position > pg_mbstrlen_with_len(text, nbytes))
		fuzz_fail("position %d outside the text", a.position);
	if (!claimed_amount_scan(text, nbytes, &again) || again.value.m != a.value.m ||
		again.value.scale != a.value.scale || again.position != a.position ||
		strcmp(again.currency, a.currency) != 0)
		fuzz_fail("second scan differs");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
