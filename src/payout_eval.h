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

#include "schedule_compile.h"

/* Intermediate values of one evaluation, for payout_explain */
typedef struct PayoutTrace
{
	Numeric		base;
	Numeric		raw;
	Numeric		after_deductible;
	Numeric		after_minimum;
	Numeric		after_cap;
	Numeric		after_round;
	Numeric		payout;			/* NULL when in review */
	bool		below_threshold;	/* the threshold made the payout 0 */
} PayoutTrace;

pg_noreturn extern void int_key_domain_error(const CompiledSchedule *cs, int64 key);
extern int	tier_for_numeric(const CompiledSchedule *cs, Numeric key);
extern Numeric payout_for_int_computed(const CompiledSchedule *cs, int tier, int64 key);
extern Numeric payout_for_numeric(const CompiledSchedule *cs, Numeric key,
								  Numeric base, PayoutTrace *trace);
extern Numeric finish_payout(const CompiledSchedule *cs, Numeric raw,
							 PayoutTrace *trace);
extern void check_finite(Numeric value, const char *what);
extern void check_base(const CompiledSchedule *cs, Numeric base);
extern bool payout_wdec_for_int(const CompiledSchedule *cs, int tier, int64 key, WDec *result);
extern Numeric tier_part_paid(const CompiledSchedule *cs, int tier, Numeric key);

/*
 * next if threshold < key, else base, without a branch.  Keys arrive in
 * random order, so a branch here would mispredict about half the time; GCC
 * turns every plain C spelling of this select back into a branch, so x86-64
 * gets a conditional move written out.
 */
static inline const int64 *
select_if_below(const int64 *base, const int64 *next, int64 threshold, int64 key)
{
#if defined(__x86_64__) && defined(__GNUC__)
	__asm__("cmpq %[key], %[threshold]\n\t"
			"cmovl %[next], %[base]"
			: [base] "+r"(base)
			: [next] "r"(next), [threshold] "r"(threshold), [key] "r"(key)
			: "cc");
	return base;
#else
	return threshold < key ? next : base;
#endif
}

/* 0-based tier of an integer key: binary search over the integer thresholds */
static inline int
tier_for_int(const CompiledSchedule *cs, int64 key)
{
	const int64 *base = cs->int_upper;
	int			n = cs->ntiers;
	int			tier;

	if (unlikely(key < cs->int_lower))
		int_key_domain_error(cs, key);
	while (n > 1)
	{
		int			half = n / 2;

		base = select_if_below(base, base + half, base[half - 1], key);
		n -= half;
	}
	tier = (int) (base - cs->int_upper) + (*base < key);
	if (unlikely(tier == cs->ntiers))
		int_key_domain_error(cs, key);
	return tier;
}

/*
 * Volume: the key's tier is a review tier.  Graduated: the key has reached a
 * review tier (keys pass through every tier below their own).
 */
static inline bool
tier_needs_review(const CompiledSchedule *cs, int tier)
{
	if (cs->mode == SCHEDULE_GRADUATED)
		return tier >= cs->first_review;
	return cs->tiers[tier].review;
}

/*
 * A precomputed payout as a function result.  When the schedule argument is
 * a constant, its compiled form lives exactly as long as the plan's
 * constants and is never replaced during the query, so the value can be
 * returned as the executor returns a Const's value: by pointer, read-only.
 * Otherwise it is copied, because the cache may recompile and free it.
 */
static inline Numeric
precomputed_result(const CompiledSchedule *cs, Numeric n)
{
	Numeric		copy;

	if (cs->results_shareable)
		return n;
	copy = (Numeric) palloc(VARSIZE(n));
	memcpy(copy, n, VARSIZE(n));
	return copy;
}

/*
 * Payout for an integer key, NULL when in review.  The common case, a tier
 * whose payout does not depend on the key, stays inline and small.
 */
static inline Numeric
payout_for_int(const CompiledSchedule *cs, int64 key)
{
	int			t = tier_for_int(cs, key);

	if (tier_needs_review(cs, t))
		return NULL;
	if (cs->tiers[t].key_independent)
		return precomputed_result(cs, cs->tiers[t].final_payout);
	return payout_for_int_computed(cs, t, key);
}

#endif							/* COMPENSATE_PAYOUT_EVAL_H */
