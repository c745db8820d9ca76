/*
 * aho.c
 *		Aho-Corasick: a trie of the terms with failure links, so that a text
 *		is scanned once and every term occurrence is reported.
 *
 * The alphabet is all of Unicode, so transitions live in one hash table
 * keyed by (node, character) rather than in per-node arrays.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "aho.h"

#define EMPTY_KEY	PG_UINT64_MAX

static inline uint64
edge_key(int32 node, pg_wchar c)
{
	return ((uint64) (uint32) node << 32) | (uint64) c;
}

static inline uint64
mix(uint64 k)
{
	k ^= k >> 33;
	k *= UINT64CONST(0xff51afd7ed558ccd);
	k ^= k >> 33;
	return k;
}

/* The child of node by c, or -1 (the hash table only) */
static inline int32
ac_goto_hashed(const AcAutomaton *ac, int32 node, pg_wchar c)
{
	uint64		key = edge_key(node, c);

	for (uint64 i = mix(key) & ac->mask;; i = (i + 1) & ac->mask)
	{
		if (ac->keys[i] == key)
			return ac->children[i];
		if (ac->keys[i] == EMPTY_KEY)
			return -1;
	}
}

/* The child of node by c, or -1 (once built) */
static inline int32
ac_goto(const AcAutomaton *ac, int32 node, pg_wchar c)
{
	if (node == 0)
	{
		if (c < 128)
			return ac->root_ascii[c];
		if (c - AC_HANGUL_FIRST < AC_HANGUL_COUNT)
			return ac->root_hangul[c - AC_HANGUL_FIRST];
	}
	else if ((ac->nodes[node].child_bits & (UINT64CONST(1) << (c & 63))) == 0)
		return -1;
	return ac_goto_hashed(ac, node, c);
}

/* The direct tables of the root's children, from the hash table */
static void
fill_root_tables(AcAutomaton *ac)
{
	ac->root_hangul = palloc(sizeof(int32) * AC_HANGUL_COUNT);
	for (pg_wchar c = 0; c < 128; c++)
		ac->root_ascii[c] = ac_goto_hashed(ac, 0, c);
	for (int i = 0; i < AC_HANGUL_COUNT; i++)
		ac->root_hangul[i] = ac_goto_hashed(ac, 0, AC_HANGUL_FIRST + i);
}

/* The per-node records of matching (AcNode), from the build's arrays */
static void
fill_nodes(AcAutomaton *ac)
{
	ac->nodes = palloc_extended(sizeof(AcNode) * ac->nnodes, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	/* every edge of the hash table sets its character's bit in its parent */
	for (Size i = 0; i <= ac->mask; i++)
	{
		if (ac->keys[i] != EMPTY_KEY)
			ac->nodes[ac->keys[i] >> 32].child_bits |= UINT64CONST(1) << (ac->keys[i] & 63);
	}
	for (int32 v = 0; v < ac->nnodes; v++)
	{
		ac->nodes[v].fail = ac->fail[v];
		ac->nodes[v].out = (ac->first_term[v] >= 0) ? v : ac->dict[v];
	}
}

static void
ac_set(AcAutomaton *ac, int32 node, pg_wchar c, int32 child)
{
	uint64		key = edge_key(node, c);
	uint64		i = mix(key) & ac->mask;

	while (ac->keys[i] != EMPTY_KEY)
		i = (i + 1) & ac->mask;
	ac->keys[i] = key;
	ac->children[i] = child;
}

static void *
alloc_array(Size count, Size size)
{
	return palloc_extended(count * size, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
}

/* Trie of the terms; first_child/next_sibling let the BFS visit children */
static void
build_trie(AcAutomaton *ac, int nterms, pg_wchar *const *terms, const int *lens,
		   int32 *first_child, int32 *next_sibling, pg_wchar *label)
{
	ac->nnodes = 1;
	for (int t = 0; t < nterms; t++)
	{
		int32		node = 0;

		CHECK_FOR_INTERRUPTS();
		for (int i = 0; i < lens[t]; i++)
		{
			int32		child = ac_goto_hashed(ac, node, terms[t][i]);

			if (child < 0)
			{
				child = ac->nnodes++;
				ac_set(ac, node, terms[t][i], child);
				label[child] = terms[t][i];
				next_sibling[child] = first_child[node];
				first_child[node] = child;
			}
			node = child;
		}
		ac->term_len[t] = lens[t];
		ac->next_term[t] = ac->first_term[node];
		ac->first_term[node] = t;
	}
}

/* Failure and dictionary links, breadth first */
static void
link_failures(AcAutomaton *ac, const int32 *first_child, const int32 *next_sibling,
			  const pg_wchar *label)
{
	int32	   *queue = alloc_array(ac->nnodes, sizeof(int32));
	int			head = 0;
	int			tail = 0;

	ac->fail[0] = 0;
	ac->dict[0] = -1;
	for (int32 c = first_child[0]; c >= 0; c = next_sibling[c])
	{
		ac->fail[c] = 0;
		ac->dict[c] = -1;
		queue[tail++] = c;
	}
	while (head < tail)
	{
		int32		u = queue[head++];

		if ((head & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		for (int32 v = first_child[u]; v >= 0; v = next_sibling[v])
		{
			int32		f = ac->fail[u];
			int32		g;

			while ((g = ac_goto_hashed(ac, f, label[v])) < 0 && f != 0)
				f = ac->fail[f];
			ac->fail[v] = (g >= 0 && g != v) ? g : 0;
			ac->dict[v] = (ac->first_term[ac->fail[v]] >= 0) ? ac->fail[v] : ac->dict[ac->fail[v]];
			queue[tail++] = v;
		}
	}
	pfree(queue);
}

/* Build the automaton of nterms terms (code point arrays) in the current context */
AcAutomaton *
ac_build(int nterms, pg_wchar *const *terms, const int *lens)
{
	AcAutomaton *ac = palloc0(sizeof(AcAutomaton));
	Size		total = 1;
	Size		capacity = 16;
	int32	   *first_child;
	int32	   *next_sibling;
	pg_wchar   *label;

	for (int t = 0; t < nterms; t++)
		total += lens[t];
	if (total > AC_MAX_TERM_CHARS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("rule set is too large to compile"),
				 errdetail("Its terms have %zu characters in all; the limit is %d.",
						   total - 1, AC_MAX_TERM_CHARS)));
	while (capacity < total * 2)
		capacity *= 2;
	ac->mask = capacity - 1;
	ac->keys = palloc_extended(capacity * sizeof(uint64), MCXT_ALLOC_HUGE);
	memset(ac->keys, 0xFF, capacity * sizeof(uint64));
	ac->children = alloc_array(capacity, sizeof(int32));
	ac->nterms = nterms;
	ac->term_len = alloc_array(Max(nterms, 1), sizeof(int32));
	ac->next_term = alloc_array(Max(nterms, 1), sizeof(int32));
	ac->fail = alloc_array(total, sizeof(int32));
	ac->dict = alloc_array(total, sizeof(int32));
	ac->first_term = alloc_array(total, sizeof(int32));
	first_child = alloc_array(total, sizeof(int32));
	next_sibling = alloc_array(total, sizeof(int32));
	label = alloc_array(total, sizeof(pg_wchar));
	memset(ac->first_term, 0xFF, total * sizeof(int32));
	memset(first_child, 0xFF, total * sizeof(int32));

	build_trie(ac, nterms, terms, lens, first_child, next_sibling, label);
	link_failures(ac, first_child, next_sibling, label);
	fill_root_tables(ac);
	fill_nodes(ac);
	pfree(first_child);
	pfree(next_sibling);
	pfree(label);
	return ac;
}

/* Report every occurrence of every term in text */
void
ac_match(const AcAutomaton *ac, const pg_wchar *text, int len, AcMatchFn found, void *arg)
{
	int32		state = 0;

	for (int i = 0; i < len; i++)
	{
		int32		next;

		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		while ((next = ac_goto(ac, state, text[i])) < 0 && state != 0)
			state = ac->nodes[state].fail;
		state = (next >= 0) ? next : 0;
		for (int32 n = ac->nodes[state].out; n > 0; n = ac->dict[n])
		{
			for (int32 t = ac->first_term[n]; t >= 0; t = ac->next_term[t])
				found(arg, t, i);
		}
	}
}
