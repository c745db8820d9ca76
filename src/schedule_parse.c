/*
 * schedule_parse.c
 *		The text grammar of payout_schedule.
 *
 *	schedule := [mode] tier {',' tier} {option}
 *	mode	 := 'volume' | 'graduated'
 *	tier	 := ('[' | '(') number ',' [number] (']' | ')') '=>' outcome
 *	outcome  := 'review' | number | number '%' | number '+' number '%'
 *	option	 := 'deductible' number | 'minimum' number
 *			  | 'cap' number [('after' | 'before') 'rounding']
 *			  | 'round' number [round_mode] | 'threshold' number
 *	round_mode := 'half_up' | 'half_even' | 'half_down' | 'down' | 'up'
 *
 * Numbers are unsigned plain decimals (no exponent).  Keywords are
 * case-insensitive, white space is free between tokens.  Each step is a small
 * parse_* function; every error names the character position it is at, and
 * where a likely slip is recognized (a thousands separator, a misspelt
 * keyword, the rate before the fixed amount) a HINT says what to write.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"

#include "schedule.h"
#include "text_cursor.h"

#define MAX_WORD			32

/* The option keywords, in canonical order, for hints */
static const char *const option_words[] = {"deductible", "minimum", "cap", "round", "threshold", NULL};

/* The parser's state is the shared text cursor (text_cursor.h) */
typedef TextCursor ParseState;

/* What stands at the cursor, for "expected X, found Y": a word or a character */
static const char *
found(ParseState *ps)
{
	int			len = 0;

	if (*ps->p == '\0')
		return "end of input";
	while (len < MAX_WORD && ((ps->p[len] >= 'a' && ps->p[len] <= 'z') ||
							  (ps->p[len] >= 'A' && ps->p[len] <= 'Z')))
		len++;
	if (len == 0)
		len = pg_mblen(ps->p);
	return psprintf("\"%.*s\"", len, ps->p);
}

/*
 * The Levenshtein distance of two words shorter than MAX_WORD (peek_word
 * cuts longer ones)
 */
static int
edit_distance(const char *a, const char *b)
{
	int			la = (int) strlen(a);
	int			lb = (int) strlen(b);
	int			row[MAX_WORD + 1];

	Assert(la < MAX_WORD && lb < MAX_WORD);
	for (int j = 0; j <= lb; j++)
		row[j] = j;
	for (int i = 1; i <= la; i++)
	{
		int			diagonal = row[0];

		row[0] = i;
		for (int j = 1; j <= lb; j++)
		{
			int			above = row[j];
			int			best = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);

			best = Min(best, above + 1);
			best = Min(best, row[j - 1] + 1);
			row[j] = best;
			diagonal = above;
		}
	}
	return row[lb];
}

/*
 * If word (lower-cased) is a misspelling of one of the keywords allowed where
 * it stands (a NULL-terminated list), set the hint "Did you mean ...?".  A
 * misspelling is 1 or 2 edits away, and fewer edits than either word has
 * letters (so that "on" does not suggest "up"); on a tie the keyword listed
 * first wins.
 */
static void
suggest_keyword(ParseState *ps, const char *word, const char *const *keywords)
{
	const char *best = NULL;
	int			best_distance = 3;

	for (int i = 0; keywords[i] != NULL; i++)
	{
		int			d = edit_distance(word, keywords[i]);

		if (d >= 1 && d < best_distance && d < (int) strlen(word) && d < (int) strlen(keywords[i]))
		{
			best = keywords[i];
			best_distance = d;
		}
	}
	if (best != NULL)
		ps->hint = psprintf("Did you mean \"%s\"?", best);
}

/* Read a keyword-like word [A-Za-z_] into buf (lower-cased); false if none */
static bool
peek_word(ParseState *ps, char *buf, int *len)
{
	int			n = 0;
	const char *q = ps->p;

	while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '_')
	{
		if (n < MAX_WORD - 1)
			buf[n++] = pg_ascii_tolower((unsigned char) *q);
		q++;
	}
	buf[n] = '\0';
	*len = (int) (q - ps->p);
	return *len > 0;
}

static void
expect_char(ParseState *ps, char c, const char *what)
{
	text_skip_space(ps);
	if (*ps->p != c)
		text_cursor_fail_at(ps, ps->p, "Expected %s, found %s.", what, found(ps));
	ps->p++;
}

/* An unsigned exact decimal; "what" names it in errors */
static Dec
parse_number(ParseState *ps, const char *what)
{
	Dec			d;
	int			consumed = 0;
	char		word[MAX_WORD];
	int			wlen;

	text_skip_space(ps);
	if (*ps->p == '-')
		text_cursor_fail_at(ps, ps->p, "The %s must not be negative.", what);
	if (*ps->p == '+')
		text_cursor_fail_at(ps, ps->p, "Expected %s as a plain decimal number, found \"+\".", what);
	if (peek_word(ps, word, &wlen) &&
		(strcmp(word, "nan") == 0 || strcmp(word, "infinity") == 0 || strcmp(word, "inf") == 0))
		text_cursor_fail_at(ps, ps->p, "The %s must be a finite decimal number, not %.*s.", what, wlen, ps->p);
	switch (dec_parse(ps->p, &consumed, &d))
	{
		case DEC_OK:
			break;
		case DEC_NOT_A_NUMBER:
			text_cursor_fail_at(ps, ps->p, "Expected %s (a decimal number), found %s.", what, found(ps));
			break;
		case DEC_TOO_MANY_DIGITS:
			text_cursor_fail_at(ps, ps->p, "The %s is out of range: at most %d significant digits are allowed.",
						 what, DEC_MAX_DIGITS);
			break;
		case DEC_TOO_MANY_DECIMALS:
			text_cursor_fail_at(ps, ps->p, "The %s is out of range: at most %d digits after the decimal point are allowed.",
						 what, DEC_MAX_SCALE);
			break;
	}
	ps->p += consumed;
	if (*ps->p == 'e' || *ps->p == 'E')
		text_cursor_fail_at(ps, ps->p, "Exponents are not allowed; write the %s in full.", what);
	return d;
}

/*
 * A number written with thousands separators ("30,000"): the comma would be
 * read as the start of the next tier.  start is where the number began, the
 * cursor is just after it.  A separator is a comma directly followed by
 * exactly three digits, after a first group of one to three digits.  No
 * valid schedule has a comma and a digit after the numbers this is called
 * for (outcomes, upper bounds, options), so this rejects nothing valid.
 */
static void
check_thousands_separator(ParseState *ps, const char *start)
{
	const char *q = ps->p;
	StringInfoData plain;

#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define IS_GROUP(g) ((g)[0] == ',' && IS_DIGIT((g)[1]) && IS_DIGIT((g)[2]) && IS_DIGIT((g)[3]) && !IS_DIGIT((g)[4]))
	if (!IS_GROUP(q) || ps->p - start > 3)
		return;
	for (const char *d = start; d < ps->p; d++)
	{
		if (!IS_DIGIT(*d))
			return;
	}
	initStringInfo(&plain);
	appendBinaryStringInfo(&plain, start, (int) (ps->p - start));
	for (; IS_GROUP(q); q += 4)
		appendBinaryStringInfo(&plain, q + 1, 3);
	if (*q == '.')
	{
		do
			appendStringInfoChar(&plain, *q++);
		while (IS_DIGIT(*q));
	}
	if (*q == '%')
		appendStringInfoChar(&plain, '%');
#undef IS_GROUP
#undef IS_DIGIT
	ps->hint = psprintf("Write %s.", plain.data);
	text_cursor_fail_at(ps, ps->p, "Numbers are written without thousands separators, found \"%.*s\".",
						(int) (q - start), start);
}

/* A number that is an amount, a rate, an upper bound or an option's value */
static Dec
parse_amount(ParseState *ps, const char *what)
{
	const char *start;
	Dec			d;

	text_skip_space(ps);
	start = ps->p;
	d = parse_number(ps, what);
	check_thousands_separator(ps, start);
	return d;
}

/* Optional leading mode keyword */
static void
parse_mode(ParseState *ps, ScheduleDraft *draft)
{
	char		word[MAX_WORD];
	int			len;

	text_skip_space(ps);
	if (!peek_word(ps, word, &len))
		return;
	if (strcmp(word, "volume") == 0)
		draft->mode = SCHEDULE_VOLUME;
	else if (strcmp(word, "graduated") == 0)
		draft->mode = SCHEDULE_GRADUATED;
	else
	{
		static const char *const modes[] = {"volume", "graduated", NULL};

		suggest_keyword(ps, word, modes);
		text_cursor_fail_at(ps, ps->p, "Unknown schedule mode \"%.*s\": expected volume, graduated or a tier such as [0,100) => 10.",
							len, ps->p);
	}
	ps->p += len;
}

/* '[' or '(' lower ',' [upper] ']' or ')' */
static void
parse_range(ParseState *ps, DraftTier *t, int n)
{
	text_skip_space(ps);
	t->position = text_cursor_position(ps, ps->p);
	if (*ps->p != '[' && *ps->p != '(')
		text_cursor_fail_at(ps, ps->p, "Expected tier %d to start with \"[\" or \"(\", found %s.", n, found(ps));
	t->lower_inclusive = (*ps->p == '[');
	ps->p++;
	text_skip_space(ps);
	if (*ps->p == ',')
		text_cursor_fail_at(ps, ps->p, "Tier %d has no lower bound: a schedule starts at a number, as in [0,100).", n);
	t->lower = parse_number(ps, "lower bound");
	expect_char(ps, ',', "\",\" between the bounds");
	text_skip_space(ps);
	if (*ps->p == ']' || *ps->p == ')')
		t->unbounded = true;
	else
		t->upper = parse_amount(ps, "upper bound");
	text_skip_space(ps);
	if (*ps->p != ']' && *ps->p != ')')
		text_cursor_fail_at(ps, ps->p, "Expected \"]\" or \")\" to close tier %d, found %s.", n, found(ps));
	t->upper_inclusive = (*ps->p == ']');
	ps->p++;
}

/*
 * After a rate, "+ amount": the grammar takes the fixed part first
 * (amount + rate%), so say that rather than "unexpected +".  rate and
 * rate_len are the rate as written, for the hint.
 */
static void
reject_rate_first(ParseState *ps, const char *rate, int rate_len)
{
	const char *plus = ps->p;
	const char *amount;
	int			amount_len;

	ps->p++;
	text_skip_space(ps);
	amount = ps->p;
	parse_amount(ps, "amount");
	amount_len = (int) (ps->p - amount);
	text_skip_space(ps);
	if (*ps->p == '%')
		text_cursor_fail_at(ps, plus, "An outcome has at most one rate: an amount, a rate, or an amount + a rate such as 5 + 10%%.");
	ps->hint = psprintf("Write %.*s + %.*s%%.", amount_len, amount, rate_len, rate);
	text_cursor_fail_at(ps, plus, "The fixed amount of an outcome comes before its rate.");
}

/* 'review' | amount | rate% | amount + rate% */
static void
parse_outcome(ParseState *ps, DraftTier *t)
{
	char		word[MAX_WORD];
	int			len;
	Dec			first;
	const char *first_at;

	text_skip_space(ps);
	if (peek_word(ps, word, &len) && strcmp(word, "review") == 0)
	{
		t->review = true;
		ps->p += len;
		return;
	}
	if (len > 0 && strcmp(word, "nan") != 0 && strcmp(word, "infinity") != 0 && strcmp(word, "inf") != 0)
	{
		static const char *const outcomes[] = {"review", NULL};

		suggest_keyword(ps, word, outcomes);
		text_cursor_fail_at(ps, ps->p, "Unknown outcome \"%.*s\": expected an amount, a rate such as 10%%, or review.",
							len, ps->p);
	}
	if (*ps->p == '\0' || *ps->p == ',')
		text_cursor_fail_at(ps, ps->p, "Expected an outcome (an amount, a rate such as 10%%, or review), found %s.",
					 found(ps));
	first_at = ps->p;
	first = parse_amount(ps, "amount or rate");
	len = (int) (ps->p - first_at);
	text_skip_space(ps);
	if (*ps->p == '%')
	{
		ps->p++;
		t->has_rate = true;
		t->rate = first;
		text_skip_space(ps);
		if (*ps->p == '+')
			reject_rate_first(ps, first_at, len);
		return;
	}
	t->fixed = first;
	if (*ps->p != '+')
		return;
	ps->p++;
	t->rate = parse_amount(ps, "rate");
	t->has_rate = true;
	text_skip_space(ps);
	if (*ps->p != '%')
		text_cursor_fail_at(ps, ps->p, "Expected \"%%\" after the rate, found %s.", found(ps));
	ps->p++;
}

static void
parse_tier(ParseState *ps, ScheduleDraft *draft)
{
	DraftTier  *t = draft_add_tier(draft);
	int			n = draft->ntiers;

	parse_range(ps, t, n);
	text_skip_space(ps);
	if (ps->p[0] != '=' || ps->p[1] != '>')
		text_cursor_fail_at(ps, ps->p, "Expected \"=>\" after the range of tier %d, found %s.", n, found(ps));
	ps->p += 2;
	parse_outcome(ps, t);
}

static bool
is_option_word(const char *word)
{
	for (int i = 0; option_words[i] != NULL; i++)
	{
		if (strcmp(word, option_words[i]) == 0)
			return true;
	}
	return false;
}

/*
 * The hint for a misspelt word where one of words or the next option may
 * stand (words first: they win a tie)
 */
static void
suggest_word_or_option(ParseState *ps, const char *word, const char *const *words)
{
	const char *both[16];
	int			n = 0;

	for (int i = 0; words[i] != NULL; i++)
		both[n++] = words[i];
	for (int i = 0; option_words[i] != NULL; i++)
		both[n++] = option_words[i];
	Assert(n < (int) lengthof(both));
	both[n] = NULL;
	suggest_keyword(ps, word, both);
}

static RoundMode
parse_round_mode(ParseState *ps)
{
	static const RoundMode modes[] = {ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP};
	char		word[MAX_WORD];
	int			len;

	text_skip_space(ps);
	if (!peek_word(ps, word, &len))
		return ROUND_HALF_UP;
	for (int i = 0; i < (int) lengthof(modes); i++)
	{
		if (strcmp(word, round_mode_name(modes[i])) == 0)
		{
			ps->p += len;
			return modes[i];
		}
	}
	if (is_option_word(word))
		return ROUND_HALF_UP;
	{
		/* what may follow a unit: a mode, or the next option */
		static const char *const mode_words[] = {"half_up", "half_even", "half_down", "down", "up", NULL};

		suggest_word_or_option(ps, word, mode_words);
	}
	text_cursor_fail_at(ps, ps->p, "Unknown rounding mode \"%.*s\": expected half_up, half_even, half_down, down or up.",
				 len, ps->p);
	return ROUND_HALF_UP;		/* keep compiler quiet */
}

/*
 * After "cap X": an optional "after rounding" (the cap applies to the
 * rounded payout) or "before rounding" (the default, written out).  Any
 * other word is left for the next option.
 */
static void
parse_cap_order(ParseState *ps, ScheduleDraft *draft)
{
	char		word[MAX_WORD];
	int			len;
	bool		after;
	const char *at;

	text_skip_space(ps);
	if (!peek_word(ps, word, &len))
		return;
	if (strcmp(word, "after") == 0)
		after = true;
	else if (strcmp(word, "before") == 0)
		after = false;
	else
	{
		static const char *const order_words[] = {"after", "before", NULL};

		if (!is_option_word(word))
			suggest_word_or_option(ps, word, order_words);
		return;
	}
	ps->p += len;
	text_skip_space(ps);
	at = ps->p;
	if (!peek_word(ps, word, &len) || strcmp(word, "rounding") != 0)
	{
		if (len > 0)
			ps->hint = psprintf("Write cap X %s rounding.", after ? "after" : "before");
		text_cursor_fail_at(ps, at, "Expected \"rounding\" after \"%s\", found %s.",
							after ? "after" : "before", found(ps));
	}
	ps->p += len;
	draft->cap_after_round = after;
}

/* "name number" of an option that takes one amount, once */
static void
parse_amount_option(ParseState *ps, const char *at, const char *name, bool *present, Dec *value)
{
	if (*present)
		text_cursor_fail_at(ps, at, "Duplicate option \"%s\".", name);
	*value = parse_amount(ps, name);
	*present = true;
}

/* "minimum X", "threshold X": zero would change nothing, so it is not a spelling */
static void
parse_positive_option(ParseState *ps, const char *at, const char *name, bool *present, Dec *value)
{
	const char *number;

	text_skip_space(ps);
	number = ps->p;
	parse_amount_option(ps, at, name, present, value);
	if (dec_is_zero(*value))
		text_cursor_fail_at(ps, number, "The %s must be greater than zero; leave the option out instead.", name);
}

/* One option; true if there was one */
static bool
parse_option(ParseState *ps, ScheduleDraft *draft)
{
	char		word[MAX_WORD];
	int			len;
	const char *at;

	text_skip_space(ps);
	at = ps->p;
	if (!peek_word(ps, word, &len))
		return false;
	ps->p += len;
	if (strcmp(word, "deductible") == 0)
		parse_amount_option(ps, at, "deductible", &draft->has_deductible, &draft->deductible);
	else if (strcmp(word, "minimum") == 0)
		parse_positive_option(ps, at, "minimum", &draft->has_minimum, &draft->minimum);
	else if (strcmp(word, "cap") == 0)
	{
		parse_amount_option(ps, at, "cap", &draft->has_cap, &draft->cap);
		parse_cap_order(ps, draft);
	}
	else if (strcmp(word, "threshold") == 0)
		parse_positive_option(ps, at, "threshold", &draft->has_threshold, &draft->threshold);
	else if (strcmp(word, "round") == 0)
	{
		if (draft->has_round)
			text_cursor_fail_at(ps, at, "Duplicate option \"round\".");
		text_skip_space(ps);
		at = ps->p;
		draft->round_unit = parse_amount(ps, "rounding unit");
		if (dec_is_zero(draft->round_unit))
			text_cursor_fail_at(ps, at, "The rounding unit must be greater than zero.");
		draft->round_mode = parse_round_mode(ps);
		draft->has_round = true;
	}
	else
	{
		if (ps->hint == NULL)
			suggest_keyword(ps, word, option_words);
		text_cursor_fail_at(ps, at, "Unknown option \"%.*s\": expected deductible, minimum, cap, round or threshold.",
							len, at);
	}
	return true;
}

/* Parse a schedule's text into a draft; raises 22P02 on any problem */
ScheduleDraft *
schedule_parse(const char *text)
{
	ParseState	ps;
	ScheduleDraft *draft = palloc(sizeof(ScheduleDraft));

	text_cursor_init(&ps, text, "payout_schedule", true);
	draft_init(draft);
	text_skip_space(&ps);
	if (*ps.p == '\0')
		text_cursor_fail_at(&ps, ps.p, "The schedule is empty: expected tiers such as [0,100) => 10.");
	parse_mode(&ps, draft);
	text_skip_space(&ps);
	if (*ps.p == '\0')
		text_cursor_fail_at(&ps, ps.p, "Expected at least one tier such as [0,100) => 10, found end of input.");
	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		parse_tier(&ps, draft);
		text_skip_space(&ps);
		if (*ps.p != ',')
			break;
		ps.p++;
	}
	while (parse_option(&ps, draft))
		;
	text_skip_space(&ps);
	if (*ps.p != '\0')
		text_cursor_fail_at(&ps, ps.p, "Unexpected %s: expected \",\", an option (deductible, minimum, cap, round, threshold) or end of input.",
					 found(&ps));
	return draft;
}

/* Build the varlena from text: the parser's errors and the builder's share 22P02 */
PayoutSchedule *
schedule_from_text(const char *text)
{
	ParseState	ps;
	ScheduleDraft *draft = schedule_parse(text);

	text_cursor_init(&ps, text, "payout_schedule", true);
	return schedule_build(draft, text_cursor_error, &ps);
}
