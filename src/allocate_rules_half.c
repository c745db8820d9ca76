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
 * The Dominguez-Thomson recursion is exact: after k rounds its numbers are
 * integers over n^k, k * digits(n) digits longer than the claims, and a
 * round costs n operations on them.  Its work, n * digits(n) * k(k+1)/2
 * digit-operations after k rounds, is limited to this: 31622 rounds for 2
 * claims, 2581 for 100, 16 for 10^6, measured at 0.5 s, 2.5 s and 10 s on
 * one core of an assert-enabled build (README: limits).
 */
#define ALLOC_DT_MAX_WORK INT64CONST(1000000000)

/* Both halves of the doubled award: sh->den doubles, the numerators stay */
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

/* The smallest positive claim left, or *none when every claim is zero */
static XInt
smallest_positive(const XInt *d, int32 n, bool *none)
{
	XInt		least = xi(0);

	*none = true;
	for (int32 i = 0; i < n; i++)
	{
		if (xi_cmp(d[i], xi(0)) > 0 && (*none || xi_cmp(d[i], least) < 0))
		{
			least = d[i];
			*none = false;
		}
	}
	return least;
}

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

static void
dt_too_much_work(const Problem *p, int rounds)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("the Dominguez-Thomson rule needs more exact arithmetic than allowed for these %d claims", p->n),
			 errdetail("After %d rounds the budget left still exceeds the smallest claim left.  The rounds grow "
					   "with the budget divided by the smallest positive claim, and each multiplies the common "
					   "denominator by the number of claims; the work, claims * digits(claims) * rounds * "
					   "(rounds + 1) / 2 digit operations, is limited to " INT64_FORMAT ".",
					   rounds, ALLOC_DT_MAX_WORK),
			 errhint("Leave out or merge the smallest claims, or use another rule; unit => NULL does not make it cheaper.")));
}

/*
 * DT (Dominguez and Thomson 2006): with (E, d) = (t, C), each round gives
 * every claimant b_i = min(d_i, E) / n (n counts zero claims too, as the
 * definition's claimant set does; NULL claims are not claimants) and
 * continues with (E - sum(b), d - b).  Once E <= the smallest positive
 * claim left, every round gives E / n to each of the m positive claims and
 * nothing to the zero ones: a geometric series E/n * sum (1 - m/n)^j =
 * E / m, which ends the recursion exactly.  (Positive claims stay positive:
 * d - min(d, E)/n >= d (1 - 1/n) > 0 for n >= 2, and n = 1 stops at once
 * as t < S.)
 *
 * Exactly: after k rounds every value is an integer over n^k.  A round
 * multiplies E, d and the awards a by n and moves min(d_i, E) from d_i and
 * from E to a_i.  At the end award_i = (m a_i + E [d_i > 0]) / (m n^k).
 * Round k's numbers are kept in one of two memory contexts, the other
 * holding round k - 1's; the garbage of a round goes to a third, reset every
 * 256 claims, so memory stays at two rounds' values.
 */
void
shares_dt(const Problem *p, XInt t, Shares *sh)
{
	MemoryContext outer = CurrentMemoryContext;
	MemoryContext ctx[2];
	MemoryContext tmp;
	XInt	   *d = alloc_array(outer, p->n, sizeof(XInt));
	XInt	   *a = alloc_array(outer, p->n, sizeof(XInt));
	XInt		n = xi(p->n);
	XInt		e = t;
	XInt		den = xi(1);
	XInt		m = xi(0);
	int			rounds = 0;
	int64		work = 0;
	int			digits = decimal_digits(p->n);
	bool		none;

	ctx[0] = AllocSetContextCreate(outer, "allocate dt", ALLOCSET_DEFAULT_SIZES);
	ctx[1] = AllocSetContextCreate(outer, "allocate dt", ALLOCSET_DEFAULT_SIZES);
	tmp = AllocSetContextCreate(outer, "allocate dt round", ALLOCSET_DEFAULT_SIZES);
	memcpy(d, p->c, sizeof(XInt) * p->n);
	for (int32 i = 0; i < p->n; i++)
		a[i] = xi(0);
	while (xi_cmp(e, smallest_positive(d, p->n, &none)) > 0 && !none)
	{
		/* round k keeps its values in ctx[k % 2]; round k - 1's stay readable */
		MemoryContext keep = ctx[++rounds % 2];
		XInt		handed = xi(0);

		work += (int64) p->n * rounds * digits;
		if (work > ALLOC_DT_MAX_WORK)
			dt_too_much_work(p, rounds - 1);
		MemoryContextReset(keep);
		MemoryContextSwitchTo(tmp);
		for (int32 i = 0; i < p->n; i++)
		{
			XInt		b = xi_cmp(d[i], e) <= 0 ? d[i] : e;

			CHECK_FOR_INTERRUPTS();
			handed = xi_add(handed, b);
			d[i] = xi_keep(xi_sub(xi_mul(d[i], n), b), keep);
			a[i] = xi_keep(xi_add(xi_mul(a[i], n), b), keep);
			if (i % 256 == 255)
			{
				handed = xi_keep(handed, keep);
				MemoryContextReset(tmp);
			}
		}
		e = xi_keep(xi_sub(xi_mul(e, n), handed), keep);
		den = xi_keep(xi_mul(den, n), keep);
		MemoryContextSwitchTo(outer);
		MemoryContextReset(tmp);
	}
	for (int32 i = 0; i < p->n; i++)
		if (xi_cmp(d[i], xi(0)) > 0)
			m = xi_add(m, xi(1));
	sh->den = xi_mul(den, m);
	for (int32 i = 0; i < p->n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		sh->num[i] = xi_mul(a[i], m);
		if (xi_cmp(d[i], xi(0)) > 0)
			sh->num[i] = xi_add(sh->num[i], e);
	}
	MemoryContextDelete(ctx[0]);
	MemoryContextDelete(ctx[1]);
	MemoryContextDelete(tmp);
	pfree(d);
	pfree(a);
}
