/*
 * allocate.h
 *		Sharing a fixed budget among claims (the claims problem), exactly.
 *
 * The callers (the window function and the array functions of allocate.c)
 * feed a partition's claims, in order, into an AllocInput, then solve it
 * once for a budget, a rule and a rounding unit; the AllocResult gives each
 * row's award.  The computation itself (allocate_rules.c) never uses floating
 * point: claims become exact integers at one common decimal scale, each
 * rule's parameter is found as an exact fraction from the sorted claims, and
 * every award is N_i / D with one common denominator D, so that remainders of
 * the rounding compare exactly.
 *
 * Both structs are opaque: their arrays hold the exact integers of
 * allocate_rules.c, which no caller needs to see.
 */
#ifndef COMPENSATE_ALLOCATE_H
#define COMPENSATE_ALLOCATE_H

#include "pg_compat.h"
#include "utils/numeric.h"

/*
 * The rules of the claims problem (W. Thomson, "Axiomatic and game-theoretic
 * analysis of bankruptcy and taxation problems: a survey", Mathematical
 * Social Sciences 45, 2003), by their SQL names
 */
typedef enum AllocRule
{
	ALLOC_PROPORTIONAL,			/* 'proportional': E * c_i / sum(c) */
	ALLOC_CEA,					/* 'cea': min(c_i, L) */
	ALLOC_CEL,					/* 'cel': max(0, c_i - L) */
	ALLOC_TALMUD,				/* 'talmud': Aumann-Maschler on half-claims */
	/* allocate_rules_half.c: */
	ALLOC_APRO,					/* 'apro': minimal rights, then proportional */
	ALLOC_CE,					/* 'ce': constrained egalitarian */
	ALLOC_PIN,					/* 'pin': Piniles */
	ALLOC_RTALMUD,				/* 'rtalmud': reverse Talmud */
	ALLOC_DT,					/* 'dt': Dominguez-Thomson */
	/* allocate_games.c: */
	ALLOC_MO,					/* 'mo': minimal overlap (O'Neill 1982) */
	ALLOC_RA,					/* 'ra': random arrival (O'Neill 1982) */
	ALLOC_AA					/* 'aa': average of awards (Miras Calvo et al. 2022) */
} AllocRule;

/* Unrounded awards (unit NULL) carry this many decimals (more if the claims
 * or budget do), rounded half up */
#define ALLOC_UNROUNDED_SCALE 20

typedef struct AllocInput AllocInput;
typedef struct AllocResult AllocResult;

extern AllocRule alloc_rule_from_name(const char *name);
extern void alloc_check_size(int64 nrows);
extern void alloc_check_budget(Numeric budget);
extern void alloc_check_unit(Numeric unit);

extern AllocInput *alloc_input_create(int64 nrows, bool weighted);
extern void alloc_input_add(AllocInput *in, Numeric claim, Numeric weight);
extern void alloc_input_free(AllocInput *in);

extern AllocResult *alloc_solve(AllocInput *in, Numeric budget, AllocRule rule, Numeric unit);
extern Numeric alloc_award(const AllocResult *res, int64 row);

#endif							/* COMPENSATE_ALLOCATE_H */
