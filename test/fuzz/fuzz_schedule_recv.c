/*
 * fuzz_schedule_recv.c
 *		payout_schedule binary receive (payout_schedule_recv: any bytes a
 *		client can send), then the round trips of an accepted schedule.
 */
#include "fuzz.h"

static void
one(const uint8_t *data, size_t size)
{
	StringInfoData msg;
	Datum		s;

	fuzz_message(&msg, data, size);
	s = fuzz_call_recv(fuzz_payout_schedule.recv, &msg);
	if (fuzz_ignore_known() && known_f1_schedule(s))
	{
		fuzz_skip();
		return;
	}
	fuzz_round_trips(&fuzz_payout_schedule, s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
