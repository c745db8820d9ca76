/*
 * bayes_train.c
 *		The train_classifier(text, label) aggregate: counts the hashed
 *		character n-grams of each label's texts.
 *
 * The state is a classifier value (agg_state.h): during aggregation an
 * expanded object holding per label a dense array of 2^BAYES_HASH_BITS counts
 * (1 MB), so a row costs one increment per n-gram; between processes
 * (parallel workers, Citus workers) a model, which is what a trained
 * classifier is: labels sorted by name, the non-zero buckets' counts.
 * Partial states merge by label name, so any split of the rows gives the
 * same model.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "agg_state.h"
#include "bayes.h"
#include "classifier_labels.h"

PG_FUNCTION_INFO_V1(train_classifier_trans);
PG_FUNCTION_INFO_V1(train_classifier_combine);
PG_FUNCTION_INFO_V1(train_classifier_serialize);
PG_FUNCTION_INFO_V1(train_classifier_deserialize);
PG_FUNCTION_INFO_V1(train_classifier_final);

#define NBUCKETS	(1 << BAYES_HASH_BITS)

typedef struct TrainState
{
	MemoryContext mcxt;
	int			nlabels;
	int			maxlabels;
	char	  **labels;
	LabelIndex	label_index;	/* name -> position in labels */
	int64	   *docs;
	int64	   *features;
	int32	  **counts;			/* per label: NBUCKETS counts */
} TrainState;

static TrainState *
state_new(MemoryContext mcxt)
{
	TrainState *s = MemoryContextAllocZero(mcxt, sizeof(TrainState));

	s->mcxt = mcxt;
	s->maxlabels = 8;
	s->labels = MemoryContextAlloc(mcxt, sizeof(char *) * s->maxlabels);
	label_index_init(&s->label_index, mcxt);
	s->docs = MemoryContextAllocZero(mcxt, sizeof(int64) * s->maxlabels);
	s->features = MemoryContextAllocZero(mcxt, sizeof(int64) * s->maxlabels);
	s->counts = MemoryContextAllocZero(mcxt, sizeof(int32 *) * s->maxlabels);
	return s;
}

/* The index of a label, added if new */
static int
state_label(TrainState *s, const char *name, int len)
{
	int			found = label_index_find(&s->label_index, s->labels, name, len);

	if (found >= 0)
		return found;
	if (len < 1 || len > 200)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a training label must have 1 to 200 bytes, not %d", len)));
	if (s->nlabels >= CLASSIFIER_MAX_LABELS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("train_classifier got more than %d labels", CLASSIFIER_MAX_LABELS)));
	if (s->nlabels == s->maxlabels)
	{
		s->maxlabels *= 2;
		s->labels = repalloc(s->labels, sizeof(char *) * s->maxlabels);
		s->docs = repalloc(s->docs, sizeof(int64) * s->maxlabels);
		s->features = repalloc(s->features, sizeof(int64) * s->maxlabels);
		s->counts = repalloc(s->counts, sizeof(int32 *) * s->maxlabels);
	}
	s->labels[s->nlabels] = MemoryContextStrdup(s->mcxt, pnstrdup(name, len));
	label_index_add(&s->label_index, s->labels, s->nlabels);
	s->docs[s->nlabels] = 0;
	s->features[s->nlabels] = 0;
	s->counts[s->nlabels] = MemoryContextAllocHuge(s->mcxt, sizeof(int32) * NBUCKETS);
	memset(s->counts[s->nlabels], 0, sizeof(int32) * NBUCKETS);
	return s->nlabels++;
}

static void
add_count(TrainState *s, int label, uint32 bucket, int64 n)
{
	int64		v = s->counts[label][bucket] + n;

	if (v > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("train_classifier: an n-gram count of label \"%s\" is out of range",
						s->labels[label])));
	s->counts[label][bucket] = (int32) v;
}

/* Add the counts of one label of a stored model into the state */
static void
add_model(TrainState *s, const Classifier *c)
{
	ClassifierView v;

	classifier_view(c, &v);
	if (c->kind != CLASSIFIER_BAYES || c->hash_bits != BAYES_HASH_BITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("train_classifier can merge only naive Bayes models of %d hash bits",
						BAYES_HASH_BITS)));
	for (int l = 0; l < c->nlabels; l++)
	{
		int			sl = state_label(s, v.strings + v.labels[l].name_off, v.labels[l].name_len);

		s->docs[sl] += v.stats[l].docs;
		s->features[sl] += v.stats[l].features;
		for (int i = 0; i < c->nitems; i++)
		{
			int32		n = v.counts[(Size) i * c->nlabels + l];

			if (n != 0)
				add_count(s, sl, v.buckets[i], n);
		}
	}
}

/* As in rule sets (rules_parse.c): "paid" and "Paid" is a slip */
void
train_check_case_twin(const ClassifierDraft *d, int label)
{
	int			twin = draft_find_case_twin(d, label);

	if (twin >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("train_classifier got the labels \"%s\" and \"%s\", which differ only in case",
						d->labels[twin], d->labels[label]),
				 errhint("Labels are case-sensitive: spell each label one way.")));
}

static int
compare_names(const void *a, const void *b, void *arg)
{
	char	  **labels = (char **) arg;

	return strcmp(labels[*(const int *) a], labels[*(const int *) b]);
}

/* The model of a state: labels sorted by name, non-zero buckets only */
static Classifier *
state_model(const TrainState *s)
{
	ClassifierDraft d;
	int		   *order = palloc(sizeof(int) * Max(s->nlabels, 1));
	int			nonzero = 0;

	for (int l = 0; l < s->nlabels; l++)
		order[l] = l;
	qsort_arg(order, s->nlabels, sizeof(int), compare_names, s->labels);
	draft_classifier_init(&d, CLASSIFIER_BAYES);
	d.hash_bits = BAYES_HASH_BITS;
	d.stats = palloc(sizeof(BayesLabelStats) * s->nlabels);
	for (int k = 0; k < s->nlabels; k++)
	{
		draft_label(&d, s->labels[order[k]], strlen(s->labels[order[k]]));
		d.stats[k].docs = s->docs[order[k]];
		d.stats[k].features = s->features[order[k]];
		train_check_case_twin(&d, k);
	}
	for (uint32 b = 0; b < NBUCKETS; b++)
	{
		for (int l = 0; l < s->nlabels; l++)
		{
			if (s->counts[l][b] != 0)
			{
				nonzero++;
				break;
			}
		}
	}
	d.nbuckets = 0;
	d.buckets = palloc_extended(sizeof(uint32) * Max(nonzero, 1), MCXT_ALLOC_HUGE);
	d.counts = palloc_extended(sizeof(int32) * Max((Size) nonzero * s->nlabels, 1), MCXT_ALLOC_HUGE);
	for (uint32 b = 0; b < NBUCKETS; b++)
	{
		bool		any = false;

		if ((b & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		for (int l = 0; l < s->nlabels && !any; l++)
			any = s->counts[l][b] != 0;
		if (!any)
			continue;
		d.buckets[d.nbuckets] = b;
		for (int k = 0; k < s->nlabels; k++)
			d.counts[(Size) d.nbuckets * s->nlabels + k] = s->counts[order[k]][b];
		d.nbuckets++;
	}
	return classifier_from_draft(&d);
}

static struct varlena *
train_flatten(const void *body)
{
	return (struct varlena *) state_model((const TrainState *) body);
}

static void *
train_expand(const struct varlena *flat, MemoryContext mcxt)
{
	TrainState *s = state_new(mcxt);

	add_model(s, (const Classifier *) flat);
	return s;
}

static const AggStateKind train_kind = {"train_classifier", train_flatten, train_expand};

/*
 * A label to train on must be a label a rule set could name (rules_parse.c:
 * [A-Za-z_][A-Za-z0-9_]*, at most CLASSIFIER_MAX_LABEL_BYTES bytes), so that
 * a model's labels and a rule set's are interchangeable.  Checked once per
 * new label, in the transition function only: the labels of stored models
 * (whose text form quotes any label) are merged as they are.
 */
void
train_check_label(const char *name, int len)
{
	char	   *s = pnstrdup(name, len);

	if (!is_label_name(s, len))
	{
		int			shown = pg_mbcliplen(s, len, CLASSIFIER_MAX_LABEL_BYTES + 1);

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("train_classifier got the label \"%.*s%s\", which is not a label name",
						shown, s, shown < len ? "..." : ""),
				 errdetail("A label is a name of letters, digits and _ that does not start with a digit, of 1 to %d characters, as in rule sets.",
						   CLASSIFIER_MAX_LABEL_BYTES)));
	}
	pfree(s);
}

/* Count one text's n-grams for label l */
static void
state_add_text(TrainState *s, int l, const char *text, int len)
{
	NormText	t;
	uint32	   *buckets;
	int			n;

	normalize_chars(text, len, &t);
	s->docs[l]++;
	n = bayes_text_buckets(&t, BAYES_HASH_BITS, &buckets);
	for (int i = 0; i < n; i++)
		add_count(s, l, buckets[i], 1);
	s->features[l] += n;
}

/*
 * The model of n examples, whose labels are checked (train_buffer.c): the
 * same model train_classifier(text, label) learns from those rows.
 */
Classifier *
bayes_train_examples(const TrainExample *ex, int n)
{
	TrainState *s = state_new(CurrentMemoryContext);
	MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext, "naive Bayes texts",
												  ALLOCSET_DEFAULT_SIZES);

	for (int i = 0; i < n; i++)
	{
		int			l = label_index_find(&s->label_index, s->labels, ex[i].label, ex[i].label_len);
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		if (l < 0)
			l = state_label(s, ex[i].label, ex[i].label_len);
		old = MemoryContextSwitchTo(scratch);
		state_add_text(s, l, ex[i].text, ex[i].text_len);
		MemoryContextSwitchTo(old);
		MemoryContextReset(scratch);
	}
	MemoryContextDelete(scratch);
	return state_model(s);
}

/* train_classifier(text, label) transition: count one text's n-grams */
Datum
train_classifier_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = agg_state_context(fcinfo, "train_classifier");
	AggState   *as = agg_state_arg(fcinfo, 0, &train_kind, aggcxt);
	TrainState *s;
	text	   *txt;
	text	   *label;
	int			l;

	/* a row without a text or a label teaches nothing */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return agg_state_result(fcinfo, as);
	check_utf8_database();
	if (as == NULL)
	{
		as = agg_state_create(aggcxt, &train_kind);
		as->body = state_new(agg_state_memory(as));
	}
	s = as->body;
	txt = PG_GETARG_TEXT_PP(1);
	label = PG_GETARG_TEXT_PP(2);
	l = label_index_find(&s->label_index, s->labels, VARDATA_ANY(label), VARSIZE_ANY_EXHDR(label));
	if (l < 0)
	{
		train_check_label(VARDATA_ANY(label), VARSIZE_ANY_EXHDR(label));
		l = state_label(s, VARDATA_ANY(label), VARSIZE_ANY_EXHDR(label));
	}
	state_add_text(s, l, VARDATA_ANY(txt), VARSIZE_ANY_EXHDR(txt));
	PG_RETURN_DATUM(agg_state_return(as));
}

/* Add b's counts to a */
static void
merge_states(TrainState *a, const TrainState *b)
{
	for (int l = 0; l < b->nlabels; l++)
	{
		int			al = state_label(a, b->labels[l], strlen(b->labels[l]));

		CHECK_FOR_INTERRUPTS();
		a->docs[al] += b->docs[l];
		a->features[al] += b->features[l];
		for (uint32 k = 0; k < NBUCKETS; k++)
		{
			if (b->counts[l][k] != 0)
				add_count(a, al, k, b->counts[l][k]);
		}
	}
}

/* combine(classifier, classifier) adds the second state's counts to the first */
Datum
train_classifier_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = agg_state_context(fcinfo, "train_classifier_combine");
	AggState   *as = agg_state_arg(fcinfo, 0, &train_kind, aggcxt);
	const struct varlena *flat;
	const TrainState *other;

	if (PG_ARGISNULL(1))
		return agg_state_result(fcinfo, as);
	if (as == NULL)
		PG_RETURN_DATUM(agg_state_return(agg_state_arg(fcinfo, 1, &train_kind, aggcxt)));
	other = agg_state_peek(fcinfo, 1, &train_kind, &flat);
	if (other != NULL)
		merge_states((TrainState *) as->body, other);
	else
		add_model((TrainState *) as->body, (const Classifier *) flat);
	PG_RETURN_DATUM(agg_state_return(as));
}

/* serialize(internal), for 0.2's aggregate definitions (agg_state.c) */
Datum
train_classifier_serialize(PG_FUNCTION_ARGS)
{
	return agg_state_serialize(fcinfo, &train_kind);
}

/* deserialize(bytea, internal), for 0.2's aggregate definitions */
Datum
train_classifier_deserialize(PG_FUNCTION_ARGS)
{
	return agg_state_deserialize(fcinfo, &train_kind);
}

/* final(classifier) returns the trained classifier; NULL if nothing was learned */
Datum
train_classifier_final(PG_FUNCTION_ARGS)
{
	return agg_state_final(fcinfo, &train_kind);
}
