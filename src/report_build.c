/*
 * report_build.c
 *		The payout_report varlena: validate parts, build the varlena, read it
 *		back.  Text input, binary receive, the aggregates' final and
 *		serialize functions all build through here, and every reader reads
 *		through report_read, which checks the layout before trusting it.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "common/int.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "report.h"

#define REPORT_HEADER_SIZE(ntiers) \
	(offsetof(PayoutReport, claims) + (Size) (ntiers) * sizeof(int64))

/* Parts with room for every tier of s, all zero */
void
report_parts_alloc(ReportParts *parts, const PayoutSchedule *s)
{
	parts->schedule = s;
	parts->ntiers = s->ntiers;
	parts->null_keys = 0;
	parts->claims = palloc0(sizeof(int64) * s->ntiers);
	parts->claimed = palloc0(sizeof(Numeric) * s->ntiers);
	parts->paid = palloc0(sizeof(Numeric) * s->ntiers);
}

/*
 * Is a claim in this 0-based tier in review?  Volume: the tier is a review
 * tier.  Graduated: the key has reached a review tier at or below this one.
 */
bool
report_tier_in_review(const PayoutSchedule *s, int tier)
{
	int			first = (s->mode == SCHEDULE_GRADUATED) ? 0 : tier;

	for (int i = first; i <= tier; i++)
	{
		if (s->tiers[i].flags & TIER_REVIEW)
			return true;
	}
	return false;
}

static void
fail_with(TextErrorFn fail, void *arg, const char *fmt,...)
	pg_attribute_printf(3, 4);

static void
fail_with(TextErrorFn fail, void *arg, const char *fmt,...)
{
	char		detail[256];
	va_list		args;

	va_start(args, fmt);
	vsnprintf(detail, sizeof(detail), fmt, args);
	va_end(args);
	fail(arg, 0, detail);
	pg_unreachable();
}

/* A sum must be a finite number, not negative (keys and payouts never are) */
static void
check_sum(Numeric n, const char *what, int tier, TextErrorFn fail, void *arg)
{
	if (n == NULL || numeric_is_nan(n) || numeric_is_inf(n))
		fail_with(fail, arg, "The %s of tier %d is not a finite number.", what, tier);
	if (num_is_negative(n))
		fail_with(fail, arg, "The %s of tier %d is negative.", what, tier);
}

/*
 * Check that the parts make a report the aggregate could have produced: no
 * negative count or sum, nothing claimed or paid in an empty tier, nothing
 * paid in a review tier.  Problems go to fail(), which raises the error.
 */
void
report_parts_check(const ReportParts *parts, TextErrorFn fail, void *arg)
{
	int64		claims = 0;
	Numeric		claimed = int64_to_numeric(0);
	Numeric		paid = int64_to_numeric(0);

	if (parts->null_keys < 0)
		fail_with(fail, arg, "The count of NULL keys is negative.");
	for (int i = 0; i < parts->ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (parts->claims[i] < 0)
			fail_with(fail, arg, "The claim count of tier %d is negative.", i + 1);
		check_sum(parts->claimed[i], "claimed sum", i + 1, fail, arg);
		check_sum(parts->paid[i], "paid sum", i + 1, fail, arg);
		if (parts->claims[i] == 0 &&
			!(num_is_zero(parts->claimed[i]) && num_is_zero(parts->paid[i])))
			fail_with(fail, arg, "Tier %d has no claims but a claimed or paid sum.", i + 1);
		if (report_tier_in_review(parts->schedule, i) && !num_is_zero(parts->paid[i]))
			fail_with(fail, arg, "Tier %d is in review but has a paid sum.", i + 1);
		/* the totals must be representable too, or the report cannot be printed */
		if (pg_add_s64_overflow(claims, parts->claims[i], &claims))
			fail_with(fail, arg, "The claim counts add up to more than a bigint holds.");
		claimed = numeric_add_opt_error(claimed, parts->claimed[i], NULL);
		paid = numeric_add_opt_error(paid, parts->paid[i], NULL);
	}
}

/* The varlena of a report, from checked parts */
PayoutReport *
report_build(const ReportParts *parts)
{
	Size		size = MAXALIGN(REPORT_HEADER_SIZE(parts->ntiers)) + VARSIZE(parts->schedule);
	PayoutReport *r;
	char	   *p;

	for (int i = 0; i < parts->ntiers; i++)
	{
		size = INTALIGN(size) + VARSIZE(parts->claimed[i]);
		size = INTALIGN(size) + VARSIZE(parts->paid[i]);
	}
	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("payout report is too large"),
				 errdetail("It would take %zu bytes; the limit is %zu.", size, (Size) MaxAllocSize)));
	r = palloc0(size);
	SET_VARSIZE(r, size);
	r->version = REPORT_VERSION;
	r->ntiers = parts->ntiers;
	r->null_keys = parts->null_keys;
	memcpy(r->claims, parts->claims, sizeof(int64) * parts->ntiers);
	p = (char *) r + MAXALIGN(REPORT_HEADER_SIZE(parts->ntiers));
	memcpy(p, parts->schedule, VARSIZE(parts->schedule));
	p += VARSIZE(parts->schedule);
	for (int i = 0; i < parts->ntiers; i++)
	{
		p = (char *) r + INTALIGN(p - (char *) r);
		memcpy(p, parts->claimed[i], VARSIZE(parts->claimed[i]));
		p += VARSIZE(parts->claimed[i]);
		p = (char *) r + INTALIGN(p - (char *) r);
		memcpy(p, parts->paid[i], VARSIZE(parts->paid[i]));
		p += VARSIZE(parts->paid[i]);
	}
	Assert(p == (char *) r + size);
	return r;
}

/* a + b for claim counts: 22003 instead of a wrap */
int64
report_add_count(int64 a, int64 b)
{
	int64		r;

	if (pg_add_s64_overflow(a, b, &r))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("payout report claim count out of range")));
	return r;
}

/* Totals over the tiers: claims, claims in review, claimed, paid */
void
report_totals(const ReportParts *parts, ReportTotals *totals)
{
	totals->claims = 0;
	totals->in_review = 0;
	totals->claimed = int64_to_numeric(0);
	totals->paid = int64_to_numeric(0);
	for (int i = 0; i < parts->ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		totals->claims = report_add_count(totals->claims, parts->claims[i]);
		if (report_tier_in_review(parts->schedule, i))
			totals->in_review = report_add_count(totals->in_review, parts->claims[i]);
		totals->claimed = numeric_add_opt_error(totals->claimed, parts->claimed[i], NULL);
		totals->paid = numeric_add_opt_error(totals->paid, parts->paid[i], NULL);
	}
}

pg_noreturn static void
corrupted(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("payout_report value is corrupted"),
			 errdetail("%s", detail)));
}

/* The varlena at offset *off, checked to lie within the report */
static const char *
read_varlena(const PayoutReport *r, Size *off, Size align, const char *what)
{
	Size		size = VARSIZE(r);
	const char *p;

	*off = TYPEALIGN(align, *off);
	if (*off + VARHDRSZ > size)
		corrupted(psprintf("The report ends before its %s.", what));
	p = (const char *) r + *off;
	if (VARATT_IS_EXTENDED(p) || VARSIZE(p) < VARHDRSZ || VARSIZE(p) > size - *off)
		corrupted(psprintf("The %s does not fit in the report.", what));
	*off += VARSIZE(p);
	return p;
}

/*
 * Point parts at the pieces of a report (no copying), checking the layout so
 * that a damaged value gives an error, never a read out of bounds.
 */
void
report_read(const PayoutReport *r, ReportParts *parts)
{
	Size		off;
	const PayoutSchedule *s;

	if (VARSIZE(r) < offsetof(PayoutReport, claims) || r->version != REPORT_VERSION)
		corrupted(psprintf("Unsupported format version %d.", (int) r->version));
	if (r->flags != 0 || r->pad != 0 || r->pad2 != 0)
		corrupted("Unknown flags (written by a newer release of compensate?).");
	if (r->ntiers < 1 || r->ntiers > SCHEDULE_MAX_TIERS ||
		MAXALIGN(REPORT_HEADER_SIZE(r->ntiers)) > VARSIZE(r))
		corrupted(psprintf("Invalid tier count %d.", r->ntiers));
	off = MAXALIGN(REPORT_HEADER_SIZE(r->ntiers));
	s = (const PayoutSchedule *) read_varlena(r, &off, MAXIMUM_ALIGNOF, "schedule");
	s = schedule_check(s);
	if (s->ntiers != r->ntiers)
		corrupted("Its schedule does not match its tiers.");
	parts->schedule = s;
	parts->ntiers = r->ntiers;
	parts->null_keys = r->null_keys;
	parts->claims = (int64 *) r->claims;
	parts->claimed = palloc(sizeof(Numeric) * r->ntiers);
	parts->paid = palloc(sizeof(Numeric) * r->ntiers);
	for (int i = 0; i < r->ntiers; i++)
	{
		parts->claimed[i] = (Numeric) read_varlena(r, &off, ALIGNOF_INT, "claimed sum");
		parts->paid[i] = (Numeric) read_varlena(r, &off, ALIGNOF_INT, "paid sum");
	}
	if (off != VARSIZE(r))
		corrupted("Trailing bytes after the last tier.");
}

static char *
schedule_text(const PayoutSchedule *s)
{
	StringInfoData buf;

	initStringInfo(&buf);
	schedule_append_text(&buf, s);
	return buf.data;
}

/*
 * Two schedules where one is needed: a group whose rows carry different
 * schedules (rows = true), or two reports of different schedules.  22023.
 */
void
report_mismatch_error(const PayoutSchedule *a, const PayoutSchedule *b, bool rows)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 rows ? errmsg("payout_report cannot mix payout schedules in one group") :
			 errmsg("cannot merge payout reports of different schedules"),
			 errdetail("One is \"%s\", the other \"%s\".", schedule_text(a), schedule_text(b)),
			 errhint("Group by the schedule (or by the segment that chooses it), so that each report has one.")));
}
