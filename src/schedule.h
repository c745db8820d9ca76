/*
 * schedule.h
 *		The payout_schedule type: on-disk layout, access macros, and the
 *		builder shared by the text parser and binary receive.
 *
 * On-disk layout (a varlena, 8-byte aligned, all numbers Dec, see decimal.h):
 *
 *	 int32	vl_len_		varlena header
 *	 uint8	version		SCHEDULE_VERSION; schedule_format.c reads every version
 *	 uint8	mode		SCHEDULE_VOLUME or SCHEDULE_GRADUATED
 *	 uint8	round_mode	ROUND_*; meaningful with SCHED_HAS_ROUND
 *	 uint8	flags		SCHED_*
 *	 int32	ntiers		1 .. SCHEDULE_MAX_TIERS
 *	 int32	pad			zero
 *	 Dec	lower		lower bound of tier 1 (inclusive if SCHED_LOWER_INCLUSIVE)
 *	 Dec	deductible, cap, round_unit		zero unless the flag says present
 *	 ScheduleTier tiers[ntiers]
 *	 ScheduleExtension	version 2 only: minimum, threshold (zero unless
 *						the flag says present)
 *
 * A schedule is written in version 1 exactly when it uses nothing version 1
 * cannot say (minimum, threshold, half_down, cap after rounding), so that
 * schedules written before those options existed keep their bytes, their
 * hash and their equality; anything else is version 2.  One schedule has one
 * encoding either way, and only schedule_extension() knows where the
 * version-2 part is.
 *
 * Tiers are contiguous, so a tier's lower bound is the previous tier's upper
 * bound and it is inclusive exactly when that upper bound is not.  Storing
 * only upper bounds makes gaps and overlaps unrepresentable and the layout
 * canonical: two equal schedules are equal byte for byte (all padding is
 * zero), so equality and hashing work on the bytes.
 */
#ifndef COMPENSATE_SCHEDULE_H
#define COMPENSATE_SCHEDULE_H

#include "pg_compat.h"
#include "fmgr.h"

#include "decimal.h"
#include "text_cursor.h"

#define SCHEDULE_VERSION		1	/* the stored layout below (schedule_format.c) */
#define SCHEDULE_VERSION_EXTENDED 2	/* version 1 plus a ScheduleExtension */
#define SCHEDULE_WIRE_VERSION	1	/* the binary send/recv format */
#define SCHEDULE_WIRE_VERSION_EXTENDED 2	/* plus minimum and threshold */
#define SCHEDULE_MAX_TIERS		1000000

typedef enum ScheduleMode
{
	SCHEDULE_VOLUME = 0,		/* the whole key takes its tier's outcome */
	SCHEDULE_GRADUATED = 1		/* each tier pays for the part inside it */
} ScheduleMode;

typedef enum RoundMode
{
	ROUND_HALF_UP = 0,
	ROUND_HALF_EVEN = 1,
	ROUND_DOWN = 2,
	ROUND_UP = 3,
	ROUND_HALF_DOWN = 4			/* version 2 only */
} RoundMode;

#define ROUND_MODE_COUNT		5
#define ROUND_MODE_COUNT_V1		4	/* the modes version 1 can store */

/* schedule flags */
#define SCHED_LOWER_INCLUSIVE	0x01
#define SCHED_HAS_DEDUCTIBLE	0x02
#define SCHED_HAS_CAP			0x04
#define SCHED_HAS_ROUND			0x08
#define SCHED_HAS_MINIMUM		0x10	/* version 2 only, like the two below */
#define SCHED_HAS_THRESHOLD		0x20
#define SCHED_CAP_AFTER_ROUND	0x40	/* the cap applies to the rounded payout */
#define SCHED_KNOWN_FLAGS_V1	0x0F
#define SCHED_KNOWN_FLAGS		0x7F
#define SCHED_EXTENDED_FLAGS	(SCHED_HAS_MINIMUM | SCHED_HAS_THRESHOLD | SCHED_CAP_AFTER_ROUND)
/* every schedule-wide option (what a tier table's outcome cell must not hold) */
#define SCHED_OPTION_FLAGS		(SCHED_HAS_DEDUCTIBLE | SCHED_HAS_CAP | SCHED_HAS_ROUND | \
								 SCHED_HAS_MINIMUM | SCHED_HAS_THRESHOLD)

/* tier flags */
#define TIER_UPPER_INCLUSIVE	0x01
#define TIER_UNBOUNDED			0x02	/* no upper bound; last tier only */
#define TIER_HAS_RATE			0x04	/* outcome has a percentage part */
#define TIER_REVIEW				0x08	/* outcome is committee review */
#define TIER_KNOWN_FLAGS		0x0F

typedef struct ScheduleTier
{
	Dec			upper;			/* zero when TIER_UNBOUNDED */
	Dec			fixed;			/* fixed amount (zero if none) */
	Dec			rate;			/* percent, e.g. 2.5 for 2.5% */
	uint32		flags;
	int32		pad;
} ScheduleTier;

typedef struct PayoutSchedule
{
	int32		vl_len_;
	uint8		version;
	uint8		mode;
	uint8		round_mode;
	uint8		flags;
	int32		ntiers;
	int32		pad;
	Dec			lower;
	Dec			deductible;
	Dec			cap;
	Dec			round_unit;
	ScheduleTier tiers[FLEXIBLE_ARRAY_MEMBER];
} PayoutSchedule;

#define SCHEDULE_SIZE(ntiers) \
	(offsetof(PayoutSchedule, tiers) + (Size) (ntiers) * sizeof(ScheduleTier))

/* What version 2 appends after the tiers */
typedef struct ScheduleExtension
{
	Dec			minimum;
	Dec			threshold;
} ScheduleExtension;

#define SCHEDULE_SIZE_EXTENDED(ntiers) \
	(SCHEDULE_SIZE(ntiers) + sizeof(ScheduleExtension))

/* schedule_format.c: every stored schedule is read through these */
extern PayoutSchedule *schedule_read(Datum d);
extern const PayoutSchedule *schedule_check(const PayoutSchedule *s);
extern ScheduleExtension schedule_extension(const PayoutSchedule *s);
extern bool schedule_needs_extension(uint8 flags, RoundMode round_mode);

#define DatumGetPayoutScheduleP(X)	schedule_read(X)
#define PG_GETARG_PAYOUT_SCHEDULE_P(n) DatumGetPayoutScheduleP(PG_GETARG_DATUM(n))
#define PG_RETURN_PAYOUT_SCHEDULE_P(x) PG_RETURN_POINTER(x)

/*
 * A schedule as written, before validation: tiers carry both bounds so that
 * the builder can say precisely which two tiers leave a gap or overlap.
 */
typedef struct DraftTier
{
	Dec			lower;
	Dec			upper;
	bool		lower_inclusive;
	bool		upper_inclusive;
	bool		unbounded;
	bool		review;
	bool		has_rate;
	Dec			fixed;
	Dec			rate;
	int			position;		/* 1-based character position, 0 if none */
} DraftTier;

typedef struct ScheduleDraft
{
	ScheduleMode mode;
	int			ntiers;
	int			maxtiers;
	DraftTier  *tiers;
	bool		has_deductible;
	bool		has_cap;
	bool		has_round;
	bool		has_minimum;
	bool		has_threshold;
	bool		cap_after_round;
	Dec			deductible;
	Dec			cap;
	Dec			round_unit;
	Dec			minimum;
	Dec			threshold;
	RoundMode	round_mode;
} ScheduleDraft;

/*
 * The builder reports a problem through a TextErrorFn (text_cursor.h): the
 * text parser and binary receive use different SQLSTATEs and quote
 * different things, so they pass their own.
 */

extern void draft_init(ScheduleDraft *draft);
extern DraftTier *draft_add_tier(ScheduleDraft *draft);
extern PayoutSchedule *schedule_build(ScheduleDraft *draft,
									  TextErrorFn fail, void *arg);

extern ScheduleDraft *schedule_parse(const char *text);
extern PayoutSchedule *schedule_from_text(const char *text);
extern void schedule_append_text(StringInfo buf, const PayoutSchedule *s);
extern void schedule_append_range(StringInfo buf, const PayoutSchedule *s, int tier);
extern void schedule_append_outcome(StringInfo buf, const ScheduleTier *t);
extern Dec	schedule_tier_lower(const PayoutSchedule *s, int tier, bool *inclusive);
extern const char *round_mode_name(RoundMode mode);

/* binary I/O, also used to embed a schedule in a report's binary form */
extern Datum payout_schedule_recv(PG_FUNCTION_ARGS);
extern Datum payout_schedule_send(PG_FUNCTION_ARGS);

#endif							/* COMPENSATE_SCHEDULE_H */
