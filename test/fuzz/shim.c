/*
 * shim.c
 *		Just enough of a PostgreSQL backend (15 to 18) to run compensate's parsers
 *		and receive functions in a libFuzzer process, without a server.
 *
 * What it provides, and how it differs from a real backend:
 *
 *	memory		palloc, palloc0, palloc_extended, repalloc, repalloc_huge,
 *				pfree, pstrdup, pnstrdup, psprintf, MemoryContextAlloc*: every
 *				chunk is its own malloc (so AddressSanitizer sees the exact
 *				bounds of each), linked into one arena that fuzz_run frees
 *				after each input, as a transaction abort or a per-call
 *				context reset would.  Memory contexts are not separate: every
 *				context allocates into the arena.  Size limits are the
 *				server's (MaxAllocSize, MaxAllocHugeSize), with its errors.
 *	errors		errstart/errfinish/errcode/errmsg/errdetail/errhint...: the
 *				message parts are formatted (so bad format arguments are
 *				caught), then ERROR longjmps back to fuzz_run.  FATAL and
 *				PANIC abort.  WARNING and below are formatted and dropped.
 *	StringInfo	a reimplementation of lib/stringinfo.c with the same growth
 *				rule and the same limit (MaxAllocSize).
 *	interrupts	InterruptPending is always 0; ProcessInterrupts aborts.
 *	encoding	the database encoding is UTF8: pg_mblen, pg_mbstrlen_with_len,
 *				pg_mbcliplen and pg_verifymbstr are the backend's algorithms
 *				over libpgcommon's UTF-8 routines (wchar.o).
 *	NFC			unicode_normalize is PostgreSQL's own (libpgcommon's
 *				unicode_norm.o, its malloc/free renamed to the arena at build
 *				time: see run), so normalization is the server's own code.
 *				That frontend build finds table entries by binary search and
 *				linear scan where the backend uses perfect hashes (same tables,
 *				same results, slower: about half the time of fuzz_rules_text).
 *				The frontend build lacks unicode_is_normalized_quickcheck;
 *				unicode_qc.c has the backend's algorithm over the same tables.
 *	pqformat	pq_getmsg* and pq_send* reimplemented over StringInfo with
 *				the server's checks and SQLSTATEs.
 *	fmgr		DirectFunctionCall1..3 and pg_detoast_datum (values here are
 *				never toasted or packed).
 *	numeric		see numeric_shim.c: a model of numeric, not the server's.
 *	qsort_arg, snprintf		libpgport's.
 *	inputs		text inputs are cut at the first zero byte or invalid UTF-8
 *				(the server never passes those to an input function);
 *				binary inputs are a StringInfo over a private copy with a
 *				terminating zero, as the server builds it.
 *
 * Each input runs in fuzz_run: an ERROR is a clean rejection unless its
 * SQLSTATE is of class XX (internal error, data corrupted), which input must
 * never reach.  After the first call accepted the input, the harness calls
 * fuzz_must_succeed() and any ERROR in the round trips is a bug too.
 *
 * Anything else the compiled files reference but no harness reaches is a
 * trap that aborts with its name (unreachable).
 */
#include "postgres.h"

#include <setjmp.h>
#include <signal.h>

#include "common/unicode_norm.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "fuzz.h"

/* Memory ----------------------------------------------------------------- */

/*
 * Every chunk is preceded by this header; the last field is the context, as
 * GetMemoryChunkContext expects the word before a chunk to be.
 */
typedef struct Chunk
{
	struct Chunk *prev;
	struct Chunk *next;
	Size		size;
	MemoryContext context;
} Chunk;

StaticAssertDecl(sizeof(Chunk) % MAXIMUM_ALIGNOF == 0, "chunk header must keep alignment");

static Chunk arena = {&arena, &arena, 0, NULL};
static MemoryContextData fuzz_context_data;

MemoryContext CurrentMemoryContext = &fuzz_context_data;
MemoryContext TopMemoryContext = &fuzz_context_data;
MemoryContext ErrorContext = &fuzz_context_data;
MemoryContext CurTransactionContext = &fuzz_context_data;
MemoryContext TopTransactionContext = &fuzz_context_data;

static Size arena_bytes;		/* live bytes, for a sanity limit */

static void *
chunk_alloc(Size size, int flags)
{
	Chunk	   *c;

	if (((flags & MCXT_ALLOC_HUGE) != 0 && !AllocHugeSizeIsValid(size)) ||
		((flags & MCXT_ALLOC_HUGE) == 0 && !AllocSizeIsValid(size)))
		elog(ERROR, "invalid memory alloc request size %zu", size);
	c = malloc(sizeof(Chunk) + size);
	if (c == NULL)
	{
		if (flags & MCXT_ALLOC_NO_OOM)
			return NULL;
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("Failed on request of size %zu.", size)));
	}
	c->size = size;
	c->context = CurrentMemoryContext;
	c->next = arena.next;
	c->prev = &arena;
	arena.next->prev = c;
	arena.next = c;
	arena_bytes += size;
	if (flags & MCXT_ALLOC_ZERO)
		memset(c + 1, 0, size);
	return c + 1;
}

static Chunk *
chunk_of(void *pointer)
{
	if (pointer == NULL)
		fuzz_fail("pfree or repalloc of a NULL pointer");
	return (Chunk *) pointer - 1;
}

static void
chunk_free(Chunk *c)
{
	c->prev->next = c->next;
	c->next->prev = c->prev;
	arena_bytes -= c->size;
	free(c);
}

void *
palloc(Size size)
{
	return chunk_alloc(size, 0);
}

void *
palloc0(Size size)
{
	return chunk_alloc(size, MCXT_ALLOC_ZERO);
}

void *
palloc_extended(Size size, int flags)
{
	return chunk_alloc(size, flags);
}

void *
MemoryContextAlloc(MemoryContext context pg_attribute_unused(), Size size)
{
	return chunk_alloc(size, 0);
}

void *
MemoryContextAllocZero(MemoryContext context pg_attribute_unused(), Size size)
{
	return chunk_alloc(size, MCXT_ALLOC_ZERO);
}

void *
MemoryContextAllocZeroAligned(MemoryContext context pg_attribute_unused(), Size size)
{
	return chunk_alloc(size, MCXT_ALLOC_ZERO);
}

void *
MemoryContextAllocExtended(MemoryContext context pg_attribute_unused(), Size size, int flags)
{
	return chunk_alloc(size, flags);
}

void *
MemoryContextAllocHuge(MemoryContext context pg_attribute_unused(), Size size)
{
	return chunk_alloc(size, MCXT_ALLOC_HUGE);
}

static void *
chunk_realloc(void *pointer, Size size, int flags)
{
	Chunk	   *old = chunk_of(pointer);
	void	   *p = chunk_alloc(size, flags);

	memcpy(p, pointer, Min(size, old->size));
	chunk_free(old);
	return p;
}

void *
repalloc(void *pointer, Size size)
{
	return chunk_realloc(pointer, size, 0);
}

void *
repalloc_huge(void *pointer, Size size)
{
	return chunk_realloc(pointer, size, MCXT_ALLOC_HUGE);
}

void *
repalloc_extended(void *pointer, Size size, int flags)
{
	return chunk_realloc(pointer, size, flags);
}

void
pfree(void *pointer)
{
	chunk_free(chunk_of(pointer));
}

Size
add_size(Size s1, Size s2)
{
	Size		result = s1 + s2;

	if (result < s1 || result < s2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("requested shared memory size overflows size_t")));
	return result;
}

Size
mul_size(Size s1, Size s2)
{
	Size		result;

	if (s1 == 0 || s2 == 0)
		return 0;
	result = s1 * s2;
	if (result / s2 != s1)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("requested shared memory size overflows size_t")));
	return result;
}

char *
pstrdup(const char *in)
{
	return pnstrdup(in, strlen(in));
}

char *
MemoryContextStrdup(MemoryContext context pg_attribute_unused(), const char *string)
{
	return pstrdup(string);
}

char *
pnstrdup(const char *in, Size len)
{
	char	   *out;

	len = strnlen(in, len);
	out = palloc(len + 1);
	memcpy(out, in, len);
	out[len] = '\0';
	return out;
}

size_t
pvsnprintf(char *buf, size_t len, const char *fmt, va_list args)
{
	int			nprinted = vsnprintf(buf, len, fmt, args);

	if (nprinted < 0)
		elog(ERROR, "vsnprintf failed with format string \"%s\"", fmt);
	if ((size_t) nprinted < len)
		return (size_t) nprinted;
	if ((size_t) nprinted > MaxAllocSize - 1)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("out of memory")));
	return nprinted + 1;
}

char *
psprintf(const char *fmt,...)
{
	size_t		len = 128;

	for (;;)
	{
		char	   *result = palloc(len);
		va_list		args;
		size_t		newlen;

		va_start(args, fmt);
		newlen = pvsnprintf(result, len, fmt, args);
		va_end(args);
		if (newlen < len)
			return result;
		pfree(result);
		len = newlen;
	}
}

/* unicode_norm.o (frontend build) allocates with malloc/free, renamed to these */
void	   *fuzz_norm_malloc(size_t size);
void		fuzz_norm_free(void *p);

void *
fuzz_norm_malloc(size_t size)
{
	return palloc_extended(size, MCXT_ALLOC_NO_OOM);
}

void
fuzz_norm_free(void *p)
{
	if (p != NULL)
		pfree(p);
}

/* Free everything: the end of one fuzz iteration */
static void
arena_reset(void)
{
	while (arena.next != &arena)
		chunk_free(arena.next);
	arena_bytes = 0;
	CurrentMemoryContext = &fuzz_context_data;
}

/* Errors ------------------------------------------------------------------ */

typedef struct FuzzError
{
	int			elevel;
	int			sqlerrcode;
	char	   *message;
	char	   *detail;
	char	   *hint;
	const char *filename;
	int			lineno;
	const char *funcname;
} FuzzError;

static FuzzError error_data;
static bool error_active;
static sigjmp_buf *error_jmp;
static const char *must_succeed;	/* non-NULL: errors are bugs */
static bool skipped;			/* the input was not a test */

/* Statistics, printed at exit */
static uint64 n_inputs;
static uint64 n_skipped;
static uint64 n_accepted;
static uint64 n_rejected;

#define MAX_STATES 64
static struct
{
	int			code;
	uint64		count;
	char		example[160];
}			states[MAX_STATES];

static const char *
sqlstate_text(int code)
{
	static char buf[6];

	for (int i = 0; i < 5; i++)
	{
		buf[i] = PGUNSIXBIT(code);
		code >>= 6;
	}
	buf[5] = '\0';
	return buf;
}

bool
message_level_is_interesting(int elevel)
{
	return elevel >= WARNING;
}

bool
errstart(int elevel, const char *domain pg_attribute_unused())
{
	if (elevel < WARNING)
		return false;
	if (error_active)
		fuzz_fail("error raised while formatting another error: %s",
				  error_data.message ? error_data.message : "(no message yet)");
	memset(&error_data, 0, sizeof(error_data));
	error_data.elevel = elevel;
	error_data.sqlerrcode = (elevel >= ERROR) ? ERRCODE_INTERNAL_ERROR : ERRCODE_WARNING;
	error_active = true;
	return true;
}

bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

int
errcode(int sqlerrcode)
{
	error_data.sqlerrcode = sqlerrcode;
	return 0;
}

/* Format into a fresh arena string (formatting checks the arguments) */
static char *
format_va(const char *fmt, va_list args)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (;;)
	{
		va_list		copy;
		int			needed;

		va_copy(copy, args);
		needed = appendStringInfoVA(&buf, fmt, copy);
		va_end(copy);
		if (needed == 0)
			break;
		enlargeStringInfo(&buf, needed);
	}
	return buf.data;
}

#define FORMAT_INTO(field, fmt) \
	do { \
		va_list		args_; \
		va_start(args_, fmt); \
		error_data.field = format_va(fmt, args_); \
		va_end(args_); \
	} while (0)

int
errmsg(const char *fmt,...)
{
	FORMAT_INTO(message, fmt);
	return 0;
}

int
errmsg_internal(const char *fmt,...)
{
	FORMAT_INTO(message, fmt);
	return 0;
}

int
errdetail(const char *fmt,...)
{
	FORMAT_INTO(detail, fmt);
	return 0;
}

int
errdetail_internal(const char *fmt,...)
{
	FORMAT_INTO(detail, fmt);
	return 0;
}

int
errhint(const char *fmt,...)
{
	FORMAT_INTO(hint, fmt);
	return 0;
}

void
errfinish(const char *filename, int lineno, const char *funcname)
{
	error_data.filename = filename;
	error_data.lineno = lineno;
	error_data.funcname = funcname;
	error_active = false;
	if (error_data.elevel < ERROR)
		return;
	if (error_data.elevel > ERROR)
		fuzz_fail("elevel %d raised at %s:%d: %s", error_data.elevel, filename, lineno,
				  error_data.message ? error_data.message : "");
	if (error_jmp == NULL)
		fuzz_fail("ERROR outside fuzz_run at %s:%d: %s", filename, lineno,
				  error_data.message ? error_data.message : "");
	siglongjmp(*error_jmp, 1);
}

void
pg_re_throw(void)
{
	fuzz_fail("pg_re_throw: PG_TRY is not supported by the fuzz shim");
}

/* Interrupts ---------------------------------------------------------------- */

volatile sig_atomic_t InterruptPending = false;
volatile sig_atomic_t QueryCancelPending = false;

void
ProcessInterrupts(void)
{
	fuzz_fail("ProcessInterrupts called without a pending interrupt");
}

/*
 * Assert() in the headers of an assert-enabled server build (the one
 * test/versions builds) calls this: a failed assertion is a finding.  16
 * dropped its errorType argument.
 */
#ifdef USE_ASSERT_CHECKING
#if PG_VERSION_NUM >= 160000
void
ExceptionalCondition(const char *conditionName, const char *fileName, int lineNumber)
#else
void
ExceptionalCondition(const char *conditionName, const char *errorType pg_attribute_unused(),
					 const char *fileName, int lineNumber)
#endif
{
	fuzz_fail("assertion \"%s\" failed at %s:%d", conditionName, fileName, lineNumber);
}
#endif

/* StringInfo ---------------------------------------------------------------- */

StringInfo
makeStringInfo(void)
{
	StringInfo	res = palloc(sizeof(StringInfoData));

	initStringInfo(res);
	return res;
}

void
initStringInfo(StringInfo str)
{
	int			size = 1024;

	str->data = palloc(size);
	str->maxlen = size;
	resetStringInfo(str);
}

void
resetStringInfo(StringInfo str)
{
	str->data[0] = '\0';
	str->len = 0;
	str->cursor = 0;
}

void
appendStringInfo(StringInfo str, const char *fmt,...)
{
	for (;;)
	{
		va_list		args;
		int			needed;

		va_start(args, fmt);
		needed = appendStringInfoVA(str, fmt, args);
		va_end(args);
		if (needed == 0)
			break;
		enlargeStringInfo(str, needed);
	}
}

int
appendStringInfoVA(StringInfo str, const char *fmt, va_list args)
{
	int			avail = str->maxlen - str->len;
	size_t		nprinted;

	if (avail < 16)
		return 32;
	nprinted = pvsnprintf(str->data + str->len, (size_t) avail, fmt, args);
	if (nprinted < (size_t) avail)
	{
		str->len += (int) nprinted;
		return 0;
	}
	str->data[str->len] = '\0';
	return (int) nprinted;
}

void
appendStringInfoString(StringInfo str, const char *s)
{
	appendBinaryStringInfo(str, s, strlen(s));
}

void
appendStringInfoChar(StringInfo str, char ch)
{
	if (str->len + 1 >= str->maxlen)
		enlargeStringInfo(str, 1);
	str->data[str->len] = ch;
	str->len++;
	str->data[str->len] = '\0';
}

void
appendStringInfoSpaces(StringInfo str, int count)
{
	if (count > 0)
	{
		enlargeStringInfo(str, count);
		memset(&str->data[str->len], ' ', count);
		str->len += count;
		str->data[str->len] = '\0';
	}
}

void
appendBinaryStringInfo(StringInfo str, FuzzBytesIn data, int datalen)
{
	enlargeStringInfo(str, datalen);
	memcpy(str->data + str->len, data, datalen);
	str->len += datalen;
	str->data[str->len] = '\0';
}

void
appendBinaryStringInfoNT(StringInfo str, FuzzBytesIn data, int datalen)
{
	enlargeStringInfo(str, datalen);
	memcpy(str->data + str->len, data, datalen);
	str->len += datalen;
}

void
enlargeStringInfo(StringInfo str, int needed)
{
	int			newlen;

	if (needed < 0)
		elog(ERROR, "invalid string enlargement request size: %d", needed);
	if (((Size) needed) >= (MaxAllocSize - (Size) str->len))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("out of memory"),
				 errdetail("Cannot enlarge string buffer containing %d bytes by %d more bytes.",
						   str->len, needed)));
	needed += str->len + 1;
	if (needed <= str->maxlen)
		return;
	newlen = 2 * str->maxlen;
	while (needed > newlen)
		newlen = 2 * newlen;
	if (newlen > (int) MaxAllocSize)
		newlen = (int) MaxAllocSize;
	str->data = repalloc(str->data, newlen);
	str->maxlen = newlen;
}

/* Encoding: the database is UTF8 --------------------------------------------- */

int
GetDatabaseEncoding(void)
{
	return PG_UTF8;
}

const char *
GetDatabaseEncodingName(void)
{
	return "UTF8";
}

int
pg_database_encoding_max_length(void)
{
	return pg_encoding_max_length(PG_UTF8);
}

int
pg_mblen(const char *mbstr)
{
	return pg_utf_mblen((const unsigned char *) mbstr);
}

int
pg_mbstrlen(const char *mbstr)
{
	int			len = 0;

	while (*mbstr)
	{
		mbstr += pg_mblen(mbstr);
		len++;
	}
	return len;
}

int
pg_mbstrlen_with_len(const char *mbstr, int limit)
{
	int			len = 0;

	while (limit > 0 && *mbstr)
	{
		int			l = pg_mblen(mbstr);

		limit -= l;
		mbstr += l;
		len++;
	}
	return len;
}

int
pg_encoding_mbcliplen(int encoding pg_attribute_unused(), const char *mbstr, int len, int limit)
{
	int			clen = 0;

	Assert(encoding == PG_UTF8);
	while (len > 0 && *mbstr)
	{
		int			l = pg_utf_mblen((const unsigned char *) mbstr);

		if ((clen + l) > limit)
			break;
		clen += l;
		if (clen == limit)
			break;
		len -= l;
		mbstr += l;
	}
	return clen;
}

int
pg_mbcliplen(const char *mbstr, int len, int limit)
{
	return pg_encoding_mbcliplen(PG_UTF8, mbstr, len, limit);
}

void
report_invalid_encoding(int encoding pg_attribute_unused(), const char *mbstr, int len)
{
	int			l = pg_utf_mblen((const unsigned char *) mbstr);
	char		buf[8 * 5 + 1];
	char	   *p = buf;
	int			j;
	int			jlimit = Min(l, len);

	jlimit = Min(jlimit, 8);
	for (j = 0; j < jlimit; j++)
	{
		p += sprintf(p, "0x%02x", (unsigned char) mbstr[j]);
		if (j < jlimit - 1)
			p += sprintf(p, " ");
	}
	ereport(ERROR,
			(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
			 errmsg("invalid byte sequence for encoding \"UTF8\": %s", buf)));
}

/*
 * The caller promises len readable bytes; wchar.o is not instrumented, so
 * read them here where AddressSanitizer sees it (a short buffer is a bug
 * even when the verifier would stop early at a zero byte).
 */
static void
touch_bytes(const char *p, int len)
{
	volatile char sink;

	for (int i = 0; i < len; i++)
		sink = p[i];
	(void) sink;
}

bool
pg_verify_mbstr(int encoding, const char *mbstr, int len, bool noError)
{
	int			oklen;

	/*
	 * Known finding F4 (crashes/README.md): some callers pass a buffer cut
	 * short at a zero byte.  Masked, only the bytes up to that zero are read,
	 * which gives the same error the server reports.
	 */
	if (fuzz_ignore_known() && (int) strnlen(mbstr, len) < len)
		len = (int) strnlen(mbstr, len) + 1;
	touch_bytes(mbstr, len);
	oklen = pg_encoding_verifymbstr(encoding, mbstr, len);
	if (oklen != len)
	{
		if (noError)
			return false;
		report_invalid_encoding(encoding, mbstr + oklen, len - oklen);
	}
	return true;
}

bool
pg_verifymbstr(const char *mbstr, int len, bool noError)
{
	return pg_verify_mbstr(PG_UTF8, mbstr, len, noError);
}

/* pqformat ---------------------------------------------------------------- */

void
pq_sendbytes(StringInfo buf, FuzzBytesIn data, int datalen)
{
	appendBinaryStringInfo(buf, data, datalen);
}

void
pq_begintypsend(StringInfo buf)
{
	initStringInfo(buf);
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
}

bytea *
pq_endtypsend(StringInfo buf)
{
	bytea	   *result = (bytea *) buf->data;

	Assert(buf->len >= VARHDRSZ);
	SET_VARSIZE(result, buf->len);
	return result;
}

int
pq_getmsgbyte(StringInfo msg)
{
	if (msg->cursor >= msg->len)
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("no data left in message")));
	return (unsigned char) msg->data[msg->cursor++];
}

unsigned int
pq_getmsgint(StringInfo msg, int b)
{
	unsigned int result;
	unsigned char n8;
	uint16		n16;
	uint32		n32;

	switch (b)
	{
		case 1:
			pq_copymsgbytes(msg, (char *) &n8, 1);
			result = n8;
			break;
		case 2:
			pq_copymsgbytes(msg, (char *) &n16, 2);
			result = pg_ntoh16(n16);
			break;
		case 4:
			pq_copymsgbytes(msg, (char *) &n32, 4);
			result = pg_ntoh32(n32);
			break;
		default:
			elog(ERROR, "unsupported integer size %d", b);
			result = 0;			/* keep compiler quiet */
			break;
	}
	return result;
}

int64
pq_getmsgint64(StringInfo msg)
{
	uint64		n64;

	pq_copymsgbytes(msg, (char *) &n64, sizeof(n64));
	return pg_ntoh64(n64);
}

/* float8 as the bits of an int64, as the server sends it */
void
pq_sendfloat8(StringInfo buf, float8 f)
{
	union
	{
		float8		f;
		int64		i;
	}			swap;

	swap.f = f;
	pq_sendint64(buf, swap.i);
}

float8
pq_getmsgfloat8(StringInfo msg)
{
	union
	{
		float8		f;
		int64		i;
	}			swap;

	swap.i = pq_getmsgint64(msg);
	return swap.f;
}

const char *
pq_getmsgbytes(StringInfo msg, int datalen)
{
	const char *result;

	if (datalen < 0 || datalen > (msg->len - msg->cursor))
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("insufficient data left in message")));
	result = &msg->data[msg->cursor];
	msg->cursor += datalen;
	return result;
}

void
pq_copymsgbytes(StringInfo msg, FuzzCopyBytesOut buf, int datalen)
{
	if (datalen < 0 || datalen > (msg->len - msg->cursor))
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("insufficient data left in message")));
	memcpy(buf, &msg->data[msg->cursor], datalen);
	msg->cursor += datalen;
}

void
pq_getmsgend(StringInfo msg)
{
	if (msg->cursor != msg->len)
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("invalid message format")));
}

/* fmgr -------------------------------------------------------------------- */

struct varlena *
pg_detoast_datum(struct varlena *datum)
{
	if (VARATT_IS_EXTENDED(datum))
		fuzz_fail("pg_detoast_datum: a toasted or packed value (the shim has no toast)");
	return datum;
}

struct varlena *
pg_detoast_datum_packed(struct varlena *datum)
{
	if (VARATT_IS_COMPRESSED(datum) || VARATT_IS_EXTERNAL(datum))
		fuzz_fail("pg_detoast_datum_packed: a toasted value (the shim has no toast)");
	return datum;
}

struct varlena *
pg_detoast_datum_copy(struct varlena *datum)
{
	struct varlena *copy = palloc(VARSIZE(pg_detoast_datum(datum)));

	memcpy(copy, datum, VARSIZE(datum));
	return copy;
}

static Datum
direct_call(PGFunction func, Oid collation, int nargs, Datum a1, Datum a2, Datum a3)
{
	LOCAL_FCINFO(fcinfo, 3);
	Datum		result;

	InitFunctionCallInfoData(*fcinfo, NULL, nargs, collation, NULL, NULL);
	fcinfo->args[0].value = a1;
	fcinfo->args[0].isnull = false;
	fcinfo->args[1].value = a2;
	fcinfo->args[1].isnull = false;
	fcinfo->args[2].value = a3;
	fcinfo->args[2].isnull = false;
	result = (*func) (fcinfo);
	if (fcinfo->isnull)
		elog(ERROR, "function %p returned NULL", (void *) func);
	return result;
}

Datum
DirectFunctionCall1Coll(PGFunction func, Oid collation, Datum arg1)
{
	return direct_call(func, collation, 1, arg1, 0, 0);
}

Datum
DirectFunctionCall2Coll(PGFunction func, Oid collation, Datum arg1, Datum arg2)
{
	return direct_call(func, collation, 2, arg1, arg2, 0);
}

Datum
DirectFunctionCall3Coll(PGFunction func, Oid collation, Datum arg1, Datum arg2, Datum arg3)
{
	return direct_call(func, collation, 3, arg1, arg2, arg3);
}

/* The fuzz driver ------------------------------------------------------------ */

static const char *note;

bool
fuzz_ignore_known(void)
{
	static int	ignore = -1;

	if (ignore < 0)
	{
		const char *v = getenv("FUZZ_IGNORE_KNOWN");

		ignore = (v != NULL && strcmp(v, "1") == 0);
	}
	return ignore == 1;
}

void
fuzz_skip(void)
{
	skipped = true;
}

void
fuzz_note(const char *text)
{
	note = text;
}

void
fuzz_fail(const char *fmt,...)
{
	va_list		args;

	fprintf(stderr, "\n==fuzz== invariant broken: ");
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fprintf(stderr, "\n");
	if (note != NULL)
		fprintf(stderr, "==fuzz== text form: %s\n", note);
	fflush(stderr);
	abort();
}

void
fuzz_must_succeed(const char *what)
{
	must_succeed = what;
}

static void
count_rejection(void)
{
	int			i;

	for (i = 0; i < MAX_STATES && states[i].count > 0; i++)
	{
		if (states[i].code == error_data.sqlerrcode)
			break;
	}
	if (i == MAX_STATES)
		return;
	if (states[i].count == 0)
	{
		states[i].code = error_data.sqlerrcode;
		snprintf(states[i].example, sizeof(states[i].example), "%s%s%s",
				 error_data.message ? error_data.message : "",
				 error_data.detail ? " | " : "", error_data.detail ? error_data.detail : "");
	}
	states[i].count++;
}

static void
print_summary(void)
{
	fprintf(stderr, "==fuzz== inputs %llu: accepted %llu, rejected %llu, skipped %llu (masked known findings)\n",
			(unsigned long long) n_inputs, (unsigned long long) n_accepted,
			(unsigned long long) n_rejected, (unsigned long long) n_skipped);
	for (int i = 0; i < MAX_STATES && states[i].count > 0; i++)
		fprintf(stderr, "==fuzz==   %s x %llu, e.g. %s\n", sqlstate_text(states[i].code),
				(unsigned long long) states[i].count, states[i].example);
}

int
fuzz_run(FuzzBody body, const uint8_t *data, size_t size)
{
	sigjmp_buf	jb;
	static bool registered;

	if (!registered)
	{
		atexit(print_summary);
		registered = true;
	}
	n_inputs++;
	skipped = false;
	must_succeed = NULL;
	error_active = false;
	if (sigsetjmp(jb, 0) == 0)
	{
		error_jmp = &jb;
		body(data, size);
		error_jmp = NULL;
		if (skipped)
			n_skipped++;
		else
			n_accepted++;
	}
	else
	{
		error_jmp = NULL;
		if (must_succeed != NULL)
			fuzz_fail("%s failed: %s: %s (SQLSTATE %s at %s:%d)", must_succeed,
					  error_data.message ? error_data.message : "",
					  error_data.detail ? error_data.detail : "",
					  sqlstate_text(error_data.sqlerrcode), error_data.filename, error_data.lineno);
		if (ERRCODE_TO_CATEGORY(error_data.sqlerrcode) == ERRCODE_TO_CATEGORY(ERRCODE_INTERNAL_ERROR))
			fuzz_fail("input raised an internal error (SQLSTATE %s at %s:%d in %s): %s %s",
					  sqlstate_text(error_data.sqlerrcode), error_data.filename, error_data.lineno,
					  error_data.funcname, error_data.message ? error_data.message : "",
					  error_data.detail ? error_data.detail : "");
		n_rejected++;
		count_rejection();
	}
	must_succeed = NULL;
	note = NULL;
	arena_reset();
	return 0;
}

char *
fuzz_cstring(const uint8_t *data, size_t size)
{
	char	   *s;
	int			len;

	/*
	 * The server never hands an input function a zero byte or invalid
	 * UTF-8: keep the longest valid prefix, which is what the server would
	 * have been given had the client sent only that.
	 */
	if (size > MaxAllocSize - 1)
	{
		skipped = true;
		return NULL;
	}
	len = pg_encoding_verifymbstr(PG_UTF8, (const char *) data, (int) size);
	s = palloc(len + 1);
	memcpy(s, data, len);
	s[len] = '\0';
	return s;
}

void
fuzz_message(StringInfo buf, const uint8_t *data, size_t size)
{
	/* as the server does: a private copy with a terminating zero */
	buf->data = palloc(size + 1);
	memcpy(buf->data, data, size);
	buf->data[size] = '\0';
	buf->len = buf->maxlen = (int) size;
	buf->cursor = 0;
}

void
fuzz_message_from_bytea(StringInfo buf, Datum bytes)
{
	bytea	   *b = DatumGetByteaPP(bytes);

	fuzz_message(buf, (const uint8_t *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
}

Datum
fuzz_call_in(PGFunction in, const char *text)
{
	return DirectFunctionCall3(in, CStringGetDatum(text), ObjectIdGetDatum(InvalidOid),
							   Int32GetDatum(-1));
}

Datum
fuzz_call_recv(PGFunction recv, StringInfo buf)
{
	return DirectFunctionCall3(recv, PointerGetDatum(buf), ObjectIdGetDatum(InvalidOid),
							   Int32GetDatum(-1));
}

char *
fuzz_call_out(PGFunction out, Datum value)
{
	return DatumGetCString(DirectFunctionCall1(out, value));
}

Datum
fuzz_call_send(PGFunction send, Datum value)
{
	return DirectFunctionCall1(send, value);
}

bool
fuzz_varlena_equal(Datum a, Datum b)
{
	struct varlena *x = (struct varlena *) DatumGetPointer(a);
	struct varlena *y = (struct varlena *) DatumGetPointer(b);

	return VARSIZE(x) == VARSIZE(y) && memcmp(x, y, VARSIZE(x)) == 0;
}

void
fuzz_check_same_text(const char *what, const char *a, const char *b)
{
	if (strcmp(a, b) != 0)
		fuzz_fail("%s: the texts differ\n  first:  %s\n  second: %s", what, a, b);
}

void
fuzz_check_same_bytes(const char *what, Datum a, Datum b)
{
	const unsigned char *x = (const unsigned char *) DatumGetPointer(a);
	const unsigned char *y = (const unsigned char *) DatumGetPointer(b);
	Size		lx = VARSIZE(x);
	Size		ly = VARSIZE(y);
	Size		at = 0;
	StringInfoData dump;

	if (fuzz_varlena_equal(a, b))
		return;
	while (at < lx && at < ly && x[at] == y[at])
		at++;
	initStringInfo(&dump);
	for (int k = 0; k < 2; k++)
	{
		const unsigned char *v = k == 0 ? x : y;
		Size		len = k == 0 ? lx : ly;

		appendStringInfo(&dump, "\n  %s bytes %zu..:", k == 0 ? "first " : "second", at & ~(Size) 7);
		for (Size i = at & ~(Size) 7; i < len && i < (at & ~(Size) 7) + 24; i++)
			appendStringInfo(&dump, " %02x", v[i]);
	}
	fuzz_fail("%s: the values differ (%zu and %zu bytes, first difference at byte %zu)%s",
			  what, lx, ly, at, dump.data);
}

void
fuzz_round_trips(const FuzzType *type, Datum value)
{
	char	   *out;
	Datum		again;
	StringInfoData msg;

	fuzz_must_succeed(psprintf("%s: out -> in of an accepted value", type->name));
	out = fuzz_call_out(type->out, value);
	fuzz_note(out);
	again = fuzz_call_in(type->in, out);
	fuzz_check_same_text(psprintf("%s: out(in(out(v))) = out(v)", type->name), out,
						 fuzz_call_out(type->out, again));
	fuzz_check_same_bytes(psprintf("%s: in(out(v)) = v", type->name), value, again);

	fuzz_must_succeed(psprintf("%s: send -> recv of an accepted value", type->name));
	fuzz_message_from_bytea(&msg, fuzz_call_send(type->send, value));
	fuzz_check_same_bytes(psprintf("%s: recv(send(v)) = v", type->name), value,
						  fuzz_call_recv(type->recv, &msg));
}
