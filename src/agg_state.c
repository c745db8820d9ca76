/*
 * agg_state.c
 *		Aggregate states as expanded objects of compensate's own types (see
 *		agg_state.h for why).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/memutils.h"

#include "agg_state.h"

static Size agg_state_get_flat_size(ExpandedObjectHeader *eohptr);
static void agg_state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

const ExpandedObjectMethods agg_state_methods = {
	agg_state_get_flat_size,
	agg_state_flatten_into
};

/* The flat form, built once per change of the body, kept in the object */
static Size
agg_state_get_flat_size(ExpandedObjectHeader *eohptr)
{
	AggState   *s = (AggState *) eohptr;

	if (s->flat == NULL)
	{
		/* the builder's scratch memory goes with a context of its own */
		MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext,
													  "compensate state flattening",
													  ALLOCSET_DEFAULT_SIZES);
		MemoryContext old = MemoryContextSwitchTo(scratch);
		struct varlena *flat = s->kind->flatten(s->body);

		s->flat = MemoryContextAllocHuge(agg_state_memory(s), VARSIZE(flat));
		memcpy(s->flat, flat, VARSIZE(flat));
		MemoryContextSwitchTo(old);
		MemoryContextDelete(scratch);
	}
	return VARSIZE(s->flat);
}

static void
agg_state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	AggState   *s = (AggState *) eohptr;

	/* PostgreSQL asks for the size first, then for the bytes */
	if (s->flat == NULL || VARSIZE(s->flat) != allocated_size)
		elog(ERROR, "%s: flattening a state of another size than announced", s->kind->name);
	memcpy(result, s->flat, allocated_size);
}

/* The aggregate context of this call; an error outside an aggregate */
MemoryContext
agg_state_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "%s called in non-aggregate context", name);
	return aggcxt;
}

/* A new state with no body yet, in a context of its own under aggcxt */
AggState *
agg_state_create(MemoryContext aggcxt, const AggStateKind *kind)
{
	MemoryContext mcxt = AllocSetContextCreate(aggcxt, "compensate aggregate state",
											   ALLOCSET_SMALL_SIZES);
	AggState   *s = MemoryContextAllocZero(mcxt, sizeof(AggState));

	EOH_init_header(&s->hdr, &agg_state_methods, mcxt);
	s->kind = kind;
	return s;
}

/* Argument argno as one of our expanded states of this kind, or NULL */
static AggState *
our_state(FunctionCallInfo fcinfo, int argno, const AggStateKind *kind)
{
	Datum		d = PG_GETARG_DATUM(argno);
	AggState   *s;

	if (!VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		return NULL;
	s = (AggState *) DatumGetEOHP(d);
	if (s->hdr.eoh_methods != &agg_state_methods || s->kind != kind)
		return NULL;
	return s;
}

/* Argument argno detoasted and, for the 8-byte fields of the layouts, aligned */
static const struct varlena *
flat_arg(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));

	if ((uintptr_t) v % MAXIMUM_ALIGNOF != 0)
	{
		struct varlena *copy = palloc(VARSIZE(v));

		memcpy(copy, v, VARSIZE(v));
		v = copy;
	}
	return v;
}

/* agg_state_arg (agg_state.h) when argument argno is not a state to change */
AggState *
agg_state_arg_slow(FunctionCallInfo fcinfo, int argno, const AggStateKind *kind, MemoryContext aggcxt)
{
	AggState   *s;

	if (PG_ARGISNULL(argno))
		return NULL;
	s = our_state(fcinfo, argno, kind);
	if (s != NULL && VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(argno))) &&
		MemoryContextGetParent(agg_state_memory(s)) == aggcxt)
		return s;
	{
		const struct varlena *flat = flat_arg(fcinfo, argno);

		s = agg_state_create(aggcxt, kind);
		s->body = kind->expand(flat, agg_state_memory(s));
		return s;
	}
}

/*
 * Argument argno (not NULL) to be read only: the body when it is one of our
 * states (NULL returned in *flat), else NULL with the flat value in *flat.
 */
const void *
agg_state_peek(FunctionCallInfo fcinfo, int argno, const AggStateKind *kind,
			   const struct varlena **flat)
{
	AggState   *s = our_state(fcinfo, argno, kind);

	*flat = NULL;
	if (s != NULL)
		return s->body;
	*flat = flat_arg(fcinfo, argno);
	return NULL;
}

/* The flat value of argument argno (not NULL), as a new copy */
struct varlena *
agg_state_flat_copy(FunctionCallInfo fcinfo, int argno, const AggStateKind *kind)
{
	const struct varlena *flat;
	const void *body = agg_state_peek(fcinfo, argno, kind, &flat);
	struct varlena *copy;

	if (body != NULL)
		return kind->flatten(body);
	copy = palloc(VARSIZE(flat));
	memcpy(copy, flat, VARSIZE(flat));
	return copy;
}

/* A final function: the flat value of the state, NULL for no state */
Datum
agg_state_final(FunctionCallInfo fcinfo, const AggStateKind *kind)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(agg_state_flat_copy(fcinfo, 0, kind));
}

/*
 * serialize(internal) and deserialize(bytea, internal), for the aggregates
 * of version 0.2, whose states were internal: they stay so that a database
 * still at 0.2 keeps working with this library until ALTER EXTENSION ...
 * UPDATE; 0.3's aggregates have no use for them.
 */
Datum
agg_state_serialize(FunctionCallInfo fcinfo, const AggStateKind *kind)
{
	PG_RETURN_BYTEA_P((bytea *) agg_state_flat_copy(fcinfo, 0, kind));
}

Datum
agg_state_deserialize(FunctionCallInfo fcinfo, const AggStateKind *kind)
{
	MemoryContext aggcxt = agg_state_context(fcinfo, kind->name);

	PG_RETURN_DATUM(agg_state_return(agg_state_arg(fcinfo, 0, kind, aggcxt)));
}
