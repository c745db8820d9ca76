/*
 * classifier_io.c
 *		classifier input/output (text and binary): the dispatch between the
 *		three kinds, whose forms live in rules_io.c and rules_parse.c (rule
 *		sets), bayes_io.c and linear_io.c (trained models).
 *
 * A trained model's text starts with "naive_bayes" (see bayes_io.c) or
 * "linear" (linear_io.c); anything else is a rule set.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "libpq/pqformat.h"

#include "bayes.h"
#include "classifier.h"
#include "linear.h"
#include "text_cursor.h"

PG_FUNCTION_INFO_V1(classifier_in);
PG_FUNCTION_INFO_V1(classifier_out);
PG_FUNCTION_INFO_V1(classifier_recv);
PG_FUNCTION_INFO_V1(classifier_send);

void
classifier_append_text(StringInfo buf, const ClassifierView *v)
{
	if (v->c->kind == CLASSIFIER_RULES)
		rules_append_text(buf, v);
	else if (v->c->kind == CLASSIFIER_LINEAR)
		linear_append_text(buf, v);
	else
		bayes_append_text(buf, v);
}

/* Does p start with prefix, white space and "hash_bits=", as a model's text does? */
static bool
is_model_text(const char *p, const char *prefix)
{
	const char *q = p + strlen(prefix);

	if (strncmp(p, prefix, strlen(prefix)) != 0 || !text_is_space(*q))
		return false;
	while (text_is_space(*q))
		q++;
	return strncmp(q, "hash_bits=", 10) == 0;
}

/* classifier_in(cstring) parses a rule set or a trained model's text */
Datum
classifier_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	const char *p = text;

	while (text_is_space(*p))
		p++;
	/* a model starts "naive_bayes hash_bits=" or "linear hash_bits="; a rule's label is followed by ':' */
	if (is_model_text(p, BAYES_TEXT_PREFIX))
		PG_RETURN_CLASSIFIER_P(bayes_from_text(text));
	if (is_model_text(p, LINEAR_TEXT_PREFIX))
		PG_RETURN_CLASSIFIER_P(linear_from_text(text));
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

/* classifier_recv(internal) reads the binary form, as strictly as text */
Datum
classifier_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int			kind = pq_getmsgbyte(buf);
	Classifier *c;

	if (version != CLASSIFIER_VERSION)
		classifier_binary_fail(psprintf("Unsupported format version %d.", version));
	if (kind == CLASSIFIER_RULES)
		c = rules_recv(buf);
	else if (kind == CLASSIFIER_BAYES)
		c = bayes_recv(buf);
	else if (kind == CLASSIFIER_LINEAR)
		c = linear_recv(buf);
	else
		classifier_binary_fail(psprintf("Unknown classifier kind %d.", kind));
	if (buf->cursor != buf->len)
		classifier_binary_fail("Trailing bytes.");
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
	else if (v.c->kind == CLASSIFIER_LINEAR)
		linear_send(&buf, &v);
	else
		bayes_send(&buf, &v);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

