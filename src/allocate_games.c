/*
 * allocate_games.c
 *		Three claims-problem rules that come from games and geometry, computed
 *		exactly: minimal overlap (MO), random arrival (RA) and the average of
 *		awards (AA).
 *
 * Like the rules of allocate_rules.c, each fills Shares (award_i = N_i / D,
 * one denominator) for an amount t with 0 < t < S, from the claims at one
 * common scale, with XInt arithmetic only.  None of the three is cheap in
 * general: MO's denominator is the lcm of the sizes of the groups of claims
 * the budget reaches, and RA and AA are sums over subsets of the claims.
 * Each has a documented limit beyond which it refuses (54000) rather than
 * approximate:
 *
 *	- MO: the common denominator has at most MO_MAX_DENOMINATOR_DIGITS digits,
 *	  and fewer with many claims (every award is a numerator of that size);
 *	- RA: at most RA_MAX_SUBSETS subsets of the claims add up to less than
 *	  the amount (or, beyond half the total, the loss), RA_MAX_SUBSETS_BIG
 *	  when the claims reach 10^18 and the arithmetic leaves 128 bits;
 *	- AA: at most AA_MAX_CLAIMS positive claims; its terms, powers of degree
 *	  n of the amount, have at most AA_MAX_POWER_DIGITS digits; and at most
 *	  AA_MAX_SUBSETS such subsets, fewer for longer powers (AA_MAX_WORK).
 *
 * Zero claims leave the problem: they get 0 and the rules see the positive
 * claims only (for MO and RA this changes nothing; for AA it is what makes
 * the set of awards full-dimensional).  The three rules are homogeneous, so
 * the claims and the amount are divided by their greatest common divisor
 * first and the numerators multiplied by it at the end.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"

#include "allocate_internal.h"
#include "xint.h"

/* The limits (README: "Rules from games") */
#define MO_MAX_DENOMINATOR_DIGITS 1000
#define MO_MAX_AWARD_DIGITS 200000000	/* claims times the digits of D */
#define RA_MAX_SUBSETS 10000000
#define RA_MAX_SUBSETS_BIG 1000000	/* when the claims reach 10^18 */
#define AA_MAX_SUBSETS 1000000
#define AA_MAX_WORK 200000000	/* subsets times the digits of the powers */
#define AA_MAX_CLAIMS 200
#define AA_MAX_POWER_DIGITS 4000	/* claims times the digits of the amount */

/* ---- The positive claims, ascending ---- */

typedef struct Claimants
{
	int32		m;				/* positive claims */
	int32	   *idx;			/* their claim indices, ascending by claim */
	XInt	   *c;				/* their claims, ascending, divided by factor */
	XInt		total;			/* their sum, divided by factor */
	XInt		t;				/* the amount, divided by factor */
	XInt		factor;			/* gcd of the claims and the amount */
} Claimants;

static inline int
claim_order(int32 a, int32 b, const XInt *c)
{
	int			r = xi_cmp(c[a], c[b]);

	return r != 0 ? r : (a > b) - (a < b);
}

#define ST_SORT sort_by_claim
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const XInt
#define ST_COMPARE(a, b, arg) claim_order(*(a), *(b), arg)
#define ST_SCOPE static
#define ST_CHECK_FOR_INTERRUPTS
#define ST_DEFINE
#include "lib/sort_template.h"

static XInt
xi_gcd(XInt a, XInt b)
{
	while (!xi_is_zero(b))
	{
		XInt		q;
		XInt		r;

		CHECK_FOR_INTERRUPTS();
		xi_divmod(a, b, &q, &r);
		a = b;
		b = r;
	}
	return a;
}

/*
 * The greatest common divisor of the amount and the claims.  The three rules
 * are homogeneous (scaling the claims and the amount scales the awards), so
 * they work on claims divided by it: claims in cents that are whole units,
 * or claims of 10^30, become small numbers, which keeps MO's and RA's
 * arithmetic in 128 bits and AA's powers short.
 */
static XInt
common_factor(const Claimants *cl, XInt t)
{
	XInt		g = t;

	for (int32 j = 0; j < cl->m && xi_cmp(g, xi(1)) != 0; j++)
		g = xi_gcd(cl->c[j], g);
	return g;
}

static XInt
xi_div_exact(XInt a, XInt b)
{
	XInt		q;
	XInt		r;

	xi_divmod(a, b, &q, &r);
	return q;
}

/* The positive claims in ascending order, divided by their common factor
 * with t; every numerator starts at 0 */
static void
claimants_setup(const Problem *p, XInt t, Shares *sh, Claimants *cl)
{
	cl->m = 0;
	cl->idx = alloc_array(CurrentMemoryContext, p->n, sizeof(int32));
	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		sh->num[i] = xi(0);
		if (!xi_is_zero(p->c[i]))
			cl->idx[cl->m++] = i;
	}
	sort_by_claim(cl->idx, cl->m, p->c);
	cl->c = alloc_array(CurrentMemoryContext, cl->m, sizeof(XInt));
	for (int32 j = 0; j < cl->m; j++)
		cl->c[j] = p->c[cl->idx[j]];
	cl->factor = common_factor(cl, t);
	cl->t = t;
	cl->total = p->total;
	if (xi_cmp(cl->factor, xi(1)) == 0)
		return;
	for (int32 j = 0; j < cl->m; j++)
	{
		CHECK_FOR_INTERRUPTS();
		cl->c[j] = xi_div_exact(cl->c[j], cl->factor);
	}
	cl->t = xi_div_exact(t, cl->factor);
	cl->total = xi_div_exact(p->total, cl->factor);
}

/* The shares of the divided claims are those of the claims times factor */
static void
claimants_scale_back(const Claimants *cl, Shares *sh)
{
	if (xi_cmp(cl->factor, xi(1)) == 0)
		return;
	for (int32 j = 0; j < cl->m; j++)
	{
		CHECK_FOR_INTERRUPTS();
		sh->num[cl->idx[j]] = xi_mul(sh->num[cl->idx[j]], cl->factor);
	}
}

/*
 * One positive claim takes all of t (t < its claim here): every rule gives
 * min(E, c) to a single claimant.  The R package ClaimsProblems returns
 * other values for RA and AA in that case; the definitions (one arrival
 * order; a set of awards that is the single point t) give t.
 */
static bool
single_claimant(const Claimants *cl, XInt t, Shares *sh)
{
	if (cl->m != 1)
		return false;
	sh->den = xi(1);
	sh->num[cl->idx[0]] = t;
	return true;
}

/*
 * The rules that are self-dual (RA, AA) compute the losses when t is more
 * than half the total: fewer subsets stay below the smaller amount.  Then
 * award_i = C_i - loss_i, that is N_i = C_i * D - N'_i.
 */
static bool
use_dual(const Claimants *cl, XInt t, XInt *amount)
{
	bool		dual = xi_cmp(xi_add(t, t), cl->total) > 0;

	*amount = dual ? xi_sub(cl->total, t) : t;
	return dual;
}

static void
awards_from_losses(const Claimants *cl, Shares *sh)
{
	for (int32 j = 0; j < cl->m; j++)
	{
		int32		i = cl->idx[j];

		CHECK_FOR_INTERRUPTS();
		sh->num[i] = xi_sub(xi_mul(cl->c[j], sh->den), sh->num[i]);
	}
}

static void
limit_error(const char *rule, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("the %s rule cannot be computed exactly for these claims within its limit", rule),
			 errdetail("%s", detail),
			 errhint("Use fewer claims, or a rule whose cost does not grow with them (proportional, cea, cel, talmud).")));
}

/* ---- Subsets of the claims below an amount ---- */

/* Called for every subset: its members (positions among the claimants),
 * their number and their sum (< the amount) */
typedef void (*SubsetVisit) (const int32 *members, int32 size, XInt sum, void *arg);

typedef struct SubsetWalk
{
	const Claimants *cl;
	XInt		amount;
	const char *rule;
	int64		limit;
	int64		visited;
	int32	   *members;
	SubsetVisit visit;
	void	   *arg;
} SubsetWalk;

static void
too_many_subsets(const char *rule, int64 limit)
{
	limit_error(rule, psprintf("More than " INT64_FORMAT " subsets of the claims add up to less than the budget "
							   "(or, when the budget is more than half the total, less than the shortfall); "
							   "the exact rule sums over all of them.", limit));
}

/*
 * The most claims a subset below the amount can have: the largest k whose k
 * smallest claims add up to less.  All subsets of such a subset are below
 * too, so there are at least 2^k subsets: beyond the limit, say so at once.
 */
static int32
largest_subset_below(const Claimants *cl, XInt amount, const char *rule, int64 limit)
{
	XInt		sum = xi(0);
	int32		k = 0;

	while (k < cl->m)
	{
		CHECK_FOR_INTERRUPTS();
		sum = xi_add(sum, cl->c[k]);
		if (xi_cmp(sum, amount) >= 0)
			break;
		k++;
		if (k >= 62 || ((int64) 1 << k) > limit)
			too_many_subsets(rule, limit);
	}
	return k;
}

/*
 * Every subset of the claimants from position `from` on, added to the
 * current one, whose sum stays below the amount.  The claims ascend, so the
 * first claim that does not fit ends the loop: no later one fits either.
 * The depth is at most largest_subset_below (< 24).
 */
static void
walk_subsets_from(SubsetWalk *w, int32 from, int32 size, XInt sum)
{
	check_stack_depth();
	CHECK_FOR_INTERRUPTS();
	if (++w->visited > w->limit)
		too_many_subsets(w->rule, w->limit);
	w->visit(w->members, size, sum, w->arg);
	for (int32 j = from; j < w->cl->m; j++)
	{
		XInt		next = xi_add(sum, w->cl->c[j]);

		if (xi_cmp(next, w->amount) >= 0)
			break;
		w->members[size] = j;
		walk_subsets_from(w, j + 1, size + 1, next);
	}
}

/* Visit every subset of the claimants (the empty one too) with sum < amount;
 * more than limit of them: the rule's limit error */
static void
walk_subsets_below(const Claimants *cl, XInt amount, const char *rule, int64 limit,
				   SubsetVisit visit, void *arg)
{
	SubsetWalk	w = {cl, amount, rule, limit, 0, NULL, visit, arg};
	int32		largest = largest_subset_below(cl, amount, rule, limit);

	w.members = palloc(sizeof(int32) * (largest + 1));
	walk_subsets_from(&w, 0, 0, xi(0));
	pfree(w.members);
}

/* An array of n zeros */
static XInt *
xi_zeros(int32 n)
{
	XInt	   *a = alloc_array(CurrentMemoryContext, n, sizeof(XInt));

	for (int32 i = 0; i < n; i++)
		a[i] = xi(0);
	return a;
}

/* ---- Minimal overlap ---- */

static int64
gcd64(int64 a, int64 b)
{
	while (b != 0)
	{
		int64		r = a % b;

		a = b;
		b = r;
	}
	return a;
}

/* lcm(a, g) for an exact a > 0 and 0 < g <= PG_INT32_MAX */
static XInt
xi_lcm_small(XInt a, int32 g)
{
	XInt		q;
	XInt		r;
	int64		rest;

	xi_divmod(a, xi(g), &q, &r);
	if (!xi_to_count(r, PG_INT32_MAX, &rest))
		elog(ERROR, "allocate: remainder out of range");
	return xi_mul(a, xi(g / gcd64(g, rest)));
}

/*
 * The level of minimal overlap, level_num / level_den.  When t is at most
 * the largest claim, the level is t.  Beyond, it is the s in (0, c_(m-1)]
 * with sum_j max(c_j - s, 0) = t - s: f(s) = s + sum_j max(c_j - s, 0)
 * falls strictly from S (at 0) to c_m (at c_(m-1)), and on [c_(j-1), c_j]
 * it is P_j - (r - 1) s, with P_j the sum of the r = m - j claims from c_j
 * on.  The first j with f(c_j) <= t holds s = (P_j - t) / (r - 1).
 */
static bool
mo_level(const Claimants *cl, XInt t, XInt *level_num, XInt *level_den)
{
	XInt		suffix = cl->total;

	if (xi_cmp(t, cl->c[cl->m - 1]) <= 0)
	{
		*level_num = t;
		*level_den = xi(1);
		return false;
	}
	for (int32 j = 0; j < cl->m - 1; j++)
	{
		XInt		over = xi_sub(suffix, t);
		XInt		r1 = xi(cl->m - j - 1);

		CHECK_FOR_INTERRUPTS();
		if (xi_cmp(over, xi_mul(r1, cl->c[j])) <= 0)
		{
			*level_num = over;
			*level_den = r1;
			return true;
		}
		suffix = xi_sub(suffix, cl->c[j]);
	}
	elog(ERROR, "allocate: no level found for minimal overlap");
	pg_unreachable();
}

/* The first position of each distinct claim value at or below the level
 * (the groups whose layer the level reaches), and their number */
static int32
mo_reached_groups(const Claimants *cl, XInt level_num, XInt level_den, int32 *first)
{
	int32		groups = 0;

	for (int32 j = 0; j < cl->m; j++)
	{
		CHECK_FOR_INTERRUPTS();
		if (j > 0 && xi_cmp(cl->c[j], cl->c[j - 1]) == 0)
			continue;
		/* the layer from the previous value up to this one is reached */
		if (j > 0 && xi_cmp(xi_mul(cl->c[j - 1], level_den), level_num) >= 0)
			break;
		first[groups++] = j;
	}
	return groups;
}

/*
 * The digits D may have for m claims: MO_MAX_DENOMINATOR_DIGITS, fewer when
 * m numerators of that size would exceed MO_MAX_AWARD_DIGITS, but always
 * those of the 128-bit path, which costs no more than CEA
 */
static int
mo_max_digits(int32 m)
{
	return Min(MO_MAX_DENOMINATOR_DIGITS, Max(XINT_SMALL_LIMIT, MO_MAX_AWARD_DIGITS / m));
}

/*
 * The lcm of the sizes of the reached groups (the claims from each group's
 * first position on), checked against the digits D = lcm * level_den may
 * have as it grows, so that a refusal comes before the cost
 */
static XInt
mo_group_lcm(const Claimants *cl, const int32 *first, int32 groups, XInt level_den)
{
	int			digits = mo_max_digits(cl->m);
	XInt		limit = xi_pow10(digits);
	XInt		lcm = xi(1);

	for (int32 g = 0; g < groups; g++)
	{
		CHECK_FOR_INTERRUPTS();
		lcm = xi_lcm_small(lcm, cl->m - first[g]);
		if (xi_cmp(xi_mul(lcm, level_den), limit) >= 0)
			limit_error("mo", psprintf("The exact awards need a common denominator of more than %d digits, "
									   "the most allowed for %d positive claims (it is the lcm of the sizes "
									   "of the %d groups of equal claims the budget reaches).",
									   digits, cl->m, groups));
	}
	return lcm;
}

/*
 * Minimal overlap (O'Neill 1982).  With the claims ascending and t_k =
 * min(c_k, L), claim i gets sum_{k<=i} (t_k - t_(k-1)) / (m - k + 1): every
 * layer of the amount is shared equally by the claims that reach it; when t
 * is beyond the largest claim, L is the level s of mo_level and each claim
 * also gets max(c_i - s, 0).  Equal claims form one group (their layers
 * above the first are empty).  One denominator: level_den times the lcm of
 * the group sizes m - k + 1 the level reaches, which grows exponentially
 * with their number: at most mo_max_digits digits.
 */
void
shares_mo(const Problem *p, XInt t, Shares *sh)
{
	Claimants	cl;
	XInt		level_num;
	XInt		level_den;
	XInt		lcm;
	XInt		layer_sum = xi(0);
	XInt		below = xi(0);
	int32	   *first;
	int32		groups;
	bool		beyond;

	claimants_setup(p, t, sh, &cl);
	if (single_claimant(&cl, t, sh))
		return;
	beyond = mo_level(&cl, cl.t, &level_num, &level_den);
	first = alloc_array(CurrentMemoryContext, cl.m, sizeof(int32));
	groups = mo_reached_groups(&cl, level_num, level_den, first);
	lcm = mo_group_lcm(&cl, first, groups, level_den);
	sh->den = xi_mul(lcm, level_den);
	/* the layers in units of 1 / level_den, the shares in units of 1 / D */
	for (int32 g = 0; g < groups; g++)
	{
		int32		j = first[g];
		/* the last group the level reaches takes the claims above it too:
		 * their layers are empty */
		int32		end = g + 1 < groups ? first[g + 1] : cl.m;
		XInt		top = xi_mul(cl.c[j], level_den);
		XInt		q;
		XInt		r;
		XInt		extra = xi(0);

		CHECK_FOR_INTERRUPTS();
		if (xi_cmp(top, level_num) > 0)
			top = level_num;
		xi_divmod(lcm, xi(cl.m - j), &q, &r);
		layer_sum = xi_add(layer_sum, xi_mul(xi_sub(top, below), q));
		below = top;
		for (int32 k = j; k < end; k++)
		{
			CHECK_FOR_INTERRUPTS();
			if (beyond)
			{
				/* c_k - s, times D = lcm * level_den */
				XInt		over = xi_sub(xi_mul(cl.c[k], sh->den), xi_mul(level_num, lcm));

				extra = xi_cmp(over, xi(0)) > 0 ? over : xi(0);
			}
			sh->num[cl.idx[k]] = xi_add(layer_sum, extra);
		}
	}
	pfree(first);
	claimants_scale_back(&cl, sh);
}

/* ---- Random arrival ---- */

/*
 * RA_i = sum over subsets B of the others with c(B) < t of
 * |B|! (m - 1 - |B|)! / m! * min(c_i, t - c(B)).  With b_max the largest
 * such |B|, the weight is W_b / D with D = m (m - 1) ... (m - b_max) and
 * W_b = b! (m - b - 1) (m - b - 2) ... (m - b_max): integers, and D has
 * b_max + 1 factors only (not m!).
 *
 * A subset B with rest r = t - c(B) adds W_b * c_i to the claims i <= r and
 * W_b * r to the others, its own members excepted: one addition to a
 * difference array on each side of r and a correction per member, so a
 * subset costs O(log m + |B|) and not O(m).
 */
typedef struct RandomArrival
{
	const Claimants *cl;
	XInt		amount;
	XInt	   *weight;			/* W_b, b = 0 .. b_max */
	XInt	   *coef_diff;		/* per position: change of the coefficient of c_j */
	XInt	   *const_diff;		/* per position: change of the constant term */
	XInt	   *coef_own;		/* per position: what its own subsets take back */
	XInt	   *const_own;
} RandomArrival;

/* The number of claims (ascending) at or below x */
static int32
claims_at_or_below(const Claimants *cl, XInt x)
{
	int32		lo = 0;
	int32		hi = cl->m;

	while (lo < hi)
	{
		int32		mid = lo + (hi - lo) / 2;

		if (xi_cmp(cl->c[mid], x) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
ra_visit(const int32 *members, int32 size, XInt sum, void *arg)
{
	RandomArrival *ra = arg;
	XInt		rest = xi_sub(ra->amount, sum);
	XInt		w = ra->weight[size];
	XInt		wr = xi_mul(w, rest);
	int32		pos = claims_at_or_below(ra->cl, rest);

	ra->coef_diff[0] = xi_add(ra->coef_diff[0], w);
	ra->coef_diff[pos] = xi_sub(ra->coef_diff[pos], w);
	ra->const_diff[pos] = xi_add(ra->const_diff[pos], wr);
	for (int32 k = 0; k < size; k++)
	{
		int32		j = members[k];

		if (j < pos)
			ra->coef_own[j] = xi_sub(ra->coef_own[j], w);
		else
			ra->const_own[j] = xi_sub(ra->const_own[j], wr);
	}
}

/* W_b for b = 0 .. b_max, and D */
static XInt *
ra_weights(int32 m, int32 b_max, XInt *den)
{
	XInt	   *weight = palloc(sizeof(XInt) * (b_max + 1));
	XInt		fact = xi(1);

	*den = xi(1);
	for (int32 q = m - b_max; q <= m; q++)
		*den = xi_mul(*den, xi(q));
	for (int32 b = 0; b <= b_max; b++)
	{
		XInt		w = fact;

		for (int32 q = m - b_max; q <= m - b - 1; q++)
			w = xi_mul(w, xi(q));
		weight[b] = w;
		fact = xi_mul(fact, xi(b + 1));
	}
	return weight;
}

void
shares_ra(const Problem *p, XInt t, Shares *sh)
{
	Claimants	cl;
	RandomArrival ra;
	XInt		amount;
	XInt		coef = xi(0);
	XInt		cons = xi(0);
	bool		dual;
	int32		b_max;
	int64		limit;

	claimants_setup(p, t, sh, &cl);
	if (single_claimant(&cl, t, sh))
		return;
	dual = use_dual(&cl, cl.t, &amount);
	limit = xi_cmp(cl.total, xi_pow10(18)) < 0 ? RA_MAX_SUBSETS : RA_MAX_SUBSETS_BIG;
	b_max = largest_subset_below(&cl, amount, "ra", limit);
	ra.cl = &cl;
	ra.amount = amount;
	ra.weight = ra_weights(cl.m, b_max, &sh->den);
	ra.coef_diff = xi_zeros(cl.m + 1);
	ra.const_diff = xi_zeros(cl.m + 1);
	ra.coef_own = xi_zeros(cl.m);
	ra.const_own = xi_zeros(cl.m);
	walk_subsets_below(&cl, amount, "ra", limit, ra_visit, &ra);
	for (int32 j = 0; j < cl.m; j++)
	{
		CHECK_FOR_INTERRUPTS();
		coef = xi_add(coef, ra.coef_diff[j]);
		cons = xi_add(cons, ra.const_diff[j]);
		sh->num[cl.idx[j]] = xi_add(xi_mul(cl.c[j], xi_add(coef, ra.coef_own[j])),
									xi_add(cons, ra.const_own[j]));
	}
	if (dual)
		awards_from_losses(&cl, sh);
	claimants_scale_back(&cl, sh);
}

/* ---- Average of awards ---- */

/* a^e, e >= 0, by squaring */
static XInt
xi_pow(XInt a, int32 e)
{
	XInt		r = xi(1);

	while (e > 0)
	{
		CHECK_FOR_INTERRUPTS();
		if (e & 1)
			r = xi_mul(r, a);
		e >>= 1;
		if (e > 0)
			a = xi_mul(a, a);
	}
	return r;
}

/*
 * The centroid of X = {x : 0 <= x <= c, sum x = t} (m positive claims).
 * Projected on m - 1 coordinates, {x >= 0, sum x = T} has volume
 * T^(m-1) / (m-1)! and first moment T^m / m! in each coordinate; the upper
 * bounds come in by inclusion-exclusion over the subsets S whose claims are
 * exceeded (x_j = c_j + y_j for j in S, T_S = t - c(S) > 0):
 *	  vol		= sum_S (-1)^|S| T_S^(m-1) / (m-1)!
 *	  moment_i	= sum_S (-1)^|S| (T_S^m / m! + [i in S] c_i T_S^(m-1) / (m-1)!)
 * Times m!, both are integers: D = m V with V = sum_S (-1)^|S| T_S^(m-1),
 * and N_i = G + m c_i H_i with G = sum_S (-1)^|S| T_S^m and H_i the part of
 * V over the subsets that hold i.  (For m = 2 this is concede-and-divide.)
 */
typedef struct AverageOfAwards
{
	XInt		amount;
	int32		m;
	XInt		vol;			/* V */
	XInt		moment;			/* G */
	XInt	   *held;			/* H_j per position */
} AverageOfAwards;

static void
aa_visit(const int32 *members, int32 size, XInt sum, void *arg)
{
	AverageOfAwards *aa = arg;
	XInt		rest = xi_sub(aa->amount, sum);
	XInt		p1 = xi_pow(rest, aa->m - 1);
	XInt		pm = xi_mul(p1, rest);
	bool		odd = size % 2 == 1;

	aa->vol = odd ? xi_sub(aa->vol, p1) : xi_add(aa->vol, p1);
	aa->moment = odd ? xi_sub(aa->moment, pm) : xi_add(aa->moment, pm);
	for (int32 k = 0; k < size; k++)
	{
		int32		j = members[k];

		aa->held[j] = odd ? xi_sub(aa->held[j], p1) : xi_add(aa->held[j], p1);
	}
}

/* The decimal digits of a > 0 (beyond int128, those of its text: a claim
 * may have thousands) */
static int
xi_digits(XInt a)
{
	int			d = 1;

	if (a.big != NULL)
		return (int) strlen(numeric_text(a.big));
	while (d < 39 && xi_cmp(a, xi_pow10(d)) >= 0)
		d++;
	return d;
}

/*
 * AA's terms are powers of degree m of the amount (at the common scale):
 * at most AA_MAX_CLAIMS claims and AA_MAX_POWER_DIGITS digits.  Each subset
 * costs a power, so the longer the powers, the fewer subsets: the limit on
 * subsets it returns.
 */
static int64
aa_subset_limit(const Claimants *cl, XInt amount)
{
	int			digits = xi_digits(amount);

	if (cl->m > AA_MAX_CLAIMS)
		limit_error("aa", psprintf("The exact average of awards sums powers of degree %d (the number of "
								   "positive claims); at most %d positive claims are allowed.",
								   cl->m, AA_MAX_CLAIMS));
	if ((int64) cl->m * digits > AA_MAX_POWER_DIGITS)
		limit_error("aa", psprintf("The exact average of awards sums powers of degree %d of a %d-digit amount "
								   "(at the claims' common scale, divided by the greatest common divisor of the "
								   "claims and the budget); at most %d digits are allowed in all.",
								   cl->m, digits, AA_MAX_POWER_DIGITS));
	return Min(AA_MAX_SUBSETS, AA_MAX_WORK / ((int64) cl->m * digits));
}

void
shares_aa(const Problem *p, XInt t, Shares *sh)
{
	Claimants	cl;
	AverageOfAwards aa;
	bool		dual;
	int64		limit;

	claimants_setup(p, t, sh, &cl);
	if (single_claimant(&cl, t, sh))
		return;
	dual = use_dual(&cl, cl.t, &aa.amount);
	limit = aa_subset_limit(&cl, aa.amount);
	aa.m = cl.m;
	aa.vol = xi(0);
	aa.moment = xi(0);
	aa.held = xi_zeros(cl.m);
	walk_subsets_below(&cl, aa.amount, "aa", limit, aa_visit, &aa);
	sh->den = xi_mul(xi(cl.m), aa.vol);
	if (xi_cmp(sh->den, xi(0)) <= 0)
		elog(ERROR, "allocate: the set of awards has no volume");
	for (int32 j = 0; j < cl.m; j++)
	{
		CHECK_FOR_INTERRUPTS();
		sh->num[cl.idx[j]] = xi_add(aa.moment, xi_mul(xi_mul(xi(cl.m), cl.c[j]), aa.held[j]));
	}
	if (dual)
		awards_from_losses(&cl, sh);
	claimants_scale_back(&cl, sh);
}
