/*
 * report.h
 *		The payout_report type and the state of the payout_report aggregate.
 *
 * A report holds, for one schedule, the number of claims in each tier, the
 * sum of their keys (claimed) and the sum of their payouts (paid), plus the
 * number of rows whose key was NULL.  How many claims are in review follows
 * from the schedule (a review tier's claims are all in review), and so do
 * every total, so neither is stored.
 *
 * On-disk layout (a varlena, 8-byte aligned):
 *
 *	 int32	vl_len_		varlena header
 *	 uint8	version		REPORT_VERSION
 *	 uint8	flags		zero (reserved)
 *	 uint16	pad			zero
 *	 int32	ntiers		the schedule's tier count
 *	 int32	pad2		zero
 *	 int64	null_keys	rows with a NULL key (or base)
 *	 int64	claims[ntiers]
 *	 the payout_schedule varlena, at a MAXALIGN offset
 *	 numeric claimed, numeric paid, for tier 1 .. ntiers, each at an INTALIGN
 *	 offset
 *
 * The state of the aggregates is a payout_report too (agg_state.h), so a
 * partial aggregate, a stored report and a final result are one format, and
 * rolling stored reports up is the same merge as combining parallel workers.
 */
#ifndef COMPENSATE_REPORT_H
#define COMPENSATE_REPORT_H

#include "pg_compat.h"
#include "fmgr.h"
#include "utils/numeric.h"

#include "schedule_compile.h"
#include "exact_sum.h"
#include "schedule.h"
#include "text_cursor.h"

#define REPORT_VERSION	1

typedef struct PayoutReport
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint16		pad;
	int32		ntiers;
	int32		pad2;
	int64		null_keys;
	int64		claims[FLEXIBLE_ARRAY_MEMBER];
} PayoutReport;

#define DatumGetPayoutReportP(X)	((PayoutReport *) PG_DETOAST_DATUM(X))
#define PG_GETARG_PAYOUT_REPORT_P(n) DatumGetPayoutReportP(PG_GETARG_DATUM(n))
#define PG_RETURN_PAYOUT_REPORT_P(x) PG_RETURN_POINTER(x)

/* A report's parts, as read from the varlena or assembled to build one */
typedef struct ReportParts
{
	const PayoutSchedule *schedule;
	int			ntiers;
	int64		null_keys;
	int64	   *claims;
	Numeric    *claimed;
	Numeric    *paid;
} ReportParts;


/* The totals of a report, derived from its tiers */
typedef struct ReportTotals
{
	int64		claims;
	int64		in_review;
	Numeric		claimed;
	Numeric		paid;
} ReportTotals;

extern int64 report_add_count(int64 a, int64 b);
extern void report_totals(const ReportParts *parts, ReportTotals *totals);
extern void report_parts_alloc(ReportParts *parts, const PayoutSchedule *s);
extern void report_parts_check(const ReportParts *parts, TextErrorFn fail, void *arg);
extern PayoutReport *report_build(const ReportParts *parts);
extern void report_read(const PayoutReport *r, ReportParts *parts);
extern bool report_tier_in_review(const PayoutSchedule *s, int tier);
pg_noreturn extern void report_mismatch_error(const PayoutSchedule *a, const PayoutSchedule *b,
											  bool rows);

/* One tier of the aggregate state */
typedef struct ReportTier
{
	int64		claims;
	int64		fixed_claims;	/* claims paid the tier's precomputed payout,
								 * not yet added to paid */
	ExactSum	claimed;
	ExactSum	paid;
} ReportTier;

/*
 * The aggregate state, the body of the aggregates' expanded payout_report
 * (agg_state.h).  It owns a copy of its schedule, so it can be flattened,
 * shipped to another process and merged there on its own.
 */
typedef struct ReportState
{
	MemoryContext mcxt;			/* everything below: the state's own context */
	PayoutSchedule *schedule;
	uint64		known_id;		/* id of a compiled form known to be this
								 * schedule (0: none yet) */
	Numeric    *fixed_payout;	/* per tier, for fixed_claims; NULL until a
								 * tier has any */
	CompiledSchedule *compiled;	/* its own compiled schedule, for call sites
								 * that keep no cache (NULL until needed) */
	int64		null_keys;
	int			ntiers;
	ReportTier *tiers;
} ReportState;

extern ReportState *report_state_new(MemoryContext mcxt, const PayoutSchedule *s);
extern void report_state_use_schedule(ReportState *state, const CompiledSchedule *cs);
extern const CompiledSchedule *report_state_compiled(ReportState *state, const PayoutSchedule *s);
extern void report_state_add_int(ReportState *state, const CompiledSchedule *cs, int64 key);
extern void report_state_add_numeric(ReportState *state, const CompiledSchedule *cs,
									 Numeric key, Numeric base);
extern void report_state_merge(ReportState *dst, const ReportState *src);
extern void report_state_add_report(ReportState *dst, const PayoutReport *r);
extern PayoutReport *report_from_state(const ReportState *state);

#endif							/* COMPENSATE_REPORT_H */
