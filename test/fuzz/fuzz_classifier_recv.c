/*
 * fuzz_classifier_recv.c
 *		classifier binary receive (classifier_recv: rules_recv and
 *		bayes_recv, any bytes a client can send), then the round trips of an
 *		accepted classifier.
 */
#include "fuzz.h"

static void
one(const uint8_t *data, size_t size)
{
	StringInfoData msg;
	Datum		c;

	fuzz_message(&msg, data, size);
	c = fuzz_call_recv(fuzz_classifier.recv, &msg);
	if (fuzz_ignore_known() &&
		(known_f23_rules(c) || known_f5_rules(c) || known_f67_rules(c) ||
		 known_f9_bayes(c) || known_f10_rules(c)))
	{
		fuzz_skip();
		return;
	}
	fuzz_round_trips(&fuzz_classifier, c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
