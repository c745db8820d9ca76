/*
 * linear_options.c
 *		The method and options of train_classifier(text, label, method,
 *		options).
 *
 * method: 'naive_bayes' or 'linear'.  options: settings separated by white
 * space, each name=value, each at most once, names in lower case:
 *
 *	 c=1				linear: the SVM's C, a decimal number 1e-6 .. 1e6
 *	 ngrams=1-4			linear: n-gram lengths a-b (or one length n), 1..8
 *	 bits=20			linear: hash into 2^bits buckets, 1 .. 24
 *	 class_weight=none	linear: none, or balanced (C times n / (k * n_label))
 *	 max_rows=10000000	both: more training rows than this is an error (54000)
 *
 * Anything else is 22023 naming the setting.  naive_bayes has fixed
 * features (bayes.h) and takes max_rows only.
 */
#include "postgres.h"
#include "pg_compat.h"

#include <math.h>

#include "utils/builtins.h"

#include "bayes.h"
#include "linear.h"
#include "text_cursor.h"

#define MAX_ROWS_OPTION		999999999	/* the most small_int reads */

pg_noreturn static void
bad_option(const char *name, const char *value, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("train_classifier: invalid option \"%s\" = \"%s\"", name, value),
			 errdetail("%s", detail)));
}

/* A whole decimal number of at most 9 digits, or -1 */
static int64
small_int(const char *s)
{
	int64		v = 0;

	if (*s == '\0' || strlen(s) > 9)
		return -1;
	for (; *s; s++)
	{
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

/* c: digits with an optional fraction and exponent, no sign, inf or nan */
static double
parse_c(const char *value)
{
	char	   *end;
	double		c;

	if (!(value[0] >= '0' && value[0] <= '9') || strspn(value, "0123456789.eE+-") != strlen(value))
		bad_option("c", value, "C is a positive decimal number such as 1, 0.5 or 1e-3.");
	c = strtod(value, &end);
	if (*end != '\0' || !isfinite(c) || c < LINEAR_MIN_C || c > LINEAR_MAX_C)
		bad_option("c", value, "C is a positive decimal number between 1e-6 and 1e6.");
	return c;
}

static void
parse_ngrams(const char *value, TrainOptions *o)
{
	const char *dash = strchr(value, '-');
	int64		lo;
	int64		hi;

	if (dash == NULL)
		lo = hi = small_int(value);
	else
	{
		lo = small_int(pnstrdup(value, dash - value));
		hi = small_int(dash + 1);
	}
	if (lo < 1 || hi < lo || hi > LINEAR_MAX_NGRAM)
		bad_option("ngrams", value,
				   psprintf("ngrams is a range a-b of n-gram lengths with 1 <= a <= b <= %d, or one length.",
							LINEAR_MAX_NGRAM));
	o->ngram_min = (int) lo;
	o->ngram_max = (int) hi;
}

/* Set one option; seen[] catches a repeated name */
static void
set_option(TrainOptions *o, const char *name, const char *value, bool *seen)
{
	static const char *const names[] = {"c", "ngrams", "bits", "class_weight", "max_rows"};
	int			k = -1;
	int64		n;

	for (int i = 0; i < (int) lengthof(names); i++)
	{
		if (strcmp(name, names[i]) == 0)
			k = i;
	}
	if (k < 0)
		bad_option(name, value, "The options are c, ngrams, bits, class_weight and max_rows.");
	if (seen[k])
		bad_option(name, value, "Each option may be given once.");
	seen[k] = true;
	if (o->method == TRAIN_NAIVE_BAYES && k != 4)
		bad_option(name, value, "Method naive_bayes has fixed features and takes max_rows only.");
	switch (k)
	{
		case 0:
			o->c = parse_c(value);
			break;
		case 1:
			parse_ngrams(value, o);
			break;
		case 2:
			n = small_int(value);
			if (n < 1 || n > 24)
				bad_option(name, value, "bits is a whole number from 1 to 24.");
			o->hash_bits = (int) n;
			break;
		case 3:
			if (strcmp(value, "none") == 0)
				o->class_weight = LINEAR_WEIGHT_NONE;
			else if (strcmp(value, "balanced") == 0)
				o->class_weight = LINEAR_WEIGHT_BALANCED;
			else
				bad_option(name, value, "class_weight is none or balanced.");
			break;
		default:
			n = small_int(value);
			if (n < 1 || n > MAX_ROWS_OPTION)
				bad_option(name, value, "max_rows is a whole number from 1 to 999999999.");
			o->max_rows = n;
			break;
	}
}

/* Parse method and options (options NULL: the defaults) into o */
void
train_options_parse(const char *method, const char *options, TrainOptions *o)
{
	bool		seen[5] = {false, false, false, false, false};
	const char *p = options;

	memset(o, 0, sizeof(TrainOptions));
	if (strcmp(method, "naive_bayes") == 0)
		o->method = TRAIN_NAIVE_BAYES;
	else if (strcmp(method, "linear") == 0)
		o->method = TRAIN_LINEAR;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("train_classifier: unknown method \"%s\"", method),
				 errdetail("The methods are naive_bayes and linear.")));
	o->hash_bits = o->method == TRAIN_LINEAR ? LINEAR_DEFAULT_BITS : BAYES_HASH_BITS;
	o->ngram_min = 1;
	o->ngram_max = o->method == TRAIN_LINEAR ? LINEAR_DEFAULT_NGRAM_MAX : BAYES_MAX_NGRAM;
	o->c = o->method == TRAIN_LINEAR ? LINEAR_DEFAULT_C : 0;
	o->class_weight = LINEAR_WEIGHT_NONE;
	o->max_rows = TRAIN_DEFAULT_MAX_ROWS;
	while (p != NULL && *p != '\0')
	{
		const char *start;
		const char *eq;
		char	   *item;

		while (text_is_space(*p))
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && !text_is_space(*p))
			p++;
		item = pnstrdup(start, p - start);
		eq = strchr(item, '=');
		if (eq == NULL)
			bad_option(item, "", "An option is written name=value, such as c=0.5.");
		set_option(o, pnstrdup(item, eq - item), eq + 1, seen);
	}
}

bool
train_options_equal(const TrainOptions *a, const TrainOptions *b)
{
	return a->method == b->method && a->hash_bits == b->hash_bits &&
		a->ngram_min == b->ngram_min && a->ngram_max == b->ngram_max &&
		a->class_weight == b->class_weight && a->c == b->c && a->max_rows == b->max_rows;
}

const char *
train_method_name(int method)
{
	return method == TRAIN_LINEAR ? "linear" : "naive_bayes";
}

const char *
linear_class_weight_name(int class_weight)
{
	return class_weight == LINEAR_WEIGHT_BALANCED ? "balanced" : "none";
}

/*
 * Could train_options_parse have made o?  For options read back from an
 * aggregate state (train_buffer.c).
 */
bool
train_options_valid(const TrainOptions *o)
{
	if (o->max_rows < 1 || o->max_rows > MAX_ROWS_OPTION || o->class_weight < LINEAR_WEIGHT_NONE ||
		o->class_weight > LINEAR_WEIGHT_BALANCED)
		return false;
	if (o->method == TRAIN_NAIVE_BAYES)
		return o->hash_bits == BAYES_HASH_BITS && o->ngram_min == 1 && o->ngram_max == BAYES_MAX_NGRAM &&
			o->class_weight == LINEAR_WEIGHT_NONE && o->c == 0;
	return o->method == TRAIN_LINEAR && o->hash_bits >= 1 && o->hash_bits <= 24 &&
		o->ngram_min >= 1 && o->ngram_min <= o->ngram_max && o->ngram_max <= LINEAR_MAX_NGRAM &&
		o->c >= LINEAR_MIN_C && o->c <= LINEAR_MAX_C;
}
