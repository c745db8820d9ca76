/*
 * schedule_compile.c
 *		Compile a payout_schedule for evaluation and cache it in fn_extra.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "schedule_compile.h"
#include "numeric_util.h"
#include "payout_eval.h"

/* Ids of compiled schedules: report states remember the one they checked */
static uint64 last_compiled_id = 0;

/* Largest integer key inside a tier that ends at the given upper bound */
static int64
int_upper_of(const ScheduleTier *t)
{
	if (t->flags & TIER_UNBOUNDED)
		return PG_INT64_MAX;
	if (t->flags & TIER_UPPER_INCLUSIVE)
		return dec_floor_int64(t->upper);
	return dec_ceil_int64(t->upper) - 1;
}

/* Amount a graduated tier pays when the key passes all the way through it */
static void
add_full_tier(CompiledTier *next, const CompiledTier *t, bool review)
{
	Numeric		width;
	Numeric		paid;
	WDec		w_width;
	WDec		w_paid;

	if (review)
	{
		/* keys beyond a review tier are in review themselves */
		next->below = t->below;
		next->w_below = t->w_below;
		next->w_below_ok = t->w_below_ok;
		return;
	}
	width = numeric_sub_opt_error(next->lower, t->lower, NULL);
	paid = numeric_add_opt_error(t->fixed, numeric_mul_opt_error(width, t->rate, NULL), NULL);
	next->below = numeric_add_opt_error(t->below, paid, NULL);
	next->w_below_ok = t->w_below_ok &&
		wdec_sub(next->w_lower, t->w_lower, &w_width) &&
		wdec_mul(w_width, t->w_rate, &w_paid) &&
		wdec_add(w_paid, t->w_fixed, &w_paid) &&
		wdec_add(t->w_below, w_paid, &next->w_below);
}

static void
compile_tier(CompiledSchedule *cs, const PayoutSchedule *s, int i)
{
	const ScheduleTier *st = &s->tiers[i];
	CompiledTier *t = &cs->tiers[i];
	bool		lower_inclusive;
	Dec			lower = schedule_tier_lower(s, i, &lower_inclusive);

	cs->int_upper[i] = int_upper_of(st);
	if (i > 0 && cs->int_upper[i] < cs->int_upper[i - 1])
		cs->int_upper[i] = cs->int_upper[i - 1];
	t->lower = dec_to_numeric(lower);
	t->upper = (st->flags & TIER_UNBOUNDED) ? NULL : dec_to_numeric(st->upper);
	t->upper_inclusive = (st->flags & TIER_UPPER_INCLUSIVE) != 0;
	t->review = (st->flags & TIER_REVIEW) != 0;
	t->fixed = dec_to_numeric(st->fixed);
	t->rate = dec_to_numeric_shifted(st->rate, 2);
	t->w_lower = wdec_from_dec(lower);
	t->w_fixed = wdec_from_dec(st->fixed);
	t->w_rate = wdec_from_dec(st->rate);
	t->w_rate.scale += 2;
	t->key_independent = !t->review && dec_is_zero(st->rate);
	t->rate_alone = !t->review && !t->key_independent && dec_is_zero(st->fixed) &&
		cs->mode != SCHEDULE_GRADUATED &&
		(s->flags & SCHED_OPTION_FLAGS) == 0;
	if (t->review && cs->first_review == cs->ntiers)
		cs->first_review = i;
}

static void
compile_options(CompiledSchedule *cs, const PayoutSchedule *s)
{
	ScheduleExtension ext = schedule_extension(s);

	cs->has_deductible = (s->flags & SCHED_HAS_DEDUCTIBLE) != 0;
	cs->has_cap = (s->flags & SCHED_HAS_CAP) != 0;
	cs->has_round = (s->flags & SCHED_HAS_ROUND) != 0;
	cs->has_minimum = (s->flags & SCHED_HAS_MINIMUM) != 0;
	cs->has_threshold = (s->flags & SCHED_HAS_THRESHOLD) != 0;
	cs->cap_after_round = (s->flags & SCHED_CAP_AFTER_ROUND) != 0;
	cs->round_mode = (RoundMode) s->round_mode;
	cs->deductible = dec_to_numeric(s->deductible);
	cs->cap = dec_to_numeric(s->cap);
	cs->round_unit = dec_to_numeric(s->round_unit);
	cs->minimum = dec_to_numeric(ext.minimum);
	cs->threshold = dec_to_numeric(ext.threshold);
	/* a cap after rounding is paid as written, so its decimals are shown */
	cs->result_scale = s->round_unit.scale;
	if (cs->cap_after_round && s->cap.scale > cs->result_scale)
		cs->result_scale = s->cap.scale;
	cs->w_deductible = wdec_from_dec(s->deductible);
	cs->w_cap = wdec_from_dec(s->cap);
	cs->w_round_unit = wdec_from_dec(s->round_unit);
	cs->w_minimum = wdec_from_dec(ext.minimum);
	cs->w_threshold = wdec_from_dec(ext.threshold);
}

/* Compile s into a new structure allocated in mcxt */
CompiledSchedule *
compile_schedule(PayoutSchedule *s, MemoryContext mcxt)
{
	MemoryContext old = MemoryContextSwitchTo(mcxt);
	CompiledSchedule *cs = palloc0(sizeof(CompiledSchedule));
	bool		lower_inclusive = (s->flags & SCHED_LOWER_INCLUSIVE) != 0;

	cs->mcxt = mcxt;
	cs->id = ++last_compiled_id;
	cs->source = palloc(VARSIZE(s));
	memcpy(cs->source, s, VARSIZE(s));
	cs->mode = (ScheduleMode) s->mode;
	cs->ntiers = s->ntiers;
	cs->first_review = s->ntiers;
	cs->lower_inclusive = lower_inclusive;
	cs->int_lower = lower_inclusive ? dec_ceil_int64(s->lower) : dec_floor_int64(s->lower) + 1;
	cs->int_upper = palloc(sizeof(int64) * s->ntiers);
	cs->tiers = palloc0(sizeof(CompiledTier) * s->ntiers);
	compile_options(cs, s);
	for (int i = 0; i < s->ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		compile_tier(cs, s, i);
	}

	/* running totals of graduated tiers, then the key-independent payouts */
	cs->tiers[0].below = numeric_zero();
	cs->tiers[0].w_below = wdec_from_int64(0);
	cs->tiers[0].w_below_ok = true;
	for (int i = 1; i < s->ntiers; i++)
		add_full_tier(&cs->tiers[i], &cs->tiers[i - 1], cs->tiers[i - 1].review);
	for (int i = 0; i < s->ntiers; i++)
	{
		CompiledTier *t = &cs->tiers[i];
		Numeric		raw = t->fixed;

		if (!t->key_independent || tier_needs_review(cs, i))
			continue;
		if (cs->mode == SCHEDULE_GRADUATED)
			raw = numeric_add_opt_error(t->below, t->fixed, NULL);
		t->final_payout = finish_payout(cs, raw, NULL);
	}
	MemoryContextSwitchTo(old);
	return cs;
}

static struct varlena *
schedule_arg_read(Datum d)
{
	return (struct varlena *) DatumGetPayoutScheduleP(d);
}

static void *
schedule_arg_compile(struct varlena *value, MemoryContext mcxt, bool constant,
					 const struct varlena **source)
{
	CompiledSchedule *cs = compile_schedule((PayoutSchedule *) value, mcxt);

	cs->results_shareable = constant;
	*source = (const struct varlena *) cs->source;
	return cs;
}

/* Schedules as call-site arguments (arg_cache.h) */
const ArgKind schedule_arg_kind = {schedule_arg_read, schedule_arg_compile};
