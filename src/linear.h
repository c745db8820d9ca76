/*
 * linear.h
 *		A discriminative linear classifier over hashed character n-grams:
 *		training options, features, the SVM solver, scoring, and the model's
 *		text and binary forms.
 *
 * Features, as scikit-learn's TfidfVectorizer(analyzer='char_wb',
 * sublinear_tf=True) computes them: the normalized text (normalize.h) is
 * split at spaces into words, each word is padded with one space on each
 * side, and its character n-grams of ngram_min .. ngram_max characters are
 * taken inside the padded word (a padded word shorter than n gives itself
 * once).  N-grams hash into 2^hash_bits buckets (bayes_bucket).  A bucket's
 * value in a text is (1 + ln tf) * idf, idf = ln((1 + n) / (1 + df)) + 1
 * over the n training texts, and each text's vector has unit length; a
 * bucket never seen in training is ignored.
 *
 * Learner: for each label, an L2-regularized L2-loss linear SVM, the label's
 * texts against all others (one-vs-rest), with a bias feature of value 1,
 * trained by dual coordinate descent (Hsieh et al., ICML 2008).  A text's
 * label is the one of the highest decision value w . x + b.  Scores are
 * floating point: they rank labels and are never amounts of money.
 */
#ifndef COMPENSATE_LINEAR_H
#define COMPENSATE_LINEAR_H

#include "pg_compat.h"
#include "lib/stringinfo.h"

#include "classifier.h"
#include "normalize.h"
#include "text_cursor.h"

#define LINEAR_TEXT_PREFIX		"linear"

#define LINEAR_WEIGHT_NONE		0
#define LINEAR_WEIGHT_BALANCED	1

/* train_classifier's methods */
#define TRAIN_NAIVE_BAYES		1
#define TRAIN_LINEAR			2

/*
 * Defaults of the options (linear_options.c).  2^20 buckets: at 2^18 the
 * collisions among the n-grams of a few hundred claims cost a point of
 * accuracy on the evaluation split; from 2^20 on it no longer changes.
 */
#define LINEAR_DEFAULT_BITS		20
#define LINEAR_DEFAULT_NGRAM_MIN 1
#define LINEAR_DEFAULT_NGRAM_MAX 4
#define LINEAR_DEFAULT_C		1.0
#define LINEAR_MIN_C			1e-6
#define LINEAR_MAX_C			1e6
#define TRAIN_DEFAULT_MAX_ROWS	INT64CONST(10000000)

/*
 * The solver's fixed settings (linear_svm.c): scikit-learn's LinearSVC
 * tolerance, which solves the problem to convergence on claims (a looser
 * one moves accuracy by a claim or two either way and saves little: most of
 * the training time is extracting n-grams).
 */
#define LINEAR_TOLERANCE		0.0001	/* on the projected gradient's spread */
#define LINEAR_MAX_EPOCHS		1000

/*
 * Memory: the aggregate buffers each row's label and text (8 bytes more per
 * row) up to TRAIN_MAX_BUFFER_BYTES; the final function's feature matrix
 * (12 bytes per distinct bucket of each text) is at most
 * LINEAR_MAX_FEATURE_BYTES.  Beyond either: 54000.
 */
#define LINEAR_MAX_TEXT_CHARS	100000	/* longer texts: 54000 (linear_features.c) */
#define TRAIN_MAX_BUFFER_BYTES	((Size) 256 * 1024 * 1024)
#define LINEAR_MAX_FEATURE_BYTES ((Size) 1024 * 1024 * 1024)

/* The settings of one train_classifier(text, label, method, options) */
typedef struct TrainOptions
{
	int			method;			/* TRAIN_NAIVE_BAYES or TRAIN_LINEAR */
	int			hash_bits;
	int			ngram_min;
	int			ngram_max;
	int			class_weight;	/* LINEAR_WEIGHT_* */
	double		c;
	int64		max_rows;
} TrainOptions;

extern void train_options_parse(const char *method, const char *options, TrainOptions *o);
extern bool train_options_equal(const TrainOptions *a, const TrainOptions *b);
extern bool train_options_valid(const TrainOptions *o);
extern const char *train_method_name(int method);
extern const char *linear_class_weight_name(int class_weight);

/* One n-gram occurrence of a text (linear_features.c) */
typedef struct LinearNgram
{
	uint32		bucket;
	int			start;			/* first character in the normalized text;
								 * -1: the padding space before the text */
	int			len;			/* characters, padding spaces included */
	int			word_start;		/* the word it is taken from: its first */
	int			word_end;		/* and after its last character */
} LinearNgram;

/* A bucket of a text and how often its n-grams occur there */
typedef struct LinearTerm
{
	uint32		bucket;
	int32		tf;
} LinearTerm;

extern int	linear_text_ngrams(const NormText *t, int ngram_min, int ngram_max, int hash_bits,
							   LinearNgram **out);
extern int	linear_text_terms(const NormText *t, int ngram_min, int ngram_max, int hash_bits,
							  LinearTerm **out);
extern char *linear_ngram_text(const NormText *t, const LinearNgram *g);

/* The one-vs-rest SVM on a sparse matrix, rows unit length (linear_svm.c) */
typedef struct SvmProblem
{
	int			nrows;
	int			ncols;
	int			nlabels;
	const int64 *row_start;		/* nrows + 1 */
	const int32 *col;			/* per non-zero */
	const double *val;
	const int  *label;			/* per row, 0-based */
	const double *cost;			/* per row: C times its label's weight */
} SvmProblem;

extern void svm_train_one_vs_rest(const SvmProblem *p, double *weights, double *bias);

/* A compiled model (linear_model.c) */
typedef struct LinearModel
{
	const ClassifierView *v;
	int32	   *row;			/* per bucket: its row in the model, -1 if unseen */
} LinearModel;

/* One n-gram of a text and how much it adds to a label's decision value */
typedef struct LinearFeature
{
	LinearNgram ngram;
	double		weight;
} LinearFeature;

extern LinearModel *linear_compile(const ClassifierView *v);
extern void linear_scores(const LinearModel *m, const NormText *t, double *scores);
extern int	linear_top_features(const LinearModel *m, const NormText *t, int label,
								LinearFeature *out, int max);

/* Training from buffered rows (linear_train.c), text and binary forms (linear_io.c) */
extern Classifier *linear_train(const TrainOptions *o, int nlabels, char **labels,
								const TrainExample *ex, const int *ex_label, int n);
extern void append_shortest_float(StringInfo buf, double x);
extern void linear_check_draft(const ClassifierDraft *d, TextErrorFn fail, void *arg);
extern void linear_append_text(StringInfo buf, const ClassifierView *v);
extern Classifier *linear_from_text(const char *text);
extern void linear_send(StringInfo buf, const ClassifierView *v);
extern Classifier *linear_recv(StringInfo buf);

#endif							/* COMPENSATE_LINEAR_H */
