/*
 * allocate_internal.h
 *		What the files of the claims-problem rules share (allocate_rules.c
 *		holds the input, the common scale, rounding and the first rules).
 *
 * A problem is the claims C_i as exact integers at one common decimal scale,
 * their total S and the amount B to hand out.  A rule fills Shares for an
 * amount t with 0 < t < S: award_i = num[i] / den, one denominator for all,
 * so that rounding compares remainders exactly.
 */
#ifndef COMPENSATE_ALLOCATE_INTERNAL_H
#define COMPENSATE_ALLOCATE_INTERNAL_H

#include "xint.h"

typedef struct Problem
{
	int32		n;
	XInt	   *c;				/* claims C_i at the common scale */
	XInt	   *w;				/* weights at their common scale, or NULL */
	XInt		total;			/* S = sum(C_i) */
	XInt		budget;			/* B */
	int			scale;			/* s */
} Problem;

/* award_i = num[i] / den */
typedef struct Shares
{
	XInt	   *num;
	XInt		den;
} Shares;

/* An array of n elements of size bytes in mcxt, huge allocations allowed */
extern void *alloc_array(MemoryContext mcxt, int64 n, Size size);
/* The claims in ascending order, a copy in the current context */
extern XInt *sorted_claims(const Problem *p);

/* A rule: fills sh for 0 < t < S (CEA and CEL also take t = S) */
typedef void (*SharesRule) (const Problem *p, XInt t, Shares *sh);

/* Rules, each for 0 < t < S; sh->num has room for n numerators */
extern void shares_cea(const Problem *p, XInt t, Shares *sh);
extern void shares_cel(const Problem *p, XInt t, Shares *sh);
/* lower on the half-claims up to S/2, then half-claims plus upper on them */
extern void shares_on_halves(const Problem *p, XInt t, SharesRule lower, SharesRule upper, Shares *sh);

/* allocate_rules_half.c: APRO, CE, Piniles, reverse Talmud, Dominguez-Thomson */
extern void shares_apro(const Problem *p, XInt t, Shares *sh);
extern void shares_ce(const Problem *p, XInt t, Shares *sh);
extern void shares_pin(const Problem *p, XInt t, Shares *sh);
extern void shares_rtalmud(const Problem *p, XInt t, Shares *sh);
extern void shares_dt(const Problem *p, XInt t, Shares *sh);

/* The rules of allocate_games.c: minimal overlap, random arrival, average of awards */
extern void shares_mo(const Problem *p, XInt t, Shares *sh);
extern void shares_ra(const Problem *p, XInt t, Shares *sh);
extern void shares_aa(const Problem *p, XInt t, Shares *sh);

#endif							/* COMPENSATE_ALLOCATE_INTERNAL_H */
