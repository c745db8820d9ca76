/*
 * report_io.c
 *		payout_report text and binary I/O.
 *
 * Text form (canonical; psql shows it as a compact summary):
 *
 *	 claims=5000 in_review=429 null_keys=0 claimed=1103109000 paid=149490000
 *	 tiers=[3953:502774000:118590000,618:237606000:30900000,429:362729000:0]
 *	 schedule=volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review
 *
 * on one line.  Each tier is claims:claimed:paid.  The totals before "tiers"
 * are derived; input accepts them only when they agree with the tiers, so a
 * hand-edited value cannot say two different things.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"
#include "common/int.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "numeric_util.h"
#include "report.h"
#include "text_cursor.h"

PG_FUNCTION_INFO_V1(payout_report_in);
PG_FUNCTION_INFO_V1(payout_report_out);
PG_FUNCTION_INFO_V1(payout_report_recv);
PG_FUNCTION_INFO_V1(payout_report_send);

/* The parser's state is the shared text cursor (text_cursor.h) */
typedef TextCursor ReportParse;

static void
parse_error(ReportParse *ps, const char *fmt,...) pg_attribute_printf(2, 3);

/* A syntax error at the cursor: 22P02 */
static void
parse_error(ReportParse *ps, const char *fmt,...)
{
	char		detail[256];
	va_list		args;

	va_start(args, fmt);
	vsnprintf(detail, sizeof(detail), fmt, args);
	va_end(args);
	text_cursor_fail(ps, text_cursor_position(ps, ps->p), detail);
}

static void
expect(ReportParse *ps, const char *token)
{
	size_t		len = strlen(token);

	text_skip_space(ps);
	if (strncmp(ps->p, token, len) != 0)
		parse_error(ps, "Expected \"%s\".", token);
	ps->p += len;
}

/* An unsigned integer count */
static int64
parse_count(ReportParse *ps, const char *what)
{
	int64		v = 0;

	text_skip_space(ps);
	if (*ps->p < '0' || *ps->p > '9')
		parse_error(ps, "Expected %s (an unsigned integer).", what);
	while (*ps->p >= '0' && *ps->p <= '9')
	{
		if (pg_mul_s64_overflow(v, 10, &v) || pg_add_s64_overflow(v, *ps->p - '0', &v))
			parse_error(ps, "The %s is out of range.", what);
		ps->p++;
	}
	return v;
}

/* An unsigned exact decimal, as a numeric with the scale it was written at */
static Numeric
parse_sum(ReportParse *ps, const char *what)
{
	const char *start;
	int			digits = 0;
	int			points = 0;

	text_skip_space(ps);
	start = ps->p;
	for (; (*ps->p >= '0' && *ps->p <= '9') || *ps->p == '.'; ps->p++)
	{
		if (*ps->p == '.')
			points++;
		else
			digits++;
	}
	if (digits == 0 || points > 1)
	{
		ps->p = start;
		parse_error(ps, "Expected %s (an unsigned decimal number).", what);
	}
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(pnstrdup(start, ps->p - start)),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/* claims:claimed:paid for each tier */
static void
parse_tiers(ReportParse *ps, ReportParts *parts)
{
	expect(ps, "tiers=[");
	for (int i = 0; i < parts->ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (i > 0)
			expect(ps, ",");
		parts->claims[i] = parse_count(ps, "claim count");
		expect(ps, ":");
		parts->claimed[i] = parse_sum(ps, "claimed sum");
		expect(ps, ":");
		parts->paid[i] = parse_sum(ps, "paid sum");
	}
	text_skip_space(ps);
	if (*ps->p == ',')
		parse_error(ps, "More tiers than the schedule's %d.", parts->ntiers);
	expect(ps, "]");
}

/* The schedule is written last: everything after "schedule=" is its text */
static PayoutSchedule *
parse_schedule(ReportParse *ps)
{
	const char *p = strstr(ps->input, "schedule=");

	if (p == NULL)
		parse_error(ps, "Expected \"schedule=\" followed by the payout schedule.");
	return schedule_from_text(p + strlen("schedule="));
}

/* A derived total as written must agree with the tiers */
static void
check_total_count(ReportParse *ps, const char *name, int64 written, int64 derived)
{
	if (written != derived)
		text_cursor_fail(ps, 0, psprintf("%s=" INT64_FORMAT " does not agree with the tiers, which give " INT64_FORMAT ".",
							   name, written, derived));
}

static void
check_total_sum(ReportParse *ps, const char *name, Numeric written, Numeric derived)
{
	if (num_cmp(written, derived) != 0)
		text_cursor_fail(ps, 0, psprintf("%s=%s does not agree with the tiers, which give %s.", name,
							   numeric_text(written),
							   numeric_text(derived)));
}

/* payout_report_in(cstring) parses and checks the text form */
Datum
payout_report_in(PG_FUNCTION_ARGS)
{
	ReportParse ps;
	ReportParts parts;
	ReportTotals written;
	ReportTotals derived;

	text_cursor_init(&ps, PG_GETARG_CSTRING(0), "payout_report", true);
	report_parts_alloc(&parts, parse_schedule(&ps));
	expect(&ps, "claims=");
	written.claims = parse_count(&ps, "claim count");
	expect(&ps, "in_review=");
	written.in_review = parse_count(&ps, "review count");
	expect(&ps, "null_keys=");
	parts.null_keys = parse_count(&ps, "NULL key count");
	expect(&ps, "claimed=");
	written.claimed = parse_sum(&ps, "claimed total");
	expect(&ps, "paid=");
	written.paid = parse_sum(&ps, "paid total");
	parse_tiers(&ps, &parts);
	expect(&ps, "schedule=");

	report_parts_check(&parts, text_cursor_error, &ps);
	report_totals(&parts, &derived);
	check_total_count(&ps, "claims", written.claims, derived.claims);
	check_total_count(&ps, "in_review", written.in_review, derived.in_review);
	check_total_sum(&ps, "claimed", written.claimed, derived.claimed);
	check_total_sum(&ps, "paid", written.paid, derived.paid);
	PG_RETURN_PAYOUT_REPORT_P(report_build(&parts));
}

static void
append_numeric(StringInfo buf, Numeric n)
{
	appendStringInfoString(buf, numeric_text(n));
}

/* payout_report_out(payout_report) returns the canonical text form */
Datum
payout_report_out(PG_FUNCTION_ARGS)
{
	PayoutReport *r = PG_GETARG_PAYOUT_REPORT_P(0);
	ReportParts parts;
	ReportTotals totals;
	StringInfoData buf;

	report_read(r, &parts);
	report_totals(&parts, &totals);
	initStringInfo(&buf);
	appendStringInfo(&buf, "claims=" INT64_FORMAT " in_review=" INT64_FORMAT " null_keys=" INT64_FORMAT " claimed=",
					 totals.claims, totals.in_review, parts.null_keys);
	append_numeric(&buf, totals.claimed);
	appendStringInfoString(&buf, " paid=");
	append_numeric(&buf, totals.paid);
	appendStringInfoString(&buf, " tiers=[");
	for (int i = 0; i < parts.ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		appendStringInfo(&buf, "%s" INT64_FORMAT ":", i > 0 ? "," : "", parts.claims[i]);
		append_numeric(&buf, parts.claimed[i]);
		appendStringInfoChar(&buf, ':');
		append_numeric(&buf, parts.paid[i]);
	}
	appendStringInfoString(&buf, "] schedule=");
	schedule_append_text(&buf, parts.schedule);
	PG_RETURN_CSTRING(buf.data);
}

/* Binary form: version, null_keys, the schedule, then per tier claims and sums */

static void
binary_fail(void *arg pg_attribute_unused(), int position pg_attribute_unused(), const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary data for type payout_report"),
			 errdetail("%s", detail)));
}

/* A length-prefixed piece of the message, copied into a buffer of its own */
static void
recv_piece(StringInfo buf, StringInfo piece, const char *what)
{
	int			len = (int) pq_getmsgint(buf, 4);

	if (len < 0 || len > buf->len - buf->cursor)
		binary_fail(NULL, 0, psprintf("Invalid length %d of the %s.", len, what));
	/* receive functions expect a terminating zero, as the server gives them */
	piece->data = palloc(len + 1);
	memcpy(piece->data, pq_getmsgbytes(buf, len), len);
	piece->data[len] = '\0';
	piece->len = piece->maxlen = len;
	piece->cursor = 0;
}

/* Read a piece with the given type's receive function; it must use it all */
static Datum
recv_with(StringInfo buf, PGFunction recv, const char *what)
{
	StringInfoData piece;
	Datum		value;

	recv_piece(buf, &piece, what);
	value = DirectFunctionCall3(recv, PointerGetDatum(&piece),
								ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	if (piece.cursor != piece.len)
		binary_fail(NULL, 0, psprintf("Trailing bytes in the %s.", what));
	return value;
}

static void
send_with(StringInfo buf, PGFunction send, Datum value)
{
	bytea	   *bytes = DatumGetByteaPP(DirectFunctionCall1(send, value));

	pq_sendint32(buf, VARSIZE_ANY_EXHDR(bytes));
	pq_sendbytes(buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
}

/* payout_report_recv(internal) reads the binary form, as strictly as text */
Datum
payout_report_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ReportParts parts;
	int			version = pq_getmsgbyte(buf);
	int64		null_keys;

	if (version != REPORT_VERSION)
		binary_fail(NULL, 0, psprintf("Unsupported format version %d.", version));
	null_keys = pq_getmsgint64(buf);
	report_parts_alloc(&parts, DatumGetPayoutScheduleP(recv_with(buf, payout_schedule_recv, "schedule")));
	parts.null_keys = null_keys;
	for (int i = 0; i < parts.ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		parts.claims[i] = pq_getmsgint64(buf);
		parts.claimed[i] = DatumGetNumeric(recv_with(buf, numeric_recv, "claimed sum"));
		parts.paid[i] = DatumGetNumeric(recv_with(buf, numeric_recv, "paid sum"));
	}
	if (buf->cursor != buf->len)
		binary_fail(NULL, 0, "Trailing bytes after the last tier.");
	report_parts_check(&parts, binary_fail, NULL);
	PG_RETURN_PAYOUT_REPORT_P(report_build(&parts));
}

/* payout_report_send(payout_report) returns the binary form */
Datum
payout_report_send(PG_FUNCTION_ARGS)
{
	PayoutReport *r = PG_GETARG_PAYOUT_REPORT_P(0);
	ReportParts parts;
	StringInfoData buf;

	report_read(r, &parts);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, REPORT_VERSION);
	pq_sendint64(&buf, parts.null_keys);
	send_with(&buf, payout_schedule_send, PointerGetDatum(parts.schedule));
	for (int i = 0; i < parts.ntiers; i++)
	{
		CHECK_FOR_INTERRUPTS();
		pq_sendint64(&buf, parts.claims[i]);
		send_with(&buf, numeric_send, NumericGetDatum(parts.claimed[i]));
		send_with(&buf, numeric_send, NumericGetDatum(parts.paid[i]));
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
