/*
 * agg_state.h
 *		Aggregate states that are values of a real SQL type, updated in place.
 *
 * Citus pushes a custom aggregate down to its workers (worker_partial_agg on
 * each shard, coord_combine_agg on the coordinator) only when the aggregate's
 * state type is not a pseudo-type; an `internal` state makes it pull every
 * row to the coordinator instead.  So each compensate aggregate keeps its
 * state as a value of one of compensate's own types (payout_report for the
 * report aggregates, classifier for train_classifier), whose flat form is
 * that type's stored form and whose text and binary I/O move partial states
 * between processes: parallel workers to the leader as tuples, Citus workers
 * to the coordinator as text.
 *
 * While a group is being aggregated the value is a PostgreSQL expanded object
 * (utils/expandeddatum.h), holding the kind's in-memory state (its "body") in
 * a memory context of its own under the aggregate context.  The transition
 * function returns a read-write pointer to it; nodeAgg, and Citus's
 * HandleTransition, keep such a pointer without copying it when its context's
 * parent is the aggregate context, so every row updates the state in place
 * and the flat form is built only when the value leaves the aggregate.
 *
 * A state that arrives flat (a partial state read back from a tuple or from
 * text, or a stored value) is expanded into a new object before it is
 * changed: a value the aggregate does not own is never written.
 */
#ifndef COMPENSATE_AGG_STATE_H
#define COMPENSATE_AGG_STATE_H

#include "pg_compat.h"
#include "fmgr.h"
#include "nodes/memnodes.h"
#include "utils/expandeddatum.h"

/* What one state type provides */
typedef struct AggStateKind
{
	const char *name;			/* the aggregate, for errors */
	/* the flat value of a body, palloc'd in CurrentMemoryContext */
	struct varlena *(*flatten) (const void *body);
	/* a body holding a flat value, everything allocated in mcxt */
	void	   *(*expand) (const struct varlena *flat, MemoryContext mcxt);
} AggStateKind;

typedef struct AggState
{
	ExpandedObjectHeader hdr;	/* first: this is an expanded object */
	const AggStateKind *kind;
	void	   *body;			/* the kind's state, in agg_state_memory() */
	struct varlena *flat;		/* flat form built for the current body, or
								 * NULL: cleared on every change */
} AggState;

/* Where a body allocates: the object's own context */
#define agg_state_memory(s)	((s)->hdr.eoh_context)

extern const ExpandedObjectMethods agg_state_methods;

extern MemoryContext agg_state_context(FunctionCallInfo fcinfo, const char *name);
extern AggState *agg_state_create(MemoryContext aggcxt, const AggStateKind *kind);
extern AggState *agg_state_arg_slow(FunctionCallInfo fcinfo, int argno, const AggStateKind *kind,
									MemoryContext aggcxt);
extern const void *agg_state_peek(FunctionCallInfo fcinfo, int argno, const AggStateKind *kind,
								  const struct varlena **flat);
extern struct varlena *agg_state_flat_copy(FunctionCallInfo fcinfo, int argno,
										   const AggStateKind *kind);
extern Datum agg_state_final(FunctionCallInfo fcinfo, const AggStateKind *kind);
extern Datum agg_state_serialize(FunctionCallInfo fcinfo, const AggStateKind *kind);
extern Datum agg_state_deserialize(FunctionCallInfo fcinfo, const AggStateKind *kind);

/*
 * The state in argument argno, to be changed in place: NULL for SQL NULL; the
 * object itself when it is one of ours of this kind, read-write and owned by
 * this aggregate context; otherwise (agg_state_arg_slow) a new object holding
 * the argument's value.  The common case, every row after the first, is
 * inline: a read-write expanded datum always points at the eoh_rw_ptr field
 * of its header, so the header is found without a call.
 */
static inline AggState *
agg_state_arg(FunctionCallInfo fcinfo, int argno, const AggStateKind *kind, MemoryContext aggcxt)
{
	Pointer		p = DatumGetPointer(PG_GETARG_DATUM(argno));

	if (likely(!PG_ARGISNULL(argno) && VARATT_IS_EXTERNAL_EXPANDED_RW(p)))
	{
		AggState   *s = (AggState *) (p - offsetof(ExpandedObjectHeader, eoh_rw_ptr));

		if (likely(s->hdr.eoh_methods == &agg_state_methods && s->kind == kind &&
				   s->hdr.eoh_context->parent == aggcxt))
			return s;
	}
	return agg_state_arg_slow(fcinfo, argno, kind, aggcxt);
}

/* The state as the transition function's result: its body may have changed */
static inline Datum
agg_state_return(AggState *s)
{
	if (unlikely(s->flat != NULL))
	{
		pfree(s->flat);
		s->flat = NULL;
	}
	return EOHPGetRWDatum(&s->hdr);
}

/* The same, or SQL NULL when there is no state yet (a group of only NULLs) */
static inline Datum
agg_state_result(FunctionCallInfo fcinfo, AggState *s)
{
	if (s == NULL)
	{
		fcinfo->isnull = true;
		return (Datum) 0;
	}
	return agg_state_return(s);
}

#endif							/* COMPENSATE_AGG_STATE_H */
