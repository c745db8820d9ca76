/*
 * classifier_classify.c
 *		classify, classify_scores and classify_matches for rule sets and
 *		trained models.
 *
 * The classifier argument is compiled once per query and kept in fn_extra
 * (arg_cache.h, the cache schedules use too): a rule set becomes an
 * Aho-Corasick automaton over its normalized terms, a naive Bayes
 * model a dense table of log probabilities, a linear model (linear.h) a
 * dense bucket -> row index into its weights.  Each text is then normalized
 * once and scanned once.
 *
 * Rule scoring: a label's score is the sum of the weights of its distinct
 * terms found in the text (a term found twice counts once, so repeating a
 * word does not outvote a second piece of evidence).  The highest score
 * wins; equal scores go to the label whose rule comes first; a text nothing
 * matches gets the default label (NULL without one).  A term that starts
 * with a Latin letter or digit must start a word: "pay" does not match
 * inside "kakaopay", "refund" matches "refunded".
 */
#include "postgres.h"
#include "pg_compat.h"

#include <math.h>

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "aho.h"
#include "bayes.h"
#include "classifier.h"
#include "json_out.h"
#include "linear.h"
#include "normalize.h"
#include "arg_cache.h"

PG_FUNCTION_INFO_V1(classify);
PG_FUNCTION_INFO_V1(classify_scores);
PG_FUNCTION_INFO_V1(classify_matches);

#define BAYES_TOP_FEATURES	10	/* n-grams classify_matches shows for a model */

typedef struct CompiledClassifier
{
	Classifier *source;			/* copy, to recognise the same value */
	ClassifierView view;
	/* rule sets */
	AcAutomaton *ac;
	bool	   *word_start;		/* per term: must start a word */
	uint32	   *seen;			/* per term: stamp of the last text it scored in */
	uint32		stamp;
	int64	   *scores;			/* per label, thousandths */
	/* trained models */
	BayesModel *bayes;
	LinearModel *linear;
	double	   *log_scores;		/* per label: naive Bayes log scores, or
								 * linear decision values */
} CompiledClassifier;

static void
compile_rules(CompiledClassifier *cc)
{
	const ClassifierView *v = &cc->view;
	int			n = v->c->nitems;
	pg_wchar  **terms = palloc(sizeof(pg_wchar *) * Max(n, 1));
	int		   *lens = palloc(sizeof(int) * Max(n, 1));

	cc->word_start = palloc(sizeof(bool) * Max(n, 1));
	cc->seen = palloc0(sizeof(uint32) * Max(n, 1));
	for (int i = 0; i < n; i++)
	{
		NormText	norm;

		CHECK_FOR_INTERRUPTS();
		/* stored terms are already normalized: this only decodes them */
		normalize_text(v->strings + v->terms[i].text_off, v->terms[i].text_len, &norm);
		terms[i] = norm.chars;
		lens[i] = norm.len;
		cc->word_start[i] = norm.len > 0 && is_ascii_alnum(norm.chars[0]);
	}
	cc->ac = ac_build(n, terms, lens);
	cc->scores = palloc0(sizeof(int64) * v->c->nlabels);
}

static struct varlena *
classifier_arg_read(Datum d)
{
	return (struct varlena *) DatumGetClassifierP(d);
}

/* Compile a classifier: its automaton or its model (arg_cache.h) */
static void *
classifier_arg_compile(struct varlena *value, MemoryContext mcxt pg_attribute_unused(),
					   bool constant pg_attribute_unused(), const struct varlena **source)
{
	CompiledClassifier *cc = palloc0(sizeof(CompiledClassifier));

	check_utf8_database();
	cc->source = palloc(VARSIZE(value));
	memcpy(cc->source, value, VARSIZE(value));
	classifier_view(cc->source, &cc->view);
	if (cc->view.c->kind == CLASSIFIER_RULES)
		compile_rules(cc);
	else
	{
		if (cc->view.c->kind == CLASSIFIER_LINEAR)
			cc->linear = linear_compile(&cc->view);
		else
			cc->bayes = bayes_compile(&cc->view);
		cc->log_scores = palloc(sizeof(double) * cc->view.c->nlabels);
	}
	*source = (const struct varlena *) cc->source;
	return cc;
}

static const ArgKind classifier_arg_kind = {classifier_arg_read, classifier_arg_compile};

/* The compiled form of argument 0, compiled now if it is new */
static inline CompiledClassifier *
compiled_classifier(FunctionCallInfo fcinfo)
{
	return (CompiledClassifier *) arg_cache_get(fcinfo, 0, &classifier_arg_kind);
}

/*
 * The text argument normalized as cc's kind compares texts (a linear model
 * keeps the spaces between Korean words, normalize.h); with_origin: with
 * its map to the original
 */
static void
normalize_arg(FunctionCallInfo fcinfo, const CompiledClassifier *cc, NormText *t, bool with_origin)
{
	text	   *txt = PG_GETARG_TEXT_PP(1);
	const char *s = VARDATA_ANY(txt);
	int			n = VARSIZE_ANY_EXHDR(txt);

	if (cc->linear != NULL)
	{
		if (with_origin)
			normalize_text_words(s, n, t);
		else
			normalize_chars_words(s, n, t);
	}
	else if (with_origin)
		normalize_text(s, n, t);
	else
		normalize_chars(s, n, t);
}

/* Does the match of term ending at end start a word, if it must? */
static inline bool
match_allowed(const CompiledClassifier *cc, const NormText *t, int term, int end)
{
	int			start = end - cc->ac->term_len[term] + 1;

	return !cc->word_start[term] || start == 0 || !is_ascii_alnum(t->chars[start - 1]);
}

typedef struct ScoreArg
{
	CompiledClassifier *cc;
	const NormText *text;
} ScoreArg;

static void
score_match(void *arg, int term, int end)
{
	ScoreArg   *sa = (ScoreArg *) arg;
	CompiledClassifier *cc = sa->cc;

	if (cc->seen[term] == cc->stamp || !match_allowed(cc, sa->text, term, end))
		return;
	cc->seen[term] = cc->stamp;
	cc->scores[cc->view.terms[term].label] += cc->view.terms[term].weight;
}

/* Rule scores of a text, in cc->scores */
static void
score_rules(CompiledClassifier *cc, const NormText *t)
{
	ScoreArg	sa = {cc, t};

	memset(cc->scores, 0, sizeof(int64) * cc->view.c->nlabels);
	if (++cc->stamp == 0)
	{
		/* the stamp wrapped after 4 billion texts: start the marks afresh */
		memset(cc->seen, 0, sizeof(uint32) * Max(cc->view.c->nitems, 1));
		cc->stamp = 1;
	}
	ac_match(cc->ac, t->chars, t->len, score_match, &sa);
}

/* The winning label of a rule set: highest score, first rule on a tie */
static int
rules_winner(const CompiledClassifier *cc)
{
	int			best = -1;

	for (int i = 0; i < cc->view.c->nlabels; i++)
	{
		if (cc->scores[i] > 0 && (best < 0 || cc->scores[i] > cc->scores[best]))
			best = i;
	}
	return best >= 0 ? best : cc->view.c->default_label;
}

/*
 * The winning label of a model, the first label (by name) on a tie: the
 * most probable (naive Bayes) or of the highest decision value (linear)
 */
static int
model_winner(CompiledClassifier *cc, const NormText *t, int *runner_up)
{
	int			best = 0;

	if (cc->linear != NULL)
		linear_scores(cc->linear, t, cc->log_scores);
	else
		bayes_scores(cc->bayes, t, cc->log_scores);
	for (int i = 1; i < cc->view.c->nlabels; i++)
	{
		if (cc->log_scores[i] > cc->log_scores[best])
			best = i;
	}
	*runner_up = -1;
	for (int i = 0; i < cc->view.c->nlabels; i++)
	{
		if (i != best && (*runner_up < 0 || cc->log_scores[i] > cc->log_scores[*runner_up]))
			*runner_up = i;
	}
	return best;
}

/* classify(classifier, text) returns the winning label, NULL if none */
Datum
classify(PG_FUNCTION_ARGS)
{
	CompiledClassifier *cc = compiled_classifier(fcinfo);
	NormText	t;
	int			label;
	int			runner_up;

	normalize_arg(fcinfo, cc, &t, false);
	if (cc->view.c->kind == CLASSIFIER_RULES)
	{
		score_rules(cc, &t);
		label = rules_winner(cc);
	}
	else
		label = model_winner(cc, &t, &runner_up);
	if (label < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(cc->view.strings + cc->view.labels[label].name_off,
											  cc->view.labels[label].name_len));
}

/* A weight in thousandths as a JSON number */
static char *
milli_text(int64 milli)
{
	if (milli % WEIGHT_SCALE == 0)
		return psprintf(INT64_FORMAT, milli / WEIGHT_SCALE);
	return psprintf(INT64_FORMAT ".%03d", milli / WEIGHT_SCALE, (int) (milli % WEIGHT_SCALE));
}

/*
 * classify_scores(classifier, text) returns every label's score as jsonb:
 * rule sets the summed weights, models probabilities (six decimals): naive
 * Bayes the softmax of its log scores, a linear model the softmax of its
 * decision values
 */
Datum
classify_scores(PG_FUNCTION_ARGS)
{
	CompiledClassifier *cc = compiled_classifier(fcinfo);
	const ClassifierView *v = &cc->view;
	NormText	t;
	StringInfoData buf;
	double		max = 0;
	double		sum = 0;
	int			runner_up;

	normalize_arg(fcinfo, cc, &t, false);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	if (v->c->kind == CLASSIFIER_RULES)
		score_rules(cc, &t);
	else
	{
		max = cc->log_scores[model_winner(cc, &t, &runner_up)];
		for (int i = 0; i < v->c->nlabels; i++)
			sum += exp(cc->log_scores[i] - max);
	}
	for (int i = 0; i < v->c->nlabels; i++)
	{
		json_key(&buf, classifier_label(v, i));
		if (v->c->kind == CLASSIFIER_RULES)
			appendStringInfoString(&buf, milli_text(cc->scores[i]));
		else
			appendStringInfo(&buf, "%.6f", exp(cc->log_scores[i] - max) / sum);
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_DATUM(json_to_jsonb(&buf));
}

typedef struct MatchArg
{
	CompiledClassifier *cc;
	const NormText *text;
	ReturnSetInfo *rsinfo;
} MatchArg;

/* One row of classify_matches, positions in the original text */
static void
put_match(ReturnSetInfo *rsinfo, const char *label, const char *term,
		  const NormText *t, int start, int end)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	values[0] = CStringGetTextDatum(label);
	values[1] = CStringGetTextDatum(term);
	values[2] = Int32GetDatum(t->origin[start] + 1);
	values[3] = Int32GetDatum(Min(t->origin_end[end], t->original_len) - t->origin[start]);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

static void
emit_match(void *arg, int term, int end)
{
	MatchArg   *ma = (MatchArg *) arg;
	const ClassifierView *v = &ma->cc->view;
	const ClassifierTerm *ct = &v->terms[term];

	if (!match_allowed(ma->cc, ma->text, term, end))
		return;
	put_match(ma->rsinfo, classifier_label(v, ct->label),
			  pnstrdup(v->strings + ct->text_off, ct->text_len),
			  ma->text, end - ma->cc->ac->term_len[term] + 1, end);
}

/* The n-grams that most favoured the winner over the runner-up */
static void
bayes_matches(CompiledClassifier *cc, const NormText *t, ReturnSetInfo *rsinfo)
{
	BayesFeature top[BAYES_TOP_FEATURES];
	int			runner_up;
	int			winner = model_winner(cc, t, &runner_up);
	int			n = bayes_top_features(cc->bayes, t, winner, runner_up, top, BAYES_TOP_FEATURES);
	char	   *label = classifier_label(&cc->view, winner);

	for (int i = 0; i < n; i++)
		put_match(rsinfo, label, norm_to_utf8(t->chars + top[i].start, top[i].len),
				  t, top[i].start, top[i].start + top[i].len - 1);
}

/* The n-grams that added most to the winner's decision value */
static void
linear_matches(CompiledClassifier *cc, const NormText *t, ReturnSetInfo *rsinfo)
{
	LinearFeature top[BAYES_TOP_FEATURES];
	int			runner_up;
	int			winner = model_winner(cc, t, &runner_up);
	int			n = linear_top_features(cc->linear, t, winner, top, BAYES_TOP_FEATURES);
	char	   *label = classifier_label(&cc->view, winner);

	for (int i = 0; i < n; i++)
	{
		const LinearNgram *g = &top[i].ngram;
		/* where it is in the text: its characters, not its padding */
		int			first = Max(g->start, g->word_start);
		int			last = Min(g->start + g->len, g->word_end) - 1;

		put_match(rsinfo, label, linear_ngram_text(t, g), t, first, last);
	}
}

/*
 * classify_matches(classifier, text) returns why: for a rule set every term
 * occurrence (label, term, start, length; 1-based character positions in the
 * text as given), for a model the n-grams that weighed most for the winner
 */
Datum
classify_matches(PG_FUNCTION_ARGS)
{
	CompiledClassifier *cc = compiled_classifier(fcinfo);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	NormText	t;

	normalize_arg(fcinfo, cc, &t, true);
	InitMaterializedSRF(fcinfo, 0);
	if (cc->view.c->kind == CLASSIFIER_RULES)
	{
		MatchArg	ma = {cc, &t, rsinfo};

		ac_match(cc->ac, t.chars, t.len, emit_match, &ma);
	}
	else if (cc->linear != NULL)
		linear_matches(cc, &t, rsinfo);
	else
		bayes_matches(cc, &t, rsinfo);
	return (Datum) 0;
}
