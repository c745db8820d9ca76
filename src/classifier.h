/*
 * classifier.h
 *		The classifier type: a compiled rule set or a trained naive Bayes
 *		model, and what the classify functions need from either.
 *
 * On-disk layout (a varlena, 8-byte aligned):
 *
 *	 int32	vl_len_
 *	 uint8	version			CLASSIFIER_VERSION
 *	 uint8	kind			CLASSIFIER_RULES, CLASSIFIER_BAYES or CLASSIFIER_LINEAR
 *	 uint16	flags			zero (reserved)
 *	 int32	nlabels			1 .. CLASSIFIER_MAX_LABELS
 *	 int32	default_label	rules: 0-based label for texts nothing matches,
 *							-1 for none (classify returns NULL); bayes: -1
 *	 int32	nitems			rules: terms; bayes: non-zero feature buckets;
 *							linear: buckets seen in training
 *	 int32	hash_bits		bayes, linear: features hash into 2^hash_bits buckets
 *	 int32	strings_size	bytes of the string pool
 *	 int32	pad				zero
 *	 ClassifierLabel labels[nlabels]
 *	 rules: ClassifierTerm terms[nitems]
 *	 bayes: BayesLabelStats stats[nlabels], uint32 buckets[nitems] (ascending),
 *			int32 counts[nitems * nlabels] (bucket-major)
 *	 linear: LinearParams params, LinearLabelStats lstats[nlabels],
 *			uint32 buckets[nitems] (ascending), float8 idf[nitems],
 *			float8 weights[nitems * nlabels] (bucket-major)
 *	 char	strings[strings_size]	label names and terms, UTF-8, not terminated
 *
 * Each array starts at a MAXALIGN offset.  Terms are stored normalized (see
 * normalize.h), so the canonical text shows them as they are matched.
 * Labels keep their order: in a rule set, rule order, which breaks ties.
 */
#ifndef COMPENSATE_CLASSIFIER_H
#define COMPENSATE_CLASSIFIER_H

#include "pg_compat.h"
#include "fmgr.h"
#include "lib/stringinfo.h"

#include "classifier_labels.h"
#include "text_cursor.h"

#define CLASSIFIER_VERSION		1
#define CLASSIFIER_RULES		1
#define CLASSIFIER_BAYES		2
#define CLASSIFIER_LINEAR		3

#define CLASSIFIER_MAX_LABELS	1000
#define CLASSIFIER_MAX_TERMS	1000000
#define CLASSIFIER_MAX_TERM_CHARS	200
#define CLASSIFIER_MAX_LABEL_BYTES	63
#define WEIGHT_SCALE			1000	/* weights are stored in thousandths */
#define WEIGHT_MAX				(1000000 * WEIGHT_SCALE)

typedef struct Classifier
{
	int32		vl_len_;
	uint8		version;
	uint8		kind;
	uint16		flags;
	int32		nlabels;
	int32		default_label;
	int32		nitems;
	int32		hash_bits;
	int32		strings_size;
	int32		pad;
	/* arrays follow, see above */
} Classifier;

typedef struct ClassifierLabel
{
	int32		name_off;		/* into strings */
	int32		name_len;
} ClassifierLabel;

typedef struct ClassifierTerm
{
	int32		label;			/* 0-based */
	int32		weight;			/* thousandths, 1 .. WEIGHT_MAX */
	int32		text_off;		/* normalized term, into strings */
	int32		text_len;		/* bytes */
} ClassifierTerm;

typedef struct BayesLabelStats
{
	int64		docs;			/* training texts with this label */
	int64		features;		/* n-grams counted for this label */
} BayesLabelStats;

#define LINEAR_MAX_NGRAM		8	/* longest character n-gram of a linear model */

/* How a linear model was trained: its features and settings (linear.h) */
typedef struct LinearParams
{
	int32		ngram_min;		/* character n-grams from ngram_min ... */
	int32		ngram_max;		/* ... to ngram_max characters */
	int32		class_weight;	/* LINEAR_WEIGHT_NONE or LINEAR_WEIGHT_BALANCED */
	int32		pad;			/* zero */
	double		c;				/* the SVM's regularization parameter C */
} LinearParams;

typedef struct LinearLabelStats
{
	int64		docs;			/* training texts with this label */
	double		bias;			/* the label's intercept */
} LinearLabelStats;

#define DatumGetClassifierP(X)		((Classifier *) PG_DETOAST_DATUM(X))
#define PG_GETARG_CLASSIFIER_P(n)	DatumGetClassifierP(PG_GETARG_DATUM(n))
#define PG_RETURN_CLASSIFIER_P(x)	PG_RETURN_POINTER(x)

/* The arrays of a classifier, located and bounds-checked by classifier_view */
typedef struct ClassifierView
{
	const Classifier *c;
	const ClassifierLabel *labels;
	const ClassifierTerm *terms;	/* rules */
	const BayesLabelStats *stats;	/* bayes */
	const uint32 *buckets;		/* bayes */
	const int32 *counts;		/* bayes */
	const LinearParams *params;	/* linear */
	const LinearLabelStats *lstats;	/* linear */
	const double *idf;			/* linear, per bucket */
	const double *weights;		/* linear, [bucket * nlabels + label] */
	const char *strings;
} ClassifierView;

extern void classifier_view(const Classifier *c, ClassifierView *v);
extern char *classifier_label(const ClassifierView *v, int label);

/*
 * A classifier being assembled: by the rule parser, by binary receive, by
 * combining two rule sets, and by the trainer.  classifier_from_draft checks
 * it and lays out the varlena.
 */
typedef struct DraftTerm
{
	int			label;
	int32		weight;
	char	   *text;			/* normalized, UTF-8 */
	int			text_len;
} DraftTerm;

typedef struct ClassifierDraft
{
	int			kind;
	int			nlabels;
	int			maxlabels;
	char	  **labels;
	LabelIndex	label_index;	/* name -> position in labels */
	int			default_label;
	/* rules */
	int			nterms;
	int			maxterms;
	DraftTerm  *terms;
	/* bayes */
	int			hash_bits;
	BayesLabelStats *stats;
	int			nbuckets;
	uint32	   *buckets;
	int32	   *counts;
	/* linear (also hash_bits, nbuckets, buckets) */
	LinearParams params;
	LinearLabelStats *lstats;
	double	   *idf;
	double	   *weights;
} ClassifierDraft;

/* One labeled training text, as the trainers of the 3-argument aggregate get it */
typedef struct TrainExample
{
	const char *label;
	int			label_len;
	const char *text;
	int			text_len;
} TrainExample;

extern void draft_classifier_init(ClassifierDraft *d, int kind);
extern int	draft_label(ClassifierDraft *d, const char *name, int len);
extern void draft_add_term(ClassifierDraft *d, int label, const char *text, int len, int32 weight);
extern Classifier *classifier_from_draft(ClassifierDraft *d);
extern int	draft_find_duplicate(const ClassifierDraft *d);
extern int	draft_find_case_twin(const ClassifierDraft *d, int label);

/* Rule-set text (rules_parse.c) and canonical output (classifier_io.c) */
extern Classifier *rules_from_text(const char *text);
extern bool is_label_name(const char *s, int len);
extern void classifier_append_text(StringInfo buf, const ClassifierView *v);
extern void append_quoted(StringInfo buf, const char *s, int len);
pg_noreturn extern void classifier_binary_fail(const char *detail);

/* The pieces of a trained model's text form (bayes_io.c), shared by the kinds */
extern void model_text_expect(TextCursor *ps, const char *token);
extern int64 model_text_int(TextCursor *ps, int64 max);
extern char *model_text_label(TextCursor *ps);
pg_noreturn extern void model_text_fail(TextCursor *ps, const char *detail);
extern void model_text_check_fail(void *arg, int position, const char *detail);
extern void model_binary_check_fail(void *arg, int position, const char *detail);
extern char *model_binary_label(StringInfo buf);
extern void rules_append_text(StringInfo buf, const ClassifierView *v);
extern Classifier *rules_recv(StringInfo buf);
extern void rules_send(StringInfo buf, const ClassifierView *v);

/* Built-in rule sets (rules_builtin.c) */
#define RULES_BUILTIN_EDITION	1	/* the current edition */
extern const char *builtin_rules_text(const char *dimension, int edition);

#endif							/* COMPENSATE_CLASSIFIER_H */
