/*
 * linear_features.c
 *		The character n-grams of a text for the linear model, taken inside
 *		each word padded with a space on each side (linear.h), and their
 *		hashed term frequencies.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"

#include "bayes.h"
#include "linear.h"

/*
 * The n-grams of one word, chars[word_start .. word_end), padded: appended
 * to out at *n.  A padded word shorter than a length gives itself once, and
 * no longer n-grams (as scikit-learn's char_wb analyzer does).
 */
static void
word_ngrams(const NormText *t, int word_start, int word_end, int ngram_min, int ngram_max,
			int hash_bits, pg_wchar *padded, LinearNgram *out, int *n)
{
	int			plen = word_end - word_start + 2;

	padded[0] = ' ';
	memcpy(padded + 1, t->chars + word_start, sizeof(pg_wchar) * (word_end - word_start));
	padded[plen - 1] = ' ';
	for (int len = ngram_min; len <= ngram_max; len++)
	{
		int			glen = Min(len, plen);

		for (int off = 0; off + glen <= plen; off++)
		{
			LinearNgram *g = &out[(*n)++];

			g->bucket = bayes_bucket(padded + off, glen, hash_bits);
			g->start = word_start - 1 + off;
			g->len = glen;
			g->word_start = word_start;
			g->word_end = word_end;
		}
		if (glen == plen)
			break;
	}
}

/*
 * Every n-gram occurrence of a text, in order of word, length and place;
 * returns how many.  A word of w characters gives at most
 * (ngram_max - ngram_min + 1) * (w + 2) of them.
 */
int
linear_text_ngrams(const NormText *t, int ngram_min, int ngram_max, int hash_bits,
				   LinearNgram **out)
{
	Size		max;
	LinearNgram *g;
	pg_wchar   *padded;
	int			n = 0;
	int			i = 0;

	/* a bound on the n-grams' memory: 20 bytes each, up to 24 per character */
	if (t->len > LINEAR_MAX_TEXT_CHARS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text of %d characters is too long for a linear model", t->len),
				 errdetail("A linear model reads texts of at most %d characters (after normalization).",
						   LINEAR_MAX_TEXT_CHARS)));
	max = (Size) (ngram_max - ngram_min + 1) * ((Size) t->len * 3 + 2);
	g = palloc_extended(sizeof(LinearNgram) * Max(max, 1), MCXT_ALLOC_HUGE);
	padded = palloc(sizeof(pg_wchar) * (t->len + 2));

	while (i < t->len)
	{
		int			start;

		CHECK_FOR_INTERRUPTS();
		while (i < t->len && t->chars[i] == ' ')
			i++;
		if (i >= t->len)
			break;
		start = i;
		while (i < t->len && t->chars[i] != ' ')
			i++;
		word_ngrams(t, start, i, ngram_min, ngram_max, hash_bits, padded, g, &n);
	}
	pfree(padded);
	*out = g;
	return n;
}

/* The distinct buckets of a text, ascending, with their counts; returns how many */
int
linear_text_terms(const NormText *t, int ngram_min, int ngram_max, int hash_bits,
				  LinearTerm **out)
{
	LinearNgram *g;
	int			n = linear_text_ngrams(t, ngram_min, ngram_max, hash_bits, &g);
	uint32	   *b = palloc(sizeof(uint32) * Max(n, 1));
	LinearTerm *terms = palloc(sizeof(LinearTerm) * Max(n, 1));
	int			w = 0;

	for (int i = 0; i < n; i++)
		b[i] = g[i].bucket;
	pfree(g);
	qsort(b, n, sizeof(uint32), bucket_compare);
	for (int i = 0; i < n; i++)
	{
		if (w > 0 && terms[w - 1].bucket == b[i])
			terms[w - 1].tf++;
		else
		{
			terms[w].bucket = b[i];
			terms[w].tf = 1;
			w++;
		}
	}
	pfree(b);
	*out = terms;
	return w;
}

/* An n-gram as UTF-8, its padding spaces included */
char *
linear_ngram_text(const NormText *t, const LinearNgram *g)
{
	pg_wchar   *chars = palloc(sizeof(pg_wchar) * (g->len + 1));

	for (int k = 0; k < g->len; k++)
	{
		int			at = g->start + k;

		chars[k] = (at < g->word_start || at >= g->word_end) ? ' ' : t->chars[at];
	}
	return norm_to_utf8(chars, g->len);
}
