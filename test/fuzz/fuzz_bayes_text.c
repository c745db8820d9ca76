/*
 * fuzz_bayes_text.c
 *		classifier text input for trained models (classifier_in ->
 *		bayes_from_text, bayes_check_draft), then the round trips of an
 *		accepted model.  The harness adds the "naive_bayes" prefix when the
 *		input lacks it, so that every input reaches the model grammar.
 */
#include "fuzz.h"

#include "bayes.h"

static void
one(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);
	const char *p = text;

	if (text == NULL)
		return;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (strncmp(p, BAYES_TEXT_PREFIX, strlen(BAYES_TEXT_PREFIX)) != 0)
		text = psprintf("%s%s", BAYES_TEXT_PREFIX, text);
	if (fuzz_ignore_known() && known_f11_bayes_text(text))
	{
		fuzz_skip();
		return;
	}
	fuzz_round_trips(&fuzz_classifier, fuzz_call_in(fuzz_classifier.in, text));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
