/*
 * fuzz_linear_text.c
 *		classifier text input for linear models (classifier_in ->
 *		linear_from_text, linear_check_draft), then the round trips of an
 *		accepted model.  The harness adds "linear hash_bits=" when the input
 *		does not start with it, so that every input reaches the model grammar.
 */
#include "fuzz.h"

#include "linear.h"

#define PREFIX	LINEAR_TEXT_PREFIX " hash_bits="

/* Does text start (after white space) as classifier_in's linear models do? */
static bool
has_prefix(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (strncmp(p, LINEAR_TEXT_PREFIX, strlen(LINEAR_TEXT_PREFIX)) != 0)
		return false;
	p += strlen(LINEAR_TEXT_PREFIX);
	if (!(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		return false;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return strncmp(p, "hash_bits=", 10) == 0;
}

static void
one(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);

	if (text == NULL)
		return;
	if (!has_prefix(text))
		text = psprintf("%s%s", PREFIX, text);
	fuzz_round_trips(&fuzz_classifier, fuzz_call_in(fuzz_classifier.in, text));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(one, data, size);
}
