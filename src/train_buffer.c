/*
 * train_buffer.c
 *		The train_classifier(text, label, method [, options]) aggregates:
 *		the rows are buffered, and the final function sorts them and trains.
 *
 * A discriminative model is not a sum of per-row counts, so unlike the
 * two-argument aggregate (bayes_train.c) the state keeps the rows
 * themselves: each row's label and text, 8 bytes of lengths more, at most
 * TRAIN_MAX_BUFFER_BYTES in all and the option max_rows rows.  Partial states
 * (parallel workers, Citus workers) concatenate; the final function sorts
 * the rows by label, then text bytes, so the model depends on the set of
 * rows only, not on their order or the plan.
 *
 * The state is a bytea (a real type: Citus pushes the aggregate down, see
 * agg_state.h), updated in place as an expanded object.  Its flat form,
 * all integers big-endian:
 *
 *	 uint8	version			TRAIN_BUFFER_VERSION
 *	 uint8	method, hash_bits, ngram_min, ngram_max, class_weight
 *	 uint8	pad[6]			zero
 *	 uint64	c				the bits of a float8
 *	 int64	max_rows
 *	 int64	nrows
 *	 rows:	uint32 label length, label, uint32 text length, text
 *
 * and it is checked on the way in as strictly as the options and rows were.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "agg_state.h"
#include "bayes.h"
#include "linear.h"

PG_FUNCTION_INFO_V1(train_classifier_buffer_trans);
PG_FUNCTION_INFO_V1(train_classifier_buffer_combine);
PG_FUNCTION_INFO_V1(train_classifier_buffer_final);

#define TRAIN_BUFFER_VERSION	1
#define HEADER_BYTES			36

typedef struct TrainBuffer
{
	MemoryContext mcxt;
	TrainOptions o;
	char	   *method;			/* the argument texts o was parsed from, */
	char	   *options;		/* to recognise them cheaply; NULL: unknown */
	int64		nrows;
	StringInfoData rows;		/* the rows as in the flat form */
} TrainBuffer;

static TrainBuffer *
buffer_new(MemoryContext mcxt, const TrainOptions *o)
{
	TrainBuffer *b = MemoryContextAllocZero(mcxt, sizeof(TrainBuffer));
	MemoryContext old = MemoryContextSwitchTo(mcxt);

	b->mcxt = mcxt;
	b->o = *o;
	initStringInfo(&b->rows);
	MemoryContextSwitchTo(old);
	return b;
}

/* Room for more bytes and one more row, or 54000 */
static void
buffer_reserve(TrainBuffer *b, Size bytes, int64 rows)
{
	if (b->nrows + rows > b->o.max_rows)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("train_classifier got more than " INT64_FORMAT " training rows", b->o.max_rows),
				 errhint("The option max_rows sets the limit; the default is " INT64_FORMAT ".",
						 TRAIN_DEFAULT_MAX_ROWS)));
	if ((Size) b->rows.len + bytes > TRAIN_MAX_BUFFER_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("train_classifier got more than %zu MB of training texts",
						TRAIN_MAX_BUFFER_BYTES / (1024 * 1024)),
				 errdetail("The method %s keeps every row until it trains: label, text and 8 bytes.",
						   train_method_name(b->o.method)),
				 errhint("Train on fewer rows, or with train_classifier(text, label) for naive Bayes, which keeps counts only.")));
}

static void
append_uint32(StringInfo s, uint32 v)
{
	uint32		be = pg_hton32(v);

	appendBinaryStringInfo(s, (const char *) &be, 4);
}

static void
append_uint64(StringInfo s, uint64 v)
{
	uint64		be = pg_hton64(v);

	appendBinaryStringInfo(s, (const char *) &be, 8);
}

static void
buffer_add_row(TrainBuffer *b, const char *label, int label_len, const char *text, int text_len)
{
	buffer_reserve(b, (Size) label_len + text_len + 8, 1);
	append_uint32(&b->rows, label_len);
	appendBinaryStringInfo(&b->rows, label, label_len);
	append_uint32(&b->rows, text_len);
	appendBinaryStringInfo(&b->rows, text, text_len);
	b->nrows++;
}

static struct varlena *
buffer_flatten(const void *body)
{
	const TrainBuffer *b = body;
	StringInfoData s;
	const TrainOptions *o = &b->o;
	uint64		cbits;

	initStringInfo(&s);
	appendStringInfoSpaces(&s, VARHDRSZ);
	appendStringInfoChar(&s, TRAIN_BUFFER_VERSION);
	appendStringInfoChar(&s, o->method);
	appendStringInfoChar(&s, o->hash_bits);
	appendStringInfoChar(&s, o->ngram_min);
	appendStringInfoChar(&s, o->ngram_max);
	appendStringInfoChar(&s, o->class_weight);
	appendStringInfoSpaces(&s, 6);
	memset(s.data + s.len - 6, 0, 6);
	memcpy(&cbits, &o->c, 8);
	append_uint64(&s, cbits);
	append_uint64(&s, (uint64) o->max_rows);
	append_uint64(&s, (uint64) b->nrows);
	appendBinaryStringInfo(&s, b->rows.data, b->rows.len);
	SET_VARSIZE(s.data, s.len);
	return (struct varlena *) s.data;
}

pg_noreturn static void
bad_state(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid train_classifier state"),
			 errdetail("%s", detail)));
}

static uint32
read_uint32(const char *p)
{
	uint32		v;

	memcpy(&v, p, 4);
	return pg_ntoh32(v);
}

static uint64
read_uint64(const char *p)
{
	uint64		v;

	memcpy(&v, p, 8);
	return pg_ntoh64(v);
}

/* The options of a flat state, checked as the option parser checks them */
static void
read_options(const unsigned char *h, TrainOptions *o)
{
	uint64		cbits = read_uint64((const char *) h + 12);

	if (h[0] != TRAIN_BUFFER_VERSION || h[6] != 0 || h[7] != 0 || h[8] != 0 || h[9] != 0 ||
		h[10] != 0 || h[11] != 0)
		bad_state("Unknown version.");
	o->method = h[1];
	o->hash_bits = h[2];
	o->ngram_min = h[3];
	o->ngram_max = h[4];
	o->class_weight = h[5];
	memcpy(&o->c, &cbits, 8);
	o->max_rows = (int64) read_uint64((const char *) h + 20);
	if (!train_options_valid(o))
		bad_state("Invalid method or options.");
}

/* Check one row of a flat state at p (end: its end); returns the next row */
static const char *
check_row(const char *p, const char *end)
{
	uint32		len;

	if (end - p < 4 || (len = read_uint32(p)) < 1 || len > CLASSIFIER_MAX_LABEL_BYTES || end - p - 4 < len)
		bad_state("A label is cut short or of an invalid length.");
	if (!is_label_name(pnstrdup(p + 4, len), (int) len))
		bad_state("A row's label is not a label name.");
	p += 4 + len;
	if (end - p < 4 || (len = read_uint32(p)) > (uint32) (end - p - 4))
		bad_state("A text is cut short.");
	if (!pg_verifymbstr(p + 4, (int) len, true))
		bad_state("A text is not valid UTF-8.");
	return p + 4 + len;
}

static void *
buffer_expand(const struct varlena *flat, MemoryContext mcxt)
{
	const char *p = VARDATA(flat);
	const char *end = (const char *) flat + VARSIZE(flat);
	TrainOptions o;
	TrainBuffer *b;
	int64		nrows;
	int64		seen = 0;

	if (VARSIZE(flat) < VARHDRSZ + HEADER_BYTES)
		bad_state("The state is cut short.");
	read_options((const unsigned char *) p, &o);
	nrows = (int64) read_uint64(p + 28);
	b = buffer_new(mcxt, &o);
	p += HEADER_BYTES;
	if (nrows < 0 || nrows > o.max_rows || (Size) (end - p) > TRAIN_MAX_BUFFER_BYTES)
		bad_state("Invalid row count or size.");
	for (const char *row = p; row < end; seen++)
	{
		if ((seen & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		row = check_row(row, end);
	}
	if (seen != nrows)
		bad_state("The row count does not match the rows.");
	appendBinaryStringInfo(&b->rows, p, end - p);
	b->nrows = nrows;
	return b;
}

static const AggStateKind buffer_kind = {"train_classifier", buffer_flatten, buffer_expand};

static bool
same_text(const char *known, text *t)
{
	return known != NULL && strlen(known) == VARSIZE_ANY_EXHDR(t) &&
		memcmp(known, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) == 0;
}

/* The options of this row: parsed unless they are the texts seen before */
static void
row_options(FunctionCallInfo fcinfo, TrainBuffer *b, TrainOptions *o)
{
	text	   *options = (PG_NARGS() > 4 && !PG_ARGISNULL(4)) ? PG_GETARG_TEXT_PP(4) : NULL;
	text	   *method;
	static const char no_options[] = "";

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("train_classifier: the method must not be NULL"),
				 errhint("The methods are naive_bayes and linear.")));
	method = PG_GETARG_TEXT_PP(3);
	if (b != NULL && same_text(b->method, method) &&
		(options == NULL ? (b->options != NULL && b->options[0] == '\0') : same_text(b->options, options)))
	{
		*o = b->o;
		return;
	}
	train_options_parse(text_to_cstring(method), options ? text_to_cstring(options) : no_options, o);
	if (b == NULL)
		return;
	if (!train_options_equal(o, &b->o))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("train_classifier got different methods or options in one group"),
				 errhint("Pass the same method and options on every row, such as constants.")));
	b->method = MemoryContextStrdup(b->mcxt, text_to_cstring(method));
	b->options = MemoryContextStrdup(b->mcxt, options ? text_to_cstring(options) : no_options);
}

/* train_classifier(text, label, method [, options]) transition: keep the row */
Datum
train_classifier_buffer_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = agg_state_context(fcinfo, "train_classifier");
	AggState   *as = agg_state_arg(fcinfo, 0, &buffer_kind, aggcxt);
	TrainBuffer *b = as ? as->body : NULL;
	TrainOptions o;
	text	   *txt;
	text	   *label;

	row_options(fcinfo, b, &o);
	/* a row without a text or a label teaches nothing */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return agg_state_result(fcinfo, as);
	check_utf8_database();
	if (as == NULL)
	{
		as = agg_state_create(aggcxt, &buffer_kind);
		as->body = b = buffer_new(agg_state_memory(as), &o);
		row_options(fcinfo, b, &o);
	}
	txt = PG_GETARG_TEXT_PP(1);
	label = PG_GETARG_TEXT_PP(2);
	train_check_label(VARDATA_ANY(label), VARSIZE_ANY_EXHDR(label));
	buffer_add_row(b, VARDATA_ANY(label), VARSIZE_ANY_EXHDR(label),
				   VARDATA_ANY(txt), VARSIZE_ANY_EXHDR(txt));
	PG_RETURN_DATUM(agg_state_return(as));
}

/* combine(bytea, bytea) appends the second state's rows to the first */
Datum
train_classifier_buffer_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = agg_state_context(fcinfo, "train_classifier_buffer_combine");
	AggState   *as = agg_state_arg(fcinfo, 0, &buffer_kind, aggcxt);
	const struct varlena *flat;
	const TrainBuffer *other;
	TrainBuffer *b;

	if (PG_ARGISNULL(1))
		return agg_state_result(fcinfo, as);
	if (as == NULL)
		PG_RETURN_DATUM(agg_state_return(agg_state_arg(fcinfo, 1, &buffer_kind, aggcxt)));
	other = agg_state_peek(fcinfo, 1, &buffer_kind, &flat);
	if (other == NULL)
		other = buffer_expand(flat, CurrentMemoryContext);
	b = as->body;
	if (!train_options_equal(&b->o, &other->o))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("train_classifier got different methods or options in one group")));
	buffer_reserve(b, other->rows.len, other->nrows);
	appendBinaryStringInfo(&b->rows, other->rows.data, other->rows.len);
	b->nrows += other->nrows;
	PG_RETURN_DATUM(agg_state_return(as));
}

static int
compare_bytes(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	return c != 0 ? c : (alen > blen) - (alen < blen);
}

/* Canonical order: by label, then by the text's bytes */
static int
compare_examples(const void *x, const void *y)
{
	const TrainExample *a = x;
	const TrainExample *b = y;
	int			c = compare_bytes(a->label, a->label_len, b->label, b->label_len);

	return c != 0 ? c : compare_bytes(a->text, a->text_len, b->text, b->text_len);
}

/* The rows of a buffer, sorted */
static TrainExample *
sorted_examples(const TrainBuffer *b)
{
	TrainExample *ex = palloc_extended(sizeof(TrainExample) * Max(b->nrows, 1), MCXT_ALLOC_HUGE);
	const char *p = b->rows.data;

	for (int64 i = 0; i < b->nrows; i++)
	{
		ex[i].label_len = (int) read_uint32(p);
		ex[i].label = p + 4;
		p += 4 + ex[i].label_len;
		ex[i].text_len = (int) read_uint32(p);
		ex[i].text = p + 4;
		p += 4 + ex[i].text_len;
	}
	qsort(ex, b->nrows, sizeof(TrainExample), compare_examples);
	return ex;
}

/* Train a linear model on sorted examples: number the labels in name order */
static Classifier *
train_linear(const TrainBuffer *b, const TrainExample *ex)
{
	int			n = (int) b->nrows;
	int		   *ex_label = palloc_extended(sizeof(int) * Max(n, 1), MCXT_ALLOC_HUGE);
	char	  **labels = palloc(sizeof(char *) * CLASSIFIER_MAX_LABELS);
	int			nlabels = 0;

	for (int i = 0; i < n; i++)
	{
		if (i == 0 || compare_bytes(ex[i].label, ex[i].label_len, ex[i - 1].label, ex[i - 1].label_len) != 0)
		{
			if (nlabels == CLASSIFIER_MAX_LABELS)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("train_classifier got more than %d labels", CLASSIFIER_MAX_LABELS)));
			labels[nlabels++] = pnstrdup(ex[i].label, ex[i].label_len);
		}
		ex_label[i] = nlabels - 1;
	}
	return linear_train(&b->o, nlabels, labels, ex, ex_label, n);
}

/* final(bytea) returns the trained classifier; NULL if there were no rows */
Datum
train_classifier_buffer_final(PG_FUNCTION_ARGS)
{
	const struct varlena *flat;
	const TrainBuffer *b;
	TrainExample *ex;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	b = agg_state_peek(fcinfo, 0, &buffer_kind, &flat);
	if (b == NULL)
		b = buffer_expand(flat, CurrentMemoryContext);
	if (b->nrows == 0)
		PG_RETURN_NULL();
	if (b->nrows > PG_INT32_MAX / 2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("train_classifier got more than %d training rows", PG_INT32_MAX / 2)));
	ex = sorted_examples(b);
	if (b->o.method == TRAIN_NAIVE_BAYES)
		PG_RETURN_CLASSIFIER_P(bayes_train_examples(ex, (int) b->nrows));
	PG_RETURN_CLASSIFIER_P(train_linear(b, ex));
}
