/*
 * text_cursor.c
 *		The cursor of the text grammars, and their one syntax error (see
 *		text_cursor.h).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "mb/pg_wchar.h"

#include "text_cursor.h"

void
text_cursor_init(TextCursor *c, const char *input, const char *type_name, bool quote_input)
{
	c->input = input;
	c->p = input;
	c->type_name = type_name;
	c->quote_input = quote_input;
	c->counted_to = input;
	c->counted = 0;
	c->hint = NULL;
}

/*
 * The 1-based character (not byte) position of at.  Counting resumes where
 * the last call stopped: counting from the start each time made a
 * 100,000-tier schedule take minutes to parse.
 */
int
text_cursor_position(TextCursor *c, const char *at)
{
	if (at < c->counted_to)
	{
		c->counted_to = c->input;
		c->counted = 0;
	}
	c->counted += pg_mbstrlen_with_len(c->counted_to, (int) (at - c->counted_to));
	c->counted_to = at;
	return c->counted + 1;
}

/* The input, shortened for an error message */
static char *
quoted_input(const char *input)
{
	size_t		len = strlen(input);

	if (len <= TEXT_QUOTE_LIMIT)
		return pstrdup(input);
	return psprintf("%.*s...", (int) pg_mbcliplen(input, len, TEXT_QUOTE_LIMIT), input);
}

/*
 * The syntax error, at a character position (0: none): 22P02, with c->hint
 * as its HINT if the parser set one
 */
void
text_cursor_fail(TextCursor *c, int position, const char *detail)
{
	char	   *where = position > 0 ? psprintf("At character %d: %s", position, detail) :
		pstrdup(detail);

	if (c->quote_input)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", c->type_name,
						quoted_input(c->input)),
				 errdetail("%s", where),
				 c->hint ? errhint("%s", c->hint) : 0));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s", c->type_name),
			 errdetail("%s", where),
			 c->hint ? errhint("%s", c->hint) : 0));
	pg_unreachable();
}

/* The syntax error at a place in the input, its detail formatted */
void
text_cursor_fail_at(TextCursor *c, const char *at, const char *fmt,...)
{
	char		detail[512];
	va_list		args;

	va_start(args, fmt);
	vsnprintf(detail, sizeof(detail), fmt, args);
	va_end(args);
	text_cursor_fail(c, text_cursor_position(c, at), detail);
}

/* A TextErrorFn for builders called by a text parser (arg: its cursor) */
void
text_cursor_error(void *cursor, int position, const char *detail)
{
	text_cursor_fail((TextCursor *) cursor, position, detail);
}
