/*
 * bayes_io.c
 *		Text and binary forms of a trained naive Bayes model.
 *
 *	 naive_bayes hash_bits=18 labels=["inquiry":120:5630,"protest":80:4211]
 *	 counts=[17:0:2,912:1:0,...]
 *
 * labels: name, training texts, n-grams counted; counts: bucket (ascending)
 * then one count per label.  Both forms are checked alike: a model read back
 * is one training could have produced.  The tokens of a model's text
 * (model_text_*) serve the linear model's text form too (linear_io.c).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "common/int.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "bayes.h"
#include "text_cursor.h"

#define MAX_LABEL_BYTES		200

/*
 * Check a model draft: labels distinct and named, every label trained on at
 * least one text, buckets in range and ascending, counts not negative, no
 * empty row, and each label's counts adding up to its n-gram total.
 */
void
bayes_check_draft(const ClassifierDraft *d, TextErrorFn fail, void *arg)
{
	int64	   *sums = palloc0(sizeof(int64) * Max(d->nlabels, 1));

	if (d->hash_bits < 1 || d->hash_bits > 24)
		fail(arg, 0, psprintf("hash_bits must be between 1 and 24, not %d.", d->hash_bits));
	if (d->nlabels < 1)
		fail(arg, 0, "A model needs at least one label.");
	for (int l = 0; l < d->nlabels; l++)
	{
		if (d->stats[l].docs < 1 || d->stats[l].features < 0)
			fail(arg, 0, psprintf("Label %d has no training texts or a negative n-gram count.", l + 1));
		for (int k = 0; k < l; k++)
		{
			if (strcmp(d->labels[k], d->labels[l]) == 0)
				fail(arg, 0, psprintf("Label \"%s\" appears twice.", d->labels[l]));
		}
	}
	for (int i = 0; i < d->nbuckets; i++)
	{
		bool		empty = true;

		CHECK_FOR_INTERRUPTS();
		if (d->buckets[i] >= (UINT64CONST(1) << d->hash_bits) ||
			(i > 0 && d->buckets[i] <= d->buckets[i - 1]))
			fail(arg, 0, psprintf("Bucket %u is out of range or out of order.", d->buckets[i]));
		for (int l = 0; l < d->nlabels; l++)
		{
			int32		c = d->counts[(Size) i * d->nlabels + l];

			if (c < 0)
				fail(arg, 0, psprintf("A negative count in bucket %u.", d->buckets[i]));
			empty = empty && c == 0;
			sums[l] += c;
		}
		if (empty)
			fail(arg, 0, psprintf("Bucket %u has no counts.", d->buckets[i]));
	}
	for (int l = 0; l < d->nlabels; l++)
	{
		if (sums[l] != d->stats[l].features)
			fail(arg, 0, psprintf("The counts of label \"%s\" add up to " INT64_FORMAT ", not " INT64_FORMAT ".",
						  d->labels[l], sums[l], d->stats[l].features));
	}
}

void
bayes_append_text(StringInfo buf, const ClassifierView *v)
{
	const Classifier *c = v->c;

	appendStringInfo(buf, "%s hash_bits=%d labels=[", BAYES_TEXT_PREFIX, c->hash_bits);
	for (int l = 0; l < c->nlabels; l++)
	{
		if (l > 0)
			appendStringInfoChar(buf, ',');
		append_quoted(buf, v->strings + v->labels[l].name_off, v->labels[l].name_len);
		appendStringInfo(buf, ":" INT64_FORMAT ":" INT64_FORMAT, v->stats[l].docs, v->stats[l].features);
	}
	appendStringInfoString(buf, "] counts=[");
	for (int i = 0; i < c->nitems; i++)
	{
		CHECK_FOR_INTERRUPTS();
		appendStringInfo(buf, "%s%u", i > 0 ? "," : "", v->buckets[i]);
		for (int l = 0; l < c->nlabels; l++)
			appendStringInfo(buf, ":%d", v->counts[(Size) i * c->nlabels + l]);
	}
	appendStringInfoChar(buf, ']');
}

/* Text parsing ------------------------------------------------------------ */

/* The parser's state is the shared text cursor (text_cursor.h) */
typedef TextCursor BayesParse;

/* A syntax error at the cursor: 22P02 (a model's text is not quoted: long) */
void
model_text_fail(TextCursor *ps, const char *detail)
{
	text_cursor_fail(ps, text_cursor_position(ps, ps->p), detail);
}

/* A model check's callback for the text form: at the cursor too */
void
model_text_check_fail(void *arg, int position, const char *detail)
{
	TextCursor *ps = (TextCursor *) arg;

	text_cursor_fail(ps, position > 0 ? position : text_cursor_position(ps, ps->p), detail);
}

/* A model check's callback for the binary form: 22P03 */
void
model_binary_check_fail(void *arg pg_attribute_unused(), int position pg_attribute_unused(),
						const char *detail)
{
	classifier_binary_fail(detail);
}

/* Skip white space, then the token, which must be there */
void
model_text_expect(TextCursor *ps, const char *token)
{
	text_skip_space(ps);
	if (strncmp(ps->p, token, strlen(token)) != 0)
		model_text_fail(ps, psprintf("Expected \"%s\".", token));
	ps->p += strlen(token);
}

/* An unsigned decimal integer of at most max */
int64
model_text_int(TextCursor *ps, int64 max)
{
	int64		v = 0;
	const char *start = ps->p;

	while (*ps->p >= '0' && *ps->p <= '9')
	{
		/* checked before it can wrap: the server is built with -fwrapv */
		if (pg_mul_s64_overflow(v, 10, &v) || pg_add_s64_overflow(v, *ps->p - '0', &v) || v > max)
		{
			ps->p = start;
			model_text_fail(ps, psprintf("A number above " INT64_FORMAT ".", max));
		}
		ps->p++;
	}
	if (ps->p == start)
		model_text_fail(ps, "Expected an unsigned integer.");
	return v;
}

/* A double-quoted label name ("" for a quote) of 1 to MAX_LABEL_BYTES bytes */
char *
model_text_label(TextCursor *ps)
{
	StringInfoData buf;

	model_text_expect(ps, "\"");
	initStringInfo(&buf);
	for (;;)
	{
		if (*ps->p == '\0')
			model_text_fail(ps, "A label name is not closed.");
		if (*ps->p == '"' && ps->p[1] != '"')
			break;
		if (*ps->p == '"')
			ps->p++;
		appendStringInfoChar(&buf, *ps->p++);
	}
	ps->p++;
	if (buf.len < 1 || buf.len > MAX_LABEL_BYTES)
		model_text_fail(ps, psprintf("A label name must have 1 to %d bytes.", MAX_LABEL_BYTES));
	return buf.data;
}

static void
parse_labels(BayesParse *ps, ClassifierDraft *d)
{
	int			max = 8;

	model_text_expect(ps, "labels=[");
	d->stats = palloc(sizeof(BayesLabelStats) * max);
	do
	{
		char	   *name = model_text_label(ps);
		int			before = d->nlabels;
		int			l = draft_label(d, name, strlen(name));

		if (l != before)
			model_text_fail(ps, psprintf("Label \"%s\" appears twice.", name));
		if (d->nlabels > max)
		{
			max *= 2;
			d->stats = repalloc(d->stats, sizeof(BayesLabelStats) * max);
		}
		model_text_expect(ps, ":");
		d->stats[l].docs = model_text_int(ps, PG_INT64_MAX);
		model_text_expect(ps, ":");
		d->stats[l].features = model_text_int(ps, PG_INT64_MAX);
	} while (*ps->p == ',' && ps->p++);
	model_text_expect(ps, "]");
}

static void
parse_counts(BayesParse *ps, ClassifierDraft *d)
{
	int			max = 1024;

	model_text_expect(ps, "counts=[");
	d->buckets = palloc(sizeof(uint32) * max);
	d->counts = palloc(sizeof(int32) * max * d->nlabels);
	if (*ps->p == ']')
	{
		ps->p++;
		return;
	}
	do
	{
		CHECK_FOR_INTERRUPTS();
		if (d->nbuckets == max)
		{
			if ((Size) max * 2 * d->nlabels * sizeof(int32) > MaxAllocHugeSize / 2)
				model_text_fail(ps, "Too many buckets.");
			max *= 2;
			d->buckets = repalloc_huge(d->buckets, sizeof(uint32) * max);
			d->counts = repalloc_huge(d->counts, sizeof(int32) * max * d->nlabels);
		}
		d->buckets[d->nbuckets] = (uint32) model_text_int(ps, PG_UINT32_MAX);
		for (int l = 0; l < d->nlabels; l++)
		{
			model_text_expect(ps, ":");
			d->counts[(Size) d->nbuckets * d->nlabels + l] = (int32) model_text_int(ps, PG_INT32_MAX);
		}
		d->nbuckets++;
	} while (*ps->p == ',' && ps->p++);
	model_text_expect(ps, "]");
}

Classifier *
bayes_from_text(const char *text)
{
	BayesParse	ps;
	ClassifierDraft d;

	check_utf8_database();
	text_cursor_init(&ps, text, "classifier (naive_bayes model)", false);
	draft_classifier_init(&d, CLASSIFIER_BAYES);
	model_text_expect(&ps, BAYES_TEXT_PREFIX);
	model_text_expect(&ps, "hash_bits=");
	d.hash_bits = (int) model_text_int(&ps, 24);
	parse_labels(&ps, &d);
	parse_counts(&ps, &d);
	text_skip_space(&ps);
	if (*ps.p != '\0')
		model_text_fail(&ps, "Unexpected text after the counts.");
	bayes_check_draft(&d, model_text_check_fail, &ps);
	return classifier_from_draft(&d);
}

/* Binary form ------------------------------------------------------------- */

/* A label name: int32 length, then that many bytes of valid UTF-8 */
char *
model_binary_label(StringInfo buf)
{
	int			len = (int) pq_getmsgint(buf, 4);
	const char *raw;

	if (len < 1 || len > MAX_LABEL_BYTES || len > buf->len - buf->cursor)
		classifier_binary_fail("Invalid label name length.");
	raw = pq_getmsgbytes(buf, len);
	/* verify the bytes received, before a copy could stop at a zero */
	pg_verifymbstr(raw, len, false);
	return pnstrdup(raw, len);
}

void
bayes_send(StringInfo buf, const ClassifierView *v)
{
	const Classifier *c = v->c;

	pq_sendint32(buf, c->hash_bits);
	pq_sendint32(buf, c->nlabels);
	for (int l = 0; l < c->nlabels; l++)
	{
		pq_sendint32(buf, v->labels[l].name_len);
		pq_sendbytes(buf, v->strings + v->labels[l].name_off, v->labels[l].name_len);
		pq_sendint64(buf, v->stats[l].docs);
		pq_sendint64(buf, v->stats[l].features);
	}
	pq_sendint32(buf, c->nitems);
	for (int i = 0; i < c->nitems; i++)
	{
		pq_sendint32(buf, v->buckets[i]);
		for (int l = 0; l < c->nlabels; l++)
			pq_sendint32(buf, v->counts[(Size) i * c->nlabels + l]);
	}
}

Classifier *
bayes_recv(StringInfo buf)
{
	ClassifierDraft d;
	int			nlabels;
	int			nbuckets;

	check_utf8_database();
	draft_classifier_init(&d, CLASSIFIER_BAYES);
	d.hash_bits = (int) pq_getmsgint(buf, 4);
	nlabels = (int) pq_getmsgint(buf, 4);
	if (nlabels < 1 || nlabels > CLASSIFIER_MAX_LABELS || nlabels > (buf->len - buf->cursor) / 20)
		classifier_binary_fail(psprintf("Invalid label count %d.", nlabels));
	d.stats = palloc(sizeof(BayesLabelStats) * nlabels);
	for (int l = 0; l < nlabels; l++)
	{
		char	   *name = model_binary_label(buf);

		if (draft_label(&d, name, strlen(name)) != l)
			classifier_binary_fail(psprintf("Label \"%s\" appears twice.", name));
		d.stats[l].docs = pq_getmsgint64(buf);
		d.stats[l].features = pq_getmsgint64(buf);
	}
	nbuckets = (int) pq_getmsgint(buf, 4);
	if (nbuckets < 0 || (Size) nbuckets * (4 + 4 * (Size) nlabels) > (Size) (buf->len - buf->cursor))
		classifier_binary_fail(psprintf("Invalid bucket count %d.", nbuckets));
	d.nbuckets = nbuckets;
	d.buckets = palloc_extended(sizeof(uint32) * Max(nbuckets, 1), MCXT_ALLOC_HUGE);
	d.counts = palloc_extended(sizeof(int32) * Max((Size) nbuckets * nlabels, 1), MCXT_ALLOC_HUGE);
	for (int i = 0; i < nbuckets; i++)
	{
		d.buckets[i] = pq_getmsgint(buf, 4);
		for (int l = 0; l < nlabels; l++)
			d.counts[(Size) i * nlabels + l] = (int32) pq_getmsgint(buf, 4);
	}
	bayes_check_draft(&d, model_binary_check_fail, NULL);
	return classifier_from_draft(&d);
}
