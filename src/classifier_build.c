/*
 * classifier_build.c
 *		Assemble a classifier from a draft, and locate the arrays of a stored
 *		one.  Every way of making a classifier (rule text, binary receive,
 *		combining rule sets, training) ends in classifier_from_draft.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "classifier.h"

void
draft_classifier_init(ClassifierDraft *d, int kind)
{
	memset(d, 0, sizeof(ClassifierDraft));
	d->kind = kind;
	d->default_label = -1;
	d->maxlabels = 8;
	d->labels = palloc(sizeof(char *) * d->maxlabels);
	label_index_init(&d->label_index, CurrentMemoryContext);
	d->maxterms = 64;
	d->terms = palloc(sizeof(DraftTerm) * d->maxterms);
}

/* The index of label name, added at the end if new */
int
draft_label(ClassifierDraft *d, const char *name, int len)
{
	int			found = label_index_find(&d->label_index, d->labels, name, len);

	if (found >= 0)
		return found;
	if (d->nlabels >= CLASSIFIER_MAX_LABELS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("classifier has too many labels"),
				 errdetail("A classifier has at most %d labels.", CLASSIFIER_MAX_LABELS)));
	if (d->nlabels == d->maxlabels)
	{
		d->maxlabels *= 2;
		d->labels = repalloc(d->labels, sizeof(char *) * d->maxlabels);
	}
	d->labels[d->nlabels] = pnstrdup(name, len);
	label_index_add(&d->label_index, d->labels, d->nlabels);
	return d->nlabels++;
}

/* Append a term (already normalized) to a rule-set draft */
void
draft_add_term(ClassifierDraft *d, int label, const char *text, int len, int32 weight)
{
	DraftTerm  *t;

	if (d->nterms >= CLASSIFIER_MAX_TERMS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("classifier has too many terms"),
				 errdetail("A rule set has at most %d terms.", CLASSIFIER_MAX_TERMS)));
	if (d->nterms == d->maxterms)
	{
		d->maxterms *= 2;
		d->terms = repalloc_huge(d->terms, sizeof(DraftTerm) * d->maxterms);
	}
	t = &d->terms[d->nterms++];
	t->label = label;
	t->weight = weight;
	t->text = pnstrdup(text, len);
	t->text_len = len;
}

static int
compare_terms(const void *a, const void *b, void *arg)
{
	const DraftTerm *terms = (const DraftTerm *) arg;
	const DraftTerm *x = &terms[*(const int *) a];
	const DraftTerm *y = &terms[*(const int *) b];

	/* sorting a million terms takes long enough to be cancelled */
	CHECK_FOR_INTERRUPTS();
	if (x->label != y->label)
		return x->label < y->label ? -1 : 1;
	if (x->text_len != y->text_len)
		return x->text_len < y->text_len ? -1 : 1;
	return memcmp(x->text, y->text, x->text_len);
}

/*
 * The index of a term that repeats an earlier term of the same label (the
 * later of the two), or -1; sorting finds it in n log n.
 */
int
draft_find_duplicate(const ClassifierDraft *d)
{
	int		   *order = palloc(sizeof(int) * Max(d->nterms, 1));

	for (int i = 0; i < d->nterms; i++)
		order[i] = i;
	qsort_arg(order, d->nterms, sizeof(int), compare_terms, d->terms);
	for (int i = 1; i < d->nterms; i++)
	{
		if (compare_terms(&order[i - 1], &order[i], d->terms) == 0)
			return Max(order[i - 1], order[i]);
	}
	return -1;
}

/*
 * An earlier label that differs from label only in case, or -1.  Labels are
 * case-sensitive names, so "paid_service" and "Paid_Service" would be two
 * labels, which is always a slip: each maker of a rule set rejects it.  At
 * most CLASSIFIER_MAX_LABELS labels, so a scan is cheap.
 */
int
draft_find_case_twin(const ClassifierDraft *d, int label)
{
	for (int l = 0; l < label; l++)
	{
		if (pg_strcasecmp(d->labels[l], d->labels[label]) == 0)
			return l;
	}
	return -1;
}

/*
 * Labels in canonical order: those with terms in the order they were first
 * named, then the default if it has no terms.  The canonical text writes the
 * rules first and the default last, so this is the order reading it back
 * gives.  A label without terms never scores, so moving it changes no
 * result.
 */
static void
canonical_label_order(ClassifierDraft *d)
{
	bool	   *has_terms = palloc0(sizeof(bool) * Max(d->nlabels, 1));
	int		   *new_index = palloc(sizeof(int) * Max(d->nlabels, 1));
	char	  **labels = palloc(sizeof(char *) * Max(d->nlabels, 1));
	int			n = 0;

	for (int i = 0; i < d->nterms; i++)
		has_terms[d->terms[i].label] = true;
	for (int pass = 0; pass < 2; pass++)
	{
		for (int l = 0; l < d->nlabels; l++)
		{
			if (has_terms[l] == (pass == 0))
			{
				new_index[l] = n;
				labels[n++] = d->labels[l];
			}
		}
	}
	memcpy(d->labels, labels, sizeof(char *) * d->nlabels);
	label_index_init(&d->label_index, CurrentMemoryContext);
	for (int l = 0; l < d->nlabels; l++)
		label_index_add(&d->label_index, d->labels, l);
	for (int i = 0; i < d->nterms; i++)
		d->terms[i].label = new_index[d->terms[i].label];
	if (d->default_label >= 0)
		d->default_label = new_index[d->default_label];
}

/* Byte offsets of the arrays after the header, for a given shape */
typedef struct Layout
{
	Size		labels;
	Size		items;			/* rules: terms; bayes: stats; linear: params */
	Size		lstats;			/* linear */
	Size		buckets;
	Size		counts;			/* bayes: counts; linear: idf */
	Size		weights;		/* linear */
	Size		strings;
	Size		total;
} Layout;

static void
layout_of(int kind, int nlabels, int nitems, Size strings_size, Layout *l)
{
	Size		off = MAXALIGN(sizeof(Classifier));

	l->labels = off;
	off = MAXALIGN(off + sizeof(ClassifierLabel) * (Size) nlabels);
	l->items = off;
	l->lstats = l->weights = 0;
	if (kind == CLASSIFIER_RULES)
	{
		off = MAXALIGN(off + sizeof(ClassifierTerm) * (Size) nitems);
		l->buckets = l->counts = off;
	}
	else if (kind == CLASSIFIER_LINEAR)
	{
		off = MAXALIGN(off + sizeof(LinearParams));
		l->lstats = off;
		off = MAXALIGN(off + sizeof(LinearLabelStats) * (Size) nlabels);
		l->buckets = off;
		off = MAXALIGN(off + sizeof(uint32) * (Size) nitems);
		l->counts = off;
		off = MAXALIGN(off + sizeof(double) * (Size) nitems);
		l->weights = off;
		off = MAXALIGN(off + sizeof(double) * (Size) nitems * (Size) nlabels);
	}
	else
	{
		off = MAXALIGN(off + sizeof(BayesLabelStats) * (Size) nlabels);
		l->buckets = off;
		off = MAXALIGN(off + sizeof(uint32) * (Size) nitems);
		l->counts = off;
		off = MAXALIGN(off + sizeof(int32) * (Size) nitems * (Size) nlabels);
	}
	l->strings = off;
	l->total = off + strings_size;
}

static Size
draft_strings_size(const ClassifierDraft *d)
{
	Size		size = 0;

	for (int i = 0; i < d->nlabels; i++)
		size += strlen(d->labels[i]);
	if (d->kind == CLASSIFIER_RULES)
	{
		for (int i = 0; i < d->nterms; i++)
			size += d->terms[i].text_len;
	}
	return size;
}

/*
 * The terms of a rule-set draft grouped by label, in label order, each label's
 * in the order written: the order the canonical text shows, so that a value
 * read back from its text is the same value byte for byte (a stable counting
 * sort).
 */
static int *
terms_by_label(const ClassifierDraft *d)
{
	int		   *start = palloc0(sizeof(int) * (d->nlabels + 1));
	int		   *order = palloc(sizeof(int) * Max(d->nterms, 1));

	for (int i = 0; i < d->nterms; i++)
		start[d->terms[i].label + 1]++;
	for (int l = 0; l < d->nlabels; l++)
		start[l + 1] += start[l];
	for (int i = 0; i < d->nterms; i++)
		order[start[d->terms[i].label]++] = i;
	return order;
}

/* The varlena of a draft; the draft's own checks were done by its maker */
Classifier *
classifier_from_draft(ClassifierDraft *d)
{
	int			nitems = (d->kind == CLASSIFIER_RULES) ? d->nterms : d->nbuckets;
	Size		strings_size = draft_strings_size(d);
	Layout		l;
	Classifier *c;
	char	   *base;
	Size		soff = 0;

	if (d->nlabels < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a classifier needs at least one label")));
	if (d->kind == CLASSIFIER_RULES)
		canonical_label_order(d);
	layout_of(d->kind, d->nlabels, nitems, strings_size, &l);
	if (l.total > MaxAllocSize - 1)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("classifier is too large"),
				 errdetail("It would take %zu bytes; a value is at most %zu.", l.total, (Size) MaxAllocSize - 1)));
	c = palloc0(l.total);
	SET_VARSIZE(c, l.total);
	c->version = CLASSIFIER_VERSION;
	c->kind = (uint8) d->kind;
	c->nlabels = d->nlabels;
	c->default_label = d->default_label;
	c->nitems = nitems;
	c->hash_bits = (d->kind != CLASSIFIER_RULES) ? d->hash_bits : 0;
	c->strings_size = (int32) strings_size;
	base = (char *) c;

	for (int i = 0; i < d->nlabels; i++)
	{
		ClassifierLabel *lab = (ClassifierLabel *) (base + l.labels) + i;
		int			len = strlen(d->labels[i]);

		lab->name_off = (int32) soff;
		lab->name_len = len;
		memcpy(base + l.strings + soff, d->labels[i], len);
		soff += len;
	}
	if (d->kind == CLASSIFIER_RULES)
	{
		int		   *order = terms_by_label(d);

		for (int i = 0; i < d->nterms; i++)
		{
			ClassifierTerm *t = (ClassifierTerm *) (base + l.items) + i;
			const DraftTerm *dt = &d->terms[order[i]];

			CHECK_FOR_INTERRUPTS();
			t->label = dt->label;
			t->weight = dt->weight;
			t->text_off = (int32) soff;
			t->text_len = dt->text_len;
			memcpy(base + l.strings + soff, dt->text, dt->text_len);
			soff += dt->text_len;
		}
	}
	else if (d->kind == CLASSIFIER_LINEAR)
	{
		memcpy(base + l.items, &d->params, sizeof(LinearParams));
		memcpy(base + l.lstats, d->lstats, sizeof(LinearLabelStats) * d->nlabels);
		memcpy(base + l.buckets, d->buckets, sizeof(uint32) * (Size) d->nbuckets);
		memcpy(base + l.counts, d->idf, sizeof(double) * (Size) d->nbuckets);
		memcpy(base + l.weights, d->weights, sizeof(double) * (Size) d->nbuckets * d->nlabels);
	}
	else
	{
		memcpy(base + l.items, d->stats, sizeof(BayesLabelStats) * d->nlabels);
		memcpy(base + l.buckets, d->buckets, sizeof(uint32) * (Size) d->nbuckets);
		memcpy(base + l.counts, d->counts, sizeof(int32) * (Size) d->nbuckets * d->nlabels);
	}
	return c;
}

pg_noreturn static void
corrupted(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("classifier value is corrupted"),
			 errdetail("%s", detail)));
}

/* Locate the arrays of c, checking that they lie inside it */
void
classifier_view(const Classifier *c, ClassifierView *v)
{
	Layout		l;
	const char *base = (const char *) c;

	if (VARSIZE(c) < sizeof(Classifier) || c->version != CLASSIFIER_VERSION ||
		(c->kind != CLASSIFIER_RULES && c->kind != CLASSIFIER_BAYES && c->kind != CLASSIFIER_LINEAR))
		corrupted("Unknown format version or kind.");
	if (c->flags != 0 || c->pad != 0)
		corrupted("Unknown flags (written by a newer release of compensate?).");
	if (c->nlabels < 1 || c->nlabels > CLASSIFIER_MAX_LABELS || c->nitems < 0 ||
		c->strings_size < 0 || c->default_label < -1 || c->default_label >= c->nlabels ||
		(c->kind != CLASSIFIER_RULES && (c->hash_bits < 1 || c->hash_bits > 24)))
		corrupted("Invalid header.");
	layout_of(c->kind, c->nlabels, c->nitems, c->strings_size, &l);
	if (l.total != VARSIZE(c))
		corrupted("The size does not match the header.");
	v->c = c;
	v->labels = (const ClassifierLabel *) (base + l.labels);
	v->terms = (c->kind == CLASSIFIER_RULES) ? (const ClassifierTerm *) (base + l.items) : NULL;
	v->stats = (c->kind == CLASSIFIER_BAYES) ? (const BayesLabelStats *) (base + l.items) : NULL;
	v->buckets = (c->kind == CLASSIFIER_BAYES) ? (const uint32 *) (base + l.buckets) : NULL;
	v->counts = (c->kind == CLASSIFIER_BAYES) ? (const int32 *) (base + l.counts) : NULL;
	if (c->kind == CLASSIFIER_LINEAR)
	{
		v->buckets = (const uint32 *) (base + l.buckets);
		v->params = (const LinearParams *) (base + l.items);
		v->lstats = (const LinearLabelStats *) (base + l.lstats);
		v->idf = (const double *) (base + l.counts);
		v->weights = (const double *) (base + l.weights);
		/* the n-gram range sizes the scorer's buffers: checked like the header */
		if (v->params->ngram_min < 1 || v->params->ngram_max < v->params->ngram_min ||
			v->params->ngram_max > LINEAR_MAX_NGRAM)
			corrupted("Invalid n-gram range.");
	}
	else
	{
		v->params = NULL;
		v->lstats = NULL;
		v->idf = NULL;
		v->weights = NULL;
	}
	v->strings = base + l.strings;
	for (int i = 0; i < c->nlabels; i++)
	{
		if (v->labels[i].name_off < 0 || v->labels[i].name_len < 1 ||
			v->labels[i].name_off > c->strings_size - v->labels[i].name_len)
			corrupted("A label lies outside the value.");
	}
	for (int i = 0; v->terms != NULL && i < c->nitems; i++)
	{
		const ClassifierTerm *t = &v->terms[i];

		if (t->label < 0 || t->label >= c->nlabels || t->text_off < 0 || t->text_len < 1 ||
			t->text_off > c->strings_size - t->text_len)
			corrupted("A term lies outside the value.");
	}
}

/* The name of a label, as a palloc'd C string */
char *
classifier_label(const ClassifierView *v, int label)
{
	return pnstrdup(v->strings + v->labels[label].name_off, v->labels[label].name_len);
}

/* Append a string as a double-quoted token, "" for a quote */
void
append_quoted(StringInfo buf, const char *s, int len)
{
	appendStringInfoChar(buf, '"');
	for (int i = 0; i < len; i++)
	{
		if (s[i] == '"')
			appendStringInfoChar(buf, '"');
		appendStringInfoChar(buf, s[i]);
	}
	appendStringInfoChar(buf, '"');
}

/* Binary input of either kind that is not valid: 22P03 */
void
classifier_binary_fail(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary data for type classifier"),
			 errdetail("%s", detail)));
}


