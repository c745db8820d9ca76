/*
 * classifier_io.c
 *		classifier input/output (text and binary), the canonical text of a
 *		rule set, and combining rule sets.
 *
 * A rule set's canonical text is one statement per label, in rule order,
 * terms in the order written, then the default:
 *
 *	 paid_service: 유료, 결제, subscription, refund^2; protest: 항의, lawsuit; default inquiry
 *
 * A trained model's text starts with "naive_bayes" (see bayes_io.c).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "bayes.h"
#include "classifier.h"
#include "normalize.h"

PG_FUNCTION_INFO_V1(classifier_in);
PG_FUNCTION_INFO_V1(classifier_out);
PG_FUNCTION_INFO_V1(classifier_recv);
PG_FUNCTION_INFO_V1(classifier_send);
PG_FUNCTION_INFO_V1(classifier_combine);
PG_FUNCTION_INFO_V1(claim_classifier);
PG_FUNCTION_INFO_V1(classifier_terms);

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

/* Append a string as a double-quoted token, "" for a quote */
void
append_quoted(StringInfo buf, const char *s, int len)
{
	appendStringInfoChar(buf, '"');
	for (int i = 0; i < len; i++)
	{
		if (s[i] == '"')
			appendStringInfoChar(buf, '"');
		appendStringInfoChar(buf, s[i]);
	}
	appendStringInfoChar(buf, '"');
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
static void
append_rules(StringInfo buf, const ClassifierView *v)
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

void
classifier_append_text(StringInfo buf, const ClassifierView *v)
{
	if (v->c->kind == CLASSIFIER_RULES)
		append_rules(buf, v);
	else
		bayes_append_text(buf, v);
}

/* classifier_in(cstring) parses a rule set or a trained model's text */
Datum
classifier_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	const char *p = text;

	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	/* a model starts "naive_bayes hash_bits="; a rule's label is followed by ':' */
	if (strncmp(p, BAYES_TEXT_PREFIX, strlen(BAYES_TEXT_PREFIX)) == 0)
	{
		const char *q = p + strlen(BAYES_TEXT_PREFIX);

		while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
			q++;
		if (q > p + strlen(BAYES_TEXT_PREFIX) && strncmp(q, "hash_bits=", 10) == 0)
			PG_RETURN_CLASSIFIER_P(bayes_from_text(text));
	}
	PG_RETURN_CLASSIFIER_P(rules_from_text(text));
}

/* classifier_out(classifier) returns the canonical text */
Datum
classifier_out(PG_FUNCTION_ARGS)
{
	ClassifierView v;
	StringInfoData buf;

	classifier_view(PG_GETARG_CLASSIFIER_P(0), &v);
	initStringInfo(&buf);
	classifier_append_text(&buf, &v);
	PG_RETURN_CSTRING(buf.data);
}

pg_noreturn static void
binary_fail(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary data for type classifier"),
			 errdetail("%s", detail)));
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
		binary_fail(psprintf("Invalid string length %d.", *len));
	raw = pq_getmsgbytes(buf, *len);
	/* verify the bytes received, before a copy could stop at a zero byte */
	pg_verifymbstr(raw, *len, false);
	return pnstrdup(raw, *len);
}

static Classifier *
rules_recv(StringInfo buf)
{
	ClassifierDraft d;
	int			nlabels = (int) pq_getmsgint(buf, 4);
	int			nterms;
	int		   *count;

	check_utf8_database();
	draft_classifier_init(&d, CLASSIFIER_RULES);
	if (nlabels < 1 || nlabels > CLASSIFIER_MAX_LABELS)
		binary_fail(psprintf("Invalid label count %d.", nlabels));
	for (int i = 0; i < nlabels; i++)
	{
		int			len;
		char	   *name = recv_string(buf, &len, CLASSIFIER_MAX_LABEL_BYTES);

		if (!is_label_name(name, len))
			binary_fail("A label is not a name of letters, digits and _.");
		if (draft_label(&d, name, len) != i)
			binary_fail("Duplicate label.");
	}
	d.default_label = (int) pq_getmsgint(buf, 4);
	if (d.default_label < -1 || d.default_label >= nlabels)
		binary_fail("Invalid default label.");
	nterms = (int) pq_getmsgint(buf, 4);
	if (nterms < 0 || nterms > CLASSIFIER_MAX_TERMS || nterms > (buf->len - buf->cursor) / 13)
		binary_fail(psprintf("Invalid term count %d.", nterms));
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
			binary_fail(psprintf("Invalid label or weight in term %d.", i + 1));
		raw = recv_string(buf, &len, CLASSIFIER_MAX_TERM_CHARS * 4);
		normalize_text(raw, len, &norm);
		if (norm.len == 0 || norm.len > CLASSIFIER_MAX_TERM_CHARS)
			binary_fail(psprintf("Term %d is empty or too long.", i + 1));
		text = norm_to_utf8(norm.chars, norm.len);
		draft_add_term(&d, label, text, strlen(text), weight);
		count[label]++;
	}
	for (int i = 0; i < nlabels; i++)
	{
		if (count[i] == 0 && i != d.default_label)
			binary_fail("A label has no terms and is not the default.");
	}
	if (draft_find_duplicate(&d) >= 0)
		binary_fail("A term appears twice in the rule for one label.");
	return classifier_from_draft(&d);
}

static void
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

/* classifier_recv(internal) reads the binary form, as strictly as text */
Datum
classifier_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int			kind = pq_getmsgbyte(buf);
	Classifier *c;

	if (version != CLASSIFIER_VERSION)
		binary_fail(psprintf("Unsupported format version %d.", version));
	if (kind == CLASSIFIER_RULES)
		c = rules_recv(buf);
	else if (kind == CLASSIFIER_BAYES)
		c = bayes_recv(buf);
	else
		binary_fail(psprintf("Unknown classifier kind %d.", kind));
	if (buf->cursor != buf->len)
		binary_fail("Trailing bytes.");
	PG_RETURN_CLASSIFIER_P(c);
}

/* classifier_send(classifier) returns the binary form */
Datum
classifier_send(PG_FUNCTION_ARGS)
{
	ClassifierView v;
	StringInfoData buf;

	classifier_view(PG_GETARG_CLASSIFIER_P(0), &v);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CLASSIFIER_VERSION);
	pq_sendbyte(&buf, v.c->kind);
	if (v.c->kind == CLASSIFIER_RULES)
		rules_send(&buf, &v);
	else
		bayes_send(&buf, &v);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

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
