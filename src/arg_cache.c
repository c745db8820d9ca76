/*
 * arg_cache.c
 *		Compiled forms of a call site's argument (see arg_cache.h).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/memutils.h"

#include "arg_cache.h"

/* A new entry for value: in fn_mcxt for a constant, else a context of its own */
static CachedArg *
new_entry(FunctionCallInfo fcinfo, const ArgKind *kind, struct varlena *value,
		  ToastId toast_id, bool constant)
{
	MemoryContext mcxt = constant ? fcinfo->flinfo->fn_mcxt :
		AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "compensate compiled argument",
							  ALLOCSET_SMALL_SIZES);
	MemoryContext old = MemoryContextSwitchTo(mcxt);
	CachedArg  *e = palloc0(sizeof(CachedArg));

	e->mcxt = constant ? NULL : mcxt;
	e->toast_id = toast_id;
	e->compiled = kind->compile(value, mcxt, constant, &e->source);
	MemoryContextSwitchTo(old);
	return e;
}

static bool
same_bytes(const struct varlena *a, const struct varlena *b)
{
	return VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
}

/*
 * The compiled form of argument argno of this call, from the call site's
 * cache when the same value was seen before, else compiled now.
 */
void *
arg_cache_lookup(FunctionCallInfo fcinfo, int argno, const ArgKind *kind)
{
	ArgCache   *cache = (ArgCache *) fcinfo->flinfo->fn_extra;
	Datum		datum = PG_GETARG_DATUM(argno);
	struct varlena *value;
	ToastId		toast_id;
	CachedArg  *e;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ArgCache));
		cache->arg_stable = get_fn_expr_arg_stable(fcinfo->flinfo, argno);
		fcinfo->flinfo->fn_extra = cache;
	}
	cache->last_datum = datum;
	if (cache->arg_stable)
	{
		e = new_entry(fcinfo, kind, kind->read(datum), toast_id_of(datum), true);
		cache->last = e;
		return e->compiled;
	}

	/* a value stored out of line: known by its TOAST pointer */
	toast_id = toast_id_of(datum);
	for (int i = 0; toast_id.valid && i < ARG_CACHE_SLOTS; i++)
	{
		e = cache->slots[i];
		if (e != NULL && toast_id_equal(&e->toast_id, &toast_id))
			return (cache->last = e)->compiled;
	}
	value = kind->read(datum);
	for (int i = 0; i < ARG_CACHE_SLOTS; i++)
	{
		e = cache->slots[i];
		if (e != NULL && same_bytes(e->source, value))
			return (cache->last = e)->compiled;
	}

	e = new_entry(fcinfo, kind, value, toast_id, false);
	if (cache->slots[cache->next] != NULL)
		MemoryContextDelete(cache->slots[cache->next]->mcxt);
	cache->slots[cache->next] = e;
	cache->next = (cache->next + 1) % ARG_CACHE_SLOTS;
	cache->last = e;
	return e->compiled;
}
