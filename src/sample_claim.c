/*
 * sample_claim.c
 *		One claim of sample_claims(n, seed), from (claim_id, seed) alone: the
 *		draws, the four labels, the arrival time, the loss and the text.
 *
 * Every draw is PostgreSQL's hashint8extended(claim_id, seed * 64 + salt),
 * one salt per draw, taken as an int in [0, 2^31) and reduced to what it is
 * used for.  Releases 0.1 to 0.4 generated the rows with one SQL query over
 * the same draws; this file computes the same rows with the same integer
 * arithmetic, the same floating-point operations in the same order for the
 * loss (the only floating point: a log-normal draw rounded to 1,000 KRW),
 * and the same texts.  sql/sample_claims.sql fingerprints the rows, so a
 * change to any of it shows.
 *
 * Shares (per mille, independent draws):
 *   service      kakao 830, mobility 60, pay 40, bank 20, games 20,
 *                entertainment 30
 *   reporter     general_user 896, small_business 102, enterprise 2
 *   damage_type  paid_service 171, free_service_financial 151, inquiry 300,
 *                protest 200, opinion 128, encouragement 50 (the split of
 *                the non-financial 67.8% is the project's assumption)
 *   language     ko 650, en 280, mixed 70
 * Arrival: per-day counts of a 105,116-report intake (45,000 in the first
 * five days, weekend dips, a last-day bump) and per-hour weights (quiet
 * nights), Asia/Seoul.
 */
#include "postgres.h"
#include "pg_compat.h"

#include <math.h>

#include "common/hashfn.h"
#include "datatype/timestamp.h"

#include "sample_claim.h"
#include "sample_phrases.h"

/* the salt of each draw: part of the sequence, never renumbered */
typedef enum DrawSalt
{
	SALT_SERVICE = 1,
	SALT_REPORTER,
	SALT_DAMAGE,
	SALT_LANGUAGE,
	SALT_DAY,
	SALT_HOUR,
	SALT_SECOND,
	SALT_SLOT,
	SALT_VARIANT,
	SALT_NAME,
	SALT_TEMPLATE,
	SALT_GREETING,
	SALT_IDENT,
	SALT_AMOUNT,
	SALT_LOSS,
	SALT_ROUND,
	SALT_CLOSER,
	SALT_TAIL,
	SALT_TYPO,
	SALT_QUESTION
} DrawSalt;

/* hashes of one claim: the claim_id folded once, the seed's salt base */
typedef struct Drawer
{
	uint32		folded_id;
	int64		salt_base;		/* seed * 64 */
} Drawer;

/* What the draws decided, in the terms of the phrase tables. */
typedef struct ClaimShape
{
	int			service;		/* 0 kakao .. 5 entertainment */
	int			reporter;		/* 0 general_user, 1 small_business, 2 enterprise */
	int			damage;			/* 0 paid_service .. 5 encouragement */
	int			language;		/* 0 ko, 1 en, 2 mixed */
	int			core_lang;		/* the language of the sentences */
	int			name_lang;		/* the language of the service name */
	int			slot;			/* the product (sample_phrases.h) */
	int32		variant;		/* persona, item and event agree on it */
	int32		loss;			/* KRW, when damage <= 1 */
} ClaimShape;

static const char *const service_labels[] =
{"kakao", "mobility", "pay", "bank", "games", "entertainment"};
static const char *const reporter_labels[] =
{"general_user", "small_business", "enterprise"};
static const char *const damage_labels[] =
{"paid_service", "free_service_financial", "inquiry", "protest", "opinion", "encouragement"};
static const char *const language_labels[] = {"ko", "en", "mixed"};

/* Upper bounds of the categories of a draw (the last category is open). */
static const int32 service_bounds[] = {830, 890, 930, 950, 970};
static const int32 reporter_bounds[] = {896, 998};
static const int32 damage_bounds[] = {171, 322, 622, 822, 950};
static const int32 language_bounds[] = {650, 930};
/* cumulative reports per day out of 105,116, from 2022-10-19 */
static const int32 day_bounds[] = {15200, 26200, 34400, 40000, 45000, 51400, 57200, 62500,
	67500, 72200, 75700, 78900, 83200, 87300, 91200, 95000, 98700, 101700};
/* cumulative weight per hour of the day, out of 1,000 */
static const int32 hour_bounds[] = {22, 36, 45, 51, 56, 63, 77, 104, 148, 208, 274, 338,
	396, 458, 521, 582, 640, 694, 743, 795, 851, 908, 960};

/* 2022-10-19 00:00 +09, in Unix seconds */
#define INTAKE_START_UNIX	1666105200

static Drawer
drawer_for(int64 id, int64 seed)
{
	Drawer		d;
	uint32		lohalf = (uint32) id;
	uint32		hihalf = (uint32) (id >> 32);

	/* hashint8extended folds a bigint this way, so that it hashes like an int4 */
	d.folded_id = lohalf ^ (id >= 0 ? hihalf : ~hihalf);
	d.salt_base = seed * 64;
	return d;
}

/* The draw of salt, in [0, 2^31): the hash's top 31 bits, as the SQL of
 * 0.1-0.4 took them with int4(h >> 33) + 2^30. */
static int32
raw_draw(const Drawer *d, DrawSalt salt)
{
	uint64		h = hash_bytes_uint32_extended(d->folded_id, (uint64) (d->salt_base + salt));

	return (int32) (((int64) h) >> 33) + 1073741824;
}

/* the draw of salt, in [0, mod) */
static int32
draw(const Drawer *d, DrawSalt salt, int32 mod)
{
	return raw_draw(d, salt) % mod;
}

/* the first category whose upper bound is above v */
static int
category(int32 v, const int32 *bounds, int nbounds)
{
	int			i = 0;

	while (i < nbounds && v >= bounds[i])
		i++;
	return i;
}

#define CATEGORY(v, bounds) category((v), (bounds), lengthof(bounds))

/*
 * The claimed loss in KRW of a financial claim: log-normal, median *
 * exp(sigma * z), z from the uniform draw u by a Tukey-lambda approximation
 * of the inverse normal CDF (|z| <= 4.91); rounded to 1,000 KRW, or for 60%
 * of the claims of 95,000 and more to two significant digits (people write
 * round sums: 35만원, 2,600,000); at least 1,000, at most 2,000,000,000.
 */
static int32
claimed_loss(int reporter, int damage, double u, int32 d_round)
{
	static const double median[] = {9000, 30000, 120000, 250000, 2000000, 8000000};
	static const double sigma[] = {0.8, 1.1, 1.15, 1.1, 1.2, 1.3};
	int			kind = reporter * 2 + damage;
	double		z = 4.91 * (pow(u, 0.14) - pow(1.0 - u, 0.14));
	double		loss = median[kind] * exp(z * sigma[kind]);
	double		rounded;

	if (loss >= 95000.0 && d_round < 6)
	{
		double		unit = pow(10.0, floor(log10(loss)) - 1.0);

		rounded = rint(loss / unit) * unit;
	}
	else
		rounded = Max(1000.0, rint(loss / 1000.0) * 1000.0);
	return (int32) rint(Min(2000000000.0, rounded));
}

static TimestampTz
arrival(const Drawer *d)
{
	int64		unix_seconds = INTAKE_START_UNIX
		+ (int64) 86400 * CATEGORY(draw(d, SALT_DAY, 105116), day_bounds)
		+ (int64) 3600 * CATEGORY(draw(d, SALT_HOUR, 1000), hour_bounds)
		+ draw(d, SALT_SECOND, 3600);

	return (unix_seconds - (int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)
		* USECS_PER_SEC;
}

/* the product a claim is about: most kakao claims are about KakaoTalk */
static int
product_slot(int service, int damage, int32 d_slot)
{
	if (service == 0)
		return (damage == 0 || d_slot < 76) ? 0 : (d_slot < 90 ? 1 : 2);
	if (service == 5)
		return d_slot < 60 ? 7 : 8;
	return service + 2;
}

static ClaimShape
claim_shape(const Drawer *d)
{
	ClaimShape	c;
	int32		d_lang = draw(d, SALT_LANGUAGE, 10000);
	bool		mixed_korean_core;

	c.service = CATEGORY(draw(d, SALT_SERVICE, 1000), service_bounds);
	c.reporter = CATEGORY(draw(d, SALT_REPORTER, 1000), reporter_bounds);
	c.damage = CATEGORY(draw(d, SALT_DAMAGE, 1000), damage_bounds);
	c.language = CATEGORY(d_lang % 1000, language_bounds);
	/* a mixed text writes the service name and the closing words in the other language */
	mixed_korean_core = d_lang / 1000 < 6;
	c.core_lang = c.language < 2 ? c.language : (mixed_korean_core ? 0 : 1);
	c.name_lang = c.language < 2 ? c.language : (mixed_korean_core ? 1 : 0);
	c.slot = product_slot(c.service, c.damage, draw(d, SALT_SLOT, 100));
	c.variant = draw(d, SALT_VARIANT, 4);
	c.loss = 0;
	if (c.damage <= 1)
	{
		double		u = ((double) raw_draw(d, SALT_LOSS) + 0.5) / 2147483648.0;

		c.loss = claimed_loss(c.reporter, c.damage, u, draw(d, SALT_ROUND, 10));
	}
	return c;
}

/* index of a per-slot table with per pieces per slot */
static int
slot_index(const ClaimShape *c, int per, int k)
{
	return (c->core_lang * SAMPLE_SLOTS + c->slot) * per + k;
}

/* who the claimant says they are, or "" */
static const char *
self_description(const ClaimShape *c, int32 d_id)
{
	int			share = d_id % 100;

	switch (c->reporter)
	{
		case 0:
			return share < 22 ? sample_gen_ids[c->core_lang * 6 + d_id / 100 % 6] : "";
		case 1:
			return share < 85 ? sample_personas[slot_index(c, 4, c->variant % 4)] : "";
		default:
			return share < 95 ? sample_ent_ids[slot_index(c, 2, c->variant % 2)] : "";
	}
}

/* what fills {x}: the item paid for, the event that cost money, the question */
static const char *
subject(const ClaimShape *c, int32 d_q)
{
	switch (c->damage)
	{
		case 0:
			return c->reporter == 0 ? sample_c_items[slot_index(c, 4, c->variant % 4)] :
				c->reporter == 1 ? sample_b_items[slot_index(c, 4, c->variant % 4)] :
				sample_e_items[slot_index(c, 2, c->variant % 2)];
		case 1:
			return c->reporter == 0 ? sample_c_events[slot_index(c, 4, c->variant % 4)] :
				c->reporter == 1 ? sample_b_events[slot_index(c, 4, c->variant % 4)] :
				sample_e_events[slot_index(c, 2, c->variant % 2)];
		case 2:
			if (d_q % 2 == 0 && c->reporter < 2)
				return sample_questions[slot_index(c, 4, d_q / 2 % 4)];
			return sample_gen_questions[(c->core_lang * 3 + c->reporter) * 4 + d_q / 2 % 4];
		default:
			return "";
	}
}

/* the amount phrase with {m}, or "": mentioned in about half to four fifths of the money claims */
static const char *
amount_phrase(const ClaimShape *c, int32 d_amt)
{
	int			percent;
	int			kind;

	if (c->damage > 1)
		return "";
	percent = c->reporter == 2 ? 80 :
		c->damage == 0 ? (c->reporter == 0 ? 50 : 55) : (c->reporter == 0 ? 60 : 75);
	if (d_amt % 100 >= percent)
		return "";
	kind = c->damage == 0 ? 0 : (c->reporter == 0 ? 1 : 2);
	return sample_amount_phrases[(c->core_lang * 3 + kind) * 6 + d_amt / 100 % 6];
}

/* an amount of whole thousands with thousands separators: 2,600,000 */
static void
format_grouped(char *buf, size_t size, int32 amount)
{
	if (amount >= 1000000000)
		snprintf(buf, size, "%d,%03d,%03d,000", amount / 1000000000, amount / 1000000 % 1000,
				 amount / 1000 % 1000);
	else if (amount >= 1000000)
		snprintf(buf, size, "%d,%03d,000", amount / 1000000, amount / 1000 % 1000);
	else
		snprintf(buf, size, "%d,000", amount / 1000);
}

/* how the claimant writes the money: 35만원, 2,600,000원, KRW 35,000, 35k won ... */
static void
format_money(char *buf, size_t size, int lang, int fmt, int32 a)
{
	char		grouped[32];

	format_grouped(grouped, sizeof(grouped), a);
	if (lang == 0)
	{
		if ((fmt == 0 || fmt == 1 || fmt == 5) && a % 10000 == 0 && a < 100000000)
			snprintf(buf, size, "%d%s", a / 10000, fmt == 1 ? "만 원" : "만원");
		else if (fmt == 0 && a < 10000)
			snprintf(buf, size, "%d천원", a / 1000);
		else if (fmt == 0 && a < 100000000)
			snprintf(buf, size, "%d만%d천원", a / 10000, a % 10000 / 1000);
		else if (fmt == 4)
			snprintf(buf, size, "%d원", a);
		else
			snprintf(buf, size, "%s%s", grouped, fmt == 5 ? " 원" : "원");
		return;
	}
	switch (fmt)
	{
		case 0:
			snprintf(buf, size, "KRW %s", grouped);
			break;
		case 2:
			snprintf(buf, size, "₩%s", grouped);
			break;
		case 3:
			snprintf(buf, size, "%s KRW", grouped);
			break;
		case 4:
			if (a < 1000000)
				snprintf(buf, size, "%dk won", a / 1000);
			else
				snprintf(buf, size, "KRW %s", grouped);
			break;
		default:
			snprintf(buf, size, "%s won", grouped);
			break;
	}
}

/*
 * Append src[0..len) to dst with every occurrence of from replaced by to,
 * leftmost first and not overlapping, as replace() does; an empty from
 * leaves src as it is.
 */
static void
append_replaced(StringInfo dst, const char *src, int len, const char *from, const char *to)
{
	int			from_len = strlen(from);
	int			to_len = strlen(to);
	int			done = 0;
	int			i = 0;

	while (from_len > 0 && i + from_len <= len)
	{
		if (src[i] == from[0] && memcmp(src + i, from, from_len) == 0)
		{
			appendBinaryStringInfo(dst, src + done, i - done);
			appendBinaryStringInfo(dst, to, to_len);
			i += from_len;
			done = i;
		}
		else
			i++;
	}
	appendBinaryStringInfo(dst, src + done, len - done);
}

/* *text = replace(*text, from, to), through scratch */
static void
replace_in(StringInfo text, StringInfo scratch, const char *from, const char *to)
{
	StringInfoData swap;

	resetStringInfo(scratch);
	append_replaced(scratch, text->data, text->len, from, to);
	swap = *text;
	*text = *scratch;
	*scratch = swap;
}

/* English texts are a quarter of the time all lower case; otherwise the first letter is upper case */
static void
apply_case(StringInfo text, bool lower_all)
{
	if (lower_all)
	{
		for (int i = 0; i < text->len; i++)
			if (text->data[i] >= 'A' && text->data[i] <= 'Z')
				text->data[i] += 'a' - 'A';
	}
	else if (text->len > 0 && text->data[0] >= 'a' && text->data[0] <= 'z')
		text->data[0] -= 'a' - 'A';
}

/* typos and spacing variants, each on its own share of the texts */
static void
apply_typos(StringInfo text, StringInfo scratch, int core_lang, int32 d_typo)
{
	if (core_lang == 0)
	{
		if (d_typo % 100 < 12)
			replace_in(text, scratch, "결제", "결재");
		if (d_typo / 100 % 100 < 10)
			replace_in(text, scratch, "됐", "됬");
		if (d_typo / 10000 % 100 < 15)
			replace_in(text, scratch, "못 ", "못");
		if (d_typo / 1000000 % 100 < 10)
		{
			replace_in(text, scratch, "안 돼", "안돼");
			replace_in(text, scratch, "안 되", "안되");
		}
		if (d_typo / 100000000 % 10 < 4)
			replace_in(text, scratch, "해 주", "해주");
	}
	else
	{
		if (d_typo / 100 % 100 < 10)
			replace_in(text, scratch, "please", "pls");
		if (d_typo / 10000 % 100 < 35)
		{
			replace_in(text, scratch, " could not ", " couldn't ");
			replace_in(text, scratch, " did not ", " didn't ");
			replace_in(text, scratch, "I am ", "I'm ");
		}
	}
}

/*
 * The text: greeting, self-description, the core sentence with its
 * placeholders filled in ({x} first, then the {s} of the sentence and of
 * what {x} brought, then {a}), closing words, emoji; then case and typos.
 */
static void
claim_text(const Drawer *d, const ClaimShape *c, SampleTextBuffers *buf)
{
	int32		d_amt = draw(d, SALT_AMOUNT, 3600);
	int32		d_close = draw(d, SALT_CLOSER, 6);
	int32		d_typo = draw(d, SALT_TYPO, 1000000000);
	int			group = c->damage == 0 ? (c->reporter == 0 ? 0 : 1) : c->damage + 1;
	const char *tpl = sample_templates[(c->core_lang * 7 + group) * 8 + draw(d, SALT_TEMPLATE, 8)];
	const char *name = sample_names[(c->name_lang * SAMPLE_SLOTS + c->slot) * 4 + draw(d, SALT_NAME, 4)];
	const char *amount = amount_phrase(c, d_amt);
	const char *closer;
	char		money[64];

	if (c->language == 2)
		closer = sample_closers[((1 - c->core_lang) * 6 + c->damage) * 6 + d_close % 3];
	else
		closer = sample_closers[(c->core_lang * 6 + c->damage) * 6 + d_close];

	money[0] = '\0';
	if (amount[0] != '\0')
		format_money(money, sizeof(money), c->core_lang, d_amt / 600 % 6, c->loss);
	resetStringInfo(&buf->amount);
	append_replaced(&buf->amount, amount, strlen(amount), "{m}", money);

	resetStringInfo(&buf->scratch);
	append_replaced(&buf->scratch, tpl, strlen(tpl), "{x}", subject(c, draw(d, SALT_QUESTION, 8)));
	resetStringInfo(&buf->text);
	append_replaced(&buf->text, buf->scratch.data, buf->scratch.len, "{s}", name);

	resetStringInfo(&buf->scratch);
	appendStringInfoString(&buf->scratch, sample_greetings[c->core_lang * 10 + draw(d, SALT_GREETING, 10)]);
	appendStringInfoString(&buf->scratch, self_description(c, draw(d, SALT_IDENT, 600)));
	append_replaced(&buf->scratch, buf->text.data, buf->text.len, "{a}", buf->amount.data);
	appendStringInfoString(&buf->scratch, closer);
	appendStringInfoString(&buf->scratch,
						   sample_tails[((c->language == 2 ? 0 : c->core_lang) * 6 + c->damage) * 8 +
										draw(d, SALT_TAIL, 8)]);

	resetStringInfo(&buf->text);
	appendBinaryStringInfo(&buf->text, buf->scratch.data, buf->scratch.len);
	apply_case(&buf->text, c->core_lang == 1 && d_typo % 100 < 25);
	apply_typos(&buf->text, &buf->scratch, c->core_lang, d_typo);
}

void
sample_claim_make(int64 id, int64 seed, SampleClaim *claim, SampleTextBuffers *buf)
{
	Drawer		d = drawer_for(id, seed);
	ClaimShape	c = claim_shape(&d);

	claim->received_at = arrival(&d);
	claim->service = service_labels[c.service];
	claim->reporter = reporter_labels[c.reporter];
	claim->damage_type = damage_labels[c.damage];
	claim->language = language_labels[c.language];
	claim->has_loss = c.damage <= 1;
	claim->claimed_loss = c.loss;
	claim_text(&d, &c, buf);
}
