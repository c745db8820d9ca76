/*
 * classifier_funcs.c
 *		SQL functions over classifiers: combining rule sets, the built-in
 *		rule sets (and their planner support), listing a rule set's terms.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/supportnodes.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "classifier.h"

PG_FUNCTION_INFO_V1(classifier_combine);
PG_FUNCTION_INFO_V1(classifier_combine_text);
PG_FUNCTION_INFO_V1(text_combine_classifier);
PG_FUNCTION_INFO_V1(claim_classifier_support);
PG_FUNCTION_INFO_V1(claim_classifier);
PG_FUNCTION_INFO_V1(classifier_terms);

/* Copy the rules of v into the draft, mapping labels by name */
static void
draft_add_rules(ClassifierDraft *d, const ClassifierView *v)
{
	for (int i = 0; i < v->c->nlabels; i++)
		draft_label(d, v->strings + v->labels[i].name_off, v->labels[i].name_len);
	for (int i = 0; i < v->c->nitems; i++)
	{
		const ClassifierTerm *t = &v->terms[i];
		const ClassifierLabel *l = &v->labels[t->label];

		CHECK_FOR_INTERRUPTS();
		draft_add_term(d, draft_label(d, v->strings + l->name_off, l->name_len),
					   v->strings + t->text_off, t->text_len, t->weight);
	}
}

static int
compare_term_keys(const void *a, const void *b, void *arg)
{
	const DraftTerm *terms = (const DraftTerm *) arg;
	const DraftTerm *x = &terms[*(const int *) a];
	const DraftTerm *y = &terms[*(const int *) b];
	int			c;

	if (x->label != y->label)
		return x->label < y->label ? -1 : 1;
	if (x->text_len != y->text_len)
		return x->text_len < y->text_len ? -1 : 1;
	c = memcmp(x->text, y->text, x->text_len);
	if (c != 0)
		return c;
	/* equal terms: the later one last */
	return *(const int *) a - *(const int *) b;
}

/*
 * Drop the earlier of two equal terms of one label, keeping the later one's
 * weight and the earlier one's place: a combined rule set can re-weight a
 * term of the first.
 */
static void
draft_dedup_terms(ClassifierDraft *d)
{
	int		   *order = palloc(sizeof(int) * Max(d->nterms, 1));
	bool	   *drop = palloc0(sizeof(bool) * Max(d->nterms, 1));
	int			w = 0;

	for (int i = 0; i < d->nterms; i++)
		order[i] = i;
	qsort_arg(order, d->nterms, sizeof(int), compare_term_keys, d->terms);
	for (int i = 1; i < d->nterms; i++)
	{
		DraftTerm  *x = &d->terms[order[i - 1]];
		DraftTerm  *y = &d->terms[order[i]];

		if (x->label == y->label && x->text_len == y->text_len &&
			memcmp(x->text, y->text, x->text_len) == 0)
		{
			x->weight = y->weight;
			drop[order[i]] = true;
			order[i] = order[i - 1];	/* a third copy compares with the kept one */
		}
	}
	for (int i = 0; i < d->nterms; i++)
	{
		if (!drop[i])
			d->terms[w++] = d->terms[i];
	}
	d->nterms = w;
}

/*
 * classifier_combine(a, b) returns a rule set with the rules of both: b's
 * terms are added to a's labels (new labels after a's), a term in both takes
 * b's weight, and b's default wins if it has one.
 */
static Classifier *
combine_rule_sets(const Classifier *first, const Classifier *second)
{
	ClassifierView a;
	ClassifierView b;
	ClassifierDraft d;
	const ClassifierView *from;

	classifier_view(first, &a);
	classifier_view(second, &b);
	if (a.c->kind != CLASSIFIER_RULES || b.c->kind != CLASSIFIER_RULES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("only rule sets can be combined"),
				 errdetail("A trained naive Bayes model cannot be combined with other rules.")));
	draft_classifier_init(&d, CLASSIFIER_RULES);
	draft_add_rules(&d, &a);
	draft_add_rules(&d, &b);
	draft_dedup_terms(&d);
	/* as in rule-set text (rules_parse.c): the result must read back */
	for (int l = a.c->nlabels; l < d.nlabels; l++)
	{
		int			twin = draft_find_case_twin(&d, l);

		if (twin >= 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot combine rule sets with the labels \"%s\" and \"%s\", which differ only in case",
							d.labels[twin], d.labels[l]),
					 errhint("Labels are case-sensitive: spell each label one way.")));
	}
	from = (b.c->default_label >= 0) ? &b : &a;
	if (from->c->default_label >= 0)
	{
		const ClassifierLabel *l = &from->labels[from->c->default_label];

		d.default_label = draft_label(&d, from->strings + l->name_off, l->name_len);
	}
	return classifier_from_draft(&d);
}

Datum
classifier_combine(PG_FUNCTION_ARGS)
{
	PG_RETURN_CLASSIFIER_P(combine_rule_sets(PG_GETARG_CLASSIFIER_P(0), PG_GETARG_CLASSIFIER_P(1)));
}

/*
 * classifier || text and text || classifier: the text is read as a rule set.
 * Without these, PostgreSQL's anynonarray || text would take a text column
 * and quietly concatenate text, failing much later (or not at all).
 */
Datum
classifier_combine_text(PG_FUNCTION_ARGS)
{
	Classifier *rules = rules_from_text(text_to_cstring(PG_GETARG_TEXT_PP(1)));

	PG_RETURN_CLASSIFIER_P(combine_rule_sets(PG_GETARG_CLASSIFIER_P(0), rules));
}

Datum
text_combine_classifier(PG_FUNCTION_ARGS)
{
	Classifier *rules = rules_from_text(text_to_cstring(PG_GETARG_TEXT_PP(0)));

	PG_RETURN_CLASSIFIER_P(combine_rule_sets(rules, PG_GETARG_CLASSIFIER_P(1)));
}

/*
 * The built-in rule set of a dimension in an edition, checked.  An edition
 * never changes once released, so claim_classifier(dimension, edition) is
 * immutable; claim_classifier(dimension) is the current edition, which a
 * new release may change, so it is stable.
 */
static Classifier *
builtin_classifier(const char *dimension, int32 edition)
{
	const char *rules = builtin_rules_text(dimension, edition);

	if (edition < 1 || edition > RULES_BUILTIN_EDITION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no edition %d of the built-in classifiers", edition),
				 errhint("The editions are 1 to %d.", RULES_BUILTIN_EDITION)));
	if (rules == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no built-in classifier for \"%s\"", dimension),
				 errhint("The built-in dimensions are damage_type, service and reporter.")));
	return rules_from_text(rules);
}

/*
 * claim_classifier(dimension [, edition]) returns a built-in rule set: the
 * current edition, or the one asked for
 */
Datum
claim_classifier(PG_FUNCTION_ARGS)
{
	int32		edition = PG_NARGS() > 1 ? PG_GETARG_INT32(1) : RULES_BUILTIN_EDITION;

	PG_RETURN_CLASSIFIER_P(builtin_classifier(text_to_cstring(PG_GETARG_TEXT_PP(0)), edition));
}

/*
 * The planner support of the stable claim_classifier(dimension): in a query
 * being planned, a constant dimension is replaced by the rule set itself, so
 * that classify sees a constant classifier and compiles it once, as it did
 * when the function was immutable.  This is exact: the result depends only
 * on the library, which a backend loads once.  Outside planning (root is
 * NULL: the mutability checks of index expressions and generated columns)
 * nothing is folded, so those still see a stable function and refuse it.
 */
Datum
claim_classifier_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestSimplify *req;
	FuncExpr   *call;
	Const	   *dimension;

	if (!IsA(rawreq, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestSimplify *) rawreq;
	call = req->fcall;
	if (req->root == NULL || list_length(call->args) != 1 || !IsA(linitial(call->args), Const))
		PG_RETURN_POINTER(NULL);
	dimension = (Const *) linitial(call->args);
	if (dimension->constisnull)
		PG_RETURN_POINTER(NULL);
	PG_RETURN_POINTER(makeConst(call->funcresulttype, -1, InvalidOid, -1,
								PointerGetDatum(builtin_classifier(TextDatumGetCString(dimension->constvalue),
																   RULES_BUILTIN_EDITION)),
								false, false));
}

/*
 * classifier_terms(classifier) returns the rules as rows: label, term
 * (normalized), weight; a model has no terms and returns no rows
 */
Datum
classifier_terms(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ClassifierView v;

	classifier_view(PG_GETARG_CLASSIFIER_P(0), &v);
	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; v.terms != NULL && i < v.c->nitems; i++)
	{
		const ClassifierTerm *t = &v.terms[i];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		CHECK_FOR_INTERRUPTS();
		values[0] = CStringGetTextDatum(classifier_label(&v, t->label));
		values[1] = PointerGetDatum(cstring_to_text_with_len(v.strings + t->text_off, t->text_len));
		values[2] = NumericGetDatum(int64_div_fast_to_numeric(t->weight, 3));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
