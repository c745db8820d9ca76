/*
 * normalize.h
 *		Text normalization for classification: the form in which claim texts
 *		and rule terms are compared.
 *
 *	1. Unicode NFC.  Korean typed on some systems arrives decomposed into
 *	   conjoining jamo; those are composed algorithmically (keeping track of
 *	   where each syllable came from).  Anything else not in NFC goes through
 *	   PostgreSQL's unicode_normalize.
 *	2. Latin letters are case-folded (ASCII, Latin-1 and full-width forms).
 *	3. White space (any Unicode space) collapses to one space, is dropped at
 *	   both ends, and is dropped entirely between two Hangul characters, so
 *	   "카카오 톡" and "카카오톡" are the same text.
 *
 * The _words variants skip the Hangul rule of step 3 (a space between two
 * Hangul characters stays one space): the linear model's features are taken
 * word by word (linear.h), and Korean words are separated by spaces.
 *
 * Every normalized character remembers the span of original characters it
 * came from, so that matches can be reported at their place in the text the
 * claimant wrote.
 */
#ifndef COMPENSATE_NORMALIZE_H
#define COMPENSATE_NORMALIZE_H

#include "pg_compat.h"
#include "mb/pg_wchar.h"

typedef struct NormText
{
	/* origin and origin_end are NULL from normalize_chars */
	int			len;			/* normalized characters */
	pg_wchar   *chars;			/* len + 1, zero-terminated */
	int		   *origin;			/* per character: 0-based index of its first
								 * original character */
	int		   *origin_end;		/* per character: index after its last one */
	int			original_len;	/* characters in the original text */
} NormText;

/* Longest text normalized (bytes); longer ones are an error (54000) */
#define NORMALIZE_MAX_BYTES		(64 * 1024 * 1024)

extern void check_utf8_database(void);
extern void normalize_text(const char *s, int nbytes, NormText *out);
extern void normalize_chars(const char *s, int nbytes, NormText *out);
extern void normalize_text_words(const char *s, int nbytes, NormText *out);
extern void normalize_chars_words(const char *s, int nbytes, NormText *out);
extern char *norm_to_utf8(const pg_wchar *chars, int len);
extern bool is_hangul(pg_wchar c);
extern bool is_ascii_alnum(pg_wchar c);

#endif							/* COMPENSATE_NORMALIZE_H */
