/*
 * payout_eval.c
 *		Find a key's tier and compute its payout, exactly.
 *
 * Order of application (documented in the README):
 *	 raw payout -> minus deductible (not below zero) -> minimum (a positive
 *	 amount raised to it) -> cap -> round -> threshold (an amount below it
 *	 becomes 0);
 * with "cap X after rounding" the cap moves after the round:
 *	 raw -> deductible -> minimum -> round -> cap -> threshold.
 * The minimum is a multiple of the rounding unit and at most the cap
 * (schedule_build.c), so rounding and capping never take a raised payout
 * below it, and where it sits against them does not matter; the threshold
 * judges the amount that would be paid, so it comes last.
 * Without a round option the result is exact, shown without trailing zeros;
 * with one it is shown at the unit's scale (or the cap's, when a cap after
 * rounding has more decimals).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "numeric_util.h"
#include "payout_eval.h"

/* Keys and bases must be real numbers: NaN and infinity are errors (22023) */
void
check_finite(Numeric value, const char *what)
{
	if (numeric_is_nan(value) || numeric_is_inf(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number, not %s", what,
						numeric_text(value))));
}

/* A separate base must be finite, not negative, and the schedule volume */
void
check_base(const CompiledSchedule *cs, Numeric base)
{
	if (cs->mode == SCHEDULE_GRADUATED)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a graduated payout schedule cannot take a separate base"),
				 errdetail("Graduated tiers pay for the part of the key inside them, so rates apply to the key."),
				 errhint("Use a volume schedule, or call payout(schedule, key).")));
	check_finite(base, "base");
	if (num_is_negative(base))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("base must not be negative, not %s",
						numeric_text(base))));
}

pg_noreturn static void domain_error(const CompiledSchedule *cs, const char *key);

/* The key falls outside every tier: 22023 naming the key and the domain */
static void
domain_error(const CompiledSchedule *cs, const char *key)
{
	const PayoutSchedule *s = cs->source;
	const ScheduleTier *last = &s->tiers[s->ntiers - 1];
	StringInfoData domain;

	initStringInfo(&domain);
	appendStringInfoChar(&domain, cs->lower_inclusive ? '[' : '(');
	dec_append(&domain, s->lower);
	appendStringInfoChar(&domain, ',');
	if (last->flags & TIER_UNBOUNDED)
		appendStringInfoChar(&domain, ')');
	else
	{
		dec_append(&domain, last->upper);
		appendStringInfoChar(&domain, (last->flags & TIER_UPPER_INCLUSIVE) ? ']' : ')');
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("key %s is outside the domain of the payout schedule", key),
			 errdetail("The schedule covers %s.", domain.data)));
}

/* An integer key outside the domain (see tier_for_int) */
void
int_key_domain_error(const CompiledSchedule *cs, int64 key)
{
	domain_error(cs, psprintf(INT64_FORMAT, key));
}

/* Does tier t hold keys up to and including this one? */
static bool
key_at_or_below_upper(const CompiledTier *t, Numeric key)
{
	int			c;

	if (t->upper == NULL)
		return true;
	c = num_cmp(key, t->upper);
	return c < 0 || (c == 0 && t->upper_inclusive);
}

/* 0-based tier of a numeric key */
int
tier_for_numeric(const CompiledSchedule *cs, Numeric key)
{
	int			lo = 0;
	int			hi = cs->ntiers;
	int			c;

	check_finite(key, "key");
	c = num_cmp(key, cs->tiers[0].lower);
	if (c < 0 || (c == 0 && !cs->lower_inclusive))
		domain_error(cs, numeric_text(key));
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (key_at_or_below_upper(&cs->tiers[mid], key))
			hi = mid;
		else
			lo = mid + 1;
	}
	if (lo == cs->ntiers)
		domain_error(cs, numeric_text(key));
	return lo;
}

/* Round v (not negative) to a multiple of the unit, exactly */
static Numeric
round_numeric(const CompiledSchedule *cs, Numeric v)
{
	Numeric		unit = cs->round_unit;
	Numeric		rem = numeric_mod_opt_error(v, unit, NULL);
	Numeric		down = numeric_sub_opt_error(v, rem, NULL);
	Numeric		up = numeric_add_opt_error(down, unit, NULL);
	int			half;

	if (num_is_zero(rem))
		return v;
	half = num_cmp(numeric_add_opt_error(rem, rem, NULL), unit);
	switch (cs->round_mode)
	{
		case ROUND_DOWN:
			return down;
		case ROUND_UP:
			return up;
		case ROUND_HALF_UP:
			return half >= 0 ? up : down;
		case ROUND_HALF_DOWN:
			return half > 0 ? up : down;
		case ROUND_HALF_EVEN:
			if (half != 0)
				return half > 0 ? up : down;
			/* a tie: take the even multiple of the unit */
			{
				Numeric		two_units = numeric_add_opt_error(unit, unit, NULL);
				Numeric		parity = numeric_mod_opt_error(down, two_units, NULL);

				return num_is_zero(parity) ? down : up;
			}
	}
	elog(ERROR, "unknown rounding mode %d", (int) cs->round_mode);
	return NULL;
}

/* The cap of the numeric path */
static Numeric
cap_numeric(const CompiledSchedule *cs, Numeric v)
{
	return num_cmp(v, cs->cap) > 0 ? cs->cap : v;
}

/*
 * Apply the options to a raw payout (numeric path), in the order at the top
 * of this file
 */
Numeric
finish_payout(const CompiledSchedule *cs, Numeric raw, PayoutTrace *trace)
{
	Numeric		v = raw;

	if (cs->has_deductible)
	{
		v = numeric_sub_opt_error(v, cs->deductible, NULL);
		if (num_is_negative(v))
			v = int64_to_numeric(0);
	}
	if (trace)
		trace->after_deductible = v;
	if (cs->has_minimum && !num_is_zero(v) && num_cmp(v, cs->minimum) < 0)
		v = cs->minimum;
	if (trace)
		trace->after_minimum = v;
	if (cs->has_cap && !cs->cap_after_round)
		v = cap_numeric(cs, v);
	if (trace)
		trace->after_cap = v;
	if (cs->has_round)
		v = round_numeric(cs, v);
	if (trace)
		trace->after_round = v;
	if (cs->cap_after_round)
	{
		v = cap_numeric(cs, v);
		if (trace)
			trace->after_cap = v;
	}
	if (cs->has_threshold && num_cmp(v, cs->threshold) < 0)
	{
		if (trace)
			trace->below_threshold = !num_is_zero(v);
		v = int64_to_numeric(0);
	}
	if (cs->has_round)
		v = DatumGetNumeric(DirectFunctionCall2(numeric_round, NumericGetDatum(v),
												Int32GetDatum(cs->result_scale)));
	else
		v = DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale, NumericGetDatum(v)));
	if (trace)
		trace->payout = v;
	return v;
}

/*
 * Payout for a numeric key (and base, NULL meaning the key), or NULL when the
 * key is in review.  The trace, if given, receives every step.
 */
Numeric
payout_for_numeric(const CompiledSchedule *cs, Numeric key, Numeric base,
				   PayoutTrace *trace)
{
	int			t = tier_for_numeric(cs, key);
	const CompiledTier *tier = &cs->tiers[t];
	Numeric		raw;

	if (base == NULL)
		base = key;
	if (trace)
	{
		memset(trace, 0, sizeof(PayoutTrace));
		trace->base = base;
	}
	if (tier_needs_review(cs, t))
		return NULL;
	if (tier->key_independent && trace == NULL)
		return precomputed_result(cs, tier->final_payout);
	if (cs->mode == SCHEDULE_GRADUATED)
		raw = numeric_add_opt_error(numeric_add_opt_error(tier->below, tier->fixed, NULL),
									numeric_mul_opt_error(numeric_sub_opt_error(key, tier->lower, NULL),
														  tier->rate, NULL),
									NULL);
	else
		raw = numeric_add_opt_error(tier->fixed, numeric_mul_opt_error(base, tier->rate, NULL), NULL);
	if (trace)
		trace->raw = raw;
	return finish_payout(cs, raw, trace);
}

/* Round v (not negative) to a multiple of the unit on the integer path */
static bool
round_wdec(const CompiledSchedule *cs, WDec *v)
{
	WDec		unit = cs->w_round_unit;
	int128		rem;
	int128		down;
	int128		up;
	int128		twice;

	if (!wdec_align(v, &unit))
		return false;
	rem = v->m % unit.m;
	if (rem == 0)
		return true;
	down = v->m - rem;
	if (__builtin_add_overflow(down, unit.m, &up) ||
		__builtin_add_overflow(rem, rem, &twice))
		return false;
	switch (cs->round_mode)
	{
		case ROUND_DOWN:
			v->m = down;
			break;
		case ROUND_UP:
			v->m = up;
			break;
		case ROUND_HALF_UP:
			v->m = twice >= unit.m ? up : down;
			break;
		case ROUND_HALF_DOWN:
			v->m = twice > unit.m ? up : down;
			break;
		case ROUND_HALF_EVEN:
			if (twice != unit.m)
				v->m = twice > unit.m ? up : down;
			else
				v->m = ((down / unit.m) % 2 == 0) ? down : up;
			break;
	}
	return true;
}

/* The cap of the integer path; false if it overflows */
static bool
cap_wdec(const CompiledSchedule *cs, WDec *v)
{
	int			c;

	if (!wdec_cmp(*v, cs->w_cap, &c))
		return false;
	if (c > 0)
		*v = cs->w_cap;
	return true;
}

/* A rounded (and perhaps capped) payout shown exactly at the result scale */
static bool
show_at_result_scale(const CompiledSchedule *cs, WDec *v)
{
	/* a multiple of the unit, or the cap: no digits beyond the scale */
	while (v->scale > cs->result_scale)
	{
		v->m /= 10;
		v->scale--;
	}
	return v->scale == cs->result_scale || wdec_rescale(v, cs->result_scale);
}

/*
 * The options on the integer path, in the order of finish_payout; false if
 * it overflows
 */
static bool
finish_wdec(const CompiledSchedule *cs, WDec v, WDec *result)
{
	int			c;

	if (cs->has_deductible)
	{
		if (!wdec_sub(v, cs->w_deductible, &v))
			return false;
		if (v.m < 0)
			v = wdec_from_int64(0);
	}
	if (cs->has_minimum && v.m != 0)
	{
		if (!wdec_cmp(v, cs->w_minimum, &c))
			return false;
		if (c < 0)
			v = cs->w_minimum;
	}
	if (cs->has_cap && !cs->cap_after_round && !cap_wdec(cs, &v))
		return false;
	if (cs->has_round && !round_wdec(cs, &v))
		return false;
	if (cs->cap_after_round && !cap_wdec(cs, &v))
		return false;
	if (cs->has_threshold)
	{
		if (!wdec_cmp(v, cs->w_threshold, &c))
			return false;
		if (c < 0)
			v = wdec_from_int64(0);
	}
	if (cs->has_round)
	{
		if (!show_at_result_scale(cs, &v))
			return false;
	}
	else
		wdec_trim(&v);
	*result = v;
	return true;
}

/* Raw payout of an integer key in tier t; false if it overflows */
static bool
raw_wdec(const CompiledSchedule *cs, const CompiledTier *tier, int64 key, WDec *raw)
{
	WDec		part;

	if (cs->mode == SCHEDULE_GRADUATED)
	{
		return tier->w_below_ok &&
			wdec_sub(wdec_from_int64(key), tier->w_lower, &part) &&
			wdec_mul(part, tier->w_rate, &part) &&
			wdec_add(part, tier->w_fixed, &part) &&
			wdec_add(part, tier->w_below, raw);
	}
	if (!wdec_mul(wdec_from_int64(key), tier->w_rate, &part))
		return false;
	/* a rate alone: adding its zero fixed part would only rescale it */
	if (tier->w_fixed.m == 0 && tier->w_fixed.scale <= part.scale)
	{
		*raw = part;
		return true;
	}
	return wdec_add(part, tier->w_fixed, raw);
}

/*
 * Payout of an integer key in tier t (not a review tier) as an exact working
 * decimal, at the scale the numeric path would show; false when it does not
 * fit 128 bits, and the caller must use the numeric path.
 */
bool
payout_wdec_for_int(const CompiledSchedule *cs, int t, int64 key, WDec *result)
{
	WDec		raw;

	return raw_wdec(cs, &cs->tiers[t], key, &raw) && finish_wdec(cs, raw, result);
}

/*
 * Payout of an integer key in a rate_alone tier: what raw_wdec and
 * finish_wdec compute there (the product, trimmed), in 64 bits and straight
 * into a numeric; false if the product does not fit 64 bits.
 */
static inline bool
rate_alone_payout(const CompiledTier *tier, int64 key, Numeric *result)
{
	int64		m;
	int			scale = tier->w_rate.scale;

	/* a schedule's rate mantissa fits 18 digits (decimal.h) */
	if (__builtin_mul_overflow(key, (int64) tier->w_rate.m, &m))
		return false;
	int64_trim(&m, &scale);
	*result = int64_scaled_to_numeric(m, scale);
	return true;
}

/*
 * Payout for an integer key in tier t whose payout depends on the key (see
 * payout_for_int); the same value as the numeric path gives.
 */
Numeric
payout_for_int_computed(const CompiledSchedule *cs, int t, int64 key)
{
	WDec		w;
	Numeric		result;

	if (cs->tiers[t].rate_alone && rate_alone_payout(&cs->tiers[t], key, &result))
		return result;
	if (payout_wdec_for_int(cs, t, key, &w) && wdec_to_numeric(w, &result))
		return result;
	return payout_for_numeric(cs, int64_to_numeric(key), NULL, NULL);
}

/* What graduated tier t (at or below the key's tier) pays for this key */
Numeric
tier_part_paid(const CompiledSchedule *cs, int tier, Numeric key)
{
	const CompiledTier *t = &cs->tiers[tier];
	Numeric		top = key;

	if (t->upper != NULL && num_cmp(key, t->upper) > 0)
		top = t->upper;
	return numeric_add_opt_error(t->fixed,
								 numeric_mul_opt_error(numeric_sub_opt_error(top, t->lower, NULL),
													   t->rate, NULL),
								 NULL);
}
