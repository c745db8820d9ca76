/*
 * schedule_compile.h
 *		A payout_schedule compiled for fast evaluation, cached per query.
 *
 * Parsing the varlena into numerics and integer thresholds costs far more
 * than evaluating one key, so functions compile their schedule argument on
 * the first call and keep the result in fn_extra.  Every number a payout can
 * need is prepared here once: tier bounds as int64 thresholds (for integer
 * keys) and as numerics, rates as exact fractions, graduated running totals,
 * and the final payout of every tier whose payout does not depend on the key.
 */
#ifndef COMPENSATE_SCHEDULE_COMPILE_H
#define COMPENSATE_SCHEDULE_COMPILE_H

#include "pg_compat.h"
#include "fmgr.h"
#include "utils/numeric.h"

#include "decimal.h"
#include "schedule.h"
#include "arg_cache.h"

typedef struct CompiledTier
{
	Numeric		lower;			/* lower bound */
	Numeric		upper;			/* upper bound, NULL if unbounded */
	bool		upper_inclusive;
	bool		review;
	bool		key_independent;	/* payout does not depend on the key */
	bool		rate_alone;		/* pays key x rate and nothing else: a volume
								 * tier without fixed part, in a schedule
								 * without options */
	Numeric		fixed;
	Numeric		rate;			/* as a fraction: 2.5% -> 0.025 */
	Numeric		below;			/* graduated: paid by all lower tiers */
	Numeric		final_payout;	/* set when key_independent */
	/* the same on the integer fast path */
	WDec		w_lower;
	WDec		w_fixed;
	WDec		w_rate;			/* fraction, like rate */
	WDec		w_below;
	bool		w_below_ok;		/* w_below did not overflow */
} CompiledTier;

typedef struct CompiledSchedule
{
	PayoutSchedule *source;		/* copy, to recognise the same argument */
	uint64		id;				/* unique in this backend, never reused */
	MemoryContext mcxt;			/* holds everything below */
	bool		results_shareable;	/* compiled for a constant argument: lives
									 * until the query ends (see
									 * precomputed_result) */
	ScheduleMode mode;
	int			ntiers;
	int			first_review;	/* 0-based, ntiers if none */
	int64		int_lower;		/* smallest integer key in the domain */
	int64	   *int_upper;		/* per tier: largest integer key in it (a tier
								 * holding no integer repeats the previous
								 * value); contiguous for binary search */
	bool		lower_inclusive;
	bool		has_deductible;
	bool		has_cap;
	bool		has_round;
	bool		has_minimum;
	bool		has_threshold;
	bool		cap_after_round;	/* the cap applies to the rounded payout */
	RoundMode	round_mode;
	Numeric		deductible;
	Numeric		cap;
	Numeric		round_unit;
	Numeric		minimum;
	Numeric		threshold;
	int			result_scale;	/* display scale when rounding: the unit's,
								 * or the cap's when it has more decimals and
								 * applies after rounding */
	WDec		w_deductible;
	WDec		w_cap;
	WDec		w_round_unit;
	WDec		w_minimum;
	WDec		w_threshold;
	CompiledTier *tiers;
} CompiledSchedule;

extern CompiledSchedule *compile_schedule(PayoutSchedule *s, MemoryContext mcxt);

/* The compiled form of schedule argument argno (arg_cache.h) */
extern const ArgKind schedule_arg_kind;

static inline CompiledSchedule *
compiled_schedule(FunctionCallInfo fcinfo, int argno)
{
	return (CompiledSchedule *) arg_cache_get(fcinfo, argno, &schedule_arg_kind);
}

#endif							/* COMPENSATE_SCHEDULE_COMPILE_H */
