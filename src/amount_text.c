/*
 * amount_text.c
 *		claimed_amount(text) and claimed_currency(text): the amount of money
 *		a claimant states in prose, exactly, and its ISO 4217 currency.
 *
 * The rules (also in the SQL COMMENTs and the README):
 *
 *	- The amount is the first one in the text that is money: a number with a
 *	  currency marker right before it (₩ $ € ¥ £, KRW USD EUR JPY GBP CNY
 *	  RMB) or right after it, after its units (원, 달러, 유로, 엔, 위안, the
 *	  symbols, won krw usd dollar(s) eur euro(s) jpy yen gbp cny rmb yuan).
 *	  A number without one is not money, whatever follows it: 3일, 800매,
 *	  2번, 10명, 2시간, 5%, 42만건, 10/15, 2.1M messages, phone numbers.
 *	  A marker is a whole word: "won" in "wonderful" is not one.
 *	- 원 right after a number is money unless it begins one of the words
 *	  원칙 원색 원론 원장 원본 원형 (3원칙, 2원론, 3원색); 원 elsewhere
 *	  (회원, 지원, 원장) never follows a number.  A unit word without a digit
 *	  (만원짜리, 천원) is not read: 만원 also means "crowded".
 *	- Numbers: ASCII or full-width digits, thousands separators (, or the
 *	  full-width comma) before groups of exactly three digits, a decimal
 *	  point.  Korean units compose as Korean numbers do: 십 백 천 inside a
 *	  section, 만 억 조 closing one, each smaller than the one before, and a
 *	  last plain number below the last unit (1억 2천만 = 1*10^8 + 2000*10^4,
 *	  3천5백만, 1만2천, 3만 5000).  After a plain number one English
 *	  multiplier: k thousand m mn million bn billion trillion.
 *	- A range (3~5만원, 10-20k won, 15만~18만원; ~ ∼ 〜, or - – − with no
 *	  space around them, as the dash) gives its lower bound: the lower
 *	  number takes the unit of the upper one's first number when it has
 *	  none (3~5만원 = 30,000; 3~5천만원 = 30,000,000) and its 만/억/조 when
 *	  it has only 십/백/천 (3천~5천만원 = 30,000,000), and the upper bound's
 *	  currency.  A "lower bound" above
 *	  the upper one makes no range: the upper number is then read alone.
 *	- Signs are ignored: a claim states a loss, and "-30,000원" is a debit
 *	  written as in a bank statement.  Several amounts: the first only
 *	  (19,800원*2 is 19,800; "2천원 3천원" is 2,000).
 *	- Exact: the value is built in 128-bit integers, never floating point.
 *	  A plain number keeps the decimals written ($1,200.50 is 1200.50); with
 *	  a unit or multiplier trailing zero decimals are dropped (2.5 million
 *	  is 2500000).  Money beyond 38 digits is an error 22003 naming its
 *	  character position; a long number that is not money is just skipped.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"
#include "utils/builtins.h"

#include "amount_text.h"
#include "normalize.h"
#include "numeric_util.h"

PG_FUNCTION_INFO_V1(claimed_amount);
PG_FUNCTION_INFO_V1(claimed_currency);

/* Hangul syllables the scanner knows */
#define H_SIP	0xC2ED			/* 십 */
#define H_BAEK	0xBC31			/* 백 */
#define H_CHEON 0xCC9C			/* 천 */
#define H_MAN	0xB9CC			/* 만 */
#define H_EOK	0xC5B5			/* 억 */
#define H_JO	0xC870			/* 조 */
#define H_WON	0xC6D0			/* 원 */
#define H_DAL	0xB2EC			/* 달 */
#define H_REO	0xB7EC			/* 러 */
#define H_YU	0xC720			/* 유 */
#define H_RO	0xB85C			/* 로 */
#define H_EN	0xC5D4			/* 엔 */
#define H_JIN	0xC9C4			/* 진 (엔진: engine) */
#define H_WI	0xC704			/* 위 */
#define H_AN	0xC548			/* 안 */

#define NO_UNIT		99			/* "no unit yet": above every exponent */

/* A number expression: digits, Korean units, an English multiplier */
typedef struct Expr
{
	int			start;			/* first digit (normalized characters) */
	int			end;			/* after the last character read */
	WDec		value;
	bool		overflow;		/* beyond int128 somewhere: value is void */
	bool		has_small;		/* a 십, 백 or 천 */
	bool		has_big;		/* a 만, 억 or 조 */
	bool		has_multiplier; /* an English multiplier */
	int			first_exp;		/* power of ten applied to the first number */
	int			first_big;		/* the 만/억/조 part of it */
} Expr;

/* One Korean term: [number] [십|백|천] [만|억|조] */
typedef struct Term
{
	bool		has_num;
	WDec		num;
	bool		overflow;
	int			small;			/* exponent, 0: none */
	int			big;
} Term;

typedef struct Word
{
	const char *word;
	const char *code;			/* currency code, or NULL */
	int			exp;			/* multiplier exponent */
} Word;

/* after the number: the currency words */
static const Word suffix_words[] = {
	{"won", "KRW", 0}, {"krw", "KRW", 0}, {"usd", "USD", 0}, {"dollar", "USD", 0}, {"dollars", "USD", 0},
	{"eur", "EUR", 0}, {"euro", "EUR", 0}, {"euros", "EUR", 0}, {"jpy", "JPY", 0}, {"yen", "JPY", 0},
	{"gbp", "GBP", 0}, {"cny", "CNY", 0}, {"rmb", "CNY", 0}, {"yuan", "CNY", 0}, {NULL, NULL, 0}
};

/* before the number: codes only ("won 5" is not how amounts are written) */
static const Word prefix_words[] = {
	{"krw", "KRW", 0}, {"usd", "USD", 0}, {"eur", "EUR", 0}, {"jpy", "JPY", 0}, {"gbp", "GBP", 0},
	{"cny", "CNY", 0}, {"rmb", "CNY", 0}, {NULL, NULL, 0}
};

static const Word multipliers[] = {
	{"k", NULL, 3}, {"thousand", NULL, 3}, {"m", NULL, 6}, {"mn", NULL, 6},
	{"million", NULL, 6}, {"bn", NULL, 9}, {"billion", NULL, 9}, {"trillion", NULL, 12},
	{NULL, NULL, 0}
};

/*
 * The character at i, 0 outside the text.  Full-width ASCII forms (digits,
 * comma, $, ~, letters) read as ASCII: claimants on Korean keyboards type
 * them (３만원).  Case is already folded by normalize_text.
 */
static pg_wchar
ch(const NormText *t, int i)
{
	pg_wchar	c;

	if (i < 0 || i >= t->len)
		return 0;
	c = t->chars[i];
	if (c >= 0xFF01 && c <= 0xFF5E)
		return c - 0xFEE0;
	return c;
}

static bool
is_digit(pg_wchar c)
{
	return c >= '0' && c <= '9';
}

static bool
is_letter(pg_wchar c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* normalize_text leaves at most one space in a row */
static int
skip_space(const NormText *t, int i)
{
	return ch(t, i) == ' ' ? i + 1 : i;
}

static int
small_unit(pg_wchar c)
{
	return c == H_SIP ? 1 : c == H_BAEK ? 2 : c == H_CHEON ? 3 : 0;
}

static int
big_unit(pg_wchar c)
{
	return c == H_MAN ? 4 : c == H_EOK ? 8 : c == H_JO ? 12 : 0;
}

/* ~ and its look-alikes: a range dash, spaces around it or not */
static bool
is_tilde(pg_wchar c)
{
	return c == '~' || c == 0x223C || c == 0x301C;
}

/* - and its look-alikes: a range dash only between two numbers ("3 - 5" lists) */
static bool
is_hyphen(pg_wchar c)
{
	return c == '-' || c == 0x2013 || c == 0x2212;
}

/* Does the run of letters [from, to) spell word? */
static bool
run_is(const NormText *t, int from, int to, const char *word)
{
	if ((int) strlen(word) != to - from)
		return false;
	for (int i = from; i < to; i++)
		if (ch(t, i) != (pg_wchar) (unsigned char) word[i - from])
			return false;
	return true;
}

/* The entry of words that the letter run [from, to) spells, or NULL */
static const Word *
match_run(const NormText *t, int from, int to, const Word *words)
{
	for (const Word *w = words; w->word != NULL; w++)
		if (run_is(t, from, to, w->word))
			return w;
	return NULL;
}

/* The whole word of letters starting at i, or NULL: its end in *end */
static const Word *
word_at(const NormText *t, int i, const Word *words, int *end)
{
	int			j = i;

	while (is_letter(ch(t, j)))
		j++;
	*end = j;
	return j > i ? match_run(t, i, j, words) : NULL;
}

/* v *= 10^exp, recording overflow instead of wrapping */
static void
scale_up(WDec *v, int exp, bool *overflow)
{
	WDec		p = {int128_pow10(exp), 0};

	if (!wdec_mul(*v, p, v))
		*overflow = true;
}

static void
add_to(WDec *sum, WDec v, bool *overflow)
{
	if (!wdec_add(*sum, v, sum))
		*overflow = true;
}

/* One more digit of a number, exactly or not at all */
static void
push_digit(int128 *m, pg_wchar d, bool *overflow)
{
	if (__builtin_mul_overflow(*m, 10, m) || __builtin_add_overflow(*m, (int) (d - '0'), m))
		*overflow = true;
}

/*
 * A number at i (a digit): digits with thousands separators, then an
 * optional decimal part.  A comma counts only before exactly three digits,
 * so "1,2" and "3,5만" end at the comma.  Returns the index after it.
 */
static int
parse_number(const NormText *t, int i, WDec *v, bool *overflow)
{
	int128		m = 0;
	int			scale = 0;

	for (;;)
	{
		while (is_digit(ch(t, i)))
			push_digit(&m, ch(t, i++), overflow);
		if (ch(t, i) == ',' && is_digit(ch(t, i + 1)) && is_digit(ch(t, i + 2)) &&
			is_digit(ch(t, i + 3)) && !is_digit(ch(t, i + 4)))
			i++;
		else
			break;
	}
	if (ch(t, i) == '.' && is_digit(ch(t, i + 1)))
	{
		for (i++; is_digit(ch(t, i)); i++)
		{
			push_digit(&m, ch(t, i), overflow);
			if (++scale > 38)
				*overflow = true;
		}
	}
	v->m = m;
	v->scale = Min(scale, 38);
	return i;
}

/* A Korean term at i; its end, or -1 when there is none */
static int
parse_term(const NormText *t, int i, Term *term)
{
	int			j = i;

	memset(term, 0, sizeof(*term));
	if (is_digit(ch(t, j)))
	{
		int			k;

		j = parse_number(t, j, &term->num, &term->overflow);
		term->has_num = true;
		/* "3 만원": a space between a number and its unit */
		k = skip_space(t, j);
		if (small_unit(ch(t, k)) || big_unit(ch(t, k)))
			j = k;
	}
	if ((term->small = small_unit(ch(t, j))) != 0)
		j++;
	if ((term->big = big_unit(ch(t, j))) != 0)
		j++;
	if (!term->has_num && term->small == 0 && term->big == 0)
		return -1;
	return j;
}

/*
 * May a plain number close an expression whose last unit is 10^place?  It
 * must be below it (3천500, 1만 2000), or it is another number (3만 5만).
 */
static bool
below_place(WDec num, int place)
{
	WDec		limit = {int128_pow10(place), 0};
	int			cmp;

	return wdec_cmp(num, limit, &cmp) && cmp < 0;
}

/* The English multiplier after a plain number, if any */
static void
parse_multiplier(const NormText *t, Expr *e)
{
	int			k = skip_space(t, e->end);
	int			end;
	const Word *w = word_at(t, k, multipliers, &end);

	if (w == NULL)
		return;
	scale_up(&e->value, w->exp, &e->overflow);
	e->has_multiplier = true;
	e->first_exp = w->exp;
	e->end = end;
}

/*
 * The number expression at i (a digit): Korean terms composed section by
 * section, each unit smaller than the one before; a term out of order ends
 * the expression before it, as a new number.
 */
static void
parse_expression(const NormText *t, int i, Expr *e)
{
	WDec		total = {0, 0};
	WDec		section = {0, 0};
	int			last_big = NO_UNIT;
	int			last_small = NO_UNIT;
	int			nterms = 0;

	memset(e, 0, sizeof(*e));
	e->start = e->end = i;
	for (;;)
	{
		Term		term;
		int			k = nterms > 0 ? skip_space(t, e->end) : e->end;
		int			end = parse_term(t, k, &term);
		WDec		v = {1, 0};

		if (end < 0 || (term.small && term.small >= last_small) ||
			(term.big && term.big >= last_big))
			break;
		if (term.small == 0 && term.big == 0)
		{
			/* a plain number: the whole expression, or its last term */
			if (nterms > 0 && !below_place(term.num, Min(last_small, last_big)))
				break;
			add_to(&section, term.num, &e->overflow);
			e->overflow |= term.overflow;
			e->end = end;
			nterms++;
			break;
		}
		if (term.has_num)
			v = term.num;
		e->overflow |= term.overflow;
		if (term.small)
		{
			scale_up(&v, term.small, &e->overflow);
			last_small = term.small;
			e->has_small = true;
		}
		add_to(&section, v, &e->overflow);
		if (term.big)
		{
			scale_up(&section, term.big, &e->overflow);
			add_to(&total, section, &e->overflow);
			section = (WDec) {0, 0};
			last_big = term.big;
			last_small = NO_UNIT;
			e->has_big = true;
		}
		if (nterms == 0)
		{
			e->first_exp = term.small + term.big;
			e->first_big = term.big;
		}
		e->end = end;
		nterms++;
	}
	add_to(&total, section, &e->overflow);
	e->value = total;
	if (!e->has_small && !e->has_big)
		parse_multiplier(t, e);
}

/* 원 after a number, unless it begins a word (3원칙, 2원론, 3원색) */
static bool
won_is_money(pg_wchar next)
{
	static const pg_wchar words[] = {
		0xCE59 /* 칙 */ , 0xC0C9 /* 색 */ , 0xB860 /* 론 */ ,
		0xC7A5 /* 장 */ , 0xBCF8 /* 본 */ , 0xD615 /* 형 */
	};

	for (int i = 0; i < (int) lengthof(words); i++)
		if (next == words[i])
			return false;
	return true;
}

/* A currency symbol's code, or NULL */
static const char *
symbol_code(pg_wchar c)
{
	switch (c)
	{
		case 0x20A9:			/* ₩ */
		case 0xFFE6:			/* ￦ */
			return "KRW";
		case '$':
			return "USD";
		case 0x20AC:			/* € */
			return "EUR";
		case 0xA5:				/* ¥ */
		case 0xFFE5:			/* ￥ */
			return "JPY";
		case 0xA3:				/* £ */
		case 0xFFE1:			/* ￡ */
			return "GBP";
	}
	return NULL;
}

/* The currency written right after an expression ending at i, or NULL */
static const char *
suffix_currency(const NormText *t, int i)
{
	int			k = skip_space(t, i);
	pg_wchar	c = ch(t, k);
	int			end;
	const Word *w;

	if (c == H_WON)
		return won_is_money(ch(t, k + 1)) ? "KRW" : NULL;
	if (c == H_DAL && ch(t, k + 1) == H_REO)
		return "USD";
	if (c == H_YU && ch(t, k + 1) == H_RO)
		return "EUR";
	if (c == H_EN && ch(t, k + 1) != H_JIN)
		return "JPY";
	if (c == H_WI && ch(t, k + 1) == H_AN)
		return "CNY";
	if (symbol_code(c) != NULL)
		return symbol_code(c);
	w = word_at(t, k, suffix_words, &end);
	return w != NULL ? w->code : NULL;
}

/* The currency written right before the number at i, or NULL */
static const char *
prefix_currency(const NormText *t, int i)
{
	int			k = i - 1;
	int			from;
	const Word *w;

	/* signs are ignored: "$-5" is $5 */
	if (is_hyphen(ch(t, k)))
		k--;
	if (ch(t, k) == ' ')
		k--;
	if (symbol_code(ch(t, k)) != NULL)
		return symbol_code(ch(t, k));
	for (from = k; from > 0 && is_letter(ch(t, from - 1)); from--)
		;
	if (!is_letter(ch(t, k)))
		return NULL;
	w = match_run(t, from, k + 1, prefix_words);
	return w != NULL ? w->code : NULL;
}

/*
 * A number starts at a digit that does not continue one: not after a digit,
 * nor after a separator after a digit ("1,200,00" is not read again as 00).
 */
static bool
number_starts(const NormText *t, int i)
{
	pg_wchar	prev = ch(t, i - 1);

	if (!is_digit(ch(t, i)) || is_digit(prev))
		return false;
	return !((prev == ',' || prev == '.') && is_digit(ch(t, i - 2)));
}

/*
 * The lower bound of a range, given its upper bound: the upper one's unit
 * when the lower has none (3~5만), its 만/억/조 when the lower has only
 * 십/백/천 (3천~5천만).
 */
static void
lower_bound(Expr *lower, const Expr *upper)
{
	if (!lower->has_small && !lower->has_big && !lower->has_multiplier)
	{
		scale_up(&lower->value, upper->first_exp, &lower->overflow);
		lower->has_multiplier = upper->first_exp > 0;
	}
	else if (!lower->has_big && !lower->has_multiplier)
		scale_up(&lower->value, upper->first_big, &lower->overflow);
	lower->overflow |= upper->overflow;
}

/* The result, or 22003 when the money does not fit */
static void
found(const NormText *t, Expr *e, const char *currency, ClaimedAmount *out)
{
	int			position = t->origin[e->start] + 1;

	if (e->overflow)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("amount of money at character %d is out of range", position),
				 errdetail("Amounts are read exactly, up to 38 digits.")));
	/* units shift the decimal point: 2.5 million is 2500000, not 2500000.0 */
	if (e->has_small || e->has_big || e->has_multiplier)
		wdec_trim(&e->value);
	out->value = e->value;
	out->currency = currency;
	out->position = position;
}

/*
 * Is the expression e the lower bound of a range whose upper bound is
 * money?  Then that is the amount.
 */
static bool
try_range(const NormText *t, Expr *e, ClaimedAmount *out)
{
	int			k = skip_space(t, e->end);
	Expr		upper;
	const char *currency;
	int			cmp;

	if (is_tilde(ch(t, k)))
		k = skip_space(t, k + 1);
	else if (k == e->end && is_hyphen(ch(t, k)))
		k++;
	else
		return false;
	if (!is_digit(ch(t, k)))
		return false;
	parse_expression(t, k, &upper);
	currency = suffix_currency(t, upper.end);
	if (currency == NULL)
		return false;
	lower_bound(e, &upper);
	/* not a range but two numbers ("item 3-50,000원"): the upper one is read next */
	if (!e->overflow && !(wdec_cmp(e->value, upper.value, &cmp) && cmp <= 0))
		return false;
	found(t, e, currency, out);
	return true;
}

bool
claimed_amount_scan(const char *s, int nbytes, ClaimedAmount *out)
{
	NormText	t;

	normalize_text(s, nbytes, &t);
	for (int i = 0; i < t.len; i++)
	{
		Expr		e;
		const char *currency;

		if (!number_starts(&t, i))
			continue;
		CHECK_FOR_INTERRUPTS();
		parse_expression(&t, i, &e);
		currency = prefix_currency(&t, i);
		if (currency == NULL)
			currency = suffix_currency(&t, e.end);
		if (currency != NULL)
		{
			found(&t, &e, currency, out);
			return true;
		}
		if (try_range(&t, &e, out))
			return true;
		/* not money: go on after it (the loop steps one more) */
		i = e.end - 1;
	}
	return false;
}

Datum
claimed_amount(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	ClaimedAmount a;

	check_utf8_database();
	if (!claimed_amount_scan(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &a))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(int128_to_numeric(a.value.m, a.value.scale));
}

Datum
claimed_currency(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	ClaimedAmount a;

	check_utf8_database();
	if (!claimed_amount_scan(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &a))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(a.currency));
}
