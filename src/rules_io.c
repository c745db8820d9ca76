/*
 * rules_io.c
 *		The text and binary forms of a rule set (the grammar that reads the
 *		text is rules_parse.c).
 *
 * A rule set's canonical text is one statement per label, in rule order,
 * terms in the order written, then the default:
 *
 *	 paid_service: 유료, 결제, subscription, refund^2; protest: 항의, lawsuit; default inquiry
 */
#include "postgres.h"
#include "pg_compat.h"

#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "classifier.h"
#include "normalize.h"

/* A term can be written bare when the grammar would read it back unchanged */
static bool
term_is_bare(const char *s, int len)
{
	for (int i = 0; i < len; i++)
	{
		if (strchr(",;:#^\"\n\r\t", s[i]) != NULL)
			return false;
	}
	return len > 0;
}

static void
append_weight(StringInfo buf, int32 milli)
{
	appendStringInfo(buf, "^%d", milli / WEIGHT_SCALE);
	if (milli % WEIGHT_SCALE != 0)
	{
		char		frac[8];
		int			n;

		snprintf(frac, sizeof(frac), "%03d", milli % WEIGHT_SCALE);
		for (n = 3; n > 0 && frac[n - 1] == '0'; n--)
			;
		appendStringInfo(buf, ".%.*s", n, frac);
	}
}

/* The canonical text of a rule set */
void
rules_append_text(StringInfo buf, const ClassifierView *v)
{
	const Classifier *c = v->c;
	int		   *count = palloc0(sizeof(int) * c->nlabels);
	bool		first_statement = true;

	for (int i = 0; i < c->nitems; i++)
		count[v->terms[i].label]++;
	for (int label = 0; label < c->nlabels; label++)
	{
		bool		first_term = true;

		if (count[label] == 0)
			continue;
		if (!first_statement)
			appendStringInfoString(buf, "; ");
		first_statement = false;
		appendBinaryStringInfo(buf, v->strings + v->labels[label].name_off, v->labels[label].name_len);
		appendStringInfoString(buf, ": ");
		for (int i = 0; i < c->nitems; i++)
		{
			const ClassifierTerm *t = &v->terms[i];
			const char *text = v->strings + t->text_off;

			CHECK_FOR_INTERRUPTS();
			if (t->label != label)
				continue;
			if (!first_term)
				appendStringInfoString(buf, ", ");
			first_term = false;
			if (term_is_bare(text, t->text_len))
				appendBinaryStringInfo(buf, text, t->text_len);
			else
				append_quoted(buf, text, t->text_len);
			if (t->weight != WEIGHT_SCALE)
				append_weight(buf, t->weight);
		}
	}
	if (c->default_label >= 0)
	{
		if (!first_statement)
			appendStringInfoString(buf, "; ");
		appendStringInfoString(buf, "default ");
		appendBinaryStringInfo(buf, v->strings + v->labels[c->default_label].name_off,
							   v->labels[c->default_label].name_len);
	}
}

/*
 * Binary form of a rule set: kind, labels (length-prefixed UTF-8), default,
 * terms (label, weight, length-prefixed text).  The terms go through
 * normalization again, so a client cannot store a term the text form could
 * not have produced.
 */
static char *
recv_string(StringInfo buf, int *len, int max)
{
	const char *raw;

	*len = (int) pq_getmsgint(buf, 4);
	if (*len < 1 || *len > max || *len > buf->len - buf->cursor)
		classifier_binary_fail(psprintf("Invalid string length %d.", *len));
	raw = pq_getmsgbytes(buf, *len);
	/* verify the bytes received, before a copy could stop at a zero byte */
	pg_verifymbstr(raw, *len, false);
	return pnstrdup(raw, *len);
}

Classifier *
rules_recv(StringInfo buf)
{
	ClassifierDraft d;
	int			nlabels = (int) pq_getmsgint(buf, 4);
	int			nterms;
	int		   *count;

	check_utf8_database();
	draft_classifier_init(&d, CLASSIFIER_RULES);
	if (nlabels < 1 || nlabels > CLASSIFIER_MAX_LABELS)
		classifier_binary_fail(psprintf("Invalid label count %d.", nlabels));
	for (int i = 0; i < nlabels; i++)
	{
		int			len;
		char	   *name = recv_string(buf, &len, CLASSIFIER_MAX_LABEL_BYTES);

		if (!is_label_name(name, len))
			classifier_binary_fail("A label is not a name of letters, digits and _.");
		if (draft_label(&d, name, len) != i)
			classifier_binary_fail("Duplicate label.");
		if (draft_find_case_twin(&d, i) >= 0)
			classifier_binary_fail("Two labels differ only in case.");
	}
	d.default_label = (int) pq_getmsgint(buf, 4);
	if (d.default_label < -1 || d.default_label >= nlabels)
		classifier_binary_fail("Invalid default label.");
	nterms = (int) pq_getmsgint(buf, 4);
	if (nterms < 0 || nterms > CLASSIFIER_MAX_TERMS || nterms > (buf->len - buf->cursor) / 13)
		classifier_binary_fail(psprintf("Invalid term count %d.", nterms));
	count = palloc0(sizeof(int) * nlabels);
	for (int i = 0; i < nterms; i++)
	{
		int			label = (int) pq_getmsgint(buf, 4);
		int32		weight = (int32) pq_getmsgint(buf, 4);
		int			len;
		char	   *raw;
		NormText	norm;
		char	   *text;

		CHECK_FOR_INTERRUPTS();
		if (label < 0 || label >= nlabels || weight < 1 || weight > WEIGHT_MAX)
			classifier_binary_fail(psprintf("Invalid label or weight in term %d.", i + 1));
		raw = recv_string(buf, &len, CLASSIFIER_MAX_TERM_CHARS * 4);
		normalize_text(raw, len, &norm);
		if (norm.len == 0 || norm.len > CLASSIFIER_MAX_TERM_CHARS)
			classifier_binary_fail(psprintf("Term %d is empty or too long.", i + 1));
		text = norm_to_utf8(norm.chars, norm.len);
		draft_add_term(&d, label, text, strlen(text), weight);
		count[label]++;
	}
	for (int i = 0; i < nlabels; i++)
	{
		if (count[i] == 0 && i != d.default_label)
			classifier_binary_fail("A label has no terms and is not the default.");
	}
	if (draft_find_duplicate(&d) >= 0)
		classifier_binary_fail("A term appears twice in the rule for one label.");
	return classifier_from_draft(&d);
}

void
rules_send(StringInfo buf, const ClassifierView *v)
{
	const Classifier *c = v->c;

	pq_sendint32(buf, c->nlabels);
	for (int i = 0; i < c->nlabels; i++)
	{
		pq_sendint32(buf, v->labels[i].name_len);
		pq_sendbytes(buf, v->strings + v->labels[i].name_off, v->labels[i].name_len);
	}
	pq_sendint32(buf, c->default_label);
	pq_sendint32(buf, c->nitems);
	for (int i = 0; i < c->nitems; i++)
	{
		pq_sendint32(buf, v->terms[i].label);
		pq_sendint32(buf, v->terms[i].weight);
		pq_sendint32(buf, v->terms[i].text_len);
		pq_sendbytes(buf, v->strings + v->terms[i].text_off, v->terms[i].text_len);
	}
}

