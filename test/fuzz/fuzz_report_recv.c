/*
 * fuzz_report_recv.c
 *		payout_report binary receive (payout_report_recv: the embedded
 *		schedule through payout_schedule_recv, per-tier numerics through
 *		numeric_recv, then report_parts_check), then the round trips of an
 *		accepted report.  numeric_recv is numeric_shim.c's model.
 */
#include "fuzz.h"

static void
one(const uint8_t *data, size_t size)
{
	StringInfoData msg;
	Datum		r;

	fuzz_message(&msg, data, size);
	r = fuzz_call_recv(fuzz_payout_report.recv, &msg);
	if (fuzz_ignore_known() && (known_f1_report(r) || known_f8_report(r)))
	{
		fuzz_skip();
		return;
	}
	fuzz_round_trips(&fuzz_payout_report, r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
