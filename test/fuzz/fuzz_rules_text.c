/*
 * fuzz_rules_text.c
 *		classifier text input for rule sets (classifier_in -> rules_from_text:
 *		the grammar, NFC/case/space normalization of terms, duplicate
 *		detection, classifier_from_draft), then the round trips of an
 *		accepted rule set.  Texts that start with the naive_bayes prefix are
 *		left to fuzz_bayes_text.
 */
#include "fuzz.h"

#include "bayes.h"

static void
one(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);
	const char *p = text;
	Datum		c;

	if (text == NULL)
		return;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (strncmp(p, BAYES_TEXT_PREFIX, strlen(BAYES_TEXT_PREFIX)) == 0)
		return;
	c = fuzz_call_in(fuzz_classifier.in, text);
	if (fuzz_ignore_known() && (known_f23_rules(c) || known_f5_rules(c) || known_f67_rules(c)))
	{
		fuzz_skip();
		return;
	}
	fuzz_round_trips(&fuzz_classifier, c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
