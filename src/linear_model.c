/*
 * linear_model.c
 *		Scoring texts with a trained linear model: decision values
 *		w . x + b per label, and the n-grams that add most to one.
 */
#include "postgres.h"
#include "pg_compat.h"

#include <math.h>

#include "miscadmin.h"
#include "utils/memutils.h"

#include "linear.h"

/* A model's bucket -> row index, built once per query */
LinearModel *
linear_compile(const ClassifierView *v)
{
	LinearModel *m = palloc0(sizeof(LinearModel));
	Size		nbuckets = (Size) 1 << v->c->hash_bits;

	m->v = v;
	m->row = palloc_extended(sizeof(int32) * nbuckets, MCXT_ALLOC_HUGE);
	memset(m->row, 0xFF, sizeof(int32) * nbuckets);
	for (int i = 0; i < v->c->nitems; i++)
	{
		/* checked on input; a stored value could only be damaged on disk */
		if (v->buckets[i] >= nbuckets)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("classifier value is corrupted"),
					 errdetail("Bucket %u is out of range.", v->buckets[i])));
		m->row[v->buckets[i]] = i;
	}
	return m;
}

/* The tf-idf value of a term before normalization; 0 for a bucket not in the model */
static inline double
term_value(const LinearModel *m, const LinearTerm *term)
{
	int32		row = m->row[term->bucket];

	return row < 0 ? 0 : (1.0 + log((double) term->tf)) * m->v->idf[row];
}

/* The length of a text's vector, and its terms */
static double
text_terms(const LinearModel *m, const NormText *t, LinearTerm **terms, int *n)
{
	const LinearParams *p = m->v->params;
	double		sq = 0;

	*n = linear_text_terms(t, p->ngram_min, p->ngram_max, m->v->c->hash_bits, terms);
	for (int i = 0; i < *n; i++)
	{
		double		x = term_value(m, &(*terms)[i]);

		sq += x * x;
	}
	return sqrt(sq);
}

/* Decision value of every label for a text, into scores[nlabels] */
void
linear_scores(const LinearModel *m, const NormText *t, double *scores)
{
	const ClassifierView *v = m->v;
	int			nlabels = v->c->nlabels;
	LinearTerm *terms;
	int			n;
	double		norm = text_terms(m, t, &terms, &n);

	for (int l = 0; l < nlabels; l++)
		scores[l] = 0;
	for (int i = 0; i < n && norm > 0; i++)
	{
		int32		row = m->row[terms[i].bucket];
		double		x;

		if (row < 0)
			continue;
		x = term_value(m, &terms[i]) / norm;
		for (int l = 0; l < nlabels; l++)
			scores[l] += v->weights[(Size) row * nlabels + l] * x;
	}
	for (int l = 0; l < nlabels; l++)
		scores[l] += v->lstats[l].bias;
	pfree(terms);
}

static int
compare_term_bucket(const void *key, const void *elem)
{
	uint32		a = *(const uint32 *) key;
	uint32		b = ((const LinearTerm *) elem)->bucket;

	return (a > b) - (a < b);
}

/*
 * The n-grams of the text that add most to label's decision value: at most
 * max, strongest first, each bucket once (at its first occurrence), only
 * those adding a positive amount and covering a character of the text (not
 * the lone padding space).  Returns how many.
 */
int
linear_top_features(const LinearModel *m, const NormText *t, int label,
					LinearFeature *out, int max)
{
	const ClassifierView *v = m->v;
	LinearTerm *terms;
	int			nterms;
	double		norm = text_terms(m, t, &terms, &nterms);
	LinearNgram *g;
	int			ng = linear_text_ngrams(t, v->params->ngram_min, v->params->ngram_max,
										v->c->hash_bits, &g);
	int			count = 0;

	for (int i = 0; i < ng && norm > 0; i++)
	{
		int32		row = m->row[g[i].bucket];
		const LinearTerm *term;
		double		w;
		bool		dup = false;
		int			pos;

		if (row < 0 || (g[i].len == 1 && g[i].start < g[i].word_start) ||
			(g[i].len == 1 && g[i].start >= g[i].word_end))
			continue;
		term = bsearch(&g[i].bucket, terms, nterms, sizeof(LinearTerm), compare_term_bucket);
		w = v->weights[(Size) row * v->c->nlabels + label] * term_value(m, term) / norm;
		for (int k = 0; k < count && !dup; k++)
			dup = (out[k].ngram.bucket == g[i].bucket);
		if (dup || w <= 0 || (count == max && w <= out[count - 1].weight))
			continue;
		/* insert in descending order of weight */
		pos = (count < max) ? count++ : max - 1;
		while (pos > 0 && out[pos - 1].weight < w)
		{
			out[pos] = out[pos - 1];
			pos--;
		}
		out[pos].ngram = g[i];
		out[pos].weight = w;
	}
	pfree(g);
	pfree(terms);
	return count;
}
