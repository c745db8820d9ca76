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
 *
 * The hash of a schedule (payout_schedule_hash) is defined on the version-1
 * layout: hash indexes keep hashes, so a later format must hash its values as
 * their version-1 form would.
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

/* The checks of the version-1 layout's header and size */
static void
check_v1(const PayoutSchedule *s)
{
	if (s->mode != SCHEDULE_VOLUME && s->mode != SCHEDULE_GRADUATED)
		corrupted(psprintf("Unknown mode %d.", (int) s->mode));
	if (s->flags & ~SCHED_KNOWN_FLAGS)
		corrupted(psprintf("Unknown flags 0x%02x.", (int) s->flags));
	if (s->round_mode >= ROUND_MODE_COUNT)
		corrupted(psprintf("Unknown rounding mode %d.", (int) s->round_mode));
	if (s->ntiers < 1 || s->ntiers > SCHEDULE_MAX_TIERS)
		corrupted(psprintf("Invalid tier count %d.", s->ntiers));
	if (VARSIZE(s) != SCHEDULE_SIZE(s->ntiers))
		corrupted(psprintf("%u bytes for %d tiers.", (unsigned) VARSIZE(s), s->ntiers));
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
		case 1:
			check_v1(s);
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
