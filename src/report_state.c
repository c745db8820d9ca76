/*
 * report_state.c
 *		The in-memory state of the payout_report aggregates: adding a row,
 *		merging two states, and converting to and from the report varlena.
 *
 * Per row the state does integer work only on the common path: a counter, a
 * 128-bit key sum, and either a counter of claims paid their tier's fixed
 * payout (multiplied out once, at the end) or a 128-bit payout sum.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "common/int.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "payout_eval.h"
#include "report.h"

/* An empty state for schedule s, everything allocated in mcxt */
ReportState *
report_state_new(MemoryContext mcxt, const PayoutSchedule *s)
{
	ReportState *state = MemoryContextAllocZero(mcxt, sizeof(ReportState));

	state->mcxt = mcxt;
	state->schedule = MemoryContextAlloc(mcxt, VARSIZE(s));
	memcpy(state->schedule, s, VARSIZE(s));
	state->ntiers = s->ntiers;
	state->tiers = MemoryContextAllocHuge(mcxt, sizeof(ReportTier) * s->ntiers);
	for (int i = 0; i < s->ntiers; i++)
	{
		state->tiers[i].claims = 0;
		state->tiers[i].fixed_claims = 0;
		exact_sum_init(&state->tiers[i].claimed);
		exact_sum_init(&state->tiers[i].paid);
	}
	return state;
}

static bool
same_schedule(const PayoutSchedule *a, const PayoutSchedule *b)
{
	return VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
}

/*
 * The state's own compiled form of its schedule when s is that schedule,
 * else NULL; compiled on first use, in the state's context.
 */
const CompiledSchedule *
report_state_compiled(ReportState *state, const PayoutSchedule *s)
{
	if (!same_schedule(state->schedule, s))
		return NULL;
	if (state->compiled == NULL)
		state->compiled = compile_schedule(state->schedule, state->mcxt);
	return state->compiled;
}

/* Keep the precomputed payouts of key-independent tiers, for fixed_claims */
static void
keep_fixed_payouts(ReportState *state, const CompiledSchedule *cs)
{
	state->fixed_payout = MemoryContextAllocZero(state->mcxt, sizeof(Numeric) * state->ntiers);
	for (int i = 0; i < state->ntiers; i++)
	{
		Numeric		n = cs->tiers[i].final_payout;

		if (n == NULL || !cs->tiers[i].key_independent)
			continue;
		state->fixed_payout[i] = MemoryContextAlloc(state->mcxt, VARSIZE(n));
		memcpy(state->fixed_payout[i], n, VARSIZE(n));
	}
}

/*
 * The next row's schedule is cs: it must be the state's.  The id of a
 * compiled form already checked is remembered (ids are never reused, even
 * when a cache slot is recompiled), so the bytes are compared once per
 * compiled schedule, not on every row.
 */
void
report_state_use_schedule(ReportState *state, const CompiledSchedule *cs)
{
	if (cs->id == state->known_id)
		return;
	if (!same_schedule(cs->source, state->schedule))
		report_mismatch_error(state->schedule, cs->source, true);
	if (state->fixed_payout == NULL)
		keep_fixed_payouts(state, cs);
	state->known_id = cs->id;
}

/* Count a claim paid its tier's key-independent payout, or in review */
static inline bool
count_fixed_or_review(ReportState *state, const CompiledSchedule *cs, int t)
{
	if (tier_needs_review(cs, t))
		return true;
	if (cs->tiers[t].key_independent)
	{
		state->tiers[t].fixed_claims++;
		return true;
	}
	return false;
}

/* Add a row with an integer key (cs is the state's schedule) */
void
report_state_add_int(ReportState *state, const CompiledSchedule *cs, int64 key)
{
	int			t = tier_for_int(cs, key);
	ReportTier *tier = &state->tiers[t];
	WDec		paid;

	tier->claims++;
	exact_sum_add_int64(&tier->claimed, key, state->mcxt);
	if (count_fixed_or_review(state, cs, t))
		return;
	if (payout_wdec_for_int(cs, t, key, &paid))
		exact_sum_add_wdec(&tier->paid, paid, state->mcxt);
	else
		exact_sum_add_numeric(&tier->paid,
							  payout_for_numeric(cs, int64_to_numeric(key), NULL, NULL),
							  state->mcxt);
}

/* Add a row with a numeric key and an optional base (NULL: the key) */
void
report_state_add_numeric(ReportState *state, const CompiledSchedule *cs,
						 Numeric key, Numeric base)
{
	int			t;
	ReportTier *tier;

	if (base != NULL)
		check_base(cs, base);
	t = tier_for_numeric(cs, key);
	tier = &state->tiers[t];
	tier->claims++;
	exact_sum_add_numeric(&tier->claimed, key, state->mcxt);
	if (count_fixed_or_review(state, cs, t))
		return;
	exact_sum_add_numeric(&tier->paid, payout_for_numeric(cs, key, base, NULL), state->mcxt);
}

/* Add src into dst; both must be of the same schedule */
void
report_state_merge(ReportState *dst, const ReportState *src)
{
	if (!same_schedule(dst->schedule, src->schedule))
		report_mismatch_error(dst->schedule, src->schedule, true);
	if (dst->fixed_payout == NULL && src->fixed_payout != NULL)
	{
		/* same schedule, same precomputed payouts */
		dst->fixed_payout = MemoryContextAllocZero(dst->mcxt, sizeof(Numeric) * dst->ntiers);
		for (int i = 0; i < dst->ntiers; i++)
		{
			Numeric		n = src->fixed_payout[i];

			if (n == NULL)
				continue;
			dst->fixed_payout[i] = MemoryContextAlloc(dst->mcxt, VARSIZE(n));
			memcpy(dst->fixed_payout[i], n, VARSIZE(n));
		}
	}
	dst->null_keys = report_add_count(dst->null_keys, src->null_keys);
	for (int i = 0; i < dst->ntiers; i++)
	{
		ReportTier *d = &dst->tiers[i];
		const ReportTier *s = &src->tiers[i];

		CHECK_FOR_INTERRUPTS();
		d->claims = report_add_count(d->claims, s->claims);
		d->fixed_claims = report_add_count(d->fixed_claims, s->fixed_claims);
		exact_sum_add_sum(&d->claimed, &s->claimed, dst->mcxt);
		exact_sum_add_sum(&d->paid, &s->paid, dst->mcxt);
	}
}

/* Add a stored (or serialized) report into dst */
void
report_state_add_report(ReportState *dst, const PayoutReport *r)
{
	ReportParts parts;

	report_read(r, &parts);
	if (!same_schedule(dst->schedule, parts.schedule))
		report_mismatch_error(dst->schedule, parts.schedule, false);
	dst->null_keys = report_add_count(dst->null_keys, parts.null_keys);
	for (int i = 0; i < dst->ntiers; i++)
	{
		ReportTier *d = &dst->tiers[i];

		CHECK_FOR_INTERRUPTS();
		d->claims = report_add_count(d->claims, parts.claims[i]);
		exact_sum_add_numeric(&d->claimed, parts.claimed[i], dst->mcxt);
		exact_sum_add_numeric(&d->paid, parts.paid[i], dst->mcxt);
	}
}

/* Everything tier t paid: the running sum plus the fixed payouts */
static Numeric
tier_paid(const ReportState *state, int t)
{
	const ReportTier *tier = &state->tiers[t];
	Numeric		paid = exact_sum_value(&tier->paid);

	if (tier->fixed_claims == 0)
		return paid;
	Assert(state->fixed_payout != NULL && state->fixed_payout[t] != NULL);
	return numeric_add_opt_error(paid,
								 numeric_mul_opt_error(int64_to_numeric(tier->fixed_claims),
													   state->fixed_payout[t], NULL),
								 NULL);
}

/* The report of a state (the state is not changed) */
PayoutReport *
report_from_state(const ReportState *state)
{
	ReportParts parts;

	report_parts_alloc(&parts, state->schedule);
	parts.null_keys = state->null_keys;
	for (int i = 0; i < state->ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		parts.claims[i] = state->tiers[i].claims;
		parts.claimed[i] = exact_sum_value(&state->tiers[i].claimed);
		parts.paid[i] = tier_paid(state, i);
	}
	return report_build(&parts);
}
