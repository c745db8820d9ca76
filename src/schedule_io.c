/*
 * schedule_io.c
 *		payout_schedule input/output (text and binary), canonical text form,
 *		equality and hashing.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "schedule.h"

PG_FUNCTION_INFO_V1(payout_schedule_in);
PG_FUNCTION_INFO_V1(payout_schedule_out);
PG_FUNCTION_INFO_V1(payout_schedule_recv);
PG_FUNCTION_INFO_V1(payout_schedule_send);
PG_FUNCTION_INFO_V1(payout_schedule_eq);
PG_FUNCTION_INFO_V1(payout_schedule_ne);
PG_FUNCTION_INFO_V1(payout_schedule_hash);
PG_FUNCTION_INFO_V1(payout_schedule_cmp);
PG_FUNCTION_INFO_V1(payout_schedule_lt);
PG_FUNCTION_INFO_V1(payout_schedule_le);
PG_FUNCTION_INFO_V1(payout_schedule_gt);
PG_FUNCTION_INFO_V1(payout_schedule_ge);

/*
 * The binary format: version, mode, rounding mode, flags, tier count, the
 * lower bound, deductible, cap and rounding unit, in version 2 also minimum
 * and threshold, then per tier upper bound, fixed amount, rate and a flag
 * byte.  Version 1 is sent for every schedule that format 1 can hold (what
 * earlier releases sent), version 2 for the others.
 */
#define WIRE_DEC_SIZE	(8 + 2)
#define WIRE_TIER_SIZE	(3 * WIRE_DEC_SIZE + 1)
#define WIRE_HEADER_DECS(version)	((version) == SCHEDULE_WIRE_VERSION ? 4 : 6)

/* "[0,300000]" style range of a 0-based tier */
void
schedule_append_range(StringInfo buf, const PayoutSchedule *s, int tier)
{
	const ScheduleTier *t = &s->tiers[tier];
	bool		lower_inclusive;
	Dec			lower = schedule_tier_lower(s, tier, &lower_inclusive);

	appendStringInfoChar(buf, lower_inclusive ? '[' : '(');
	dec_append(buf, lower);
	appendStringInfoChar(buf, ',');
	if (t->flags & TIER_UNBOUNDED)
	{
		appendStringInfoChar(buf, ')');
		return;
	}
	dec_append(buf, t->upper);
	appendStringInfoChar(buf, (t->flags & TIER_UPPER_INCLUSIVE) ? ']' : ')');
}

/* "30000", "10%", "1000 + 2.5%" or "review" */
void
schedule_append_outcome(StringInfo buf, const ScheduleTier *t)
{
	if (t->flags & TIER_REVIEW)
	{
		appendStringInfoString(buf, "review");
		return;
	}
	if (!(t->flags & TIER_HAS_RATE))
	{
		dec_append(buf, t->fixed);
		return;
	}
	if (!dec_is_zero(t->fixed))
	{
		dec_append(buf, t->fixed);
		appendStringInfoString(buf, " + ");
	}
	dec_append(buf, t->rate);
	appendStringInfoChar(buf, '%');
}

/*
 * The canonical text form: one spelling per value.  Options come in the
 * order of the chain they apply in (payout_eval.c), cap before round: "after
 * rounding" is written on the cap and the default "before rounding" is not
 * written, so schedules without it print as they always have.
 */
void
schedule_append_text(StringInfo buf, const PayoutSchedule *s)
{
	ScheduleExtension ext = schedule_extension(s);

	appendStringInfoString(buf, s->mode == SCHEDULE_GRADUATED ? "graduated " : "volume ");
	for (int i = 0; i < s->ntiers; i++)
	{
		if (i > 0)
			appendStringInfoString(buf, ", ");
		schedule_append_range(buf, s, i);
		appendStringInfoString(buf, " => ");
		schedule_append_outcome(buf, &s->tiers[i]);
	}
	if (s->flags & SCHED_HAS_DEDUCTIBLE)
	{
		appendStringInfoString(buf, " deductible ");
		dec_append(buf, s->deductible);
	}
	if (s->flags & SCHED_HAS_MINIMUM)
	{
		appendStringInfoString(buf, " minimum ");
		dec_append(buf, ext.minimum);
	}
	if (s->flags & SCHED_HAS_CAP)
	{
		appendStringInfoString(buf, " cap ");
		dec_append(buf, s->cap);
		if (s->flags & SCHED_CAP_AFTER_ROUND)
			appendStringInfoString(buf, " after rounding");
	}
	if (s->flags & SCHED_HAS_ROUND)
	{
		appendStringInfoString(buf, " round ");
		dec_append(buf, s->round_unit);
		appendStringInfoChar(buf, ' ');
		appendStringInfoString(buf, round_mode_name((RoundMode) s->round_mode));
	}
	if (s->flags & SCHED_HAS_THRESHOLD)
	{
		appendStringInfoString(buf, " threshold ");
		dec_append(buf, ext.threshold);
	}
}

/* payout_schedule_in(cstring) returns the parsed, validated schedule */
Datum
payout_schedule_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);

	PG_RETURN_PAYOUT_SCHEDULE_P(schedule_from_text(text));
}

/* payout_schedule_out(payout_schedule) returns the canonical text */
Datum
payout_schedule_out(PG_FUNCTION_ARGS)
{
	PayoutSchedule *s = PG_GETARG_PAYOUT_SCHEDULE_P(0);
	StringInfoData buf;

	initStringInfo(&buf);
	schedule_append_text(&buf, s);
	PG_RETURN_CSTRING(buf.data);
}

static void
send_dec(StringInfo buf, Dec d)
{
	pq_sendint64(buf, d.m);
	pq_sendint16(buf, (uint16) d.scale);
}

static Dec
recv_dec(StringInfo buf)
{
	Dec			d;

	memset(&d, 0, sizeof(Dec));
	d.m = pq_getmsgint64(buf);
	d.scale = (int16) pq_getmsgint(buf, 2);
	return d;
}

/* Callback for schedule_build on binary input: 22P03 */
static void
binary_fail(void *arg pg_attribute_unused(), int position pg_attribute_unused(),
			const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary data for type payout_schedule"),
			 errdetail("%s", detail)));
}

/*
 * Read the binary header into the draft; the tiers follow.  Everything is
 * checked before it is used: the tier count against the bytes actually sent,
 * so that a short message cannot make us allocate much.
 */
static int
recv_header(StringInfo buf, ScheduleDraft *draft, uint8 *flags, int *version)
{
	int			ntiers;
	bool		v1;

	*version = pq_getmsgbyte(buf);
	if (*version != SCHEDULE_WIRE_VERSION && *version != SCHEDULE_WIRE_VERSION_EXTENDED)
		binary_fail(NULL, 0, psprintf("Unsupported format version %d.", *version));
	v1 = (*version == SCHEDULE_WIRE_VERSION);
	draft->mode = (ScheduleMode) pq_getmsgbyte(buf);
	draft->round_mode = (RoundMode) pq_getmsgbyte(buf);
	*flags = (uint8) pq_getmsgbyte(buf);
	if (*flags & ~(v1 ? SCHED_KNOWN_FLAGS_V1 : SCHED_KNOWN_FLAGS))
		binary_fail(NULL, 0, psprintf("Unknown schedule flags 0x%02x.", *flags));
	if (v1 && (int) draft->round_mode >= ROUND_MODE_COUNT_V1)
		binary_fail(NULL, 0, psprintf("Unknown rounding mode %d.", (int) draft->round_mode));
	ntiers = (int) pq_getmsgint(buf, 4);
	/* the lower bound and the options come before the tiers */
	if (ntiers < 1 || ntiers > SCHEDULE_MAX_TIERS ||
		(Size) ntiers * WIRE_TIER_SIZE + WIRE_HEADER_DECS(*version) * WIRE_DEC_SIZE >
		(Size) (buf->len - buf->cursor))
		binary_fail(NULL, 0, psprintf("Invalid tier count %d for the %d bytes that follow.",
									  ntiers, buf->len - buf->cursor));
	draft->has_deductible = (*flags & SCHED_HAS_DEDUCTIBLE) != 0;
	draft->has_cap = (*flags & SCHED_HAS_CAP) != 0;
	draft->has_round = (*flags & SCHED_HAS_ROUND) != 0;
	draft->has_minimum = (*flags & SCHED_HAS_MINIMUM) != 0;
	draft->has_threshold = (*flags & SCHED_HAS_THRESHOLD) != 0;
	draft->cap_after_round = (*flags & SCHED_CAP_AFTER_ROUND) != 0;
	return ntiers;
}

/* payout_schedule_recv(internal) reads the binary form, as strictly as text */
Datum
payout_schedule_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ScheduleDraft draft;
	uint8		flags;
	Dec			lower;
	bool		lower_inclusive;
	int			ntiers;
	int			version;

	draft_init(&draft);
	ntiers = recv_header(buf, &draft, &flags, &version);
	lower = recv_dec(buf);
	lower_inclusive = (flags & SCHED_LOWER_INCLUSIVE) != 0;
	draft.deductible = recv_dec(buf);
	draft.cap = recv_dec(buf);
	draft.round_unit = recv_dec(buf);
	if (version == SCHEDULE_WIRE_VERSION_EXTENDED)
	{
		draft.minimum = recv_dec(buf);
		draft.threshold = recv_dec(buf);
	}
	for (int i = 0; i < ntiers; i++)
	{
		DraftTier  *t = draft_add_tier(&draft);
		uint8		tflags;

		t->lower = lower;
		t->lower_inclusive = lower_inclusive;
		t->upper = recv_dec(buf);
		t->fixed = recv_dec(buf);
		t->rate = recv_dec(buf);
		tflags = (uint8) pq_getmsgbyte(buf);
		if (tflags & ~TIER_KNOWN_FLAGS)
			binary_fail(NULL, 0, psprintf("Unknown flags 0x%02x in tier %d.", tflags, i + 1));
		t->upper_inclusive = (tflags & TIER_UPPER_INCLUSIVE) != 0;
		t->unbounded = (tflags & TIER_UNBOUNDED) != 0;
		t->has_rate = (tflags & TIER_HAS_RATE) != 0;
		t->review = (tflags & TIER_REVIEW) != 0;
		lower = t->upper;
		lower_inclusive = !t->upper_inclusive;
	}
	if (buf->cursor != buf->len)
		binary_fail(NULL, 0, "Trailing bytes after the last tier.");
	PG_RETURN_PAYOUT_SCHEDULE_P(schedule_build(&draft, binary_fail, NULL));
}

/* payout_schedule_send(payout_schedule) returns the binary form */
Datum
payout_schedule_send(PG_FUNCTION_ARGS)
{
	PayoutSchedule *s = PG_GETARG_PAYOUT_SCHEDULE_P(0);
	bool		extended = (s->version == SCHEDULE_VERSION_EXTENDED);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, extended ? SCHEDULE_WIRE_VERSION_EXTENDED : SCHEDULE_WIRE_VERSION);
	pq_sendbyte(&buf, s->mode);
	pq_sendbyte(&buf, s->round_mode);
	pq_sendbyte(&buf, s->flags);
	pq_sendint32(&buf, s->ntiers);
	send_dec(&buf, s->lower);
	send_dec(&buf, s->deductible);
	send_dec(&buf, s->cap);
	send_dec(&buf, s->round_unit);
	if (extended)
	{
		ScheduleExtension ext = schedule_extension(s);

		send_dec(&buf, ext.minimum);
		send_dec(&buf, ext.threshold);
	}
	for (int i = 0; i < s->ntiers; i++)
	{
		send_dec(&buf, s->tiers[i].upper);
		send_dec(&buf, s->tiers[i].fixed);
		send_dec(&buf, s->tiers[i].rate);
		pq_sendbyte(&buf, (uint8) s->tiers[i].flags);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Canonical layout makes equality a byte comparison */
static bool
schedules_equal(const PayoutSchedule *a, const PayoutSchedule *b)
{
	return VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
}

/* payout_schedule_eq(a, b) returns true when the schedules are identical */
Datum
payout_schedule_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(schedules_equal(PG_GETARG_PAYOUT_SCHEDULE_P(0),
								   PG_GETARG_PAYOUT_SCHEDULE_P(1)));
}

/* payout_schedule_ne(a, b) returns true when the schedules differ */
Datum
payout_schedule_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!schedules_equal(PG_GETARG_PAYOUT_SCHEDULE_P(0),
									PG_GETARG_PAYOUT_SCHEDULE_P(1)));
}

/* payout_schedule_hash(s) returns a hash consistent with equality */
Datum
payout_schedule_hash(PG_FUNCTION_ARGS)
{
	PayoutSchedule *s = PG_GETARG_PAYOUT_SCHEDULE_P(0);

	PG_RETURN_DATUM(hash_any((unsigned char *) VARDATA(s), VARSIZE(s) - VARHDRSZ));
}

#define CMP_FIELD(a, b) \
	do { \
		if ((a) != (b)) \
			return (a) < (b) ? -1 : 1; \
	} while (0)
#define CMP_DEC(a, b) \
	do { \
		int			c_ = dec_cmp((a), (b)); \
		if (c_ != 0) \
			return c_; \
	} while (0)

/*
 * A total order for sorting, DISTINCT and UNIQUE: mode, then tier by tier
 * (upper bound, flags, amounts), then options.  It has no business meaning,
 * but it is the same on every platform and consistent with equality, since
 * equal values have identical canonical layouts.
 */
static int
schedule_cmp(const PayoutSchedule *a, const PayoutSchedule *b)
{
	CMP_FIELD(a->mode, b->mode);
	CMP_DEC(a->lower, b->lower);
	CMP_FIELD(a->flags & SCHED_LOWER_INCLUSIVE, b->flags & SCHED_LOWER_INCLUSIVE);
	for (int i = 0; i < a->ntiers && i < b->ntiers; i++)
	{
		const ScheduleTier *x = &a->tiers[i];
		const ScheduleTier *y = &b->tiers[i];

		CMP_FIELD(x->flags & TIER_UNBOUNDED, y->flags & TIER_UNBOUNDED);
		CMP_DEC(x->upper, y->upper);
		CMP_FIELD(x->flags, y->flags);
		CMP_DEC(x->fixed, y->fixed);
		CMP_DEC(x->rate, y->rate);
	}
	CMP_FIELD(a->ntiers, b->ntiers);
	CMP_FIELD(a->flags, b->flags);
	CMP_DEC(a->deductible, b->deductible);
	CMP_DEC(a->cap, b->cap);
	CMP_DEC(a->round_unit, b->round_unit);
	CMP_FIELD(a->round_mode, b->round_mode);
	{
		ScheduleExtension x = schedule_extension(a);
		ScheduleExtension y = schedule_extension(b);

		CMP_DEC(x.minimum, y.minimum);
		CMP_DEC(x.threshold, y.threshold);
	}
	return 0;
}

/* payout_schedule_cmp(a, b) returns -1, 0 or 1 (btree support) */
Datum
payout_schedule_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(schedule_cmp(PG_GETARG_PAYOUT_SCHEDULE_P(0), PG_GETARG_PAYOUT_SCHEDULE_P(1)));
}

/* payout_schedule_lt(a, b) returns a < b in the sort order */
Datum
payout_schedule_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(schedule_cmp(PG_GETARG_PAYOUT_SCHEDULE_P(0), PG_GETARG_PAYOUT_SCHEDULE_P(1)) < 0);
}

/* payout_schedule_le(a, b) returns a <= b in the sort order */
Datum
payout_schedule_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(schedule_cmp(PG_GETARG_PAYOUT_SCHEDULE_P(0), PG_GETARG_PAYOUT_SCHEDULE_P(1)) <= 0);
}

/* payout_schedule_gt(a, b) returns a > b in the sort order */
Datum
payout_schedule_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(schedule_cmp(PG_GETARG_PAYOUT_SCHEDULE_P(0), PG_GETARG_PAYOUT_SCHEDULE_P(1)) > 0);
}

/* payout_schedule_ge(a, b) returns a >= b in the sort order */
Datum
payout_schedule_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(schedule_cmp(PG_GETARG_PAYOUT_SCHEDULE_P(0), PG_GETARG_PAYOUT_SCHEDULE_P(1)) >= 0);
}
