/*
 * text_cursor.h
 *		A cursor over the text given to an input function, shared by the four
 *		text grammars (payout_schedule, rule sets, models, payout_report).
 *
 * White space is skipped one way everywhere; positions are counted in
 * characters, as PostgreSQL reports them, and incrementally, so that a long
 * input is not recounted for each position a parser records; and a syntax
 * error is one message: 22P02, the input quoted (shortened past
 * TEXT_QUOTE_LIMIT bytes) and the character where the problem is, and a
 * HINT when the parser set one (c->hint) before failing.
 *
 * Builders that validate what a parser or a receive function assembled report
 * problems through a TextErrorFn, the one callback type: a text input passes
 * text_cursor_error with its cursor, a binary one its own 22P03 function.
 */
#ifndef COMPENSATE_TEXT_CURSOR_H
#define COMPENSATE_TEXT_CURSOR_H

#include "pg_compat.h"

#define TEXT_QUOTE_LIMIT	120

/* position: 1-based character position, or 0 when there is none */
typedef void (*TextErrorFn) (void *arg, int position, const char *detail);

typedef struct TextCursor
{
	const char *input;
	const char *p;
	const char *type_name;		/* in messages: "payout_schedule", ... */
	bool		quote_input;	/* show the input in the message */
	const char *counted_to;		/* characters before here are counted... */
	int			counted;		/* ...and this is how many */
	const char *hint;			/* what to write instead, for the next failure
								 * (its HINT); NULL: none */
} TextCursor;

static inline bool
text_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline void
text_skip_space(TextCursor *c)
{
	while (text_is_space(*c->p))
		c->p++;
}

extern void text_cursor_init(TextCursor *c, const char *input, const char *type_name,
							 bool quote_input);
extern int	text_cursor_position(TextCursor *c, const char *at);
pg_noreturn extern void text_cursor_fail(TextCursor *c, int position, const char *detail);
pg_noreturn extern void text_cursor_fail_at(TextCursor *c, const char *at, const char *fmt,...)
			pg_attribute_printf(3, 4);
extern void text_cursor_error(void *cursor, int position, const char *detail);

#endif							/* COMPENSATE_TEXT_CURSOR_H */
