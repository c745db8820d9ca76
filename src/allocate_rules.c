/*
 * allocate_rules.c
 *		The claims-problem rules, computed exactly: proportional (optionally
 *		weighted), constrained equal awards (CEA), constrained equal losses
 *		(CEL) and the Talmud rule, then largest-remainder rounding to a unit.
 *
 * Every value is an exact integer at one common decimal scale s, the largest
 * scale among the claims, the budget and the unit: claim C_i = c_i * 10^s,
 * budget B, unit U, total S = sum(C_i), and T = min(B, S) is handed out.
 * Each rule yields numerators N_i and one denominator D > 0 with
 * award_i = N_i / D.  The rule's parameter (a level, a loss, a multiplier) is
 * found from the claims sorted once, as an exact fraction: no bisection, no
 * floating point.  Because every award shares D, rounding remainders are
 * numerators over one denominator and compare exactly.
 *
 * Arithmetic is on XInt (xint.h), an exact integer kept in an int128 while
 * it fits and in a numeric beyond: claims in won or cents never leave the
 * 128-bit path, and claims of 1e30 still come out exact.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"

#include "allocate.h"
#include "allocate_internal.h"
#include "decimal.h"
#include "exact_sum.h"
#include "xint.h"

/* ---- Reading numbers ---- */

static bool
num_is_finite(Numeric n)
{
	return !numeric_is_nan(n) && !numeric_is_inf(n);
}

/* The display scale of a finite numeric: its digits after the point */
static int
numeric_dscale(Numeric x)
{
	return DatumGetInt32(DirectFunctionCall1(numeric_scale, NumericGetDatum(x)));
}

/*
 * x * 10^scale(x) as an exact integer, with scale(x) in *scale; x is finite
 * and not negative.  A claim in won or cents (below 10^18 once scaled) takes
 * one comparison and one conversion, no multiplication.
 */
static XInt
xi_from_decimal(Numeric x, int *scale)
{
	int			d = numeric_dscale(x);

	*scale = d;
	if (d <= 18 && num_cmp(x, pow10_numeric(18 - d)) < 0)
		return xi(numeric_to_int64(d == 0 ? x : numeric_mul_opt_error(x, pow10_numeric(d), NULL)));
	return xi_from_integer(numeric_mul_opt_error(x, pow10_numeric(d), NULL));
}

/*
 * The rules by their SQL names, in the order the error message lists them;
 * an alias follows the name it stands for
 */
static const struct
{
	const char *name;
	AllocRule	rule;
	bool		alias;
}			rule_names[] =
{
	{"proportional", ALLOC_PROPORTIONAL, false},
	{"cea", ALLOC_CEA, false},
	{"cel", ALLOC_CEL, false},
	{"talmud", ALLOC_TALMUD, false},
	/* allocate_rules_half.c */
	{"apro", ALLOC_APRO, false},
	{"adjusted_proportional", ALLOC_APRO, true},
	{"ce", ALLOC_CE, false},
	{"constrained_egalitarian", ALLOC_CE, true},
	{"pin", ALLOC_PIN, false},
	{"piniles", ALLOC_PIN, true},
	{"rtalmud", ALLOC_RTALMUD, false},
	{"reverse_talmud", ALLOC_RTALMUD, true},
	{"dt", ALLOC_DT, false},
	{"dominguez_thomson", ALLOC_DT, true},
	/* allocate_games.c */
	{"mo", ALLOC_MO, false},
	{"minimal_overlap", ALLOC_MO, true},
	{"ra", ALLOC_RA, false},
	{"random_arrival", ALLOC_RA, true},
	{"aa", ALLOC_AA, false},
	{"average_of_awards", ALLOC_AA, true}
};

/* "proportional, cea, ..., apro (or adjusted_proportional), ...": the table, in words */
static char *
rule_names_text(void)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (size_t i = 0; i < lengthof(rule_names); i++)
	{
		if (rule_names[i].alias)
			appendStringInfo(&buf, " (or %s)", rule_names[i].name);
		else
			appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "", rule_names[i].name);
	}
	return buf.data;
}

AllocRule
alloc_rule_from_name(const char *name)
{
	for (size_t i = 0; i < lengthof(rule_names); i++)
	{
		if (pg_strcasecmp(name, rule_names[i].name) == 0)
			return rule_names[i].rule;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown allocation rule \"%s\"", name),
			 errdetail("Known rules: %s.", rule_names_text())));
	pg_unreachable();
}

/* One budget is shared among at most PG_INT32_MAX claims */
void
alloc_check_size(int64 nrows)
{
	if (nrows > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many claims to allocate at once: " INT64_FORMAT, nrows),
				 errdetail("At most %d claims share one budget.", PG_INT32_MAX)));
}

void
alloc_check_budget(Numeric budget)
{
	if (!num_is_finite(budget))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("budget %s is not a finite number", numeric_text(budget))));
	if (num_is_negative(budget))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("budget %s is negative", numeric_text(budget)),
				 errdetail("The budget must be zero or more.")));
}

void
alloc_check_unit(Numeric unit)
{
	if (!num_is_finite(unit) || num_is_negative(unit) || num_is_zero(unit))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unit %s is not a positive number", numeric_text_canonical(unit)),
				 errdetail("Awards are rounded to multiples of the unit; unit => NULL gives exact awards.")));
}

/* ---- The input: a partition's claims, in row order ---- */

struct AllocInput
{
	MemoryContext mcxt;			/* holds the arrays and their numerics */
	MemoryContext tmpcxt;		/* conversion garbage, reset every few claims */
	int64		nrows;			/* rows announced */
	int64		rows;			/* rows added */
	int32		n;				/* claims added (rows with a claim) */
	bool		weighted;
	bool		solved;
	XInt	   *claims;			/* c_i * 10^claim_scale[i] */
	int16	   *claim_scale;
	int			max_claim_scale;
	XInt	   *weights;		/* w_i * 10^weight_scale[i], or NULL */
	int16	   *weight_scale;
	int			max_weight_scale;
	int32	   *claim_of_row;	/* NULL while every row has a claim; then the
								 * claim index of each row, -1 for none */
};

/* An array of n elements (beyond 1 GB for a partition of tens of millions) */
void *
alloc_array(MemoryContext mcxt, int64 n, Size size)
{
	if (n > 0 && (Size) n > MaxAllocHugeSize / size)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many claims to allocate at once: " INT64_FORMAT, n)));
	return MemoryContextAllocExtended(mcxt, Max(n, 1) * size, MCXT_ALLOC_HUGE);
}

/* An input for nrows rows, in the current memory context */
AllocInput *
alloc_input_create(int64 nrows, bool weighted)
{
	AllocInput *in = palloc0(sizeof(AllocInput));

	alloc_check_size(nrows);
	in->mcxt = CurrentMemoryContext;
	in->tmpcxt = AllocSetContextCreate(in->mcxt, "allocate input", ALLOCSET_SMALL_SIZES);
	in->nrows = nrows;
	in->weighted = weighted;
	in->claims = alloc_array(in->mcxt, nrows, sizeof(XInt));
	in->claim_scale = alloc_array(in->mcxt, nrows, sizeof(int16));
	if (weighted)
	{
		in->weights = alloc_array(in->mcxt, nrows, sizeof(XInt));
		in->weight_scale = alloc_array(in->mcxt, nrows, sizeof(int16));
	}
	return in;
}

/* The first row without a claim starts the row map */
static void
note_row_without_claim(AllocInput *in, int64 row)
{
	if (in->claim_of_row == NULL)
	{
		in->claim_of_row = alloc_array(in->mcxt, in->nrows, sizeof(int32));
		for (int64 i = 0; i < row; i++)
			in->claim_of_row[i] = (int32) i;
	}
	in->claim_of_row[row] = -1;
}

static void
check_claim(Numeric claim, int64 row)
{
	if (!num_is_finite(claim))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("claim %s at position " INT64_FORMAT " is not a finite number",
						numeric_text(claim), row + 1)));
	if (num_cmp(claim, numeric_zero()) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("claim %s at position " INT64_FORMAT " is negative", numeric_text(claim), row + 1),
				 errdetail("Claims must be zero or more; a NULL claim is left out.")));
}

static void
check_weight(Numeric weight, int64 row)
{
	if (weight == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("weight at position " INT64_FORMAT " is NULL", row + 1),
				 errdetail("Every claim needs a weight; leave the claim NULL to leave it out.")));
	if (!num_is_finite(weight) || num_cmp(weight, numeric_zero()) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weight %s at position " INT64_FORMAT " is not a positive number",
						numeric_text(weight), row + 1),
				 errdetail("Weights must be greater than zero.")));
}

/*
 * Add the next row: its claim (NULL: no claim, the row's award is NULL) and,
 * for a weighted input, its weight.
 */
void
alloc_input_add(AllocInput *in, Numeric claim, Numeric weight)
{
	int64		row = in->rows;
	int32		i = in->n;
	MemoryContext old;
	int			scale;

	if (row >= in->nrows)
		elog(ERROR, "allocate: more rows than announced");
	in->rows++;
	if (claim == NULL)
	{
		note_row_without_claim(in, row);
		return;
	}
	if (in->claim_of_row != NULL)
		in->claim_of_row[row] = i;
	old = MemoryContextSwitchTo(in->tmpcxt);
	check_claim(claim, row);
	in->claims[i] = xi_keep(xi_from_decimal(claim, &scale), in->mcxt);
	in->claim_scale[i] = (int16) scale;
	in->max_claim_scale = Max(in->max_claim_scale, scale);
	if (in->weighted)
	{
		check_weight(weight, row);
		in->weights[i] = xi_keep(xi_from_decimal(weight, &scale), in->mcxt);
		in->weight_scale[i] = (int16) scale;
		in->max_weight_scale = Max(in->max_weight_scale, scale);
	}
	MemoryContextSwitchTo(old);
	in->n++;
	if (in->n % 1024 == 0)
		MemoryContextReset(in->tmpcxt);
}

void
alloc_input_free(AllocInput *in)
{
	/* the row map, if any, now belongs to the result */
	pfree(in->claims);
	pfree(in->claim_scale);
	if (in->weighted)
	{
		pfree(in->weights);
		pfree(in->weight_scale);
	}
	MemoryContextDelete(in->tmpcxt);
	pfree(in);
}

/* ---- The problem at one common scale ---- */

/* Bring values from their own scales to one: v_i * 10^(to - scale_i), in place */
static void
rescale_all(XInt *v, const int16 *scales, int32 n, int to, MemoryContext mcxt)
{
	for (int32 i = 0; i < n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (scales[i] != to)
			v[i] = xi_keep(xi_mul(v[i], xi_pow10(to - scales[i])), mcxt);
	}
}

static XInt
xi_at_scale(Numeric x, int to)
{
	int			scale;
	XInt		v = xi_from_decimal(x, &scale);

	return xi_mul(v, xi_pow10(to - scale));
}

static void
problem_setup(AllocInput *in, Numeric budget, Numeric unit, Problem *p)
{
	XInt		total = xi(0);

	p->n = in->n;
	p->scale = Max(in->max_claim_scale, numeric_dscale(budget));
	if (unit != NULL)
		p->scale = Max(p->scale, numeric_dscale(unit));
	rescale_all(in->claims, in->claim_scale, in->n, p->scale, in->mcxt);
	p->c = in->claims;
	p->w = NULL;
	if (in->weighted)
	{
		rescale_all(in->weights, in->weight_scale, in->n, in->max_weight_scale, in->mcxt);
		p->w = in->weights;
	}
	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		total = xi_add(total, p->c[i]);
	}
	p->total = total;
	p->budget = xi_at_scale(budget, p->scale);
}

/* ---- Sorting ---- */

#define ST_SORT sort_xint
#define ST_ELEMENT_TYPE XInt
#define ST_COMPARE(a, b) xi_cmp(*(a), *(b))
#define ST_SCOPE static
#define ST_CHECK_FOR_INTERRUPTS
#define ST_DEFINE
#include "lib/sort_template.h"

/* The claims in ascending order, a copy */
XInt *
sorted_claims(const Problem *p)
{
	XInt	   *s = alloc_array(CurrentMemoryContext, p->n, sizeof(XInt));

	memcpy(s, p->c, sizeof(XInt) * p->n);
	sort_xint(s, p->n);
	return s;
}

/* Claim indices by weight, heaviest first */
static inline int
weight_order(int32 a, int32 b, const Problem *p)
{
	return xi_cmp(p->w[b], p->w[a]);
}

#define ST_SORT sort_by_weight
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const Problem
#define ST_COMPARE(a, b, arg) weight_order(*(a), *(b), arg)
#define ST_SCOPE static
#define ST_CHECK_FOR_INTERRUPTS
#define ST_DEFINE
#include "lib/sort_template.h"

/* ---- The rules: each fills shares for an amount t with 0 < t < S ---- */

static void
shares_new(const Problem *p, Shares *sh)
{
	sh->num = alloc_array(CurrentMemoryContext, p->n, sizeof(XInt));
	sh->den = xi(1);
}

/* Proportional: award_i = t * C_i / S */
static void
shares_proportional(const Problem *p, XInt t, Shares *sh)
{
	sh->den = p->total;
	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		sh->num[i] = xi_mul(t, p->c[i]);
	}
}

/*
 * Weighted proportional: award_i = min(C_i, lambda * w_i * C_i), lambda such
 * that the awards add up to t.  The claims that lambda caps are the heaviest
 * ones.  Going through the claims heaviest first, with P the claims and Q the
 * weighted claims (w_i * C_i) passed so far and Qall all weighted claims, the
 * first claim k with (t - P) * w_k <= Qall - Q is the first one not capped,
 * and lambda = (t - P) / (Qall - Q).  Equal weights share that test's value,
 * so a group of equal weights is never split: capped means w_i > w_k.
 */
static void
shares_weighted(const Problem *p, XInt t, Shares *sh)
{
	int32	   *order = alloc_array(CurrentMemoryContext, p->n, sizeof(int32));
	XInt		all = xi(0);
	XInt		passed = xi(0);
	XInt		weighed = xi(0);
	XInt		rest;
	int32		k;

	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		order[i] = i;
		all = xi_add(all, xi_mul(p->w[i], p->c[i]));
	}
	sort_by_weight(order, p->n, p);
	for (k = 0; k < p->n; k++)
	{
		int32		i = order[k];

		CHECK_FOR_INTERRUPTS();
		if (xi_cmp(xi_mul(xi_sub(t, passed), p->w[i]), xi_sub(all, weighed)) <= 0)
			break;
		passed = xi_add(passed, p->c[i]);
		weighed = xi_add(weighed, xi_mul(p->w[i], p->c[i]));
	}
	if (k == p->n)
		elog(ERROR, "allocate: no multiplier found for weighted proportional division");
	rest = xi_sub(t, passed);
	sh->den = xi_sub(all, weighed);
	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (xi_cmp(p->w[i], p->w[order[k]]) > 0)
			sh->num[i] = xi_mul(p->c[i], sh->den);
		else
			sh->num[i] = xi_mul(xi_mul(rest, p->w[i]), p->c[i]);
	}
	pfree(order);
}

/*
 * CEA: award_i = min(C_i, L).  With the claims ascending, if the k smallest
 * are paid in full, the rest R = t - (their sum) is split evenly among the
 * m = n - k others: L = R / m, right for the first k with R <= m * C_(k).
 * t <= S here (the Talmud rule passes t = S at most).
 */
void
shares_cea(const Problem *p, XInt t, Shares *sh)
{
	XInt	   *s = sorted_claims(p);
	XInt		paid = xi(0);
	XInt		rest = t;
	int32		k;

	for (k = 0; k < p->n; k++)
	{
		CHECK_FOR_INTERRUPTS();
		rest = xi_sub(t, paid);
		if (xi_cmp(rest, xi_mul(xi(p->n - k), s[k])) <= 0)
			break;
		paid = xi_add(paid, s[k]);
	}
	if (k == p->n)
		elog(ERROR, "allocate: no level found for constrained equal awards");
	pfree(s);
	sh->den = xi(p->n - k);
	for (int32 i = 0; i < p->n; i++)
	{
		XInt		whole = xi_mul(p->c[i], sh->den);

		CHECK_FOR_INTERRUPTS();
		sh->num[i] = xi_cmp(whole, rest) <= 0 ? whole : rest;
	}
}

/*
 * CEL: award_i = max(0, C_i - L).  With the claims descending, if only the k
 * largest get something, their sum P pays t and the loss is L = (P - t) / k,
 * right for the first k with P - t >= k * C_(k+1) (C_(n+1) = 0).
 */
void
shares_cel(const Problem *p, XInt t, Shares *sh)
{
	XInt	   *s = sorted_claims(p);
	XInt		top = xi(0);
	XInt		loss = xi(0);
	int32		k;

	for (k = 1; k <= p->n; k++)
	{
		XInt		next = k < p->n ? s[p->n - k - 1] : xi(0);

		CHECK_FOR_INTERRUPTS();
		top = xi_add(top, s[p->n - k]);
		loss = xi_sub(top, t);
		if (xi_cmp(loss, xi_mul(xi(k), next)) >= 0)
			break;
	}
	if (k > p->n)
		elog(ERROR, "allocate: no loss found for constrained equal losses");
	pfree(s);
	sh->den = xi(k);
	for (int32 i = 0; i < p->n; i++)
	{
		XInt		v = xi_sub(xi_mul(p->c[i], sh->den), loss);

		CHECK_FOR_INTERRUPTS();
		sh->num[i] = xi_cmp(v, xi(0)) > 0 ? v : xi(0);
	}
}

/*
 * The rules built on half-claims: lower on the half-claims while t <= S/2;
 * beyond, each gets half its claim plus upper on the half-claims for
 * t - S/2.  CEA and CEL scale with the claims, so CEA(C/2, t) = CEA(C, 2t) / 2
 * and likewise for t - S/2 with 2t - S: no halves to represent.  lower gets
 * 0 < 2t <= S, upper 0 < 2t - S < S.
 */
void
shares_on_halves(const Problem *p, XInt t, SharesRule lower, SharesRule upper, Shares *sh)
{
	XInt		twice = xi_add(t, t);

	if (xi_cmp(twice, p->total) <= 0)
		lower(p, twice, sh);
	else
	{
		upper(p, xi_sub(twice, p->total), sh);
		for (int32 i = 0; i < p->n; i++)
		{
			CHECK_FOR_INTERRUPTS();
			sh->num[i] = xi_add(xi_mul(p->c[i], sh->den), sh->num[i]);
		}
	}
	sh->den = xi_add(sh->den, sh->den);
}

/* Talmud (Aumann-Maschler): CEA on the half-claims, then CEL on them */
static void
shares_talmud(const Problem *p, XInt t, Shares *sh)
{
	shares_on_halves(p, t, shares_cea, shares_cel, sh);
}

static void
shares_for_rule(const Problem *p, AllocRule rule, XInt t, Shares *sh)
{
	shares_new(p, sh);
	if (xi_is_zero(t))
	{
		for (int32 i = 0; i < p->n; i++)
			sh->num[i] = xi(0);
		return;
	}
	switch (rule)
	{
		case ALLOC_PROPORTIONAL:
			if (p->w != NULL)
				shares_weighted(p, t, sh);
			else
				shares_proportional(p, t, sh);
			break;
		case ALLOC_CEA:
			shares_cea(p, t, sh);
			break;
		case ALLOC_CEL:
			shares_cel(p, t, sh);
			break;
		case ALLOC_TALMUD:
			shares_talmud(p, t, sh);
			break;
			/* allocate_rules_half.c */
		case ALLOC_APRO:
			shares_apro(p, t, sh);
			break;
		case ALLOC_CE:
			shares_ce(p, t, sh);
			break;
		case ALLOC_PIN:
			shares_pin(p, t, sh);
			break;
		case ALLOC_RTALMUD:
			shares_rtalmud(p, t, sh);
			break;
		case ALLOC_DT:
			shares_dt(p, t, sh);
			break;
			/* the rules of allocate_games.c */
		case ALLOC_MO:
			shares_mo(p, t, sh);
			break;
		case ALLOC_RA:
			shares_ra(p, t, sh);
			break;
		case ALLOC_AA:
			shares_aa(p, t, sh);
			break;
	}
}

/* ---- The result ---- */

struct AllocResult
{
	MemoryContext mcxt;
	int64		nrows;
	int			scale;			/* display scale of every award */
	XInt	   *awards;			/* per claim, times 10^scale */
	int32	   *claim_of_row;	/* NULL: row i has claim i */
};

static void
keep_awards(AllocResult *res, int32 n)
{
	for (int32 i = 0; i < n; i++)
		res->awards[i] = xi_keep(res->awards[i], res->mcxt);
}

/* The budget covers every claim: each gets its claim, at the claims' scale */
static void
awards_whole_claims(const Problem *p, int claim_scale, AllocResult *res)
{
	XInt		f = xi_pow10(p->scale - claim_scale);
	XInt		r;

	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		xi_divmod(p->c[i], f, &res->awards[i], &r);
	}
	res->scale = claim_scale;
}

/*
 * Unrounded: N_i / D rounded half up to ALLOC_UNROUNDED_SCALE decimals, or
 * to the common scale when the claims, budget or unit carry more decimals,
 * so that an award never shows fewer digits than its claim
 */
static void
awards_unrounded(const Problem *p, const Shares *sh, AllocResult *res)
{
	int			scale = Max(ALLOC_UNROUNDED_SCALE, p->scale);
	XInt		f = xi_pow10(scale - p->scale);

	for (int32 i = 0; i < p->n; i++)
	{
		XInt		q;
		XInt		r;

		CHECK_FOR_INTERRUPTS();
		xi_divmod(xi_mul(sh->num[i], f), sh->den, &q, &r);
		if (xi_cmp(xi_add(r, r), sh->den) >= 0)
			q = xi_add(q, xi(1));
		res->awards[i] = q;
	}
	res->scale = scale;
}

/* What largest-remainder rounding needs to know */
typedef struct Rounding
{
	const Problem *p;
	XInt		unit;			/* U at the common scale */
	XInt	   *units;			/* floor(award_i / U), then the rounded award in units */
	XInt	   *rem;			/* award_i - units_i * U, times D */
} Rounding;

/*
 * Leftover units go to the largest remainders first; on equal remainders to
 * the larger claim, then to the earlier row (window order, or array position).
 * This order keeps larger claims from ever getting less than smaller ones,
 * and makes the result reproducible when the window has an ORDER BY.
 */
static inline int
leftover_order(int32 a, int32 b, const Rounding *rd)
{
	int			c = xi_cmp(rd->rem[b], rd->rem[a]);

	if (c != 0)
		return c;
	c = xi_cmp(rd->p->c[b], rd->p->c[a]);
	if (c != 0)
		return c;
	return (a > b) - (a < b);
}

#define ST_SORT sort_by_leftover_order
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const Rounding
#define ST_COMPARE(a, b, arg) leftover_order(*(a), *(b), arg)
#define ST_SCOPE static
#define ST_CHECK_FOR_INTERRUPTS
#define ST_DEFINE
#include "lib/sort_template.h"

static inline void
swap_int32(int32 *a, int32 *b)
{
	int32		t = *a;

	*a = *b;
	*b = t;
}

/*
 * Reorder a[0 .. n-1] so that its first k elements are the k first in
 * leftover order, in no particular order among themselves: only that set
 * matters, and quickselect finds it in expected linear time where a sort
 * would cost n log n comparisons.  The order is total (row numbers break
 * every tie), so the set does not depend on the pivots.  A range that
 * partitions badly too often is sorted instead.
 */
static void
select_leftover(int32 *a, int32 n, int32 k, const Rounding *rd)
{
	int32		lo = 0;
	int32		hi = n - 1;
	int			rounds = 0;

	while (lo < hi)
	{
		int32		mid = lo + (hi - lo) / 2;
		int32		i = lo;
		int32		j = hi;
		int32		pivot;

		CHECK_FOR_INTERRUPTS();
		if (++rounds > 64)
		{
			sort_by_leftover_order(a + lo, hi - lo + 1, rd);
			return;
		}
		/* median of three as the pivot */
		if (leftover_order(a[mid], a[lo], rd) < 0)
			swap_int32(&a[mid], &a[lo]);
		if (leftover_order(a[hi], a[lo], rd) < 0)
			swap_int32(&a[hi], &a[lo]);
		if (leftover_order(a[hi], a[mid], rd) < 0)
			swap_int32(&a[hi], &a[mid]);
		pivot = a[mid];
		while (i <= j)
		{
			while (leftover_order(a[i], pivot, rd) < 0)
				i++;
			while (leftover_order(a[j], pivot, rd) > 0)
				j--;
			if (i <= j)
				swap_int32(&a[i++], &a[j--]);
		}
		/* now a[lo .. j] come before a[i .. hi], and j < i */
		if (k - 1 <= j)
			hi = j;
		else if (k - 1 >= i)
			lo = i;
		else
			return;
	}
}

/* Give one more unit each to the first `left` claims that can take one */
static void
give_leftover_units(Rounding *rd, int64 left)
{
	const Problem *p = rd->p;
	int32	   *cand = alloc_array(CurrentMemoryContext, p->n, sizeof(int32));
	int32		ncand = 0;

	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		/* no award above its claim: (units_i + 1) * U <= C_i */
		if (xi_cmp(xi_mul(xi_add(rd->units[i], xi(1)), rd->unit), p->c[i]) <= 0)
			cand[ncand++] = i;
	}
	if (ncand < left)
	{
		/* the unit in canonical form (it is kept at the claims' scale) */
		const char *unit = numeric_text_canonical(xi_to_numeric(rd->unit, p->scale));
		const char *units_left = left == 1 ? pstrdup("1 unit is left") :
			psprintf(INT64_FORMAT " units are left", left);
		const char *takers = ncand == 0 ? "no claim can take one more unit without exceeding its claim" :
			ncand == 1 ? "only 1 claim can take one more unit without exceeding its claim" :
			psprintf("only %d claims can take one more unit without exceeding their claims", ncand);

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the claims cannot absorb the rounding to the unit %s", unit),
				 errdetail("After rounding down, %s to hand out, but %s.", units_left, takers),
				 errhint("Claims that are not multiples of the unit limit the rounding: use a smaller unit, or unit => NULL for exact awards.")));
	}
	select_leftover(cand, ncand, (int32) left, rd);
	for (int32 j = 0; j < left; j++)
		rd->units[cand[j]] = xi_add(rd->units[cand[j]], xi(1));
	pfree(cand);
}

/*
 * Round to multiples of the unit by largest remainders: every award goes down
 * to whole units, then the units left of T go one each to the largest
 * remainders.  The awards then add up to T exactly.
 */
static void
awards_rounded(const Problem *p, Shares *sh, XInt t, Numeric unit, AllocResult *res)
{
	Rounding	rd = {p, xi_at_scale(unit, p->scale), res->awards, sh->num};
	XInt		du = xi_mul(sh->den, rd.unit);
	XInt		handed;
	XInt		r;
	XInt		sum = xi(0);
	int			unit_scale;
	XInt		unit_own = xi_from_decimal(unit, &unit_scale);
	int64		left;

	xi_divmod(t, rd.unit, &handed, &r);
	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		/* the remainder replaces the numerator, which is no longer needed */
		xi_divmod(sh->num[i], du, &rd.units[i], &rd.rem[i]);
		sum = xi_add(sum, rd.units[i]);
	}
	/* fewer units are left than claims: each rounded-down award lost < 1 */
	if (!xi_to_count(xi_sub(handed, sum), p->n, &left))
		elog(ERROR, "allocate: rounding left an impossible number of units");
	if (left > 0)
		give_leftover_units(&rd, left);
	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		rd.units[i] = xi_mul(rd.units[i], unit_own);
	}
	res->scale = unit_scale;
}

/* A budget below the claims is handed out in whole units */
static void
check_budget_in_units(const Problem *p, Numeric budget, Numeric unit)
{
	XInt		q;
	XInt		r;

	xi_divmod(p->budget, xi_at_scale(unit, p->scale), &q, &r);
	if (!xi_is_zero(r))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("budget %s is not a multiple of the unit %s", numeric_text_canonical(budget),
						numeric_text_canonical(unit)),
				 errdetail("Rounded awards are whole units that add up to the budget."),
				 errhint("Round the budget to the unit first, or use unit => NULL for exact awards.")));
}

static AllocResult *
result_create(AllocInput *in)
{
	AllocResult *res = MemoryContextAllocZero(in->mcxt, sizeof(AllocResult));

	res->mcxt = in->mcxt;
	res->nrows = in->rows;
	res->awards = alloc_array(in->mcxt, in->n, sizeof(XInt));
	res->claim_of_row = in->claim_of_row;
	in->claim_of_row = NULL;
	return res;
}

/*
 * Share budget among the input's claims by rule, rounded to multiples of unit
 * (NULL: unrounded).  Once per input: the claims are rescaled in place.  The
 * result lives in the input's memory context and survives alloc_input_free.
 */
AllocResult *
alloc_solve(AllocInput *in, Numeric budget, AllocRule rule, Numeric unit)
{
	AllocResult *res;
	MemoryContext scratch;
	MemoryContext old;
	Problem		p;
	Shares		sh;

	if (in->solved)
		elog(ERROR, "allocate: input solved twice");
	in->solved = true;
	alloc_check_budget(budget);
	if (unit != NULL)
		alloc_check_unit(unit);
	if (in->weighted && rule != ALLOC_PROPORTIONAL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weights apply only to the proportional rule"),
				 errdetail("Every rule but proportional divides by the claims alone.")));
	res = result_create(in);
	scratch = AllocSetContextCreate(in->mcxt, "allocate", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(scratch);
	problem_setup(in, budget, unit, &p);
	if (xi_cmp(p.budget, p.total) >= 0)
		awards_whole_claims(&p, in->max_claim_scale, res);
	else
	{
		if (unit != NULL)
			check_budget_in_units(&p, budget, unit);
		shares_for_rule(&p, rule, p.budget, &sh);
		if (unit != NULL)
			awards_rounded(&p, &sh, p.budget, unit, res);
		else
			awards_unrounded(&p, &sh, res);
	}
	keep_awards(res, p.n);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(scratch);
	return res;
}

/* The award of a row as a numeric in the current context; NULL: no claim */
Numeric
alloc_award(const AllocResult *res, int64 row)
{
	int64		i = row;

	Assert(row >= 0 && row < res->nrows);
	if (res->claim_of_row != NULL)
		i = res->claim_of_row[row];
	if (i < 0)
		return NULL;
	return xi_to_numeric(res->awards[i], res->scale);
}
