/*
 * classifier_funcs.c
 *		SQL functions over classifiers: combining rule sets, the built-in
 *		rule sets, listing a rule set's terms.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "classifier.h"

PG_FUNCTION_INFO_V1(classifier_combine);
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
Datum
classifier_combine(PG_FUNCTION_ARGS)
{
	ClassifierView a;
	ClassifierView b;
	ClassifierDraft d;

	classifier_view(PG_GETARG_CLASSIFIER_P(0), &a);
	classifier_view(PG_GETARG_CLASSIFIER_P(1), &b);
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
	{
		const ClassifierView *from = (b.c->default_label >= 0) ? &b : &a;

		if (from->c->default_label >= 0)
		{
			const ClassifierLabel *l = &from->labels[from->c->default_label];

			d.default_label = draft_label(&d, from->strings + l->name_off, l->name_len);
		}
	}
	PG_RETURN_CLASSIFIER_P(classifier_from_draft(&d));
}

/* claim_classifier(dimension) returns a built-in rule set */
Datum
claim_classifier(PG_FUNCTION_ARGS)
{
	char	   *dimension = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const char *rules = builtin_rules_text(dimension);

	if (rules == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no built-in classifier for \"%s\"", dimension),
				 errhint("The built-in dimensions are damage_type, service and reporter.")));
	PG_RETURN_CLASSIFIER_P(rules_from_text(rules));
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
