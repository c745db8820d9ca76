/*
 * bayes.h
 *		Multinomial naive Bayes over hashed character n-grams: training (an
 *		aggregate), scoring, and the model's text and binary forms.
 *
 * Features are the distinct character 1-, 2- and 3-grams of the normalized
 * text (normalize.h), hashed into 2^BAYES_HASH_BITS buckets; each counts once
 * per text (binarized multinomial naive Bayes).  A label's score is
 * log P(label) + sum over the text's n-grams of log P(n-gram | label), with
 * Laplace (add-one) smoothing over the vocabulary seen in training (the
 * non-empty buckets).  Scores are floating point:
 * they rank labels and are never amounts of money.
 */
#ifndef COMPENSATE_BAYES_H
#define COMPENSATE_BAYES_H

#include "pg_compat.h"
#include "lib/stringinfo.h"

#include "classifier.h"
#include "normalize.h"
#include "text_cursor.h"

#define BAYES_HASH_BITS		18
#define BAYES_MAX_NGRAM		3
#define BAYES_TEXT_PREFIX	"naive_bayes"

/* A compiled model: log probabilities per bucket and label, built per query */
typedef struct BayesModel
{
	int			nlabels;
	int			hash_bits;
	double	   *log_prior;		/* per label */
	double	   *log_unseen;		/* per label: a bucket never seen with it */
	int32	   *row;			/* per bucket: its row of log_prob, -1 if unseen */
	float	   *log_prob;		/* [row * nlabels + label] */
} BayesModel;

/* One n-gram of a text and how much it favoured a label over another */
typedef struct BayesFeature
{
	int			start;			/* in the normalized text, 0-based */
	int			len;			/* characters */
	double		weight;
} BayesFeature;

extern uint32 bayes_bucket(const pg_wchar *chars, int len, int hash_bits);
extern int	bucket_compare(const void *a, const void *b);
extern int	bayes_text_buckets(const NormText *t, int hash_bits, uint32 **out);
extern BayesModel *bayes_compile(const ClassifierView *v);
extern void bayes_scores(const BayesModel *m, const NormText *t, double *scores);
extern int	bayes_top_features(const BayesModel *m, const NormText *t, int label, int other,
							   BayesFeature *out, int max);

extern Classifier *bayes_train_examples(const TrainExample *ex, int n);
extern void train_check_label(const char *name, int len);
extern void train_check_case_twin(const ClassifierDraft *d, int label);

extern void bayes_check_draft(const ClassifierDraft *d, TextErrorFn fail, void *arg);
extern void bayes_append_text(StringInfo buf, const ClassifierView *v);
extern Classifier *bayes_from_text(const char *text);
extern void bayes_send(StringInfo buf, const ClassifierView *v);
extern Classifier *bayes_recv(StringInfo buf);

#endif							/* COMPENSATE_BAYES_H */
