/*
 * fuzz.h
 *		What the libFuzzer harnesses in this directory share: the driver that
 *		runs one input inside an error handler and frees everything it
 *		allocated, and helpers to build the inputs the server would give a
 *		type's input and receive functions.  The server functions the
 *		parsers call are provided by shim.c (see there for what differs from
 *		a real backend).
 */
#ifndef COMPENSATE_FUZZ_H
#define COMPENSATE_FUZZ_H

#include "pg_compat.h"
#include "fmgr.h"
#include "lib/stringinfo.h"

#include <stddef.h>
#include <stdint.h>

/*
 * Run body(data, size) as one fuzz iteration.  An ERROR raised by the code
 * under test longjmps back here and counts as a clean rejection, unless its
 * SQLSTATE is of class XX (internal error, data corrupted: input must never
 * reach those) or the harness said the rest must succeed.  All memory the
 * iteration allocated with palloc is freed afterwards.
 */
typedef void (*FuzzBody) (const uint8_t *data, size_t size);
extern int	fuzz_run(FuzzBody body, const uint8_t *data, size_t size);

/*
 * From here on an ERROR is a bug, not a rejection: used once the input was
 * accepted, for the round trips (out -> in, send -> recv) that must work.
 */
extern void fuzz_must_succeed(const char *what);

/*
 * FUZZ_IGNORE_KNOWN=1 (test/fuzz/run --ignore-known) masks the findings listed
 * in crashes/README.md, so that a long run can look past bugs that are
 * already reported and not yet fixed.  fuzz_skip() marks an input as not
 * counted (neither accepted nor rejected).
 */
extern bool fuzz_ignore_known(void);
extern void fuzz_skip(void);

/* known.c: values that hit reported findings (crashes/README.md) */
extern bool known_f1_schedule(Datum schedule);
extern bool known_f1_report(Datum report);
extern bool known_f23_rules(Datum classifier);
extern bool known_f5_rules(Datum classifier);
extern bool known_f67_rules(Datum classifier);
extern bool known_f8_report(Datum report);
extern bool known_f9_bayes(Datum classifier);
extern bool known_f10_rules(Datum classifier);
extern bool known_f11_bayes_text(const char *text);

/* Show this text form (of the value under test) if the input fails */
extern void fuzz_note(const char *text);

/*
 * The shim defines server functions, so it must use their prototypes of
 * the version it is built against (see also src/pg_compat.h): 16 made the
 * byte buffers of appendBinaryStringInfo(NT) and pq_sendbytes void
 * pointers, 18 that of pq_copymsgbytes.
 */
#if PG_VERSION_NUM >= 160000
typedef const void *FuzzBytesIn;
#else
typedef const char *FuzzBytesIn;
#endif
#if PG_VERSION_NUM >= 180000
typedef void *FuzzCopyBytesOut;
#else
typedef char *FuzzCopyBytesOut;
#endif

/* Report a broken invariant and abort (libFuzzer saves the input) */
pg_noreturn extern void fuzz_fail(const char *fmt,...) pg_attribute_printf(1, 2);

/*
 * The input as the server would pass it to a type input function: a
 * NUL-terminated string, valid in the database encoding (UTF8).  The
 * server never delivers a zero byte or invalid UTF-8, so the input is cut
 * at the first of those.
 */
extern char *fuzz_cstring(const uint8_t *data, size_t size);

/* The input as the server passes it to a receive function */
extern void fuzz_message(StringInfo buf, const uint8_t *data, size_t size);

/* A bytea from a send function as a message for the receive function */
extern void fuzz_message_from_bytea(StringInfo buf, Datum bytes);

/* Call a type's input / receive / output / send function as the server does */
extern Datum fuzz_call_in(PGFunction in, const char *text);
extern Datum fuzz_call_recv(PGFunction recv, StringInfo buf);
extern char *fuzz_call_out(PGFunction out, Datum value);
extern Datum fuzz_call_send(PGFunction send, Datum value);

/* A type's I/O functions, for the round trips */
typedef struct FuzzType
{
	const char *name;
	PGFunction	in;
	PGFunction	out;
	PGFunction	recv;
	PGFunction	send;
} FuzzType;

extern const FuzzType fuzz_payout_schedule;
extern const FuzzType fuzz_classifier;
extern const FuzzType fuzz_payout_report;

/*
 * An accepted value must survive both round trips unchanged: out -> in gives
 * the same bytes and the same text (pg_dump, ::text casts), send -> recv the
 * same bytes (COPY BINARY, binary results).  Any ERROR in them is a bug.
 */
extern void fuzz_round_trips(const FuzzType *type, Datum value);

/* Two varlenas are identical byte for byte */
extern bool fuzz_varlena_equal(Datum a, Datum b);

/* Abort unless a and b (from out, send) are the same bytes */
extern void fuzz_check_same_text(const char *what, const char *a, const char *b);
extern void fuzz_check_same_bytes(const char *what, Datum a, Datum b);

#endif							/* COMPENSATE_FUZZ_H */
