/*
 * arg_cache.h
 *		Compiled forms of a call site's argument, kept in fn_extra: one cache
 *		for payout schedules and classifiers alike.
 *
 * Compiling a schedule or building a classifier's automaton costs far more
 * than using it on one row, so a call site keeps what it compiled:
 *	- a constant or stable argument (the same pointer means the same value) is
 *	  compiled once and kept until the query ends, never evicted, so results
 *	  may point into it;
 *	- otherwise the value is recognised by its TOAST pointer when it is stored
 *	  out of line (toast_id.h), else by its bytes, among ARG_CACHE_SLOTS
 *	  entries: a join against a table of schedules or classifiers passes a
 *	  few values in turn, and each is compiled once.
 */
#ifndef COMPENSATE_ARG_CACHE_H
#define COMPENSATE_ARG_CACHE_H

#include "pg_compat.h"
#include "fmgr.h"

#include "toast_id.h"

#define ARG_CACHE_SLOTS		8

/* What one kind of argument provides */
typedef struct ArgKind
{
	/* the value of a datum, detoasted and checked (the type's accessor) */
	struct varlena *(*read) (Datum d);
	/*
	 * the compiled form of value, everything allocated in mcxt (the
	 * current memory context); constant: it lives until the query ends, so
	 * results may point into it; *source is its own copy of value, by which
	 * the cache recognises the same value again
	 */
	void	   *(*compile) (struct varlena *value, MemoryContext mcxt, bool constant,
							const struct varlena **source);
} ArgKind;

typedef struct CachedArg
{
	MemoryContext mcxt;			/* owns the entry; NULL for a constant's */
	ToastId		toast_id;		/* the value's TOAST pointer, if it was one */
	const struct varlena *source;
	void	   *compiled;
} CachedArg;

typedef struct ArgCache
{
	bool		arg_stable;		/* a constant or stable argument */
	Datum		last_datum;		/* the argument seen last */
	CachedArg  *last;
	int			next;			/* slot to replace next */
	CachedArg  *slots[ARG_CACHE_SLOTS];
} ArgCache;

extern void *arg_cache_lookup(FunctionCallInfo fcinfo, int argno, const ArgKind *kind);

/* The compiled form of argument argno: the per-row common case inline */
static inline void *
arg_cache_get(FunctionCallInfo fcinfo, int argno, const ArgKind *kind)
{
	ArgCache   *cache = (ArgCache *) fcinfo->flinfo->fn_extra;

	if (likely(cache != NULL && cache->arg_stable &&
			   cache->last_datum == PG_GETARG_DATUM(argno)))
		return cache->last->compiled;
	return arg_cache_lookup(fcinfo, argno, kind);
}

#endif							/* COMPENSATE_ARG_CACHE_H */
