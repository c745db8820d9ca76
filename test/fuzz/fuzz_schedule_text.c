/*
 * fuzz_schedule_text.c
 *		payout_schedule text input (payout_schedule_in: schedule_parse and
 *		schedule_build), then the round trips of an accepted schedule.
 */
#include "fuzz.h"

static void
one(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);

	if (text == NULL)
		return;
	fuzz_round_trips(&fuzz_payout_schedule, fuzz_call_in(fuzz_payout_schedule.in, text));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
