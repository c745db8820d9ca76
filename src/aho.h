/*
 * aho.h
 *		Aho-Corasick automaton over Unicode code points: all terms of a rule
 *		set found in one pass over a text, whatever their number.
 */
#ifndef COMPENSATE_AHO_H
#define COMPENSATE_AHO_H

#include "pg_compat.h"
#include "mb/pg_wchar.h"

/* Total characters of all terms an automaton may hold */
#define AC_MAX_TERM_CHARS	(64 * 1024 * 1024)

typedef struct AcAutomaton
{
	int			nnodes;
	int			nterms;
	int32	   *fail;			/* longest proper suffix that is a trie node */
	int32	   *dict;			/* nearest node on the fail chain ending a term,
								 * -1 if none */
	int32	   *first_term;		/* per node: a term ending here, -1 if none */
	int32	   *next_term;		/* per term: the next term with the same text */
	int32	   *term_len;		/* per term: characters */
	/* goto function: open-addressing hash of (node, character) -> child */
	uint64	   *keys;
	int32	   *children;
	uint64		mask;
} AcAutomaton;

/* Called for every occurrence: term index, index of its last character */
typedef void (*AcMatchFn) (void *arg, int term, int end);

extern AcAutomaton *ac_build(int nterms, pg_wchar *const *terms, const int *lens);
extern void ac_match(const AcAutomaton *ac, const pg_wchar *text, int len,
					 AcMatchFn found, void *arg);

#endif							/* COMPENSATE_AHO_H */
