/*
 * linear_io.c
 *		Text and binary forms of a trained linear model.
 *
 *	 linear hash_bits=20 ngrams=1-4 c=1 class_weight=none
 *	 labels=["inquiry":120:-0.61,"protest":80:0.2] weights=[17:3.1:0.02:-0.02,...]
 *
 * labels: name, training texts, bias; weights: bucket (ascending), its idf,
 * then one weight per label.  Numbers are printed in the shortest form that
 * reads back to the same float8, so text round trips are exact.  Both forms
 * are checked alike (linear_check_draft): every number finite, counts and
 * sizes in range, labels distinct and in name order (strcmp).
 */
#include "postgres.h"
#include "pg_compat.h"

#include <errno.h>
#include <math.h>

#include "common/shortest_dec.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "linear.h"
#include "text_cursor.h"

/* The largest idf a training set of 2^63 texts could give, rounded up */
#define MAX_IDF		50.0
/* Weights beyond this are not what the solver makes of unit-length rows */
#define MAX_WEIGHT	1e12

void
linear_check_draft(const ClassifierDraft *d, TextErrorFn fail, void *arg)
{
	const LinearParams *p = &d->params;

	if (d->hash_bits < 1 || d->hash_bits > 24)
		fail(arg, 0, psprintf("hash_bits must be between 1 and 24, not %d.", d->hash_bits));
	if (p->ngram_min < 1 || p->ngram_max < p->ngram_min || p->ngram_max > LINEAR_MAX_NGRAM)
		fail(arg, 0, psprintf("ngrams must be a range a-b with 1 <= a <= b <= %d.", LINEAR_MAX_NGRAM));
	if (!(p->c >= LINEAR_MIN_C && p->c <= LINEAR_MAX_C))
		fail(arg, 0, "c must be between 1e-6 and 1e6.");
	if (p->class_weight != LINEAR_WEIGHT_NONE && p->class_weight != LINEAR_WEIGHT_BALANCED)
		fail(arg, 0, "class_weight must be none or balanced.");
	if (d->nlabels < 1)
		fail(arg, 0, "A model needs at least one label.");
	for (int l = 0; l < d->nlabels; l++)
	{
		/* in name order, as training makes them: a tie goes to the first */
		if (l > 0 && strcmp(d->labels[l - 1], d->labels[l]) >= 0)
			fail(arg, 0, psprintf("Label \"%s\" is not after \"%s\": labels are in name order.",
								  d->labels[l], d->labels[l - 1]));
		if (d->lstats[l].docs < 1)
			fail(arg, 0, psprintf("Label \"%s\" has no training texts.", d->labels[l]));
		if (!isfinite(d->lstats[l].bias) || fabs(d->lstats[l].bias) > MAX_WEIGHT)
			fail(arg, 0, psprintf("The bias of label \"%s\" is not a finite number of at most 1e12.",
								  d->labels[l]));
	}
	for (int i = 0; i < d->nbuckets; i++)
	{
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (d->buckets[i] >= (UINT64CONST(1) << d->hash_bits) ||
			(i > 0 && d->buckets[i] <= d->buckets[i - 1]))
			fail(arg, 0, psprintf("Bucket %u is out of range or out of order.", d->buckets[i]));
		if (!(d->idf[i] >= 1.0 && d->idf[i] <= MAX_IDF))
			fail(arg, 0, psprintf("The idf of bucket %u is not between 1 and %g.", d->buckets[i], MAX_IDF));
		for (int l = 0; l < d->nlabels; l++)
		{
			double		w = d->weights[(Size) i * d->nlabels + l];

			if (!isfinite(w) || fabs(w) > MAX_WEIGHT)
				fail(arg, 0, psprintf("A weight of bucket %u is not a finite number of at most 1e12.",
									  d->buckets[i]));
		}
	}
}

/* A float8 in the shortest text that reads back to it (finite: no inf, nan) */
void
append_shortest_float(StringInfo buf, double x)
{
	char		digits[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(x, digits);
	appendStringInfoString(buf, digits);
}

void
linear_append_text(StringInfo buf, const ClassifierView *v)
{
	const Classifier *c = v->c;

	appendStringInfo(buf, "%s hash_bits=%d ngrams=%d-%d c=", LINEAR_TEXT_PREFIX, c->hash_bits,
					 v->params->ngram_min, v->params->ngram_max);
	append_shortest_float(buf, v->params->c);
	appendStringInfo(buf, " class_weight=%s labels=[", linear_class_weight_name(v->params->class_weight));
	for (int l = 0; l < c->nlabels; l++)
	{
		if (l > 0)
			appendStringInfoChar(buf, ',');
		append_quoted(buf, v->strings + v->labels[l].name_off, v->labels[l].name_len);
		appendStringInfo(buf, ":" INT64_FORMAT ":", v->lstats[l].docs);
		append_shortest_float(buf, v->lstats[l].bias);
	}
	appendStringInfoString(buf, "] weights=[");
	for (int i = 0; i < c->nitems; i++)
	{
		if ((i & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		appendStringInfo(buf, "%s%u:", i > 0 ? "," : "", v->buckets[i]);
		append_shortest_float(buf, v->idf[i]);
		for (int l = 0; l < c->nlabels; l++)
		{
			appendStringInfoChar(buf, ':');
			append_shortest_float(buf, v->weights[(Size) i * c->nlabels + l]);
		}
	}
	appendStringInfoChar(buf, ']');
}

/* Text parsing ------------------------------------------------------------ */

/*
 * A decimal number: -?digits(.digits)?([eE][+-]?digits)?, at most 40
 * characters; no inf, nan, hex or leading space, unlike strtod alone.
 */
static double
parse_float(TextCursor *ps)
{
	const char *start = ps->p;
	const char *q = ps->p;
	char	   *token;
	char	   *end;
	double		x;

	if (*q == '-')
		q++;
	if (!(*q >= '0' && *q <= '9'))
		model_text_fail(ps, "Expected a decimal number.");
	while (*q >= '0' && *q <= '9')
		q++;
	if (*q == '.')
	{
		q++;
		if (!(*q >= '0' && *q <= '9'))
			model_text_fail(ps, "Expected digits after the decimal point.");
		while (*q >= '0' && *q <= '9')
			q++;
	}
	if (*q == 'e' || *q == 'E')
	{
		q++;
		if (*q == '+' || *q == '-')
			q++;
		if (!(*q >= '0' && *q <= '9'))
			model_text_fail(ps, "Expected the digits of an exponent.");
		while (*q >= '0' && *q <= '9')
			q++;
	}
	if (q - start > 40)
		model_text_fail(ps, "A number of more than 40 characters.");
	token = pnstrdup(start, q - start);
	errno = 0;
	x = strtod(token, &end);
	if (*end != '\0' || !isfinite(x) || (errno == ERANGE && fabs(x) > 1))
		model_text_fail(ps, "A number out of the range of float8.");
	pfree(token);
	ps->p = q;
	return x;
}

static void
parse_header(TextCursor *ps, ClassifierDraft *d)
{
	model_text_expect(ps, LINEAR_TEXT_PREFIX);
	model_text_expect(ps, "hash_bits=");
	d->hash_bits = (int) model_text_int(ps, 24);
	model_text_expect(ps, "ngrams=");
	d->params.ngram_min = (int) model_text_int(ps, LINEAR_MAX_NGRAM);
	model_text_expect(ps, "-");
	d->params.ngram_max = (int) model_text_int(ps, LINEAR_MAX_NGRAM);
	model_text_expect(ps, "c=");
	d->params.c = parse_float(ps);
	model_text_expect(ps, "class_weight=");
	if (strncmp(ps->p, "none", 4) == 0)
	{
		d->params.class_weight = LINEAR_WEIGHT_NONE;
		ps->p += 4;
	}
	else if (strncmp(ps->p, "balanced", 8) == 0)
	{
		d->params.class_weight = LINEAR_WEIGHT_BALANCED;
		ps->p += 8;
	}
	else
		model_text_fail(ps, "Expected none or balanced.");
}

static void
parse_labels(TextCursor *ps, ClassifierDraft *d)
{
	int			max = 8;

	model_text_expect(ps, "labels=[");
	d->lstats = palloc(sizeof(LinearLabelStats) * max);
	do
	{
		char	   *name = model_text_label(ps);
		int			before = d->nlabels;
		int			l;

		if (d->nlabels >= CLASSIFIER_MAX_LABELS)
			model_text_fail(ps, psprintf("More than %d labels.", CLASSIFIER_MAX_LABELS));
		l = draft_label(d, name, strlen(name));
		if (l != before)
			model_text_fail(ps, psprintf("Label \"%s\" appears twice.", name));
		if (d->nlabels > max)
		{
			max *= 2;
			d->lstats = repalloc(d->lstats, sizeof(LinearLabelStats) * max);
		}
		model_text_expect(ps, ":");
		d->lstats[l].docs = model_text_int(ps, PG_INT64_MAX);
		model_text_expect(ps, ":");
		d->lstats[l].bias = parse_float(ps);
	} while (*ps->p == ',' && ps->p++);
	model_text_expect(ps, "]");
}

static void
parse_weights(TextCursor *ps, ClassifierDraft *d)
{
	int			max = 1024;

	model_text_expect(ps, "weights=[");
	d->buckets = palloc(sizeof(uint32) * max);
	d->idf = palloc(sizeof(double) * max);
	d->weights = palloc(sizeof(double) * max * d->nlabels);
	if (*ps->p == ']')
	{
		ps->p++;
		return;
	}
	do
	{
		if ((d->nbuckets & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (d->nbuckets == max)
		{
			if (max >= (1 << 24) || (Size) max * 2 * d->nlabels * sizeof(double) > MaxAllocHugeSize / 2)
				model_text_fail(ps, "Too many buckets.");
			max *= 2;
			d->buckets = repalloc_huge(d->buckets, sizeof(uint32) * max);
			d->idf = repalloc_huge(d->idf, sizeof(double) * max);
			d->weights = repalloc_huge(d->weights, sizeof(double) * max * d->nlabels);
		}
		d->buckets[d->nbuckets] = (uint32) model_text_int(ps, PG_UINT32_MAX);
		model_text_expect(ps, ":");
		d->idf[d->nbuckets] = parse_float(ps);
		for (int l = 0; l < d->nlabels; l++)
		{
			model_text_expect(ps, ":");
			d->weights[(Size) d->nbuckets * d->nlabels + l] = parse_float(ps);
		}
		d->nbuckets++;
	} while (*ps->p == ',' && ps->p++);
	model_text_expect(ps, "]");
}

Classifier *
linear_from_text(const char *text)
{
	TextCursor	ps;
	ClassifierDraft d;

	check_utf8_database();
	text_cursor_init(&ps, text, "classifier (linear model)", false);
	draft_classifier_init(&d, CLASSIFIER_LINEAR);
	parse_header(&ps, &d);
	parse_labels(&ps, &d);
	parse_weights(&ps, &d);
	text_skip_space(&ps);
	if (*ps.p != '\0')
		model_text_fail(&ps, "Unexpected text after the weights.");
	linear_check_draft(&d, model_text_check_fail, &ps);
	return classifier_from_draft(&d);
}

/* Binary form ------------------------------------------------------------- */

void
linear_send(StringInfo buf, const ClassifierView *v)
{
	const Classifier *c = v->c;

	pq_sendint32(buf, c->hash_bits);
	pq_sendint32(buf, v->params->ngram_min);
	pq_sendint32(buf, v->params->ngram_max);
	pq_sendint32(buf, v->params->class_weight);
	pq_sendfloat8(buf, v->params->c);
	pq_sendint32(buf, c->nlabels);
	for (int l = 0; l < c->nlabels; l++)
	{
		pq_sendint32(buf, v->labels[l].name_len);
		pq_sendbytes(buf, v->strings + v->labels[l].name_off, v->labels[l].name_len);
		pq_sendint64(buf, v->lstats[l].docs);
		pq_sendfloat8(buf, v->lstats[l].bias);
	}
	pq_sendint32(buf, c->nitems);
	for (int i = 0; i < c->nitems; i++)
	{
		pq_sendint32(buf, v->buckets[i]);
		pq_sendfloat8(buf, v->idf[i]);
		for (int l = 0; l < c->nlabels; l++)
			pq_sendfloat8(buf, v->weights[(Size) i * c->nlabels + l]);
	}
}

Classifier *
linear_recv(StringInfo buf)
{
	ClassifierDraft d;
	int			nlabels;
	int			nbuckets;

	check_utf8_database();
	draft_classifier_init(&d, CLASSIFIER_LINEAR);
	d.hash_bits = (int) pq_getmsgint(buf, 4);
	d.params.ngram_min = (int) pq_getmsgint(buf, 4);
	d.params.ngram_max = (int) pq_getmsgint(buf, 4);
	d.params.class_weight = (int) pq_getmsgint(buf, 4);
	d.params.c = pq_getmsgfloat8(buf);
	nlabels = (int) pq_getmsgint(buf, 4);
	if (nlabels < 1 || nlabels > CLASSIFIER_MAX_LABELS || nlabels > (buf->len - buf->cursor) / 21)
		classifier_binary_fail(psprintf("Invalid label count %d.", nlabels));
	d.lstats = palloc(sizeof(LinearLabelStats) * nlabels);
	for (int l = 0; l < nlabels; l++)
	{
		char	   *name = model_binary_label(buf);

		if (draft_label(&d, name, strlen(name)) != l)
			classifier_binary_fail(psprintf("Label \"%s\" appears twice.", name));
		d.lstats[l].docs = pq_getmsgint64(buf);
		d.lstats[l].bias = pq_getmsgfloat8(buf);
	}
	nbuckets = (int) pq_getmsgint(buf, 4);
	if (nbuckets < 0 || nbuckets > (1 << 24) ||
		(Size) nbuckets * (12 + 8 * (Size) nlabels) > (Size) (buf->len - buf->cursor))
		classifier_binary_fail(psprintf("Invalid bucket count %d.", nbuckets));
	d.nbuckets = nbuckets;
	d.buckets = palloc_extended(sizeof(uint32) * Max(nbuckets, 1), MCXT_ALLOC_HUGE);
	d.idf = palloc_extended(sizeof(double) * Max(nbuckets, 1), MCXT_ALLOC_HUGE);
	d.weights = palloc_extended(sizeof(double) * Max((Size) nbuckets * nlabels, 1), MCXT_ALLOC_HUGE);
	for (int i = 0; i < nbuckets; i++)
	{
		d.buckets[i] = pq_getmsgint(buf, 4);
		d.idf[i] = pq_getmsgfloat8(buf);
		for (int l = 0; l < nlabels; l++)
			d.weights[(Size) i * nlabels + l] = pq_getmsgfloat8(buf);
	}
	linear_check_draft(&d, model_binary_check_fail, NULL);
	return classifier_from_draft(&d);
}
