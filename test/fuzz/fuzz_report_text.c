/*
 * fuzz_report_text.c
 *		payout_report text input (payout_report_in: counts, sums, tiers and
 *		the embedded schedule text; report_parts_check, report_build), then
 *		the round trips of an accepted report.  The sums go through
 *		numeric_shim.c's model of numeric.
 */
#include "fuzz.h"

static void
one(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);

	if (text == NULL)
		return;
	fuzz_round_trips(&fuzz_payout_report, fuzz_call_in(fuzz_payout_report.in, text));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
