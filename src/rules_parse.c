/*
 * rules_parse.c
 *		The rule-set grammar of the classifier type.
 *
 *	rules	  := { statement [';'] }
 *	statement := label ':' term {',' term}  |  'default' label
 *	term	  := (bare | '"' quoted '"') ['^' weight]
 *	label	  := [A-Za-z_][A-Za-z0-9_]*
 *
 * A bare term runs to the next , ; : # ^ " or end of line and is trimmed; a
 * quoted one may hold anything ("" for a quote).  '#' starts a comment that
 * runs to the end of the line.  Weights are positive decimals with at most
 * three decimals (default 1).  Terms are normalized as texts are (see
 * normalize.h) and stored that way.  Every error gives its character position.
 *
 * Labels are case-sensitive, and may have upper-case letters (the grammar
 * always allowed them), but two labels of one rule set may not differ only
 * in case: "paid_service" and "Paid_Service" are a slip, not two labels.
 * (Rejecting upper case instead would reject rule sets that were valid.)
 *
 * One term under two labels is allowed: it scores for each label, with each
 * rule's weight, and the built-in damage_type set relies on it (독점 and
 * monopoly are evidence of both protest and opinion).  The same term twice
 * in one label's rules is an error.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"

#include "classifier.h"
#include "normalize.h"
#include "text_cursor.h"

typedef struct RuleParse
{
	TextCursor	cur;			/* the input and the cursor (text_cursor.h) */
	ClassifierDraft *draft;
	int		   *positions;		/* per draft term: byte offset in the input */
	int			maxpositions;
} RuleParse;

/* Skip white space and comments */
static void
skip(RuleParse *ps)
{
	for (;;)
	{
		text_skip_space(&ps->cur);
		if (*ps->cur.p != '#')
			return;
		while (*ps->cur.p != '\0' && *ps->cur.p != '\n')
			ps->cur.p++;
	}
}

/* A label name at the cursor; its length, 0 if none */
static int
label_length(const char *p)
{
	int			n = 0;

	if (!((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z') || p[0] == '_'))
		return 0;
	while ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
		   (p[n] >= '0' && p[n] <= '9') || p[n] == '_')
		n++;
	return n;
}

static int
parse_label(RuleParse *ps, const char *what)
{
	int			len;
	int			before;
	int			label;

	skip(ps);
	len = label_length(ps->cur.p);
	if (len == 0)
		text_cursor_fail_at(&ps->cur, ps->cur.p, "Expected %s: a name of letters, digits and _.", what);
	if (len > CLASSIFIER_MAX_LABEL_BYTES)
		text_cursor_fail_at(&ps->cur, ps->cur.p, "The label is longer than %d characters.", CLASSIFIER_MAX_LABEL_BYTES);
	before = ps->draft->nlabels;
	label = draft_label(ps->draft, ps->cur.p, len);
	if (ps->draft->nlabels > before)
	{
		int			twin = draft_find_case_twin(ps->draft, label);

		if (twin >= 0)
		{
			ps->cur.hint = "Labels are case-sensitive: spell each label one way.";
			text_cursor_fail_at(&ps->cur, ps->cur.p, "The label \"%s\" differs from the label \"%s\" only in case.",
								ps->draft->labels[label], ps->draft->labels[twin]);
		}
	}
	ps->cur.p += len;
	return label;
}

/* '^' weight: a positive decimal, in thousandths */
static int32
parse_weight(RuleParse *ps)
{
	const char *start;
	int64		milli = 0;
	int			decimals = -1;

	skip(ps);
	start = ps->cur.p;
	for (; (*ps->cur.p >= '0' && *ps->cur.p <= '9') || (*ps->cur.p == '.' && decimals < 0); ps->cur.p++)
	{
		if (*ps->cur.p == '.')
		{
			decimals = 0;
			continue;
		}
		if (decimals >= 0 && ++decimals > 3)
			text_cursor_fail_at(&ps->cur, start, "A weight has at most 3 decimals.");
		milli = milli * 10 + (*ps->cur.p - '0');
		if (milli > (int64) WEIGHT_MAX * 1000)
			text_cursor_fail_at(&ps->cur, start, "The weight is out of range: at most %d.", WEIGHT_MAX / WEIGHT_SCALE);
	}
	if (ps->cur.p == start || (ps->cur.p == start + 1 && decimals == 0))
		text_cursor_fail_at(&ps->cur, start, "Expected a weight after \"^\", such as ^2 or ^0.5.");
	for (int d = Max(decimals, 0); d < 3; d++)
		milli *= 10;
	if (milli < 1 || milli > WEIGHT_MAX)
		text_cursor_fail_at(&ps->cur, start, "The weight must be between 0.001 and %d.", WEIGHT_MAX / WEIGHT_SCALE);
	return (int32) milli;
}

/* The raw text of a quoted term, with "" turned into " */
static char *
parse_quoted(RuleParse *ps, int *len)
{
	StringInfoData buf;
	const char *open = ps->cur.p++;

	initStringInfo(&buf);
	for (;;)
	{
		if (*ps->cur.p == '\0')
			text_cursor_fail_at(&ps->cur, open, "The quoted term is not closed.");
		if (*ps->cur.p == '"' && ps->cur.p[1] == '"')
		{
			appendStringInfoChar(&buf, '"');
			ps->cur.p += 2;
			continue;
		}
		if (*ps->cur.p == '"')
			break;
		appendStringInfoChar(&buf, *ps->cur.p++);
	}
	ps->cur.p++;
	*len = buf.len;
	return buf.data;
}

/* The raw text of a bare term: up to a delimiter or the end of the line */
static const char *
parse_bare(RuleParse *ps, int *len)
{
	const char *start = ps->cur.p;

	while (*ps->cur.p != '\0' && strchr(",;:#^\"\n", *ps->cur.p) == NULL)
		ps->cur.p++;
	*len = (int) (ps->cur.p - start);
	return start;
}

static void
remember_position(RuleParse *ps, const char *at)
{
	if (ps->draft->nterms > ps->maxpositions)
	{
		ps->maxpositions = Max(ps->maxpositions * 2, 64);
		ps->positions = repalloc_huge(ps->positions, sizeof(int) * ps->maxpositions);
	}
	ps->positions[ps->draft->nterms - 1] = (int) (at - ps->cur.input);
}

/*
 * A bare term followed by ':' whose last word is a label: "a: x b: y" or
 * "a: x, b: y" lacks the ';' that ends the rule before "b:".  Say so, at the
 * label, rather than "quote the term".
 */
static void
check_missing_semicolon(RuleParse *ps, const char *raw, int rawlen)
{
	const char *end = raw + rawlen;
	const char *word;

	while (end > raw && text_is_space(end[-1]))
		end--;
	word = end;
	while (word > raw && ((word[-1] >= 'a' && word[-1] <= 'z') || (word[-1] >= 'A' && word[-1] <= 'Z') ||
						  (word[-1] >= '0' && word[-1] <= '9') || word[-1] == '_'))
		word--;
	/* the run of label characters before end must be a label: no digit first */
	if (label_length(word) != end - word)
		return;
	if (word == end || (word > raw && !text_is_space(word[-1])))
		return;
	ps->cur.hint = (word == raw) ?
		"Write \";\" instead of the \",\" before it, or quote the term if the \":\" belongs to it." :
		"Write \";\" before it, or quote the term if the \":\" belongs to it.";
	text_cursor_fail_at(&ps->cur, word, "A \";\" is missing before \"%.*s:\", which starts a new rule.",
						(int) (end - word), word);
}

/* One term of the rule for label, normalized */
static void
parse_term(RuleParse *ps, int label)
{
	const char *at;
	const char *raw;
	int			rawlen;
	bool		quoted;
	NormText	norm;
	int32		weight = WEIGHT_SCALE;

	skip(ps);
	at = ps->cur.p;
	quoted = (*ps->cur.p == '"');
	raw = quoted ? parse_quoted(ps, &rawlen) : parse_bare(ps, &rawlen);
	if (!quoted && *ps->cur.p == ':')
		check_missing_semicolon(ps, raw, rawlen);
	normalize_text(raw, rawlen, &norm);
	if (norm.len == 0)
		text_cursor_fail_at(&ps->cur, at, "Expected a term (a word or phrase; quote it if it holds , ; : # ^ or \").");
	if (norm.len > CLASSIFIER_MAX_TERM_CHARS)
		text_cursor_fail_at(&ps->cur, at, "The term is longer than %d characters.", CLASSIFIER_MAX_TERM_CHARS);
	skip(ps);
	if (*ps->cur.p == '^')
	{
		ps->cur.p++;
		weight = parse_weight(ps);
		skip(ps);
	}
	if (*ps->cur.p == ':' || *ps->cur.p == '^' || *ps->cur.p == '"')
		text_cursor_fail_at(&ps->cur, ps->cur.p, "Unexpected \"%c\" after a term: quote terms that contain it.", *ps->cur.p);
	{
		char	   *text = norm_to_utf8(norm.chars, norm.len);

		draft_add_term(ps->draft, label, text, strlen(text), weight);
	}
	remember_position(ps, at);
}

/* label ':' term {',' term} */
static void
parse_rule(RuleParse *ps)
{
	int			label = parse_label(ps, "a label");

	skip(ps);
	if (*ps->cur.p != ':')
		text_cursor_fail_at(&ps->cur, ps->cur.p, "Expected \":\" after the label, then its terms.");
	ps->cur.p++;
	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		parse_term(ps, label);
		if (*ps->cur.p != ',')
			break;
		ps->cur.p++;
	}
}

/* Is the word at the cursor "default" used as a statement (no ':' after)? */
static bool
at_default_statement(RuleParse *ps)
{
	const char *q;

	if (label_length(ps->cur.p) != 7 || strncmp(ps->cur.p, "default", 7) != 0)
		return false;
	for (q = ps->cur.p + 7; text_is_space(*q); q++)
		;
	return *q != ':';
}

/*
 * A term twice in one label's rules is a mistake; under two labels it is
 * not (see the top of the file)
 */
static void
check_duplicates(RuleParse *ps)
{
	ClassifierDraft *d = ps->draft;
	int			later = draft_find_duplicate(d);

	if (later >= 0)
		text_cursor_fail_at(&ps->cur, ps->cur.input + ps->positions[later],
					"The term \"%s\" appears twice in the rule for %s.",
					d->terms[later].text, d->labels[d->terms[later].label]);
}

/* Is s (len bytes) a label name the grammar reads: [A-Za-z_][A-Za-z0-9_]*? */
bool
is_label_name(const char *s, int len)
{
	/* s is zero-terminated after len bytes */
	return len > 0 && len <= CLASSIFIER_MAX_LABEL_BYTES && label_length(s) == len;
}

/* Parse a rule set's text into a classifier; 22P02 on any problem */
Classifier *
rules_from_text(const char *text)
{
	RuleParse	ps;
	ClassifierDraft draft;
	bool		has_default = false;

	check_utf8_database();
	draft_classifier_init(&draft, CLASSIFIER_RULES);
	text_cursor_init(&ps.cur, text, "classifier", true);
	ps.draft = &draft;
	ps.maxpositions = 64;
	ps.positions = palloc(sizeof(int) * ps.maxpositions);
	for (;;)
	{
		skip(&ps);
		if (*ps.cur.p == '\0')
			break;
		if (*ps.cur.p == ';')
		{
			ps.cur.p++;
			continue;
		}
		if (at_default_statement(&ps))
		{
			if (has_default)
				text_cursor_fail_at(&ps.cur, ps.cur.p, "Duplicate default label.");
			ps.cur.p += 7;
			draft.default_label = parse_label(&ps, "the default label");
			has_default = true;
			continue;
		}
		parse_rule(&ps);
	}
	if (draft.nlabels == 0)
		text_cursor_fail_at(&ps.cur, ps.cur.p, "The rule set is empty: expected rules such as \"protest: 항의, lawsuit\".");
	check_duplicates(&ps);
	return classifier_from_draft(&draft);
}
