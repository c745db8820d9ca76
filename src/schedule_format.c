/*
 * schedule_format.c
 *		Reading a stored payout_schedule: the one checked accessor.
 *
 * Every function reads a schedule through schedule_read (by way of
 * PG_GETARG_PAYOUT_SCHEDULE_P / DatumGetPayoutScheduleP), and a schedule
 * inside a report through schedule_check.  Before any byte past the header is
 * used they check what the header promises: a format version this library
 * knows, known flags and mode, a tier count in range and a size that matches
 * it.  A value of an older format is converted here, in memory, to the
 * current layout, so that the rest of the code (equality and hashing
 * included) knows one layout; a value of a newer format is refused instead of
 * being misread.  Adding a format means adding a case here.
 *
 * Stored formats:
 *	 1	compensate 0.1 and later: the layout drawn in schedule.h.
 *	 2	compensate 0.5 and later, for schedules that use minimum, threshold,
 *		half_down or cap after rounding: version 1's header and tiers (with
 *		the new flags and rounding mode allowed) followed by a
 *		ScheduleExtension.  Every other schedule is still written in version
 *		1, so version 2 adds values rather than changing any.
 *
 * Both versions share the header and tiers, so neither is converted: the
 * rest of the code reads those fields directly and the version-2 part only
 * through schedule_extension(), which gives zeros for version 1.
 *
 * The hash of a schedule (payout_schedule_hash) is defined on the version-1
 * layout: hash indexes keep hashes, so a later format must hash its values as
 * their version-1 form would.  Version-1 values keep their bytes, hence their
 * hash; version-2 values have no version-1 form and hash their own bytes.
 *
 * The binary wire format (send/recv) has versions of its own
 * (SCHEDULE_WIRE_VERSION), independent of these.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "schedule.h"

pg_noreturn static void
corrupted(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("payout_schedule value is corrupted"),
			 errdetail("%s", detail)));
}

/*
 * The checks of the shared header and the size: known_flags and round_modes
 * are what the version can say, size the bytes it needs for its tiers
 */
static void
check_header(const PayoutSchedule *s, uint8 known_flags, int round_modes)
{
	if (s->mode != SCHEDULE_VOLUME && s->mode != SCHEDULE_GRADUATED)
		corrupted(psprintf("Unknown mode %d.", (int) s->mode));
	if (s->flags & ~known_flags)
		corrupted(psprintf("Unknown flags 0x%02x.", (int) s->flags));
	if (s->round_mode >= round_modes)
		corrupted(psprintf("Unknown rounding mode %d.", (int) s->round_mode));
	if (s->ntiers < 1 || s->ntiers > SCHEDULE_MAX_TIERS)
		corrupted(psprintf("Invalid tier count %d.", s->ntiers));
}

static void
check_size(const PayoutSchedule *s, Size size)
{
	if (VARSIZE(s) != size)
		corrupted(psprintf("%u bytes for %d tiers.", (unsigned) VARSIZE(s), s->ntiers));
}

/*
 * Version 2 exists for what version 1 cannot say: a version-2 value that
 * does not need it would be a second encoding of a version-1 schedule, and
 * equality compares bytes
 */
static void
check_v2(const PayoutSchedule *s)
{
	check_header(s, SCHED_KNOWN_FLAGS, ROUND_MODE_COUNT);
	check_size(s, SCHEDULE_SIZE_EXTENDED(s->ntiers));
	if (!schedule_needs_extension(s->flags, (RoundMode) s->round_mode))
		corrupted("Format version 2 for a schedule that version 1 holds.");
}

/*
 * Does a schedule with these flags and rounding mode need format version 2?
 * (A rounding mode only counts when there is rounding: without it the
 * builder stores half_up.)
 */
bool
schedule_needs_extension(uint8 flags, RoundMode round_mode)
{
	return (flags & SCHED_EXTENDED_FLAGS) != 0 ||
		((flags & SCHED_HAS_ROUND) != 0 && (int) round_mode >= ROUND_MODE_COUNT_V1);
}

/* The version-2 options of a checked schedule; zeros for version 1 */
ScheduleExtension
schedule_extension(const PayoutSchedule *s)
{
	ScheduleExtension ext;

	if (s->version == SCHEDULE_VERSION)
		memset(&ext, 0, sizeof(ext));
	else
		memcpy(&ext, (const char *) s + SCHEDULE_SIZE(s->ntiers), sizeof(ext));
	return ext;
}

/*
 * A schedule of the current layout: s itself when it is one (checked), or
 * its conversion.  A schedule too short for its header, or of an unknown
 * version, is an error.
 */
const PayoutSchedule *
schedule_check(const PayoutSchedule *s)
{
	if (VARSIZE(s) < offsetof(PayoutSchedule, tiers))
		corrupted(psprintf("%u bytes: shorter than a schedule's header.", (unsigned) VARSIZE(s)));
	switch (s->version)
	{
		case SCHEDULE_VERSION:
			check_header(s, SCHED_KNOWN_FLAGS_V1, ROUND_MODE_COUNT_V1);
			check_size(s, SCHEDULE_SIZE(s->ntiers));
			return s;
		case SCHEDULE_VERSION_EXTENDED:
			check_v2(s);
			return s;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("payout_schedule value of unknown format version %d", (int) s->version),
					 errhint("It was written by a newer release of compensate, or it is corrupted.")));
	}
	pg_unreachable();
}

/* The schedule in datum d, detoasted and checked */
PayoutSchedule *
schedule_read(Datum d)
{
	return unconstify(PayoutSchedule *, schedule_check((PayoutSchedule *) PG_DETOAST_DATUM(d)));
}
