/*
 * allocate_rules_half.c
 *		Five more claims-problem rules, exact in the Shares form of
 *		allocate_internal.h: adjusted proportional (APRO), constrained
 *		egalitarian (CE), Piniles (PIN), reverse Talmud (RTalmud) and
 *		Dominguez-Thomson (DT).
 *
 * Each fills award_i = num[i] / den for an amount t with 0 < t < S, from the
 * claims C_i at the common scale (allocate_rules.c sets them up, hands out
 * everything when t >= S, and rounds).  Three of them split the problem at
 * half the total, as the Talmud rule does, and work on doubled values so
 * that no half ever needs representing.
 *
 * Which properties each rule has (W. Thomson, How to divide when there isn't
 * enough, Cambridge University Press 2019, and the papers cited below), as
 * sql/allocate_rules.sql checks them:
 *	- all five: 0 <= award <= claim, awards add up to t, order preservation
 *	  (a larger claim gets no less and loses no less);
 *	- APRO and RTalmud are self-dual: R(E, c) = c - R(C - E, c);
 *	- CE and PIN are not self-dual, and not each other's dual either: the
 *	  dual of PIN is CEL on the half-claims below C/2, where CE is CEA on them;
 *	- DT is not self-dual.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "allocate.h"
#include "allocate_internal.h"
#include "xint.h"

/*
 * The Dominguez-Thomson awards are exact fractions over m * n^K after K
 * rounds: K * digits(n) digits more than the claims, for every claimant.
 * Both sizes are limited: the common denominator's digits (a round costs a
 * few operations on numbers that long), and those digits times the claims
 * (the exact awards of all claimants, about half a byte a digit).  That
 * allows 30000 rounds for 2 claims (1.6 s on one core of an assert-enabled
 * build), 15000 for 10, 7500 for 1000, 333 for 10^5, 28 for 10^6 (README:
 * limits).
 */
#define ALLOC_DT_MAX_DIGITS 30000
#define ALLOC_DT_MAX_AWARD_DIGITS INT64CONST(200000000)

/* Awards computed doubled, halved: the denominator doubles, the numerators stay */
static void
halve_awards(Shares *sh)
{
	sh->den = xi_add(sh->den, sh->den);
}

/* ---- Adjusted proportional ---- */

/*
 * APRO (Curiel, Maschler and Tijs 1987): the minimal right
 * m_i = max(0, t - (S - C_i)) is what the others' claims leave over; the
 * rest t' = t - sum(m) is shared proportionally to the revised claims
 * c'_i = min(C_i - m_i, t'), D' = sum(c'):
 * award_i = m_i + t' * c'_i / D' = (m_i * D' + t' * c'_i) / D'.
 * t' >= 0: if k claimants have m_i > 0, sum(m) = k t - k S + (their claims)
 * <= k t - (k - 1) S <= t.  D' = 0 only when t' = 0 (each c'_i = 0 with
 * t' > 0 would mean m_i = C_i for all i, that is t >= S): then the minimal
 * rights are the awards.  A single claimant gets m_1 = t, as the definition
 * says (the R package ClaimsProblems returns something else in that case).
 */
void
shares_apro(const Problem *p, XInt t, Shares *sh)
{
	XInt	   *m = alloc_array(CurrentMemoryContext, p->n, sizeof(XInt));
	XInt		rest = t;
	XInt		revised = xi(0);

	for (int32 i = 0; i < p->n; i++)
	{
		XInt		left = xi_sub(t, xi_sub(p->total, p->c[i]));

		CHECK_FOR_INTERRUPTS();
		m[i] = xi_cmp(left, xi(0)) > 0 ? left : xi(0);
		rest = xi_sub(rest, m[i]);
	}
	for (int32 i = 0; i < p->n; i++)
	{
		XInt		c = xi_sub(p->c[i], m[i]);

		CHECK_FOR_INTERRUPTS();
		/* the revised claim, kept in num until D' is known */
		sh->num[i] = xi_cmp(c, rest) <= 0 ? c : rest;
		revised = xi_add(revised, sh->num[i]);
	}
	if (xi_is_zero(revised))
	{
		sh->den = xi(1);
		for (int32 i = 0; i < p->n; i++)
			sh->num[i] = m[i];
	}
	else
	{
		sh->den = revised;
		for (int32 i = 0; i < p->n; i++)
		{
			CHECK_FOR_INTERRUPTS();
			sh->num[i] = xi_add(xi_mul(m[i], revised), xi_mul(rest, sh->num[i]));
		}
	}
	pfree(m);
}

/* ---- Constrained egalitarian ---- */

/*
 * CE above half the total (Chun, Schummer and Thomson 2001):
 * award_i = max(C_i/2, min(C_i, lambda)).  Doubled, with mu = 2 lambda and
 * T = 2t (S < T < 2S): f(mu) = sum max(C_i, min(2 C_i, mu)) = T.  Each term
 * is C_i up to mu = C_i, then mu up to 2 C_i, then 2 C_i: f is continuous
 * and piecewise linear, f(0) = S, and its slope between breakpoints is the
 * number of claims with C_i < mu < 2 C_i.  The breakpoints in order are the
 * merge of the sorted claims (slope + 1) and the sorted doubled claims
 * (slope - 1).  Walking them from 0 with f known at each, the first segment
 * [a, b] with f(b) >= T holds mu = a + (T - f(a)) / k with k > 0 its slope
 * (f(a) < T <= f(b) means b > a and k > 0).  With M = a k + T - f(a),
 * 2 award_i = max(C_i k, min(2 C_i k, M)) / k.
 */
static void
shares_ce_upper(const Problem *p, XInt t, Shares *sh)
{
	XInt	   *s = sorted_claims(p);
	XInt		target = xi_add(t, t);
	XInt		at = xi(0);
	XInt		f = p->total;
	int64		slope = 0;
	int32		up = 0;			/* next claim where a term starts to rise */
	int32		flat = 0;		/* next claim whose term stops rising */
	XInt		level;

	while (flat < p->n)
	{
		XInt		twice = xi_add(s[flat], s[flat]);
		bool		rise = up < p->n && xi_cmp(s[up], twice) <= 0;
		XInt		next = rise ? s[up] : twice;
		XInt		f_next = xi_add(f, xi_mul(xi(slope), xi_sub(next, at)));

		CHECK_FOR_INTERRUPTS();
		if (xi_cmp(f_next, target) >= 0)
			break;
		at = next;
		f = f_next;
		if (rise)
		{
			slope++;
			up++;
		}
		else
		{
			slope--;
			flat++;
		}
	}
	if (flat == p->n || slope <= 0)
		elog(ERROR, "allocate: no level found for the constrained egalitarian rule");
	pfree(s);
	level = xi_add(xi_mul(at, xi(slope)), xi_sub(target, f));
	sh->den = xi(slope);
	for (int32 i = 0; i < p->n; i++)
	{
		XInt		low = xi_mul(p->c[i], sh->den);
		XInt		high = xi_add(low, low);
		XInt		v = xi_cmp(level, high) < 0 ? level : high;

		CHECK_FOR_INTERRUPTS();
		sh->num[i] = xi_cmp(v, low) > 0 ? v : low;
	}
	halve_awards(sh);
}

/* CE: CEA on the half-claims up to half the total, then the level above */
void
shares_ce(const Problem *p, XInt t, Shares *sh)
{
	if (xi_cmp(xi_add(t, t), p->total) <= 0)
	{
		shares_cea(p, xi_add(t, t), sh);
		halve_awards(sh);
	}
	else
		shares_ce_upper(p, t, sh);
}

/* ---- Piniles and reverse Talmud ---- */

/* Piniles: CEA on the half-claims, then half-claims plus CEA on them */
void
shares_pin(const Problem *p, XInt t, Shares *sh)
{
	shares_on_halves(p, t, shares_cea, shares_cea, sh);
}

/* Reverse Talmud: CEL on the half-claims, then half-claims plus CEA on them */
void
shares_rtalmud(const Problem *p, XInt t, Shares *sh)
{
	shares_on_halves(p, t, shares_cel, shares_cea, sh);
}

/* ---- Dominguez-Thomson ---- */

/* Claim indices by claim, largest first */
static inline int
claim_order_desc(int32 a, int32 b, const Problem *p)
{
	return xi_cmp(p->c[b], p->c[a]);
}

#define ST_SORT sort_by_claim_desc
#define ST_ELEMENT_TYPE int32
#define ST_COMPARE_ARG_TYPE const Problem
#define ST_COMPARE(a, b, arg) claim_order_desc(*(a), *(b), arg)
#define ST_SCOPE static
#define ST_CHECK_FOR_INTERRUPTS
#define ST_DEFINE
#include "lib/sort_template.h"

/* The decimal digits of n > 0 */
static int
decimal_digits(int64 n)
{
	int			d = 1;

	while (n >= 10)
	{
		n /= 10;
		d++;
	}
	return d;
}

/* Round `round` would make the exact numbers too long: a 54000 error */
static void
dt_check_size(const Problem *p, int round)
{
	int64		digits = (int64) round * decimal_digits(p->n);

	if (digits <= ALLOC_DT_MAX_DIGITS && digits * p->n <= ALLOC_DT_MAX_AWARD_DIGITS)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("the Dominguez-Thomson rule needs more than %d rounds for these %d claims", round - 1, p->n),
			 errdetail("Its exact awards would need about " INT64_FORMAT " digits each (at most %d) and "
					   INT64_FORMAT " in all (at most " INT64_FORMAT ").  The rounds go on while the budget "
					   "left exceeds a claim left; they grow with the number of claims and with the budget "
					   "divided by the smallest positive claim.",
					   digits, ALLOC_DT_MAX_DIGITS, digits * p->n, ALLOC_DT_MAX_AWARD_DIGITS),
			 errhint("Leave out or merge the smallest claims, or use another rule; unit => NULL does not make it cheaper.")));
}

/* The claims sorted[before .. after - 1] turned large at round `round` */
typedef struct DtSwitch
{
	int			round;
	int32		before;
	int32		after;
	XInt		small;			/* the sum of the claims still small after it */
} DtSwitch;

/* What the forward pass leaves at round K, and the switches on the way */
typedef struct DtState
{
	int32	   *sorted;			/* claim indices, largest claim first */
	DtSwitch   *sw;
	int32		nsw;
	int			rounds;			/* K */
	XInt		e;				/* E_K * n^K */
	XInt		g;				/* n^K * sum_{j<K} E_j / n */
	XInt		pw;				/* (n - 1)^K */
	XInt		nk;				/* n^K */
} DtState;

/*
 * Forward: run the rounds with O(1) exact operations each.  A claim is
 * large once its remainder d_i >= E: it gets E/n a round from then on and
 * stays large (d - E/n >= E - k E/n - (small ones)/n = E' when k >= 1
 * large claims), so every large claim gets the same per round.  A small one
 * gets d_i/n and keeps d_i = C_i (1 - 1/n)^k.  Claims turn large in
 * descending order: C_i (n - 1)^k >= e, with e = E_k n^k.  With B large
 * claims and A the sum of the small claims,
 * e' = (n - B) e - A (n - 1)^k and g' = n g + e.  The rounds end once no
 * positive claim is small: then E <= every remainder.
 */
static void
dt_forward(const Problem *p, XInt t, DtState *st)
{
	XInt		n = xi(p->n);
	XInt		n1 = xi(p->n - 1);
	XInt		small = p->total;
	int32		next = 0;
	MemoryContext outer = CurrentMemoryContext;
	MemoryContext ctx[2];

	ctx[0] = AllocSetContextCreate(outer, "allocate dt", ALLOCSET_DEFAULT_SIZES);
	ctx[1] = AllocSetContextCreate(outer, "allocate dt", ALLOCSET_DEFAULT_SIZES);
	st->sorted = alloc_array(CurrentMemoryContext, p->n, sizeof(int32));
	st->sw = alloc_array(CurrentMemoryContext, p->n, sizeof(DtSwitch));
	st->nsw = 0;
	for (int32 i = 0; i < p->n; i++)
		st->sorted[i] = i;
	sort_by_claim_desc(st->sorted, p->n, p);
	st->rounds = 0;
	st->e = t;
	st->g = xi(0);
	st->pw = xi(1);
	st->nk = xi(1);
	for (;;)
	{
		int32		before = next;
		XInt		e = st->e;

		CHECK_FOR_INTERRUPTS();
		/* round k's numbers and garbage in ctx[k % 2]; round k - 1's stay readable */
		MemoryContextSwitchTo(ctx[st->rounds % 2]);
		while (next < p->n && !xi_is_zero(p->c[st->sorted[next]]) &&
			   xi_cmp(xi_mul(p->c[st->sorted[next]], st->pw), st->e) >= 0)
			small = xi_keep(xi_sub(small, p->c[st->sorted[next++]]), outer);
		if (next > before)
			st->sw[st->nsw++] = (DtSwitch) {st->rounds, before, next, small};
		if (next == p->n || xi_is_zero(p->c[st->sorted[next]]))
			break;
		dt_check_size(p, st->rounds + 1);
		MemoryContextReset(ctx[(st->rounds + 1) % 2]);
		MemoryContextSwitchTo(ctx[(st->rounds + 1) % 2]);
		st->e = xi_sub(xi_mul(xi(p->n - next), e), xi_mul(small, st->pw));
		st->g = xi_add(xi_mul(n, st->g), e);
		st->pw = xi_mul(st->pw, n1);
		st->nk = xi_mul(st->nk, n);
		st->rounds++;
	}
	MemoryContextSwitchTo(outer);
	st->e = xi_keep(st->e, outer);
	st->g = xi_keep(st->g, outer);
	st->pw = xi_keep(st->pw, outer);
	st->nk = xi_keep(st->nk, outer);
	MemoryContextDelete(ctx[0]);
	MemoryContextDelete(ctx[1]);
}

/* a / b for an exact multiple a of b > 0 */
static XInt
xi_div_exact(XInt a, XInt b)
{
	XInt		q;
	XInt		r;

	xi_divmod(a, b, &q, &r);
	if (!xi_is_zero(r))
		elog(ERROR, "allocate: inexact division in the Dominguez-Thomson rule");
	return q;
}

/*
 * DT (Dominguez and Thomson 2006): with (E, d) = (t, C), each round gives
 * every claimant b_i = min(d_i, E) / n (n counts zero claims too, as the
 * definition's claimant set does; NULL claims are not claimants) and
 * continues with (E - sum(b), d - b).  Once E <= the smallest positive
 * claim left, every round gives E / n to each of the m positive claims and
 * nothing to the zero ones: a geometric series E/n * sum (1 - m/n)^j =
 * E / m, which ends the recursion exactly.
 *
 * Closed form per claimant: a claim that turns large at round r has been
 * paid C_i (1 - q^r), q = (n - 1)/n, while small, then E_j / n in each
 * round j = r .. K - 1, then E_K / m:
 *   award_i = C_i (1 - q^r) + G_K / n^K - G_r / n^r + E_K / m
 * with G_k = n^k sum_{j<k} E_j / n.  Over D = m n^K, with U_r =
 * n^(K-r) (n-1)^r and Y_r = n^(K-r) G_r:
 *   N_i = m (C_i (n^K - U_r) - Y_r + G_K) + e_K.
 * The forward pass (dt_forward) finds K, e_K, G_K and the rounds at which
 * claims turn large; a backward pass from K to 0 brings U, Y and
 * Z_k = n^(K-k) e_k down with exact divisions by small numbers:
 *   U_k = U_(k+1) n / (n - 1),  Z_k = (n Z_(k+1) + A_k U_k) / (n - B_k),
 *   Y_k = Y_(k+1) - Z_k / n
 * (from e_(k+1) = (n - B_k) e_k - A_k (n - 1)^k and G_(k+1) = n G_k + e_k),
 * so that no long number is ever multiplied by another.  The cost is
 * O(n log n) for the sort plus O(K + n) operations on numbers of
 * K * digits(n) digits; test/allocate_reference/rules_half.py checks it
 * against the literal recursion.
 */
void
shares_dt(const Problem *p, XInt t, Shares *sh)
{
	DtState		st;
	MemoryContext outer = CurrentMemoryContext;
	MemoryContext ctx[2];
	XInt		n = xi(p->n);
	XInt		m;
	XInt		u;
	XInt		z;
	XInt		y;
	int32		s;

	dt_forward(p, t, &st);
	ctx[0] = AllocSetContextCreate(outer, "allocate dt", ALLOCSET_DEFAULT_SIZES);
	ctx[1] = AllocSetContextCreate(outer, "allocate dt", ALLOCSET_DEFAULT_SIZES);
	/* every positive claim has turned large: m of them */
	m = xi(st.sw[st.nsw - 1].after);
	u = st.pw;
	z = st.e;
	y = st.g;
	s = st.nsw - 1;
	for (int k = st.rounds;; k--)
	{
		CHECK_FOR_INTERRUPTS();
		/* step k's numbers in ctx[k % 2], step k + 1's stay readable */
		MemoryContextSwitchTo(ctx[k % 2]);
		if (s >= 0 && st.sw[s].round == k)
		{
			XInt		free_part = xi_sub(st.nk, u);
			XInt		common = xi_sub(st.g, y);

			for (int32 j = st.sw[s].before; j < st.sw[s].after; j++)
			{
				int32		i = st.sorted[j];
				XInt		v = xi_add(xi_mul(m, xi_add(xi_mul(p->c[i], free_part), common)), st.e);

				CHECK_FOR_INTERRUPTS();
				sh->num[i] = xi_keep(v, outer);
			}
			s--;
		}
		if (k == 0)
			break;
		MemoryContextReset(ctx[(k - 1) % 2]);
		MemoryContextSwitchTo(ctx[(k - 1) % 2]);
		/* round k - 1 had the large claims and small sum of the last switch up to it */
		{
			XInt		small = s >= 0 ? st.sw[s].small : p->total;
			int32		large = s >= 0 ? st.sw[s].after : 0;

			u = xi_div_exact(xi_mul(u, n), xi(p->n - 1));
			z = xi_div_exact(xi_add(xi_mul(n, z), xi_mul(small, u)), xi(p->n - large));
			y = xi_sub(y, xi_div_exact(z, n));
		}
	}
	MemoryContextSwitchTo(outer);
	MemoryContextDelete(ctx[0]);
	MemoryContextDelete(ctx[1]);
	for (int32 j = st.sw[st.nsw - 1].after; j < p->n; j++)
		sh->num[st.sorted[j]] = xi(0);
	sh->den = xi_mul(m, st.nk);
	pfree(st.sorted);
	pfree(st.sw);
}
