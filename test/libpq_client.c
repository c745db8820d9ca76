/*
 * libpq_client.c
 *		A client of compensate's binary wire formats, written against libpq
 *		only (no server headers): it fetches payout_schedule, payout_report and
 *		classifier values in BINARY result format, decodes them, renders each
 *		to its canonical text in C and compares that with the text form the
 *		server sends for the same value.  Then it sends values back as BINARY
 *		parameters (including a schedule encoded here from scratch) and checks
 *		what was stored, and checks that corrupted binary parameters are
 *		rejected with SQLSTATE 22P03.
 *
 * Wire layouts (all integers in network byte order), from the send functions:
 *
 *	 number (Dec)	  int64 mantissa, int16 scale: value = m * 10^-scale
 *	 payout_schedule  uint8 version (1), uint8 mode (0 volume, 1 graduated),
 *					  uint8 round mode, uint8 flags, int32 ntiers, number lower,
 *					  number deductible, number cap, number round unit, then per
 *					  tier: number upper, number fixed, number rate, uint8 flags
 *					  (src/schedule_io.c payout_schedule_send)
 *	 payout_report	  uint8 version (1), int64 null_keys, int32 length + the
 *					  schedule's binary form, then per tier: int64 claims,
 *					  int32 length + numeric (claimed), int32 length + numeric
 *					  (paid), numerics in numeric_send format
 *					  (src/report_io.c payout_report_send)
 *	 classifier		  uint8 version (1), uint8 kind; rules (1): int32 nlabels,
 *					  per label int32 length + UTF-8 name, int32 default label
 *					  (-1: none), int32 nterms, per term int32 label, int32
 *					  weight (thousandths), int32 length + UTF-8 term; naive Bayes
 *					  (2): int32 hash_bits, int32 nlabels, per label int32 length
 *					  + name, int64 docs, int64 features, int32 nbuckets, per
 *					  bucket uint32 bucket and nlabels int32 counts
 *					  (src/classifier_io.c classifier_send, src/bayes_io.c
 *					  bayes_send)
 *
 * Connects with the PG* environment variables.  Prints a summary and exits 1
 * on any mismatch, 2 when it cannot run at all.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

/* the on-disk and wire flags, as in src/schedule.h */
#define SCHED_LOWER_INCLUSIVE	0x01
#define SCHED_HAS_DEDUCTIBLE	0x02
#define SCHED_HAS_CAP			0x04
#define SCHED_HAS_ROUND			0x08
#define TIER_UPPER_INCLUSIVE	0x01
#define TIER_UNBOUNDED			0x02
#define TIER_HAS_RATE			0x04
#define TIER_REVIEW				0x08

#define WEIGHT_SCALE			1000

static PGconn *conn;
static long checked;			/* comparisons made */
static long mismatches;
static long values_schedule,
			values_report,
			values_classifier;
static unsigned schedule_oid,
			report_oid,
			classifier_oid;

/* A growing string ----------------------------------------------------- */

typedef struct Str
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Str;

static void
str_reserve(Str *s, size_t more)
{
	if (s->len + more + 1 <= s->cap)
		return;
	while (s->len + more + 1 > s->cap)
		s->cap = s->cap ? s->cap * 2 : 256;
	s->data = realloc(s->data, s->cap);
	if (s->data == NULL)
	{
		fprintf(stderr, "out of memory\n");
		exit(2);
	}
}

static void
str_add(Str *s, const char *bytes, size_t n)
{
	str_reserve(s, n);
	memcpy(s->data + s->len, bytes, n);
	s->len += n;
	s->data[s->len] = '\0';
}

static void
str_cat(Str *s, const char *text)
{
	str_add(s, text, strlen(text));
}

static void
str_char(Str *s, char c)
{
	str_add(s, &c, 1);
}

static void
str_printf(Str *s, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static void
str_printf(Str *s, const char *fmt,...)
{
	char		buf[64];
	va_list		args;
	int			n;

	va_start(args, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	str_add(s, buf, (size_t) n);
}

static void
str_free(Str *s)
{
	free(s->data);
	s->data = NULL;
	s->len = s->cap = 0;
}

/* Reading a binary value, with bounds checks ----------------------------- */

typedef struct Reader
{
	const unsigned char *p;
	size_t		len;
	size_t		pos;
	const char *error;			/* first problem, NULL if none */
} Reader;

static bool
need(Reader *r, size_t n)
{
	if (r->error)
		return false;
	if (r->len - r->pos < n)
	{
		r->error = "value ends early";
		return false;
	}
	return true;
}

static uint64_t
get_uint(Reader *r, int bytes)
{
	uint64_t	v = 0;

	if (!need(r, (size_t) bytes))
		return 0;
	for (int i = 0; i < bytes; i++)
		v = (v << 8) | r->p[r->pos++];
	return v;
}

static uint8_t
get_u8(Reader *r)
{
	return (uint8_t) get_uint(r, 1);
}

static int16_t
get_i16(Reader *r)
{
	return (int16_t) (uint16_t) get_uint(r, 2);
}

static int32_t
get_i32(Reader *r)
{
	return (int32_t) (uint32_t) get_uint(r, 4);
}

static int64_t
get_i64(Reader *r)
{
	return (int64_t) get_uint(r, 8);
}

static const unsigned char *
get_bytes(Reader *r, int32_t n)
{
	const unsigned char *p;

	if (n < 0)
	{
		if (!r->error)
			r->error = "negative length";
		return NULL;
	}
	if (!need(r, (size_t) n))
		return NULL;
	p = r->p + r->pos;
	r->pos += (size_t) n;
	return p;
}

/* Numbers ------------------------------------------------------------------ */

typedef struct Dec
{
	int64_t		m;
	int16_t		scale;
} Dec;

static Dec
get_dec(Reader *r)
{
	Dec			d;

	d.m = get_i64(r);
	d.scale = get_i16(r);
	return d;
}

/* As src/decimal.c dec_append: plain digits, the point placed by the scale */
static void
dec_render(Str *s, Dec d)
{
	char		digits[32];
	int			len;
	uint64_t	v = (uint64_t) d.m;

	if (d.m < 0)
	{
		str_char(s, '-');
		v = (uint64_t) 0 - v;
	}
	len = snprintf(digits, sizeof(digits), "%llu", (unsigned long long) v);
	if (d.scale <= 0)
	{
		str_add(s, digits, (size_t) len);
		return;
	}
	if (len <= d.scale)
	{
		str_cat(s, "0.");
		for (int i = 0; i < d.scale - len; i++)
			str_char(s, '0');
		str_add(s, digits, (size_t) len);
		return;
	}
	str_add(s, digits, (size_t) (len - d.scale));
	str_char(s, '.');
	str_add(s, digits + len - d.scale, (size_t) d.scale);
}

/*
 * A numeric in numeric_send format: int16 ndigits, int16 weight, uint16 sign,
 * int16 dscale, ndigits int16 base-10000 digits, the first of weight
 * 10000^weight.  Decoded to a decimal string with exactly dscale fraction
 * digits, as numeric_out writes it.
 */
typedef struct Num
{
	Str			text;
	bool		negative;
	bool		special;		/* NaN or infinity */
	int			scale;
} Num;

static bool
get_numeric(Reader *r, Num *out)
{
	int32_t		len = get_i32(r);
	const unsigned char *bytes = get_bytes(r, len);
	Reader		n;
	int16_t		ndigits,
				weight,
				dscale;
	uint16_t	sign;
	int16_t    *digits;

	memset(out, 0, sizeof(Num));
	if (bytes == NULL)
		return false;
	n = (Reader) {bytes, (size_t) len, 0, NULL};
	ndigits = get_i16(&n);
	weight = get_i16(&n);
	sign = (uint16_t) get_i16(&n);
	dscale = get_i16(&n);
	if (n.error || ndigits < 0 || dscale < 0)
	{
		r->error = "bad numeric header";
		return false;
	}
	digits = calloc((size_t) ndigits + 1, sizeof(int16_t));
	for (int i = 0; i < ndigits; i++)
	{
		digits[i] = get_i16(&n);
		if (digits[i] < 0 || digits[i] > 9999)
			n.error = "bad numeric digit";
	}
	if (n.error || n.pos != n.len)
	{
		r->error = n.error ? n.error : "trailing bytes in a numeric";
		free(digits);
		return false;
	}
	out->scale = dscale;
	if (sign == 0xC000 || sign == 0xD000 || sign == 0xF000)
	{
		out->special = true;
		str_cat(&out->text, sign == 0xC000 ? "NaN" : sign == 0xD000 ? "Infinity" : "-Infinity");
		free(digits);
		return true;
	}
	if (sign != 0x0000 && sign != 0x4000)
	{
		r->error = "bad numeric sign";
		free(digits);
		return false;
	}
	out->negative = (sign == 0x4000);
	/* the integer part: digit groups of weight >= 0 */
	if (weight < 0)
		str_char(&out->text, '0');
	for (int i = 0; i <= weight; i++)
	{
		int			dig = (i < ndigits) ? digits[i] : 0;

		if (i == 0)
			str_printf(&out->text, "%d", dig);
		else
			str_printf(&out->text, "%04d", dig);
	}
	/* exactly dscale fraction digits: group i has weight (weight - i) */
	if (dscale > 0)
	{
		Str			frac = {0};

		for (int i = weight + 1; (int) frac.len < dscale; i++)
			str_printf(&frac, "%04d", (i >= 0 && i < ndigits) ? digits[i] : 0);
		str_char(&out->text, '.');
		str_add(&out->text, frac.data, (size_t) dscale);
		str_free(&frac);
	}
	free(digits);
	return true;
}

static void
num_render(Str *s, const Num *n)
{
	if (n->negative)
		str_char(s, '-');
	str_add(s, n->text.data, n->text.len);
}

/*
 * A running sum of non-negative decimals, as numeric addition does it: the
 * result's scale is the largest scale added.  Digits are kept as a decimal
 * string of integer digits and one of fraction digits.
 */
typedef struct Sum
{
	char	   *ip;				/* integer digits, most significant first */
	char	   *fp;				/* fraction digits */
} Sum;

static void
sum_init(Sum *sum)
{
	sum->ip = strdup("0");
	sum->fp = strdup("");
}

static void
sum_add(Sum *sum, const Num *n)
{
	const char *t = n->text.data;
	const char *point = strchr(t, '.');
	size_t		ilen = point ? (size_t) (point - t) : strlen(t);
	const char *f = point ? point + 1 : "";
	size_t		flen = strlen(f),
				a_ilen = strlen(sum->ip),
				a_flen = strlen(sum->fp);
	size_t		FL = flen > a_flen ? flen : a_flen;
	size_t		IL = (ilen > a_ilen ? ilen : a_ilen) + 1;
	char	   *ip = calloc(IL + 1, 1),
			   *fp = calloc(FL + 1, 1);
	int			carry = 0;

	for (size_t k = FL; k-- > 0;)
	{
		int			x = (k < a_flen ? sum->fp[k] - '0' : 0) + (k < flen ? f[k] - '0' : 0) + carry;

		fp[k] = (char) ('0' + x % 10);
		carry = x / 10;
	}
	for (size_t k = 0; k < IL; k++)
	{
		/* k-th digit from the right */
		int			x = carry;

		if (k < a_ilen)
			x += sum->ip[a_ilen - 1 - k] - '0';
		if (k < ilen)
			x += t[ilen - 1 - k] - '0';
		ip[IL - 1 - k] = (char) ('0' + x % 10);
		carry = x / 10;
	}
	free(sum->ip);
	free(sum->fp);
	/* strip leading zeros, keep one */
	{
		size_t		lead = 0;

		while (lead + 1 < IL && ip[lead] == '0')
			lead++;
		sum->ip = strdup(ip + lead);
		free(ip);
	}
	sum->fp = fp;
}

static void
sum_render(Str *s, const Sum *sum)
{
	str_cat(s, sum->ip);
	if (sum->fp[0] != '\0')
	{
		str_char(s, '.');
		str_cat(s, sum->fp);
	}
}

static void
sum_free(Sum *sum)
{
	free(sum->ip);
	free(sum->fp);
}

/* payout_schedule ------------------------------------------------------- */

typedef struct Tier
{
	Dec			upper,
				fixed,
				rate;
	uint8_t		flags;
} Tier;

typedef struct Schedule
{
	uint8_t		version,
				mode,
				round_mode,
				flags;
	int32_t		ntiers;
	Dec			lower,
				deductible,
				cap,
				round_unit;
	Tier	   *tiers;
} Schedule;

static bool
get_schedule(Reader *r, Schedule *s)
{
	memset(s, 0, sizeof(Schedule));
	s->version = get_u8(r);
	s->mode = get_u8(r);
	s->round_mode = get_u8(r);
	s->flags = get_u8(r);
	s->ntiers = get_i32(r);
	s->lower = get_dec(r);
	s->deductible = get_dec(r);
	s->cap = get_dec(r);
	s->round_unit = get_dec(r);
	if (r->error)
		return false;
	if (s->version != 1)
	{
		r->error = "unknown schedule format version";
		return false;
	}
	if (s->ntiers < 1 || (size_t) s->ntiers * 31 > r->len - r->pos)
	{
		r->error = "bad tier count";
		return false;
	}
	s->tiers = calloc((size_t) s->ntiers, sizeof(Tier));
	for (int i = 0; i < s->ntiers; i++)
	{
		s->tiers[i].upper = get_dec(r);
		s->tiers[i].fixed = get_dec(r);
		s->tiers[i].rate = get_dec(r);
		s->tiers[i].flags = get_u8(r);
	}
	return r->error == NULL;
}

static const char *
round_mode_name(int mode)
{
	switch (mode)
	{
		case 0:
			return "half_up";
		case 1:
			return "half_even";
		case 2:
			return "down";
		case 3:
			return "up";
	}
	return "?";
}

/* As src/schedule_io.c schedule_append_text */
static void
schedule_render(Str *out, const Schedule *s)
{
	str_cat(out, s->mode == 1 ? "graduated " : "volume ");
	for (int i = 0; i < s->ntiers; i++)
	{
		const Tier *t = &s->tiers[i];
		bool		lower_inclusive;
		Dec			lower;

		if (i == 0)
		{
			lower = s->lower;
			lower_inclusive = (s->flags & SCHED_LOWER_INCLUSIVE) != 0;
		}
		else
		{
			lower = s->tiers[i - 1].upper;
			lower_inclusive = (s->tiers[i - 1].flags & TIER_UPPER_INCLUSIVE) == 0;
		}
		if (i > 0)
			str_cat(out, ", ");
		str_char(out, lower_inclusive ? '[' : '(');
		dec_render(out, lower);
		str_char(out, ',');
		if (t->flags & TIER_UNBOUNDED)
			str_char(out, ')');
		else
		{
			dec_render(out, t->upper);
			str_char(out, (t->flags & TIER_UPPER_INCLUSIVE) ? ']' : ')');
		}
		str_cat(out, " => ");
		if (t->flags & TIER_REVIEW)
			str_cat(out, "review");
		else if (!(t->flags & TIER_HAS_RATE))
			dec_render(out, t->fixed);
		else
		{
			if (t->fixed.m != 0)
			{
				dec_render(out, t->fixed);
				str_cat(out, " + ");
			}
			dec_render(out, t->rate);
			str_char(out, '%');
		}
	}
	if (s->flags & SCHED_HAS_DEDUCTIBLE)
	{
		str_cat(out, " deductible ");
		dec_render(out, s->deductible);
	}
	if (s->flags & SCHED_HAS_CAP)
	{
		str_cat(out, " cap ");
		dec_render(out, s->cap);
	}
	if (s->flags & SCHED_HAS_ROUND)
	{
		str_cat(out, " round ");
		dec_render(out, s->round_unit);
		str_char(out, ' ');
		str_cat(out, round_mode_name(s->round_mode));
	}
}

/* Decode a whole binary schedule and render it; false (and why) if malformed */
static bool
schedule_text(const unsigned char *bytes, size_t len, Str *out, Schedule *keep, const char **why)
{
	Reader		r = {bytes, len, 0, NULL};
	Schedule	s;
	bool		ok = get_schedule(&r, &s);

	if (ok && r.pos != r.len)
		r.error = "trailing bytes after the last tier";
	*why = r.error;
	if (r.error)
	{
		free(s.tiers);
		return false;
	}
	schedule_render(out, &s);
	if (keep)
		*keep = s;
	else
		free(s.tiers);
	return true;
}

/* payout_report --------------------------------------------------------- */

typedef struct ReportInfo
{
	Str			schedule;
	int64_t		claims,
				in_review,
				null_keys;
	int32_t		ntiers;
} ReportInfo;

/* As src/report_io.c payout_report_out, from the binary form */
static bool
report_text(const unsigned char *bytes, size_t len, Str *out, ReportInfo *info, const char **why)
{
	Reader		r = {bytes, len, 0, NULL};
	Schedule	s;
	Str			tiers = {0};
	Sum			claimed,
				paid;
	int32_t		slen;
	const unsigned char *sbytes;
	bool		ok = true;

	memset(info, 0, sizeof(ReportInfo));
	*why = NULL;
	if (get_u8(&r) != 1)
	{
		*why = r.error ? r.error : "unknown report format version";
		return false;
	}
	info->null_keys = get_i64(&r);
	slen = get_i32(&r);
	sbytes = get_bytes(&r, slen);
	if (sbytes == NULL)
	{
		*why = r.error;
		return false;
	}
	if (!schedule_text(sbytes, (size_t) slen, &info->schedule, &s, why))
		return false;
	info->ntiers = s.ntiers;
	sum_init(&claimed);
	sum_init(&paid);
	for (int i = 0; i < s.ntiers && ok; i++)
	{
		int64_t		n = get_i64(&r);
		Num			c,
					p;
		bool		review = false;

		if (!get_numeric(&r, &c))
			ok = false;
		else if (!get_numeric(&r, &p))
		{
			str_free(&c.text);
			ok = false;
		}
		if (!ok)
			break;
		if (c.negative || c.special || p.negative || p.special || n < 0)
		{
			r.error = "a negative or non-finite count or sum";
			ok = false;
		}
		/* a tier is in review if it is a review tier; graduated: or any before it */
		for (int k = (s.mode == 1) ? 0 : i; k <= i; k++)
			review = review || (s.tiers[k].flags & TIER_REVIEW) != 0;
		info->claims += n;
		if (review)
			info->in_review += n;
		sum_add(&claimed, &c);
		sum_add(&paid, &p);
		str_printf(&tiers, "%s%lld:", i > 0 ? "," : "", (long long) n);
		num_render(&tiers, &c);
		str_char(&tiers, ':');
		num_render(&tiers, &p);
		str_free(&c.text);
		str_free(&p.text);
	}
	if (ok && r.pos != r.len)
	{
		r.error = "trailing bytes after the last tier";
		ok = false;
	}
	if (ok)
	{
		str_printf(out, "claims=%lld", (long long) info->claims);
		str_printf(out, " in_review=%lld", (long long) info->in_review);
		str_printf(out, " null_keys=%lld", (long long) info->null_keys);
		str_cat(out, " claimed=");
		sum_render(out, &claimed);
		str_cat(out, " paid=");
		sum_render(out, &paid);
		str_cat(out, " tiers=[");
		str_add(out, tiers.data ? tiers.data : "", tiers.len);
		str_cat(out, "] schedule=");
		str_add(out, info->schedule.data, info->schedule.len);
	}
	*why = r.error;
	str_free(&tiers);
	sum_free(&claimed);
	sum_free(&paid);
	free(s.tiers);
	return ok;
}

/* classifier ------------------------------------------------------------ */

typedef struct ClassifierInfo
{
	int			kind;			/* 1 rules, 2 naive Bayes */
	int32_t		nlabels;
	int32_t		nitems;			/* terms or buckets */
	Str			labels;			/* every label name, sorted bytewise, one per line */
} ClassifierInfo;

/* As src/classifier_io.c append_quoted: "..." with "" for a quote */
static void
append_quoted(Str *out, const char *s, int len)
{
	str_char(out, '"');
	for (int i = 0; i < len; i++)
	{
		if (s[i] == '"')
			str_char(out, '"');
		str_char(out, s[i]);
	}
	str_char(out, '"');
}

/* As src/classifier_io.c term_is_bare / append_quoted */
static void
append_term(Str *out, const char *s, int len)
{
	bool		bare = len > 0;

	for (int i = 0; i < len; i++)
	{
		if (strchr(",;:#^\"\n\r\t", s[i]) != NULL)
			bare = false;
	}
	if (bare)
		str_add(out, s, (size_t) len);
	else
		append_quoted(out, s, len);
}

/* As src/classifier_io.c append_weight: ^1, ^2.5, ^0.125 */
static void
append_weight(Str *out, int32_t milli)
{
	str_printf(out, "^%d", milli / WEIGHT_SCALE);
	if (milli % WEIGHT_SCALE != 0)
	{
		char		frac[8];
		int			n;

		snprintf(frac, sizeof(frac), "%03d", milli % WEIGHT_SCALE);
		for (n = 3; n > 0 && frac[n - 1] == '0'; n--)
			;
		str_char(out, '.');
		str_add(out, frac, (size_t) n);
	}
}

typedef struct Label
{
	const char *name;
	int32_t		len;
} Label;

/* bytewise, as ORDER BY ... COLLATE "C" */
static int
compare_labels(const void *a, const void *b)
{
	const Label *x = a;
	const Label *y = b;
	int			c = memcmp(x->name, y->name, (size_t) (x->len < y->len ? x->len : y->len));

	return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

typedef struct Term
{
	int32_t		label,
				weight,
				len;
	const char *text;
} Term;

static bool
classifier_text(const unsigned char *bytes, size_t len, Str *out, ClassifierInfo *info, const char **why)
{
	Reader		r = {bytes, len, 0, NULL};
	int			version = get_u8(&r);
	const char **names = NULL;
	int32_t    *name_len = NULL;
	bool		ok = false;

	memset(info, 0, sizeof(ClassifierInfo));
	info->kind = get_u8(&r);
	*why = NULL;
	if (r.error || version != 1 || (info->kind != 1 && info->kind != 2))
	{
		*why = r.error ? r.error : "unknown classifier format version or kind";
		return false;
	}
	if (info->kind == 1)
	{
		int32_t		default_label;
		Term	   *terms = NULL;

		info->nlabels = get_i32(&r);
		if (info->nlabels < 1 || info->nlabels > 1000)
			r.error = "bad label count";
		else
		{
			names = calloc((size_t) info->nlabels, sizeof(char *));
			name_len = calloc((size_t) info->nlabels, sizeof(int32_t));
		}
		for (int i = 0; i < info->nlabels && !r.error; i++)
		{
			name_len[i] = get_i32(&r);
			names[i] = (const char *) get_bytes(&r, name_len[i]);
		}
		default_label = get_i32(&r);
		info->nitems = get_i32(&r);
		if (!r.error && (default_label < -1 || default_label >= info->nlabels ||
						 info->nitems < 0 || (size_t) info->nitems > (r.len - r.pos) / 13))
			r.error = "bad default label or term count";
		if (!r.error)
			terms = calloc((size_t) info->nitems + 1, sizeof(Term));
		for (int i = 0; i < info->nitems && !r.error; i++)
		{
			terms[i].label = get_i32(&r);
			terms[i].weight = get_i32(&r);
			terms[i].len = get_i32(&r);
			terms[i].text = (const char *) get_bytes(&r, terms[i].len);
			if (!r.error && (terms[i].label < 0 || terms[i].label >= info->nlabels))
				r.error = "a term of an unknown label";
		}
		if (!r.error && r.pos != r.len)
			r.error = "trailing bytes";
		if (!r.error)
		{
			/* one statement per label that has terms, in label order; then the default */
			bool		first_statement = true;

			for (int l = 0; l < info->nlabels; l++)
			{
				bool		first_term = true;

				for (int i = 0; i < info->nitems; i++)
				{
					if (terms[i].label != l)
						continue;
					if (first_term)
					{
						if (!first_statement)
							str_cat(out, "; ");
						first_statement = false;
						str_add(out, names[l], (size_t) name_len[l]);
						str_cat(out, ": ");
					}
					else
						str_cat(out, ", ");
					first_term = false;
					append_term(out, terms[i].text, terms[i].len);
					if (terms[i].weight != WEIGHT_SCALE)
						append_weight(out, terms[i].weight);
				}
			}
			if (default_label >= 0)
			{
				if (!first_statement)
					str_cat(out, "; ");
				str_cat(out, "default ");
				str_add(out, names[default_label], (size_t) name_len[default_label]);
			}
			ok = true;
		}
		free(terms);
	}
	else
	{
		int32_t		hash_bits = get_i32(&r);

		info->nlabels = get_i32(&r);
		if (!r.error && (info->nlabels < 1 || info->nlabels > 1000))
			r.error = "bad label count";
		if (!r.error)
		{
			str_printf(out, "naive_bayes hash_bits=%d labels=[", hash_bits);
			names = calloc((size_t) info->nlabels, sizeof(char *));
			name_len = calloc((size_t) info->nlabels, sizeof(int32_t));
		}
		for (int l = 0; l < info->nlabels && !r.error; l++)
		{
			int64_t		docs,
						features;

			name_len[l] = get_i32(&r);
			names[l] = (const char *) get_bytes(&r, name_len[l]);
			docs = get_i64(&r);
			features = get_i64(&r);
			if (r.error)
				break;
			if (l > 0)
				str_char(out, ',');
			append_quoted(out, names[l], name_len[l]);
			str_printf(out, ":%lld:%lld", (long long) docs, (long long) features);
		}
		str_cat(out, "] counts=[");
		info->nitems = get_i32(&r);
		if (!r.error && (info->nitems < 0 ||
						 (size_t) info->nitems * (4 + 4 * (size_t) info->nlabels) != r.len - r.pos))
			r.error = "bad bucket count";
		for (int i = 0; i < info->nitems && !r.error; i++)
		{
			str_printf(out, "%s%u", i > 0 ? "," : "", (unsigned) get_uint(&r, 4));
			for (int l = 0; l < info->nlabels; l++)
				str_printf(out, ":%d", get_i32(&r));
		}
		str_char(out, ']');
		ok = (r.error == NULL && r.pos == r.len);
		if (ok == false && r.error == NULL)
			r.error = "trailing bytes";
	}
	if (ok)
	{
		Label	   *sorted = calloc((size_t) info->nlabels, sizeof(Label));

		for (int l = 0; l < info->nlabels; l++)
			sorted[l] = (Label) {names[l], name_len[l]};
		qsort(sorted, (size_t) info->nlabels, sizeof(Label), compare_labels);
		for (int l = 0; l < info->nlabels; l++)
		{
			if (l > 0)
				str_char(&info->labels, '\n');
			str_add(&info->labels, sorted[l].name, (size_t) sorted[l].len);
		}
		free(sorted);
	}
	free(names);
	free(name_len);
	*why = r.error;
	return ok;
}

/* Checks and queries -------------------------------------------------------- */

static void
mismatch(const char *what, const char *expected, size_t elen, const char *got, size_t glen)
{
	size_t		at = 0;

	while (at < elen && at < glen && expected[at] == got[at])
		at++;
	mismatches++;
	printf("MISMATCH %s: first difference at byte %zu\n", what, at);
	printf("  server: %.*s%s\n", (int) (elen - at < 160 ? elen - at : 160), expected + at,
		   elen - at > 160 ? "..." : "");
	printf("  client: %.*s%s\n", (int) (glen - at < 160 ? glen - at : 160), got + at,
		   glen - at > 160 ? "..." : "");
}

static void
check_same(const char *what, const char *expected, size_t elen, const char *got, size_t glen)
{
	checked++;
	if (elen != glen || memcmp(expected, got, elen) != 0)
		mismatch(what, expected, elen, got, glen);
}

static void
check_true(const char *what, bool ok)
{
	checked++;
	if (!ok)
	{
		mismatches++;
		printf("MISMATCH %s\n", what);
	}
}

static void
die(const char *what, PGresult *res)
{
	fprintf(stderr, "%s: %s", what, res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
	PQfinish(conn);
	exit(2);
}

/* Run SQL that returns no rows (or rows we ignore) */
static void
run(const char *sql)
{
	PGresult   *res = PQexec(conn, sql);

	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK)
		die(sql, res);
	PQclear(res);
}

/* A query with a result format: 0 text, 1 binary */
static PGresult *
query(const char *sql, int format)
{
	PGresult   *res = PQexecParams(conn, sql, 0, NULL, NULL, NULL, NULL, format);

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die(sql, res);
	return res;
}

static unsigned
type_oid(const char *name)
{
	const char *params[1] = {name};
	PGresult   *res = PQexecParams(conn, "SELECT $1::regtype::oid", 1, NULL, params, NULL, NULL, 0);
	unsigned	oid;

	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
		die("type lookup", res);
	oid = (unsigned) strtoul(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	return oid;
}

/*
 * Fetch "SELECT key, value, ..." twice, in binary and in text format, and
 * check each row: the binary value rendered in C equals the text form.
 * Columns 0 (a text key) and 1 (the value) are required; the caller checks the
 * rest through the callback with both results.
 */
typedef void (*RowCheck) (const char *key, PGresult *bin, PGresult *txt, int row, const Str *rendered,
						  const void *info);

static int
check_values(const char *kind, const char *sql, unsigned oid, RowCheck extra)
{
	PGresult   *bin = query(sql, 1);
	PGresult   *txt = query(sql, 0);
	int			rows = PQntuples(bin);

	check_true("same rows in binary and text results", rows == PQntuples(txt));
	check_true("result column type", PQftype(bin, 1) == oid && PQfformat(bin, 1) == 1 && PQfformat(txt, 1) == 0);
	for (int i = 0; i < rows && i < PQntuples(txt); i++)
	{
		char		what[200];
		const char *key = PQgetvalue(txt, i, 0);
		const unsigned char *bytes = (const unsigned char *) PQgetvalue(bin, i, 1);
		size_t		len = (size_t) PQgetlength(bin, i, 1);
		const char *text = PQgetvalue(txt, i, 1);
		Str			out = {0};
		const char *why = NULL;
		bool		ok;
		ReportInfo	rinfo;
		ClassifierInfo cinfo;
		const void *info = NULL;

		snprintf(what, sizeof(what), "%s %s", kind, key);
		if (PQgetisnull(bin, i, 1) || PQgetisnull(txt, i, 1))
		{
			check_true(what, PQgetisnull(bin, i, 1) && PQgetisnull(txt, i, 1));
			continue;
		}
		if (oid == schedule_oid)
		{
			ok = schedule_text(bytes, len, &out, NULL, &why);
			values_schedule++;
		}
		else if (oid == report_oid)
		{
			ok = report_text(bytes, len, &out, &rinfo, &why);
			info = &rinfo;
			values_report++;
		}
		else
		{
			ok = classifier_text(bytes, len, &out, &cinfo, &why);
			info = &cinfo;
			values_classifier++;
		}
		if (!ok)
		{
			checked++;
			mismatches++;
			printf("MISMATCH %s: cannot decode its binary form (%zu bytes): %s\n", what, len, why ? why : "?");
		}
		else
		{
			check_same(what, text, strlen(text), out.data ? out.data : "", out.len);
			if (extra)
				extra(what, bin, txt, i, &out, info);
		}
		if (oid == report_oid && ok)
			str_free(&rinfo.schedule);
		if (oid == classifier_oid && ok)
			str_free(&cinfo.labels);
		str_free(&out);
	}
	PQclear(bin);
	PQclear(txt);
	return rows;
}

/* Reports: column 2 the text of report_schedule(r), 3..5 claims, in review, NULL keys */
static void
report_extra(const char *what, PGresult *bin, PGresult *txt, int row, const Str *rendered, const void *vinfo)
{
	const ReportInfo *info = vinfo;
	const char *schedule = PQgetvalue(txt, row, 2);
	char		counts[100];
	char		expected[100];

	(void) bin;
	(void) rendered;
	check_same(what, schedule, strlen(schedule), info->schedule.data, info->schedule.len);
	snprintf(counts, sizeof(counts), "%lld %lld %lld", (long long) info->claims,
			 (long long) info->in_review, (long long) info->null_keys);
	snprintf(expected, sizeof(expected), "%s %s %s", PQgetvalue(txt, row, 3), PQgetvalue(txt, row, 4),
			 PQgetvalue(txt, row, 5));
	check_same(what, expected, strlen(expected), counts, strlen(counts));
	check_true(what, atoi(PQgetvalue(txt, row, 6)) == info->ntiers);
}

/*
 * Classifiers: column 2 its labels (the keys of classify_scores, sorted, one
 * per line), 3 its term count (rules)
 */
static void
classifier_extra(const char *what, PGresult *bin, PGresult *txt, int row, const Str *rendered, const void *vinfo)
{
	const ClassifierInfo *info = vinfo;
	const char *labels = PQgetvalue(txt, row, 2);

	(void) bin;
	(void) rendered;
	check_same(what, labels, strlen(labels), info->labels.data ? info->labels.data : "", info->labels.len);
	if (info->kind == 1)
		check_true(what, atoi(PQgetvalue(txt, row, 3)) == info->nitems);
	else
		check_true(what, info->nitems > 0 && atoi(PQgetvalue(txt, row, 3)) == 0);
}

/* Binary parameters ---------------------------------------------------------- */

static char last_error[200];	/* the message of the last rejected parameter */

/*
 * INSERT one value given as a BINARY parameter; returns NULL on success (and
 * the stored value's text in *stored), else the SQLSTATE of the error.
 */
static const char *
insert_binary(const char *table, const char *id, unsigned oid, const char *bytes, int len, Str *stored)
{
	static char state[6];
	char		sql[200];
	const char *values[2] = {id, bytes};
	int			lengths[2] = {0, len};
	int			formats[2] = {0, 1};
	unsigned	types[2] = {0, oid};
	PGresult   *res;

	snprintf(sql, sizeof(sql), "INSERT INTO %s VALUES ($1, $2) RETURNING v::text", table);
	res = PQexecParams(conn, sql, 2, types, values, lengths, formats, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
	{
		if (stored)
			str_cat(stored, PQgetvalue(res, 0, 0));
		PQclear(res);
		return NULL;
	}
	snprintf(state, sizeof(state), "%s", PQresultErrorField(res, PG_DIAG_SQLSTATE) ?
			 PQresultErrorField(res, PG_DIAG_SQLSTATE) : "?????");
	snprintf(last_error, sizeof(last_error), "%s", PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) ?
			 PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : "?");
	PQclear(res);
	return state;
}

static void
put_uint(Str *s, uint64_t v, int bytes)
{
	for (int i = bytes - 1; i >= 0; i--)
		str_char(s, (char) ((v >> (8 * i)) & 0xFF));
}

static void
put_dec(Str *s, int64_t m, int16_t scale)
{
	put_uint(s, (uint64_t) m, 8);
	put_uint(s, (uint16_t) scale, 2);
}

/* Every binary value of a query sent back into a table; stored text compared */
static int
round_trip(const char *kind, const char *select_sql, const char *table, unsigned oid, const char *equal_sql)
{
	PGresult   *bin = query(select_sql, 1);
	PGresult   *txt = query(select_sql, 0);
	int			n = 0;

	for (int i = 0; i < PQntuples(bin); i++)
	{
		char		what[200];
		const char *key = PQgetvalue(txt, i, 0);
		const char *text = PQgetvalue(txt, i, 1);
		Str			stored = {0};
		const char *state;

		if (PQgetisnull(bin, i, 1))
			continue;
		snprintf(what, sizeof(what), "%s %s sent back as a binary parameter", kind, key);
		state = insert_binary(table, key, oid, PQgetvalue(bin, i, 1), PQgetlength(bin, i, 1), &stored);
		if (state)
		{
			checked++;
			mismatches++;
			printf("MISMATCH %s: rejected with SQLSTATE %s (\"%s\")\n", what, state, last_error);
			continue;
		}
		check_same(what, text, strlen(text), stored.data ? stored.data : "", stored.len);
		str_free(&stored);
		n++;
	}
	if (equal_sql)
	{
		PGresult   *res = query(equal_sql, 0);

		check_true(equal_sql, strcmp(PQgetvalue(res, 0, 0), "t") == 0);
		PQclear(res);
	}
	PQclear(bin);
	PQclear(txt);
	return n;
}

static int	rejected;

static void
expect_rejected(const char *what, const char *table, unsigned oid, const char *bytes, int len)
{
	const char *state = insert_binary(table, "-1", oid, bytes, len, NULL);

	checked++;
	if (state != NULL && strcmp(state, "22P03") == 0)
	{
		rejected++;
		return;
	}
	mismatches++;
	if (state)
		printf("MISMATCH %s: rejected with SQLSTATE %s (\"%s\"), not 22P03\n", what, state, last_error);
	else
		printf("MISMATCH %s: accepted, not rejected with 22P03\n", what);
}

/* Test data ---------------------------------------------------------------- */

static const char *setup_sql =
"SET client_min_messages = warning;"
"CREATE TEMP TABLE sched (id int, s payout_schedule, u1 numeric, u2 numeric);"
"INSERT INTO sched (id, s) VALUES"
" (1, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),"
" (2, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),"
" (3, '[0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'),"
" (4, '[0,100) => 1000 + 2.5%, [100,) => 0.5 + 0.125% deductible 50'),"
" (5, '(0.000000000000000001,999999999999999999] => 1000 + 0.125% deductible 5 round 0.05 half_even'),"
" (6, 'GRADUATED   [0 , 10.500] =>1.50,(10.5,)=>700.0 %  cap 105 round 10 down'),"
" (7, '[0,) => 0 + 33.333% round 0.01 up'),"
" (8, '(0.5,1) => 0.000000000000000001, [1,2) => 123456789012345678, [2,3] => 0 + 100000000000000000%'),"
" (9, NULL);"
/* 400 generated schedules: scales, bracket kinds, outcomes and options vary */
"INSERT INTO sched (id, s, u1, u2)"
" SELECT 100 + g, format('%s %s%s,%s%s => %s, %s%s,%s%s => %s, %s%s,) => %s%s%s%s',"
"   CASE WHEN g % 2 = 0 THEN 'volume' ELSE 'graduated' END,"
"   CASE WHEN g % 3 = 0 THEN '(' ELSE '[' END, l, u1, CASE WHEN g % 4 < 2 THEN ']' ELSE ')' END,"
"   (ARRAY['5', '2.5%', '1000 + 0.125%', 'review', '0', '123456789012345678', '0.000000000000000001'])[1 + g % 7],"
"   CASE WHEN g % 4 < 2 THEN '(' ELSE '[' END, u1, u2, CASE WHEN g % 5 < 3 THEN ']' ELSE ')' END,"
"   (ARRAY['7.25', '10%', 'review', '1 + 1%', '0.1'])[1 + g % 5],"
"   CASE WHEN g % 5 < 3 THEN '(' ELSE '[' END, u2,"
"   (ARRAY['0%', '3', '0.5 + 0.005%', '99'])[1 + g % 4],"
"   CASE WHEN g % 5 = 0 THEN ' deductible 0.5' ELSE '' END,"
"   CASE WHEN g % 7 = 0 THEN ' cap 1000' ELSE '' END,"
"   CASE WHEN g % 3 = 0 THEN ' round ' || (ARRAY['0.05', '1', '10', '0.001'])[1 + g % 4] || ' '"
"        || (ARRAY['half_up', 'half_even', 'down', 'up'])[1 + g / 3 % 4] ELSE '' END)::payout_schedule,"
"   u1, u2"
" FROM (SELECT g, l, u1, u1 + (1 + g % 97) * 1000000000000 / 10 ^ (g % 6)::numeric AS u2"
"       FROM (SELECT g, l, l + (1 + g % 9) / 10 ^ (g % 3)::numeric AS u1"
"             FROM (SELECT g, (g % 50) / 10 ^ (g % 4)::numeric AS l FROM generate_series(1, 400) g) a) b) c;"
"INSERT INTO sched (id, s) SELECT 1000, (string_agg(format('[%s,%s) => %s', i / 100.0, (i + 1) / 100.0, i), ', ' ORDER BY i)"
"  || ', [20,) => review round 0.01')::payout_schedule FROM generate_series(0, 1999) i;"
"CREATE TEMP TABLE claims AS SELECT * FROM sample_claims(3000);"
"CREATE TEMP TABLE rep (id int, r payout_report);"
"INSERT INTO rep SELECT 1, payout_report(s, claimed_loss) FROM sched, claims WHERE id = 1;"
"INSERT INTO rep SELECT 2, payout_report(s, claimed_loss / 7.0) FROM sched, claims WHERE id = 2;"
"INSERT INTO rep SELECT 3, payout_report(s, (claim_id % 10001) / 100.0, claimed_loss::numeric) FROM sched, claims WHERE id = 3;"
"INSERT INTO rep SELECT 4, payout_report(s, (claim_id % 1000)::int) FROM sched, claims WHERE id = 4;"
"INSERT INTO rep SELECT 5, payout_report(s, claimed_loss + 1) FROM sched, claims WHERE id = 5;"
"INSERT INTO rep SELECT 1000, payout_report(s, claim_id / 150.0) FROM sched, claims WHERE id = 1000;"
"INSERT INTO rep SELECT s.id, payout_report(s.s, k) FROM sched s,"
"  LATERAL (VALUES (s.u1), (s.u1 + 0.001), (s.u2 * 0.75 + s.u1 * 0.25), (s.u2), (s.u2 + 12345.678), (NULL)) v(k)"
"  WHERE s.id > 100 AND s.id < 1000 GROUP BY s.id;"
"INSERT INTO rep VALUES (6, 'claims=3 in_review=1 null_keys=2 claimed=1100000.50 paid=80000 tiers=[1:100000.50:30000,"
"1:400000:50000,1:600000:0] schedule=[0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),"
" (7, 'claims=0 in_review=0 null_keys=0 claimed=0 paid=0 tiers=[0:0:0] schedule=[0,) => 5'), (8, NULL);"
"CREATE TEMP TABLE cls (id int, c classifier);"
"INSERT INTO cls VALUES"
" (1, claim_classifier('damage_type')), (2, claim_classifier('service')), (3, claim_classifier('reporter')),"
" (4, claim_classifier('service') || 'mobility: 딜리버리^5; pay: \"pay, money\"^0.125'),"
" (5, E'# comment\\npaid_service: 유료, 결제, \"co., ltd\"^2.5, \"say \"\"hi\"\"\", 이용권^1.001; protest: 항의; default inquiry'),"
" (6, 'a: x; b: y^3'), (7, 'only: x; default other'), (8, NULL);"
"INSERT INTO cls SELECT 9, train_classifier(text, damage_type) FROM claims;"
"INSERT INTO cls SELECT 10, train_classifier(text, service) FROM claims WHERE claim_id <= 300;"
"INSERT INTO cls SELECT 11, train_classifier(t, l) FROM (VALUES ('x', 'label_with_digits_9'), ('y', 'b')) v(t, l);"
"CREATE TEMP TABLE sched_in (id int, v payout_schedule);"
"CREATE TEMP TABLE rep_in (id int, v payout_report);"
"CREATE TEMP TABLE cls_in (id int, v classifier);";

int
main(void)
{
	PGresult   *res;
	int			nsched,
				nrep,
				ncls,
				sent = 0;
	Str			bytes = {0};
	Str			stored = {0};
	char	   *good;
	int			good_len;

	conn = PQconnectdb("");
	if (PQstatus(conn) != CONNECTION_OK)
		die("connection", NULL);
	run(setup_sql);
	schedule_oid = type_oid("payout_schedule");
	report_oid = type_oid("payout_report");
	classifier_oid = type_oid("classifier");

	/* 1. Binary results, decoded and rendered in C, against the text forms */
	nsched = check_values("schedule", "SELECT id::text, s FROM sched ORDER BY id", schedule_oid, NULL);
	nsched += check_values("report's schedule", "SELECT id::text, report_schedule(r) FROM rep ORDER BY id",
						   schedule_oid, NULL);
	nrep = check_values("report",
						"SELECT id::text, r, report_schedule(r)::text, report_claims(r), report_in_review(r),"
						" report_null_keys(r), (SELECT count(*) FROM report_tiers(r)) FROM rep ORDER BY id",
						report_oid, report_extra);
	ncls = check_values("classifier",
						"SELECT id::text, c, (SELECT string_agg(k, E'\\n' ORDER BY k COLLATE \"C\")"
						" FROM jsonb_object_keys(classify_scores(c, '')) k), (SELECT count(*) FROM classifier_terms(c))"
						" FROM cls ORDER BY id",
						classifier_oid, classifier_extra);

	/* 2. Binary values sent back as BINARY parameters: stored as they were */
	sent += round_trip("schedule", "SELECT id::text, s FROM sched ORDER BY id", "sched_in", schedule_oid,
					   "SELECT count(*) = (SELECT count(s) FROM sched) AND bool_and(a.s = b.v)"
					   " FROM sched a JOIN sched_in b USING (id)");
	sent += round_trip("report", "SELECT id::text, r FROM rep ORDER BY id", "rep_in", report_oid,
					   "SELECT count(*) = (SELECT count(r) FROM rep) AND bool_and(a.r::text = b.v::text)"
					   " FROM rep a JOIN rep_in b USING (id)");
	sent += round_trip("classifier", "SELECT id::text, c FROM cls ORDER BY id", "cls_in", classifier_oid,
					   "SELECT count(*) = (SELECT count(c) FROM cls) AND bool_and(a.c::text = b.v::text)"
					   " FROM cls a JOIN cls_in b USING (id)");

	/*
	 * 3. A schedule encoded here from scratch:
	 * [0,10] => 5, (10,) => 2.5% round 0.5 up, with trailing zeros (5.00) that
	 * the server normalizes
	 */
	put_uint(&bytes, 1, 1);		/* version */
	put_uint(&bytes, 0, 1);		/* volume */
	put_uint(&bytes, 3, 1);		/* round up */
	put_uint(&bytes, SCHED_LOWER_INCLUSIVE | SCHED_HAS_ROUND, 1);
	put_uint(&bytes, 2, 4);		/* tiers */
	put_dec(&bytes, 0, 0);		/* lower */
	put_dec(&bytes, 0, 0);		/* deductible */
	put_dec(&bytes, 0, 0);		/* cap */
	put_dec(&bytes, 5, 1);		/* round unit 0.5 */
	put_dec(&bytes, 10, 0);		/* tier 1: upper 10] => 5.00 */
	put_dec(&bytes, 500, 2);
	put_dec(&bytes, 0, 0);
	put_uint(&bytes, TIER_UPPER_INCLUSIVE, 1);
	put_dec(&bytes, 0, 0);		/* tier 2: unbounded => 2.5% */
	put_dec(&bytes, 0, 0);
	put_dec(&bytes, 25, 1);
	put_uint(&bytes, TIER_UNBOUNDED | TIER_HAS_RATE, 1);
	{
		const char *state = insert_binary("sched_in", "-2", schedule_oid, bytes.data, (int) bytes.len, &stored);
		const char *expected = "volume [0,10] => 5, (10,) => 2.5% round 0.5 up";

		if (state)
		{
			checked++;
			mismatches++;
			printf("MISMATCH schedule encoded by the client: rejected with SQLSTATE %s (\"%s\")\n", state, last_error);
		}
		else
		{
			check_same("schedule encoded by the client", expected, strlen(expected),
					   stored.data ? stored.data : "", stored.len);
			sent++;
		}
		res = query("SELECT v = '[0,10] => 5, (10,) => 2.5% round 0.5 up' FROM sched_in WHERE id = -2", 0);
		check_true("schedule encoded by the client equals its text form", PQntuples(res) == 1 &&
				   strcmp(PQgetvalue(res, 0, 0), "t") == 0);
		PQclear(res);
	}

	/* 4. Corrupted binary parameters: rejected with 22P03, nothing stored */
	good = bytes.data;
	good_len = (int) bytes.len;
	{
		Str			bad = {0};

#define CORRUPT(what, edit) \
		do { \
			str_free(&bad); \
			str_add(&bad, good, (size_t) good_len); \
			edit; \
			expect_rejected("schedule with " what, "sched_in", schedule_oid, bad.data, (int) bad.len); \
		} while (0)

		CORRUPT("format version 9", bad.data[0] = 9);
		CORRUPT("mode 7", bad.data[1] = 7);
		CORRUPT("unknown schedule flag", bad.data[3] |= 0x40);
		CORRUPT("zero tiers", bad.data[7] = 0);
		CORRUPT("a billion tiers", (bad.data[4] = 0x3B, bad.data[5] = (char) 0x9A));
		CORRUPT("the last byte cut off", bad.len--);
		CORRUPT("a trailing byte", str_char(&bad, 0));
		CORRUPT("a negative lower bound", memset(bad.data + 8, 0xFF, 8));
		CORRUPT("scale 19", bad.data[17] = 19);
		CORRUPT("an unknown tier flag", bad.data[48 + 30] |= 0x40);
		CORRUPT("an unbounded first tier", bad.data[48 + 30] |= TIER_UNBOUNDED);
		CORRUPT("an empty first tier [0,0)", (bad.data[48 + 7] = 0, bad.data[48 + 30] = 0));
		CORRUPT("a review tier with an amount", bad.data[48 + 30] |= TIER_REVIEW);
		CORRUPT("19 significant digits", memcpy(bad.data + 48 + 10, "\x0d\xe0\xb6\xb3\xa7\x64\x00\x00", 8));
		str_free(&bad);

		/* a report and a classifier of a wrong format version */
		res = query("SELECT r FROM rep WHERE id = 1", 1);
		str_add(&bad, PQgetvalue(res, 0, 0), (size_t) PQgetlength(res, 0, 0));
		bad.data[0] = 2;
		expect_rejected("report with format version 2", "rep_in", report_oid, bad.data, (int) bad.len);
		bad.data[0] = 1;
		bad.data[1 + 8 + 4] = 9;	/* the embedded schedule's version */
		expect_rejected("report whose schedule has format version 9", "rep_in", report_oid, bad.data, (int) bad.len);
		bad.data[1 + 8 + 4] = 1;
		bad.len--;
		expect_rejected("report with the last byte cut off", "rep_in", report_oid, bad.data, (int) bad.len);
		PQclear(res);
		str_free(&bad);
		res = query("SELECT c FROM cls WHERE id = 5", 1);
		str_add(&bad, PQgetvalue(res, 0, 0), (size_t) PQgetlength(res, 0, 0));
		bad.data[1] = 7;
		expect_rejected("classifier of kind 7", "cls_in", classifier_oid, bad.data, (int) bad.len);
		bad.data[1] = 1;
		bad.data[0] = 2;
		expect_rejected("classifier with format version 2", "cls_in", classifier_oid, bad.data, (int) bad.len);
		bad.data[0] = 1;
		bad.len--;
		expect_rejected("classifier with the last byte cut off", "cls_in", classifier_oid, bad.data, (int) bad.len);
		PQclear(res);
		str_free(&bad);
		res = query("SELECT count(*) FROM sched_in WHERE id = -1 UNION ALL SELECT count(*) FROM rep_in WHERE id = -1"
					" UNION ALL SELECT count(*) FROM cls_in WHERE id = -1", 0);
		check_true("nothing stored from a rejected parameter", strcmp(PQgetvalue(res, 0, 0), "0") == 0 &&
				   strcmp(PQgetvalue(res, 1, 0), "0") == 0 && strcmp(PQgetvalue(res, 2, 0), "0") == 0);
		PQclear(res);
	}

	printf("binary results decoded and rendered in C: %ld payout_schedule (%d rows), %ld payout_report (%d rows),"
		   " %ld classifier (%d rows)\n",
		   values_schedule, nsched, values_report, nrep, values_classifier, ncls);
	printf("values sent back as binary parameters: %d; corrupted binary parameters rejected with 22P03: %d\n",
		   sent, rejected);
	printf("checks: %ld, mismatches: %ld\n", checked, mismatches);
	str_free(&bytes);
	str_free(&stored);
	PQfinish(conn);
	return mismatches == 0 ? 0 : 1;
}
