/*
 * linear_train.c
 *		Training a linear model from labeled texts: the tf-idf matrix of
 *		their hashed n-grams (linear.h), then one SVM per label
 *		(linear_svm.c).
 *
 * The texts arrive sorted (train_buffer.c), so the matrix, the solver's
 * coordinate order and hence the model depend on the set of rows only.
 * Memory: 16 bytes per distinct bucket of each text while the matrix is
 * built (a bucket, its count, then its value), at most
 * LINEAR_MAX_FEATURE_BYTES; 4 bytes per hash bucket for document
 * frequencies and columns; the weights, 8 bytes per seen bucket and label.
 */
#include "postgres.h"
#include "pg_compat.h"

#include <math.h>

#include "miscadmin.h"
#include "utils/memutils.h"

#include "bayes.h"
#include "linear.h"

/* The sparse matrix: first hashed buckets and counts, then columns and values */
typedef struct Matrix
{
	int			nrows;
	int64		nnz;
	int64		max;
	int64	   *row_start;		/* nrows + 1 */
	uint32	   *bucket;			/* becomes the column, in place */
	int32	   *tf;
	double	   *val;
} Matrix;

pg_noreturn static void
too_many_features(int64 nnz)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("train_classifier: the training texts have too many n-grams for a linear model"),
			 errdetail("They have more than " INT64_FORMAT " distinct n-grams per text summed; a linear model trains on at most %zu MB of features, 16 bytes each.",
					   nnz, LINEAR_MAX_FEATURE_BYTES / (1024 * 1024)),
			 errhint("Train on fewer or shorter texts, or use fewer n-gram lengths (option ngrams).")));
}

static void
matrix_append(Matrix *m, const LinearTerm *terms, int n)
{
	if (m->nnz + n > m->max)
	{
		int64		max = Max(m->max * 2, m->nnz + n);

		if ((Size) max * 16 > LINEAR_MAX_FEATURE_BYTES)
			max = LINEAR_MAX_FEATURE_BYTES / 16;
		if (m->nnz + n > max)
			too_many_features(m->nnz + n);
		m->bucket = repalloc_huge(m->bucket, sizeof(uint32) * max);
		m->tf = repalloc_huge(m->tf, sizeof(int32) * max);
		m->max = max;
	}
	for (int i = 0; i < n; i++)
	{
		m->bucket[m->nnz + i] = terms[i].bucket;
		m->tf[m->nnz + i] = terms[i].tf;
	}
	m->nnz += n;
}

/* The buckets and counts of every text */
static void
matrix_terms(Matrix *m, const TrainOptions *o, const TrainExample *ex, int n)
{
	MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext, "linear features",
												  ALLOCSET_DEFAULT_SIZES);

	m->nrows = n;
	m->nnz = 0;
	m->max = 1024;
	m->row_start = palloc_extended(sizeof(int64) * ((Size) n + 1), MCXT_ALLOC_HUGE);
	m->bucket = palloc_extended(sizeof(uint32) * m->max, MCXT_ALLOC_HUGE);
	m->tf = palloc_extended(sizeof(int32) * m->max, MCXT_ALLOC_HUGE);
	for (int i = 0; i < n; i++)
	{
		MemoryContext old = MemoryContextSwitchTo(scratch);
		NormText	t;
		LinearTerm *terms;
		int			k;

		CHECK_FOR_INTERRUPTS();
		normalize_chars_words(ex[i].text, ex[i].text_len, &t);
		k = linear_text_terms(&t, o->ngram_min, o->ngram_max, o->hash_bits, &terms);
		MemoryContextSwitchTo(old);
		m->row_start[i] = m->nnz;
		matrix_append(m, terms, k);
		MemoryContextReset(scratch);
	}
	m->row_start[n] = m->nnz;
	MemoryContextDelete(scratch);
}

/*
 * Number the buckets seen (ascending), compute their idf, and turn the
 * matrix into columns and unit-length rows of (1 + ln tf) * idf.  Returns
 * the number of columns; *buckets and *idf get one entry per column.
 */
static int
matrix_tfidf(Matrix *m, int hash_bits, uint32 **buckets, double **idf)
{
	Size		nbuckets = (Size) 1 << hash_bits;
	int32	   *column = palloc_extended(sizeof(int32) * nbuckets, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	int			ncols = 0;

	/* document frequencies: each bucket counts once per row, being distinct there */
	for (int64 k = 0; k < m->nnz; k++)
		column[m->bucket[k]]++;
	for (Size b = 0; b < nbuckets; b++)
		ncols += column[b] > 0;
	*buckets = palloc_extended(sizeof(uint32) * Max(ncols, 1), MCXT_ALLOC_HUGE);
	*idf = palloc_extended(sizeof(double) * Max(ncols, 1), MCXT_ALLOC_HUGE);
	ncols = 0;
	for (Size b = 0; b < nbuckets; b++)
	{
		if (column[b] == 0)
		{
			column[b] = -1;
			continue;
		}
		(*buckets)[ncols] = (uint32) b;
		/* smooth idf, as if one more text held every n-gram once */
		(*idf)[ncols] = log((1.0 + m->nrows) / (1.0 + column[b])) + 1.0;
		column[b] = ncols++;
	}
	m->val = palloc_extended(sizeof(double) * Max(m->nnz, 1), MCXT_ALLOC_HUGE);
	for (int i = 0; i < m->nrows; i++)
	{
		double		sq = 0;

		for (int64 k = m->row_start[i]; k < m->row_start[i + 1]; k++)
		{
			int32		col = column[m->bucket[k]];

			m->bucket[k] = (uint32) col;
			m->val[k] = (1.0 + log((double) m->tf[k])) * (*idf)[col];
			sq += m->val[k] * m->val[k];
		}
		for (int64 k = m->row_start[i]; sq > 0 && k < m->row_start[i + 1]; k++)
			m->val[k] /= sqrt(sq);
	}
	pfree(m->tf);
	pfree(column);
	return ncols;
}

/* Per row: C, times n / (k * n_label) with balanced class weights */
static double *
row_costs(const TrainOptions *o, int nlabels, const int *ex_label, int n, int64 *docs)
{
	double	   *cost = palloc_extended(sizeof(double) * Max(n, 1), MCXT_ALLOC_HUGE);

	for (int i = 0; i < n; i++)
		docs[ex_label[i]]++;
	for (int i = 0; i < n; i++)
	{
		cost[i] = o->c;
		if (o->class_weight == LINEAR_WEIGHT_BALANCED)
			cost[i] *= (double) n / ((double) nlabels * (double) docs[ex_label[i]]);
	}
	return cost;
}

/*
 * The model of n examples (n >= 1) with labels ex_label[i] into labels[],
 * which are sorted by name.
 */
Classifier *
linear_train(const TrainOptions *o, int nlabels, char **labels,
			 const TrainExample *ex, const int *ex_label, int n)
{
	Matrix		m;
	ClassifierDraft d;
	SvmProblem	p;
	int64	   *docs = palloc0(sizeof(int64) * nlabels);
	double	   *bias = palloc(sizeof(double) * nlabels);
	int			ncols;

	matrix_terms(&m, o, ex, n);
	draft_classifier_init(&d, CLASSIFIER_LINEAR);
	ncols = matrix_tfidf(&m, o->hash_bits, &d.buckets, &d.idf);
	if ((Size) ncols * nlabels > MaxAllocHugeSize / sizeof(double))
		too_many_features(m.nnz);
	p.nrows = n;
	p.ncols = ncols;
	p.nlabels = nlabels;
	p.row_start = m.row_start;
	p.col = (const int32 *) m.bucket;
	p.val = m.val;
	p.label = ex_label;
	p.cost = row_costs(o, nlabels, ex_label, n, docs);
	d.weights = palloc_extended(sizeof(double) * Max((Size) ncols * nlabels, 1), MCXT_ALLOC_HUGE);
	svm_train_one_vs_rest(&p, d.weights, bias);

	d.hash_bits = o->hash_bits;
	d.nbuckets = ncols;
	d.params.ngram_min = o->ngram_min;
	d.params.ngram_max = o->ngram_max;
	d.params.class_weight = o->class_weight;
	d.params.c = o->c;
	d.lstats = palloc(sizeof(LinearLabelStats) * nlabels);
	for (int l = 0; l < nlabels; l++)
	{
		draft_label(&d, labels[l], strlen(labels[l]));
		d.lstats[l].docs = docs[l];
		d.lstats[l].bias = bias[l];
		train_check_case_twin(&d, l);
	}
	return classifier_from_draft(&d);
}
