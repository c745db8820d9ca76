/*
 * schedule_parse.c
 *		The text grammar of payout_schedule.
 *
 *	schedule := [mode] tier {',' tier} {option}
 *	mode	 := 'volume' | 'graduated'
 *	tier	 := ('[' | '(') number ',' [number] (']' | ')') '=>' outcome
 *	outcome  := 'review' | number | number '%' | number '+' number '%'
 *	option	 := 'deductible' number | 'cap' number | 'round' number [round_mode]
 *	round_mode := 'half_up' | 'half_even' | 'down' | 'up'
 *
 * Numbers are unsigned plain decimals (no exponent).  Keywords are
 * case-insensitive, white space is free between tokens.  Each step is a small
 * parse_* function; every error names the character position it is at.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"

#include "schedule.h"
#include "text_cursor.h"

#define MAX_WORD			32

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
		text_cursor_fail_at(ps, ps->p, "Unknown schedule mode \"%.*s\": expected volume, graduated or a tier such as [0,100) => 10.",
					 len, ps->p);
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
		t->upper = parse_number(ps, "upper bound");
	text_skip_space(ps);
	if (*ps->p != ']' && *ps->p != ')')
		text_cursor_fail_at(ps, ps->p, "Expected \"]\" or \")\" to close tier %d, found %s.", n, found(ps));
	t->upper_inclusive = (*ps->p == ']');
	ps->p++;
}

/* 'review' | amount | rate% | amount + rate% */
static void
parse_outcome(ParseState *ps, DraftTier *t)
{
	char		word[MAX_WORD];
	int			len;
	Dec			first;

	text_skip_space(ps);
	if (peek_word(ps, word, &len) && strcmp(word, "review") == 0)
	{
		t->review = true;
		ps->p += len;
		return;
	}
	if (*ps->p == '\0' || *ps->p == ',')
		text_cursor_fail_at(ps, ps->p, "Expected an outcome (an amount, a rate such as 10%%, or review), found %s.",
					 found(ps));
	first = parse_number(ps, "amount or rate");
	text_skip_space(ps);
	if (*ps->p == '%')
	{
		ps->p++;
		t->has_rate = true;
		t->rate = first;
		return;
	}
	t->fixed = first;
	if (*ps->p != '+')
		return;
	ps->p++;
	t->rate = parse_number(ps, "rate");
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

static RoundMode
parse_round_mode(ParseState *ps)
{
	static const RoundMode modes[] = {ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP};
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
	if (strcmp(word, "deductible") == 0 || strcmp(word, "cap") == 0 || strcmp(word, "round") == 0)
		return ROUND_HALF_UP;
	text_cursor_fail_at(ps, ps->p, "Unknown rounding mode \"%.*s\": expected half_up, half_even, down or up.",
				 len, ps->p);
	return ROUND_HALF_UP;		/* keep compiler quiet */
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
	{
		if (draft->has_deductible)
			text_cursor_fail_at(ps, at, "Duplicate option \"deductible\".");
		draft->deductible = parse_number(ps, "deductible");
		draft->has_deductible = true;
	}
	else if (strcmp(word, "cap") == 0)
	{
		if (draft->has_cap)
			text_cursor_fail_at(ps, at, "Duplicate option \"cap\".");
		draft->cap = parse_number(ps, "cap");
		draft->has_cap = true;
	}
	else if (strcmp(word, "round") == 0)
	{
		if (draft->has_round)
			text_cursor_fail_at(ps, at, "Duplicate option \"round\".");
		text_skip_space(ps);
		at = ps->p;
		draft->round_unit = parse_number(ps, "rounding unit");
		if (dec_is_zero(draft->round_unit))
			text_cursor_fail_at(ps, at, "The rounding unit must be greater than zero.");
		draft->round_mode = parse_round_mode(ps);
		draft->has_round = true;
	}
	else
		text_cursor_fail_at(ps, at, "Unknown option \"%.*s\": expected deductible, cap or round.", len, at);
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
		text_cursor_fail_at(&ps, ps.p, "Unexpected %s: expected \",\", an option (deductible, cap, round) or end of input.",
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
