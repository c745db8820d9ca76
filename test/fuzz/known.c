/*
 * known.c
 *		Recognize values that hit a reported, not yet fixed finding (see
 *		crashes/README.md), so that test/fuzz/run --ignore-known can look past
 *		them.  Without --ignore-known nothing here is consulted.
 */
#include "fuzz.h"

#include "classifier.h"
#include "normalize.h"
#include "report.h"
#include "schedule.h"

/* The arrays of a classifier of the given kind; false for the other kind */
static bool
view_of(Datum value, int kind, ClassifierView *v)
{
	const Classifier *c = DatumGetClassifierP(value);

	if (c->kind != kind)
		return false;
	classifier_view(c, v);
	return true;
}

/* F1: an unbounded tier whose outcome fields contradict its flags */
bool
known_f1_schedule(Datum value)
{
	const PayoutSchedule *s = DatumGetPayoutScheduleP(value);

	for (int i = 0; i < s->ntiers; i++)
	{
		const ScheduleTier *t = &s->tiers[i];

		if (!(t->flags & TIER_UNBOUNDED))
			continue;
		if (!(t->flags & TIER_HAS_RATE) && !dec_is_zero(t->rate))
			return true;
		if ((t->flags & TIER_REVIEW) &&
			(!dec_is_zero(t->fixed) || !dec_is_zero(t->rate) || (t->flags & TIER_HAS_RATE)))
			return true;
	}
	return false;
}

bool
known_f1_report(Datum value)
{
	ReportParts parts;

	report_read(DatumGetPayoutReportP(value), &parts);
	return known_f1_schedule(PointerGetDatum(parts.schedule));
}

/*
 * F2, F3: a rule set whose stored order the canonical text does not keep:
 * terms not grouped by label in label order (F2), or a label without terms
 * (the default) before a label with terms (F3).
 */
bool
known_f23_rules(Datum value)
{
	ClassifierView v;
	int		   *count;

	if (!view_of(value, CLASSIFIER_RULES, &v))
		return false;
	count = palloc0(sizeof(int) * v.c->nlabels);
	for (int i = 0; i < v.c->nitems; i++)
	{
		if (i > 0 && v.terms[i].label < v.terms[i - 1].label)
			return true;
		count[v.terms[i].label]++;
	}
	for (int l = 0; l < v.c->nlabels - 1; l++)
	{
		if (count[l] == 0)
			return true;
	}
	return false;
}

/*
 * F5: a stored term that normalizes to something else when read again
 * (normalization is not idempotent), so the text round trip changes it.
 */
bool
known_f5_rules(Datum value)
{
	ClassifierView v;

	if (!view_of(value, CLASSIFIER_RULES, &v))
		return false;
	for (int i = 0; i < v.c->nitems; i++)
	{
		const char *text = v.strings + v.terms[i].text_off;
		NormText	norm;
		char	   *again;

		normalize_text(text, v.terms[i].text_len, &norm);
		again = norm_to_utf8(norm.chars, norm.len);
		if ((int) strlen(again) != v.terms[i].text_len ||
			memcmp(again, text, v.terms[i].text_len) != 0)
			return true;
	}
	return false;
}

/*
 * F6: a label that the rule grammar cannot spell (binary input only);
 * F7: a rule set whose text starts with the naive_bayes prefix.
 */
bool
known_f67_rules(Datum value)
{
	ClassifierView v;

	if (!view_of(value, CLASSIFIER_RULES, &v))
		return false;
	for (int l = 0; l < v.c->nlabels; l++)
	{
		const char *name = v.strings + v.labels[l].name_off;

		for (int i = 0; i < v.labels[l].name_len; i++)
		{
			char		ch = name[i];

			if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
				  (i > 0 && ch >= '0' && ch <= '9')))
				return true;
		}
		if (l == 0 && v.labels[l].name_len >= 11 && strncmp(name, "naive_bayes", 11) == 0)
			return true;
	}
	return false;
}

/* F8: a report whose totals overflow (its text form cannot be printed) */
bool
known_f8_report(Datum value)
{
	ReportParts parts;
	ReportTotals totals;

	/* raises 22003, which the caller counts as a rejection */
	report_read(DatumGetPayoutReportP(value), &parts);
	report_totals(&parts, &totals);
	return false;
}

/* F9: a model count above what the text form reads (INT64_MAX / 10) */
bool
known_f9_bayes(Datum value)
{
	ClassifierView v;

	if (!view_of(value, CLASSIFIER_BAYES, &v))
		return false;
	for (int l = 0; l < v.c->nlabels; l++)
	{
		if (v.stats[l].docs > PG_INT64_MAX / 10 || v.stats[l].features > PG_INT64_MAX / 10)
			return true;
	}
	return false;
}

/* F10: the same term twice in one rule (binary input only) */
bool
known_f10_rules(Datum value)
{
	ClassifierView v;

	if (!view_of(value, CLASSIFIER_RULES, &v))
		return false;
	for (int i = 0; i < v.c->nitems; i++)
	{
		for (int j = 0; j < i; j++)
		{
			const ClassifierTerm *a = &v.terms[i];
			const ClassifierTerm *b = &v.terms[j];

			if (a->label == b->label && a->text_len == b->text_len &&
				memcmp(v.strings + a->text_off, v.strings + b->text_off, a->text_len) == 0)
				return true;
		}
	}
	return false;
}

/*
 * F11: a number of 19 digits or more in a model's text can overflow
 * parse_int (signed overflow: undefined, and with -fwrapv a wrong count)
 */
bool
known_f11_bayes_text(const char *text)
{
	int			run = 0;

	for (const char *p = text; *p; p++)
	{
		run = (*p >= '0' && *p <= '9') ? run + 1 : 0;
		if (run >= 19)
			return true;
	}
	return false;
}
