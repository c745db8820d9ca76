/*
 * normalize.c
 *		NFC, Latin case folding and Hangul-aware white space, with a map
 *		from every normalized character back to the original text.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "common/unicode_norm.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "normalize.h"

/* Hangul syllable composition constants (Unicode 3.12) */
#define SBASE	0xAC00
#define LBASE	0x1100
#define VBASE	0x1161
#define TBASE	0x11A7
#define LCOUNT	19
#define VCOUNT	21
#define TCOUNT	28
#define NCOUNT	(VCOUNT * TCOUNT)
#define SCOUNT	(LCOUNT * NCOUNT)

/*
 * Classification and reading amounts compare characters, and sample_claims
 * writes Korean: that only means something in UTF-8, where in another
 * server encoding the same bytes are other characters.  Raised on first
 * use, with a message that says what to do.
 */
void
check_utf8_database(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("compensate's text functions (classifiers, claimed_amount, sample_claims) need a UTF8 database, not %s",
						GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'; payout schedules, reports and allocate work in any encoding.")));
}

bool
is_hangul(pg_wchar c)
{
	return (c >= 0xAC00 && c <= 0xD7A3) ||	/* syllables */
		(c >= 0x1100 && c <= 0x11FF) ||	/* conjoining jamo */
		(c >= 0x3130 && c <= 0x318F) ||	/* compatibility jamo (ㅋ, ㅠ) */
		(c >= 0xA960 && c <= 0xA97F) ||
		(c >= 0xD7B0 && c <= 0xD7FF);
}

bool
is_ascii_alnum(pg_wchar c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool
is_space(pg_wchar c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 ||
		c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
		c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* Latin case folding: ASCII, Latin-1, full-width A-Z */
static pg_wchar
fold_case(pg_wchar c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0xFF21 && c <= 0xFF3A)
		return c + 32;
	return c;
}

/*
 * The code point at *p (p < end), *p moved past it.  ASCII and three-byte
 * sequences (Hangul, CJK, most punctuation) are decoded inline.  The server
 * guarantees valid UTF-8; a sequence cut short reads as U+FFFD anyway, never
 * past the end.
 */
static inline pg_wchar
next_char(const unsigned char **pp, const unsigned char *end)
{
	const unsigned char *p = *pp;
	int			len;

	if (*p < 0x80)
	{
		*pp = p + 1;
		return *p;
	}
	if ((*p & 0xF0) == 0xE0 && end - p >= 3)
	{
		*pp = p + 3;
		return ((pg_wchar) (p[0] & 0x0F) << 12) | ((pg_wchar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	}
	len = pg_utf_mblen(p);
	if (len < 1 || len > end - p)
	{
		*pp = p + 1;
		return 0xFFFD;
	}
	*pp = p + len;
	return utf8_to_unicode(p);
}

/* Decode UTF-8 into code points (out's arrays allocated); origin[i] = i */
static void
decode(const char *s, int nbytes, NormText *out)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + nbytes;
	int			n = 0;

	while (p < end)
	{
		out->chars[n] = next_char(&p, end);
		out->origin[n] = n;
		out->origin_end[n] = n + 1;
		n++;
	}
	out->len = n;
	out->original_len = n;
	out->chars[n] = 0;
}

/* Compose conjoining jamo L V [T] and LV + T into syllables, in place */
static void
compose_hangul(NormText *t)
{
	int			w = 0;

	for (int r = 0; r < t->len; r++)
	{
		pg_wchar	c = t->chars[r];

		if (w > 0)
		{
			pg_wchar	prev = t->chars[w - 1];

			if (prev >= LBASE && prev < LBASE + LCOUNT && c >= VBASE && c < VBASE + VCOUNT)
			{
				t->chars[w - 1] = SBASE + ((prev - LBASE) * VCOUNT + (c - VBASE)) * TCOUNT;
				t->origin_end[w - 1] = t->origin_end[r];
				continue;
			}
			if (prev >= SBASE && prev < SBASE + SCOUNT && (prev - SBASE) % TCOUNT == 0 &&
				c > TBASE && c < TBASE + TCOUNT)
			{
				t->chars[w - 1] = prev + (c - TBASE);
				t->origin_end[w - 1] = t->origin_end[r];
				continue;
			}
		}
		t->chars[w] = c;
		t->origin[w] = t->origin[r];
		t->origin_end[w] = t->origin_end[r];
		w++;
	}
	t->len = w;
	t->chars[w] = 0;
}

/*
 * Is every character one that NFC leaves alone whatever surrounds it?  The
 * ranges are those of claims (Latin-1, Hangul syllables and compatibility
 * jamo, full-width forms, emoji, common punctuation), none of which has a
 * canonical decomposition or combines with a neighbour.  A cheap scan that spares the
 * general quick check (a table search per character) for nearly every text.
 */
static inline bool
nfc_stable(pg_wchar c)
{
	return c < 0x300 || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E) ||
		(c >= 0xFF01 && c <= 0xFF5E) || (c >= 0x1F300 && c <= 0x1FAFF) ||
		/* punctuation, currency signs and CJK symbols, none of which
		 * decomposes or combines (the CJK tone marks 302A-302F do: left out) */
		(c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
		(c >= 0x20A0 && c <= 0x20C0) || (c >= 0x3001 && c <= 0x3029) ||
		(c >= 0x3030 && c <= 0x303F);
}

static bool
all_nfc_stable(const NormText *t)
{
	for (int i = 0; i < t->len; i++)
	{
		if (!nfc_stable(t->chars[i]))
			return false;
	}
	return true;
}

/*
 * Full NFC for what the Hangul step leaves (combining accents and the like:
 * rare in claims).  unicode_normalize does not say where its output came
 * from, so each normalized character is mapped to the same index in the
 * original, clipped to its length: positions of matches in such a text are
 * approximate, never out of range.
 */
static void
compose_general(NormText *t)
{
	pg_wchar   *nfc;
	int			n = 0;

	if (all_nfc_stable(t) ||
		unicode_is_normalized_quickcheck(UNICODE_NFC, t->chars) == UNICODE_NORM_QC_YES)
		return;
	nfc = unicode_normalize(UNICODE_NFC, t->chars);
	if (nfc == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory normalizing text")));
	while (nfc[n] != 0)
		n++;
	if (n > t->len)
	{
		t->origin = repalloc(t->origin, sizeof(int) * (n + 1));
		t->origin_end = repalloc(t->origin_end, sizeof(int) * (n + 1));
	}
	for (int i = 0; i < n; i++)
	{
		t->origin[i] = Min(i, t->original_len - 1);
		t->origin_end[i] = t->origin[i] + 1;
	}
	t->chars = nfc;
	t->len = n;
}

/*
 * Fold case, then collapse white space: a run becomes one space, or nothing
 * at either end of the text or (unless keep_spaces) between two Hangul
 * characters.
 */
static void
fold_and_squeeze(NormText *t, bool keep_spaces)
{
	int			w = 0;
	int			r = 0;

	while (r < t->len)
	{
		if (is_space(t->chars[r]))
		{
			int			next = r;

			while (next < t->len && is_space(t->chars[next]))
				next++;
			if (w > 0 && next < t->len &&
				!(!keep_spaces && is_hangul(t->chars[w - 1]) && is_hangul(t->chars[next])))
			{
				t->chars[w] = ' ';
				t->origin[w] = t->origin[r];
				t->origin_end[w] = t->origin_end[next - 1];
				w++;
			}
			r = next;
			continue;
		}
		t->chars[w] = fold_case(t->chars[r]);
		t->origin[w] = t->origin[r];
		t->origin_end[w] = t->origin_end[r];
		w++;
		r++;
	}
	t->len = w;
	t->chars[w] = 0;
}

static void normalize_general(const char *s, int nbytes, NormText *out, bool keep_spaces);

/* Space for the normalized form of nbytes: at most one character a byte */
static void
alloc_norm(NormText *out, int nbytes, bool with_origin)
{
	if (nbytes > NORMALIZE_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text of %d bytes is too long for a classifier", nbytes),
				 errdetail("The limit is %d bytes.", NORMALIZE_MAX_BYTES)));
	out->chars = palloc(sizeof(pg_wchar) * (nbytes + 1));
	out->origin = with_origin ? palloc(sizeof(int) * (nbytes + 1)) : NULL;
	out->origin_end = with_origin ? palloc(sizeof(int) * (nbytes + 1)) : NULL;
}

static inline void
put_char(NormText *out, int w, pg_wchar c, int from, int to)
{
	out->chars[w] = c;
	if (out->origin != NULL)
	{
		out->origin[w] = from;
		out->origin_end[w] = to;
	}
}

/*
 * The common case in one pass: a text whose every character NFC leaves
 * alone (nfc_stable, or white space) is decoded, case-folded and squeezed at
 * once, with the same result as the general steps, which would find nothing
 * to compose in it.  Returns false at the first other character (conjoining
 * jamo, a combining accent, ...), for the general steps to start over.
 */
static bool
normalize_stable(const char *s, int nbytes, NormText *out, bool keep_spaces)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + nbytes;
	int			n = 0;			/* original characters read */
	int			w = 0;			/* normalized characters written */
	int			space_from = -1;	/* a pending run of white space */
	int			space_to = 0;

	while (p < end)
	{
		pg_wchar	c = next_char(&p, end);
		bool		space;

		/* a 64 MB text is one long pass: answer a cancel within it */
		if ((n & 0xFFFFF) == 0xFFFFF)
			CHECK_FOR_INTERRUPTS();

		if (c < 0x80)
		{
			/* ASCII, most of an English text: the tests it needs, no more */
			space = c == ' ' || (c >= 0x09 && c <= 0x0D);
			if (c >= 'A' && c <= 'Z')
				c += 32;
		}
		else if (!(space = is_space(c)))
		{
			if (!nfc_stable(c))
				return false;
			c = fold_case(c);
		}
		if (space)
		{
			if (space_from < 0)
				space_from = n;
			space_to = ++n;
			continue;
		}
		if (space_from >= 0)
		{
			if (w > 0 && !(!keep_spaces && is_hangul(out->chars[w - 1]) && is_hangul(c)))
				put_char(out, w++, ' ', space_from, space_to);
			space_from = -1;
		}
		put_char(out, w++, c, n, n + 1);
		n++;
	}
	out->len = w;
	out->original_len = n;
	out->chars[w] = 0;
	return true;
}

/*
 * The last text normalize_chars normalized, kept for the next call: an
 * analyst classifies one text by several rule sets in one row (service,
 * reporter, damage type), and each call then finds the text already
 * normalized.  Recognised by its bytes; texts up to NORM_CACHE_MAX_BYTES.
 */
#define NORM_CACHE_MAX_BYTES	8192

static struct
{
	bool		valid;
	bool		keep_spaces;	/* which of the two forms */
	int			nbytes;
	char		bytes[NORM_CACHE_MAX_BYTES];
	NormText	norm;
	pg_wchar	chars[NORM_CACHE_MAX_BYTES + 1];
} *norm_cache;

static bool
norm_cache_get(const char *s, int nbytes, bool keep_spaces, NormText *out)
{
	if (norm_cache == NULL || !norm_cache->valid || norm_cache->keep_spaces != keep_spaces ||
		norm_cache->nbytes != nbytes ||
		memcmp(norm_cache->bytes, s, nbytes) != 0)
		return false;
	*out = norm_cache->norm;
	return true;
}

static void
norm_cache_put(const char *s, int nbytes, bool keep_spaces, const NormText *norm)
{
	if (nbytes > NORM_CACHE_MAX_BYTES || norm->len > NORM_CACHE_MAX_BYTES)
		return;
	if (norm_cache == NULL)
		norm_cache = MemoryContextAlloc(TopMemoryContext, sizeof(*norm_cache));
	norm_cache->valid = false;	/* until it is whole */
	memcpy(norm_cache->bytes, s, nbytes);
	memcpy(norm_cache->chars, norm->chars, sizeof(pg_wchar) * (norm->len + 1));
	norm_cache->nbytes = nbytes;
	norm_cache->keep_spaces = keep_spaces;
	norm_cache->norm = *norm;
	norm_cache->norm.chars = norm_cache->chars;
	norm_cache->valid = true;
}

/*
 * The normalized characters only, without the map back to the original
 * (origin is NULL): what scoring a text needs.  The result is read-only: it
 * may be the cached one.
 */
static void
normalize_chars_as(const char *s, int nbytes, NormText *out, bool keep_spaces)
{
	if (norm_cache_get(s, nbytes, keep_spaces, out))
		return;
	alloc_norm(out, nbytes, false);
	if (!normalize_stable(s, nbytes, out, keep_spaces))
	{
		/* the general steps keep the map as they go: give them one */
		pfree(out->chars);
		alloc_norm(out, nbytes, true);
		normalize_general(s, nbytes, out, keep_spaces);
		pfree(out->origin);
		pfree(out->origin_end);
		out->origin = out->origin_end = NULL;
	}
	norm_cache_put(s, nbytes, keep_spaces, out);
}

static void
normalize_text_as(const char *s, int nbytes, NormText *out, bool keep_spaces)
{
	alloc_norm(out, nbytes, true);
	if (!normalize_stable(s, nbytes, out, keep_spaces))
		normalize_general(s, nbytes, out, keep_spaces);
}

/* Normalize nbytes of UTF-8 at s (see normalize.h) */
void
normalize_text(const char *s, int nbytes, NormText *out)
{
	normalize_text_as(s, nbytes, out, false);
}

void
normalize_chars(const char *s, int nbytes, NormText *out)
{
	normalize_chars_as(s, nbytes, out, false);
}

/* The same, keeping the spaces between Hangul words (normalize.h) */
void
normalize_text_words(const char *s, int nbytes, NormText *out)
{
	normalize_text_as(s, nbytes, out, true);
}

void
normalize_chars_words(const char *s, int nbytes, NormText *out)
{
	normalize_chars_as(s, nbytes, out, true);
}

/* The general steps, for what normalize_stable turned down (out allocated) */
static void
normalize_general(const char *s, int nbytes, NormText *out, bool keep_spaces)
{
	/* each step is one pass; a 64 MB text takes tens of ms per pass */
	decode(s, nbytes, out);
	CHECK_FOR_INTERRUPTS();
	compose_hangul(out);
	CHECK_FOR_INTERRUPTS();
	compose_general(out);
	CHECK_FOR_INTERRUPTS();
	fold_and_squeeze(out, keep_spaces);
	CHECK_FOR_INTERRUPTS();

	/*
	 * Folding and dropping spaces can bring together what composes ("W" +
	 * ring above folds to "w" + ring above, which NFC composes; "ᄀ ᅡ" loses
	 * its space and becomes a composable pair), so compose once more: the
	 * result is then normalized for good, and normalizing it again changes
	 * nothing (stored terms read back the same).  Usually a quick scan.
	 */
	compose_hangul(out);
	CHECK_FOR_INTERRUPTS();
	compose_general(out);
}

/* Code points back to a palloc'd UTF-8 string */
char *
norm_to_utf8(const pg_wchar *chars, int len)
{
	char	   *buf = palloc((Size) len * 4 + 1);
	unsigned char *p = (unsigned char *) buf;

	for (int i = 0; i < len; i++)
	{
		unicode_to_utf8(chars[i], p);
		p += pg_utf_mblen(p);
	}
	*p = '\0';
	return buf;
}
