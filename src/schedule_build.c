/*
 * schedule_build.c
 *		Turn a schedule draft (from text or from binary input) into a
 *		validated, canonical payout_schedule varlena.
 *
 * Both input paths end here so that a client sending binary data is held to
 * exactly the same rules as one typing text.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "lib/stringinfo.h"
#include "miscadmin.h"

#include "schedule.h"

void
draft_init(ScheduleDraft *draft)
{
	memset(draft, 0, sizeof(ScheduleDraft));
	draft->mode = SCHEDULE_VOLUME;
	draft->round_mode = ROUND_HALF_UP;
	draft->maxtiers = 8;
	draft->tiers = palloc0(sizeof(DraftTier) * draft->maxtiers);
}

/* Append an empty tier, growing the array; the count is bounded */
DraftTier *
draft_add_tier(ScheduleDraft *draft)
{
	if (draft->ntiers >= SCHEDULE_MAX_TIERS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("payout schedule has too many tiers"),
				 errdetail("A schedule has at most %d tiers.", SCHEDULE_MAX_TIERS)));
	if (draft->ntiers == draft->maxtiers)
	{
		draft->maxtiers *= 2;
		draft->tiers = repalloc(draft->tiers, sizeof(DraftTier) * draft->maxtiers);
	}
	memset(&draft->tiers[draft->ntiers], 0, sizeof(DraftTier));
	return &draft->tiers[draft->ntiers++];
}

/* Report a problem through the caller's callback with a formatted detail */
static void
fail_at(TextErrorFn fail, void *arg, int position, const char *fmt,...)
	pg_attribute_printf(4, 5);

static void
fail_at(TextErrorFn fail, void *arg, int position, const char *fmt,...)
{
	StringInfoData detail;

	initStringInfo(&detail);
	for (;;)
	{
		va_list		args;
		int			needed;

		va_start(args, fmt);
		needed = appendStringInfoVA(&detail, fmt, args);
		va_end(args);
		if (needed == 0)
			break;
		enlargeStringInfo(&detail, needed);
	}
	fail(arg, position, detail.data);
	/* the callback raises an error; never reached */
	pg_unreachable();
}

static char *
dec_str(Dec d)
{
	StringInfoData buf;

	initStringInfo(&buf);
	dec_append(&buf, d);
	return buf.data;
}

/* Every number must be within the limits of the type and not negative */
static void
check_number(Dec *d, const char *what, int tier, int position,
			 TextErrorFn fail, void *arg)
{
	if (!dec_is_valid(*d))
	{
		if (tier > 0)
			fail_at(fail, arg, position, "The %s of tier %d is negative or out of range.", what, tier);
		fail_at(fail, arg, position, "The %s is negative or out of range.", what);
	}
	dec_normalize(d);
}

/* One tier on its own: numbers in range, not empty, a coherent outcome */
static void
check_tier(DraftTier *t, int n, bool last, TextErrorFn fail, void *arg)
{
	check_number(&t->lower, "lower bound", n, t->position, fail, arg);
	check_number(&t->fixed, "fixed amount", n, t->position, fail, arg);
	check_number(&t->rate, "rate", n, t->position, fail, arg);
	/* the outcome first: the unbounded last tier returns early below */
	if (t->review && (!dec_is_zero(t->fixed) || t->has_rate || !dec_is_zero(t->rate)))
		fail_at(fail, arg, t->position, "Tier %d is a review tier and cannot also pay an amount.", n);
	if (!t->has_rate && !dec_is_zero(t->rate))
		fail_at(fail, arg, t->position, "Tier %d has a rate but is not flagged as having one.", n);
	if (t->unbounded)
	{
		memset(&t->upper, 0, sizeof(Dec));
		t->upper_inclusive = false;
		if (!last)
			fail_at(fail, arg, t->position,
					"Tier %d has no upper bound, so no tier can follow it.", n);
		return;
	}
	check_number(&t->upper, "upper bound", n, t->position, fail, arg);
	{
		int			c = dec_cmp(t->lower, t->upper);

		if (c > 0)
			fail_at(fail, arg, t->position,
					"Tier %d is empty: its lower bound %s is above its upper bound %s.",
					n, dec_str(t->lower), dec_str(t->upper));
		if (c == 0 && !(t->lower_inclusive && t->upper_inclusive))
			fail_at(fail, arg, t->position,
					"Tier %d is empty: %c%s,%s%c holds no value.",
					n, t->lower_inclusive ? '[' : '(', dec_str(t->lower),
					dec_str(t->upper), t->upper_inclusive ? ']' : ')');
	}
}

/* Tier n (1-based) must start exactly where tier n-1 ends */
static void
check_contiguous(const DraftTier *prev, const DraftTier *cur, int n,
				 TextErrorFn fail, void *arg)
{
	int			c;

	if (dec_cmp(cur->lower, prev->lower) < 0)
		fail_at(fail, arg, cur->position,
				"Tiers are out of order: tier %d starts at %s, below tier %d, which starts at %s.",
				n, dec_str(cur->lower), n - 1, dec_str(prev->lower));
	c = dec_cmp(cur->lower, prev->upper);
	if (c < 0)
		fail_at(fail, arg, cur->position,
				"Tiers %d and %d overlap: tier %d ends at %s but tier %d starts at %s.",
				n - 1, n, n - 1, dec_str(prev->upper), n, dec_str(cur->lower));
	if (c > 0)
		fail_at(fail, arg, cur->position,
				"Gap between tiers %d and %d: values between %s and %s are in no tier.",
				n - 1, n, dec_str(prev->upper), dec_str(cur->lower));
	if (prev->upper_inclusive && cur->lower_inclusive)
		fail_at(fail, arg, cur->position,
				"Tiers %d and %d overlap at %s: both include it.",
				n - 1, n, dec_str(cur->lower));
	if (!prev->upper_inclusive && !cur->lower_inclusive)
		fail_at(fail, arg, cur->position,
				"Gap between tiers %d and %d: %s itself is in no tier.",
				n - 1, n, dec_str(cur->lower));
}

/* An option that is absent is stored as zero, so that equal values are equal bytes */
static void
check_option(bool present, Dec *value, const char *what, TextErrorFn fail, void *arg)
{
	if (present)
		check_number(value, what, 0, 0, fail, arg);
	else
		memset(value, 0, sizeof(Dec));
}

/* minimum and threshold of zero would change nothing: a second spelling */
static void
check_positive(bool present, Dec value, const char *what, TextErrorFn fail, void *arg)
{
	if (present && dec_is_zero(value))
		fail_at(fail, arg, 0, "The %s must be greater than zero.", what);
}

static void
check_options(ScheduleDraft *draft, TextErrorFn fail, void *arg)
{
	check_option(draft->has_deductible, &draft->deductible, "deductible", fail, arg);
	check_option(draft->has_cap, &draft->cap, "cap", fail, arg);
	check_option(draft->has_minimum, &draft->minimum, "minimum", fail, arg);
	check_option(draft->has_threshold, &draft->threshold, "threshold", fail, arg);
	check_positive(draft->has_minimum, draft->minimum, "minimum", fail, arg);
	check_positive(draft->has_threshold, draft->threshold, "threshold", fail, arg);
	if (draft->has_round)
	{
		if ((int) draft->round_mode < 0 || (int) draft->round_mode >= ROUND_MODE_COUNT)
			fail_at(fail, arg, 0, "Unknown rounding mode %d.", (int) draft->round_mode);
		check_number(&draft->round_unit, "rounding unit", 0, 0, fail, arg);
		if (dec_is_zero(draft->round_unit))
			fail_at(fail, arg, 0, "The rounding unit must be greater than zero.");
	}
	else
	{
		memset(&draft->round_unit, 0, sizeof(Dec));
		draft->round_mode = ROUND_HALF_UP;
	}
	if (draft->mode != SCHEDULE_VOLUME && draft->mode != SCHEDULE_GRADUATED)
		fail_at(fail, arg, 0, "Unknown schedule mode %d.", (int) draft->mode);
}

/* Is a a whole multiple of b (b > 0)?  Both fit 18 digits, so 128 bits hold them aligned */
static bool
dec_is_multiple(Dec a, Dec b)
{
	WDec		x = wdec_from_dec(a);
	WDec		y = wdec_from_dec(b);

	if (!wdec_align(&x, &y))
		elog(ERROR, "schedule numbers %s and %s cannot be aligned", dec_str(a), dec_str(b));
	return x.m % y.m == 0;
}

pg_noreturn static void
contradiction(const char *message, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", message),
			 errdetail("%s", detail)));
}

/*
 * Options that cannot hold together are 22023 whichever input they came
 * from: each is valid alone, the schedule as a whole is not.  (The chain is
 * in payout_eval.c: deductible, minimum, cap, round, threshold.)
 */
static void
check_option_combination(const ScheduleDraft *d)
{
	if (d->cap_after_round && !(d->has_cap && d->has_round))
		contradiction("payout schedule has \"after rounding\" without both cap and round",
					  "\"cap X after rounding\" orders the cap after the rounding, so it needs a round option.");
	if (d->has_minimum && d->has_cap && dec_cmp(d->minimum, d->cap) > 0)
		contradiction(psprintf("payout schedule minimum %s is above its cap %s",
							   dec_str(d->minimum), dec_str(d->cap)),
					  "A positive payout cannot be both at least the minimum and at most the cap.");
	if (d->has_minimum && d->has_round && !dec_is_multiple(d->minimum, d->round_unit))
		contradiction(psprintf("payout schedule minimum %s is not a multiple of its rounding unit %s",
							   dec_str(d->minimum), dec_str(d->round_unit)),
					  "Rounding would move a payout raised to the minimum off it; choose a minimum that is a multiple of the unit.");
	if (d->has_threshold && d->has_cap && dec_cmp(d->threshold, d->cap) > 0)
		contradiction(psprintf("payout schedule threshold %s is above its cap %s",
							   dec_str(d->threshold), dec_str(d->cap)),
					  "Every payout is at most the cap, so every payout would be below the threshold and become 0.");
	if (d->has_threshold && d->has_minimum)
		contradiction(psprintf("payout schedule has both minimum %s and threshold %s",
							   dec_str(d->minimum), dec_str(d->threshold)),
					  "The threshold judges the payout after the minimum: at or below the minimum it never applies, above it every payout raised to the minimum becomes 0, so one of the two would have no effect.");
}

/* The schedule flags a validated draft stores */
static uint8
draft_flags(const ScheduleDraft *draft)
{
	uint8		flags = 0;

	if (draft->tiers[0].lower_inclusive)
		flags |= SCHED_LOWER_INCLUSIVE;
	if (draft->has_deductible)
		flags |= SCHED_HAS_DEDUCTIBLE;
	if (draft->has_cap)
		flags |= SCHED_HAS_CAP;
	if (draft->has_round)
		flags |= SCHED_HAS_ROUND;
	if (draft->has_minimum)
		flags |= SCHED_HAS_MINIMUM;
	if (draft->has_threshold)
		flags |= SCHED_HAS_THRESHOLD;
	if (draft->cap_after_round)
		flags |= SCHED_CAP_AFTER_ROUND;
	return flags;
}

/* A zeroed schedule of ntiers tiers in the format version it needs */
static PayoutSchedule *
allocate_schedule(int ntiers, bool extended)
{
	Size		size = extended ? SCHEDULE_SIZE_EXTENDED(ntiers) : SCHEDULE_SIZE(ntiers);
	PayoutSchedule *s = palloc0(size);

	SET_VARSIZE(s, size);
	s->version = extended ? SCHEDULE_VERSION_EXTENDED : SCHEDULE_VERSION;
	return s;
}

/*
 * Validate the draft and build the canonical varlena.  Problems are passed to
 * fail(), which must raise an error.
 */
PayoutSchedule *
schedule_build(ScheduleDraft *draft, TextErrorFn fail, void *arg)
{
	PayoutSchedule *s;
	uint8		flags;
	ScheduleExtension ext;

	if (draft->ntiers < 1)
		fail_at(fail, arg, 0, "A schedule needs at least one tier.");
	check_options(draft, fail, arg);
	check_option_combination(draft);
	for (int i = 0; i < draft->ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		check_tier(&draft->tiers[i], i + 1, i == draft->ntiers - 1, fail, arg);
		if (i > 0)
			check_contiguous(&draft->tiers[i - 1], &draft->tiers[i], i + 1, fail, arg);
	}

	flags = draft_flags(draft);
	s = allocate_schedule(draft->ntiers, schedule_needs_extension(flags, draft->round_mode));
	s->mode = (uint8) draft->mode;
	s->round_mode = (uint8) draft->round_mode;
	s->flags = flags;
	s->ntiers = draft->ntiers;
	s->lower = draft->tiers[0].lower;
	s->deductible = draft->deductible;
	s->cap = draft->cap;
	s->round_unit = draft->round_unit;
	if (s->version == SCHEDULE_VERSION_EXTENDED)
	{
		ext.minimum = draft->minimum;
		ext.threshold = draft->threshold;
		memcpy((char *) s + SCHEDULE_SIZE(draft->ntiers), &ext, sizeof(ext));
	}
	for (int i = 0; i < draft->ntiers; i++)
	{
		const DraftTier *d = &draft->tiers[i];
		ScheduleTier *t = &s->tiers[i];

		t->upper = d->upper;
		t->fixed = d->fixed;
		t->rate = d->rate;
		t->flags = (d->upper_inclusive ? TIER_UPPER_INCLUSIVE : 0) |
			(d->unbounded ? TIER_UNBOUNDED : 0) |
			(d->has_rate ? TIER_HAS_RATE : 0) |
			(d->review ? TIER_REVIEW : 0);
	}
	return s;
}

/* Lower bound of a 0-based tier and whether it includes it */
Dec
schedule_tier_lower(const PayoutSchedule *s, int tier, bool *inclusive)
{
	if (tier == 0)
	{
		*inclusive = (s->flags & SCHED_LOWER_INCLUSIVE) != 0;
		return s->lower;
	}
	*inclusive = (s->tiers[tier - 1].flags & TIER_UPPER_INCLUSIVE) == 0;
	return s->tiers[tier - 1].upper;
}

const char *
round_mode_name(RoundMode mode)
{
	switch (mode)
	{
		case ROUND_HALF_UP:
			return "half_up";
		case ROUND_HALF_EVEN:
			return "half_even";
		case ROUND_DOWN:
			return "down";
		case ROUND_UP:
			return "up";
		case ROUND_HALF_DOWN:
			return "half_down";
	}
	return "?";
}
