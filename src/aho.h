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

/*
 * What a scan reads of a node, in one place: a step that finds no child
 * mostly ends at the bit mask of the node's children's characters (bit
 * c % 64), without probing the hash table, and follows the failure link in
 * the same cache line.
 */
typedef struct AcNode
{
	uint64		child_bits;		/* bit c % 64 for every child's character c */
	int32		fail;
	int32		out;			/* the nearest node, itself included, on the
								 * dictionary chain that ends a term; -1 none */
} AcNode;

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
	/*
	 * The root's children by direct index for the characters most texts are
	 * made of (ASCII and Hangul syllables): most steps of a scan start from
	 * the root, and these spare them the hash probe.  -1 for none.
	 */
	int32		root_ascii[128];
	AcNode	   *nodes;			/* per node, for matching */
	int32	   *root_hangul;	/* AC_HANGUL_COUNT entries from AC_HANGUL_FIRST */
} AcAutomaton;

#define AC_HANGUL_FIRST		0xAC00
#define AC_HANGUL_COUNT		11172

/* Called for every occurrence: term index, index of its last character */
typedef void (*AcMatchFn) (void *arg, int term, int end);

extern AcAutomaton *ac_build(int nterms, pg_wchar *const *terms, const int *lens);
extern void ac_match(const AcAutomaton *ac, const pg_wchar *text, int len,
					 AcMatchFn found, void *arg);

#endif							/* COMPENSATE_AHO_H */
