/*
 * types.c
 *		The I/O functions of compensate's types, for fuzz_round_trips.
 */
#include "fuzz.h"

#include "schedule.h"

extern Datum payout_schedule_in(PG_FUNCTION_ARGS);
extern Datum payout_schedule_out(PG_FUNCTION_ARGS);
extern Datum classifier_in(PG_FUNCTION_ARGS);
extern Datum classifier_out(PG_FUNCTION_ARGS);
extern Datum classifier_recv(PG_FUNCTION_ARGS);
extern Datum classifier_send(PG_FUNCTION_ARGS);
extern Datum payout_report_in(PG_FUNCTION_ARGS);
extern Datum payout_report_out(PG_FUNCTION_ARGS);
extern Datum payout_report_recv(PG_FUNCTION_ARGS);
extern Datum payout_report_send(PG_FUNCTION_ARGS);

const FuzzType fuzz_payout_schedule = {
	"payout_schedule", payout_schedule_in, payout_schedule_out, payout_schedule_recv, payout_schedule_send
};

const FuzzType fuzz_classifier = {
	"classifier", classifier_in, classifier_out, classifier_recv, classifier_send
};

const FuzzType fuzz_payout_report = {
	"payout_report", payout_report_in, payout_report_out, payout_report_recv, payout_report_send
};
