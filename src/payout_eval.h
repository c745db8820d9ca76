/*
 * payout_eval.h
 *		Evaluating a compiled schedule for one key.
 *
 * Two paths compute the same exact value: an integer path for bigint keys
 * (128-bit checked arithmetic, no numeric allocation but the result) and a
 * numeric path for everything else.  The integer path falls back to the
 * numeric one whenever a value would not fit, so results never depend on
 * which path ran; the regression tests compare both over random keys.
 */
#ifndef COMPENSATE_PAYOUT_EVAL_H
#define COMPENSATE_PAYOUT_EVAL_H

#include "compiled.h"

/* Intermediate values of one evaluation, for payout_explain */
typedef struct PayoutTrace
{
	Numeric		base;
	Numeric		raw;
	Numeric		after_deductible;
	Numeric		after_cap;
	Numeric		payout;			/* NULL when in review */
} PayoutTrace;

extern int	tier_for_int(const CompiledSchedule *cs, int64 key);
extern int	tier_for_numeric(const CompiledSchedule *cs, Numeric key);
extern bool tier_needs_review(const CompiledSchedule *cs, int tier);
extern Numeric payout_for_int(const CompiledSchedule *cs, int64 key);
extern Numeric payout_for_numeric(const CompiledSchedule *cs, Numeric key,
								  Numeric base, PayoutTrace *trace);
extern Numeric finish_payout(const CompiledSchedule *cs, Numeric raw,
							 PayoutTrace *trace);
extern void check_finite(Numeric value, const char *what);
extern Numeric tier_part_paid(const CompiledSchedule *cs, int tier, Numeric key);

#endif							/* COMPENSATE_PAYOUT_EVAL_H */
