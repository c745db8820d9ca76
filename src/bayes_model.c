/*
 * bayes_model.c
 *		Scoring texts with a trained naive Bayes model.
 */
#include "postgres.h"
#include "pg_compat.h"

#include <math.h>

#include "miscadmin.h"
#include "utils/memutils.h"

#include "bayes.h"

/*
 * Bucket of an n-gram: FNV-1a over its length and code points, folded to
 * hash_bits.  Plain integer arithmetic, so a model trained on one machine
 * scores the same on every other.
 */
uint32
bayes_bucket(const pg_wchar *chars, int len, int hash_bits)
{
	uint64		h = UINT64CONST(0xcbf29ce484222325);

	h = (h ^ (uint64) len) * UINT64CONST(0x100000001b3);
	for (int i = 0; i < len; i++)
	{
		uint32		c = chars[i];

		for (int b = 0; b < 4; b++)
		{
			h = (h ^ (c & 0xFF)) * UINT64CONST(0x100000001b3);
			c >>= 8;
		}
	}
	return (uint32) ((h ^ (h >> 32)) & ((UINT64CONST(1) << hash_bits) - 1));
}

/* A lone space carries nothing */
static inline bool
is_feature(const NormText *t, int start, int len)
{
	return !(len == 1 && t->chars[start] == ' ');
}

/* qsort order of buckets (uint32), ascending */
int
bucket_compare(const void *a, const void *b)
{
	uint32		x = *(const uint32 *) a;
	uint32		y = *(const uint32 *) b;

	return (x > y) - (x < y);
}

/*
 * The distinct feature buckets of a text, sorted; returns how many.  Each
 * n-gram counts once per text however often it occurs (binarized
 * multinomial naive Bayes): on short texts such as claims this is more
 * robust than raw counts, and long texts do not outweigh short ones.
 */
int
bayes_text_buckets(const NormText *t, int hash_bits, uint32 **out)
{
	uint32	   *b = palloc(sizeof(uint32) * Max((Size) t->len * BAYES_MAX_NGRAM, 1));
	int			n = 0;
	int			w = 0;

	for (int i = 0; i < t->len; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		for (int len = 1; len <= BAYES_MAX_NGRAM && i + len <= t->len; len++)
		{
			if (is_feature(t, i, len))
				b[n++] = bayes_bucket(t->chars + i, len, hash_bits);
		}
	}
	qsort(b, n, sizeof(uint32), bucket_compare);
	for (int i = 0; i < n; i++)
	{
		if (w == 0 || b[w - 1] != b[i])
			b[w++] = b[i];
	}
	*out = b;
	return w;
}

/*
 * Compile a model: log priors, the log probability of a bucket never seen
 * with a label, and a row of log probabilities per stored bucket, found in
 * O(1) through a dense bucket -> row index.
 */
BayesModel *
bayes_compile(const ClassifierView *v)
{
	const Classifier *c = v->c;
	BayesModel *m = palloc0(sizeof(BayesModel));
	int64		total_docs = 0;
	/* Laplace smoothing over the n-grams seen in training, not the hash space */
	double		vocabulary = (double) Max(c->nitems, 1);

	m->nlabels = c->nlabels;
	m->hash_bits = c->hash_bits;
	m->log_prior = palloc(sizeof(double) * c->nlabels);
	m->log_unseen = palloc(sizeof(double) * c->nlabels);
	m->row = palloc_extended(sizeof(int32) * ((Size) 1 << c->hash_bits), MCXT_ALLOC_HUGE);
	memset(m->row, 0xFF, sizeof(int32) * ((Size) 1 << c->hash_bits));
	m->log_prob = palloc_extended(sizeof(float) * Max((Size) c->nitems * c->nlabels, 1), MCXT_ALLOC_HUGE);
	for (int l = 0; l < c->nlabels; l++)
		total_docs += v->stats[l].docs;
	for (int l = 0; l < c->nlabels; l++)
	{
		double		denominator = (double) v->stats[l].features + vocabulary;

		m->log_prior[l] = log((double) v->stats[l].docs / (double) total_docs);
		m->log_unseen[l] = -log(denominator);
		for (int i = 0; i < c->nitems; i++)
			m->log_prob[(Size) i * c->nlabels + l] =
				(float) (log((double) v->counts[(Size) i * c->nlabels + l] + 1.0) - log(denominator));
	}
	for (int i = 0; i < c->nitems; i++)
		m->row[v->buckets[i]] = i;
	return m;
}

static inline double
log_prob(const BayesModel *m, uint32 bucket, int label)
{
	int32		row = m->row[bucket];

	return row < 0 ? m->log_unseen[label] : m->log_prob[(Size) row * m->nlabels + label];
}

/* Log score of every label for a text, into scores[nlabels] */
void
bayes_scores(const BayesModel *m, const NormText *t, double *scores)
{
	uint32	   *buckets;
	int			n = bayes_text_buckets(t, m->hash_bits, &buckets);

	for (int l = 0; l < m->nlabels; l++)
		scores[l] = m->log_prior[l];
	for (int i = 0; i < n; i++)
	{
		for (int l = 0; l < m->nlabels; l++)
			scores[l] += log_prob(m, buckets[i], l);
	}
	pfree(buckets);
}

/*
 * The n-grams of the text that weigh most for label against other (against
 * an unseen n-gram when there is no other label): at most max, strongest
 * first, each distinct n-gram once.  Returns how many.
 */
int
bayes_top_features(const BayesModel *m, const NormText *t, int label, int other,
				   BayesFeature *out, int max)
{
	int			count = 0;
	uint32	   *chosen = palloc(sizeof(uint32) * max);

	for (int i = 0; i < t->len; i++)
	{
		for (int n = 1; n <= BAYES_MAX_NGRAM && i + n <= t->len; n++)
		{
			uint32		b;
			double		w;
			int			pos;
			bool		dup = false;

			if (!is_feature(t, i, n))
				continue;
			b = bayes_bucket(t->chars + i, n, m->hash_bits);
			w = log_prob(m, b, label) - (other >= 0 ? log_prob(m, b, other) : m->log_unseen[label]);
			for (int k = 0; k < count && !dup; k++)
				dup = (chosen[k] == b);
			if (dup || w <= 0 || (count == max && w <= out[count - 1].weight))
				continue;
			/* insert in descending order of weight */
			pos = (count < max) ? count++ : max - 1;
			while (pos > 0 && out[pos - 1].weight < w)
			{
				out[pos] = out[pos - 1];
				chosen[pos] = chosen[pos - 1];
				pos--;
			}
			out[pos].start = i;
			out[pos].len = n;
			out[pos].weight = w;
			chosen[pos] = b;
		}
	}
	return count;
}
