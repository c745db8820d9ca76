/*
 * sample_claims.c
 *		sample_claims and sample_claims_range: the argument checks, and the
 *		stream of claims first..last of a seed's sequence (each claim is
 *		made by sample_claim.c).
 *
 * The stream returns one row per call (value-per-call), so that the SQL
 * functions that call it in their target list (src/sql/sample_claims.sql)
 * hand rows on as they are made: a table function in FROM would first
 * store all of them.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/supportnodes.h"
#include "catalog/pg_type.h"
#include "nodes/nodeFuncs.h"
#include "utils/builtins.h"

#include "normalize.h"
#include "sample_claim.h"

#define SAMPLE_CLAIMS_MAX	INT64CONST(10000000)
/* every draw hashes with seed * 64 + salt (salt < 64), which must be a bigint */
#define SAMPLE_SEED_LIMIT	(PG_INT64_MAX / 64 - 64)

PG_FUNCTION_INFO_V1(sample_claims_rows);
PG_FUNCTION_INFO_V1(sample_claims_first);
PG_FUNCTION_INFO_V1(sample_claims_stream);
PG_FUNCTION_INFO_V1(sample_claims_stream_support);

/* the columns of a claim row */
enum
{
	COL_CLAIM_ID,
	COL_RECEIVED_AT,
	COL_TEXT,
	COL_SERVICE,
	COL_REPORTER,
	COL_DAMAGE_TYPE,
	COL_CLAIMED_LOSS,
	COL_LANGUAGE,
	N_COLS
};

/*
 * The label columns take a few constant strings (sample_claim.c's tables):
 * each is made a text once per stream, not once per row.
 */
#define LABEL_CACHE_SIZE 32

typedef struct LabelCache
{
	MemoryContext mcxt;
	int			n;
	const char *label[LABEL_CACHE_SIZE];
	Datum		text[LABEL_CACHE_SIZE];
} LabelCache;

typedef struct ClaimStream
{
	int64		next;
	int64		last;
	int64		seed;
	SampleTextBuffers buf;
	LabelCache	labels;
} ClaimStream;

static void
check_seed(int64 seed)
{
	if (seed < -SAMPLE_SEED_LIMIT || seed > SAMPLE_SEED_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sample_claims: seed must be between " INT64_FORMAT " and " INT64_FORMAT ", got " INT64_FORMAT,
						-SAMPLE_SEED_LIMIT, SAMPLE_SEED_LIMIT, seed)));
}

/* sample_claims_rows(n, seed) returns n when n and seed are usable */
Datum
sample_claims_rows(PG_FUNCTION_ARGS)
{
	int64		n = PG_GETARG_INT64(0);
	int64		seed = PG_GETARG_INT64(1);

	if (n < 0 || n > SAMPLE_CLAIMS_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sample_claims: n must be between 0 and " INT64_FORMAT ", got " INT64_FORMAT,
						SAMPLE_CLAIMS_MAX, n)));
	check_seed(seed);
	PG_RETURN_INT64(n);
}

static void
check_range(int64 first, int64 last, int64 seed)
{
	if (first < 1 || last > SAMPLE_CLAIMS_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sample_claims_range: the range must lie within 1 and " INT64_FORMAT ", got " INT64_FORMAT " to " INT64_FORMAT,
						SAMPLE_CLAIMS_MAX, first, last)));
	check_seed(seed);
}

/* sample_claims_first(first, last, seed) returns first when the range is usable */
Datum
sample_claims_first(PG_FUNCTION_ARGS)
{
	int64		first = PG_GETARG_INT64(0);

	check_range(first, PG_GETARG_INT64(1), PG_GETARG_INT64(2));
	PG_RETURN_INT64(first);
}

/* The text of a constant label, made once (labels are compared by address) */
static Datum
label_text(LabelCache *cache, const char *label)
{
	MemoryContext old;

	for (int i = 0; i < cache->n; i++)
		if (cache->label[i] == label)
			return cache->text[i];
	if (cache->n == LABEL_CACHE_SIZE)
		return CStringGetTextDatum(label);
	old = MemoryContextSwitchTo(cache->mcxt);
	cache->label[cache->n] = label;
	cache->text[cache->n] = CStringGetTextDatum(label);
	MemoryContextSwitchTo(old);
	return cache->text[cache->n++];
}

static ClaimStream *
claim_stream_start(FunctionCallInfo fcinfo, FuncCallContext *funcctx)
{
	MemoryContext old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
	ClaimStream *st = palloc(sizeof(ClaimStream));
	TupleDesc	tupdesc;

	st->next = PG_GETARG_INT64(0);
	st->last = PG_GETARG_INT64(1);
	st->seed = PG_GETARG_INT64(2);
	check_range(st->next, st->last, st->seed);
	check_utf8_database();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE || tupdesc->natts != N_COLS)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("sample_claims_stream must be declared with its %d output columns", N_COLS)));
	funcctx->tuple_desc = BlessTupleDesc(tupdesc);
	initStringInfo(&st->buf.text);
	initStringInfo(&st->buf.scratch);
	initStringInfo(&st->buf.amount);
	st->labels.mcxt = funcctx->multi_call_memory_ctx;
	st->labels.n = 0;
	MemoryContextSwitchTo(old);
	return st;
}

static HeapTuple
claim_row(FuncCallContext *funcctx, ClaimStream *st)
{
	SampleClaim claim;
	Datum		values[N_COLS];
	bool		nulls[N_COLS] = {false};

	sample_claim_make(st->next, st->seed, &claim, &st->buf);
	values[COL_CLAIM_ID] = Int64GetDatum(st->next);
	values[COL_RECEIVED_AT] = TimestampTzGetDatum(claim.received_at);
	values[COL_TEXT] = PointerGetDatum(cstring_to_text_with_len(st->buf.text.data, st->buf.text.len));
	values[COL_SERVICE] = label_text(&st->labels, claim.service);
	values[COL_REPORTER] = label_text(&st->labels, claim.reporter);
	values[COL_DAMAGE_TYPE] = label_text(&st->labels, claim.damage_type);
	values[COL_CLAIMED_LOSS] = Int64GetDatum(claim.claimed_loss);
	nulls[COL_CLAIMED_LOSS] = !claim.has_loss;
	values[COL_LANGUAGE] = label_text(&st->labels, claim.language);
	return heap_form_tuple(funcctx->tuple_desc, values, nulls);
}

/*
 * sample_claims_stream(first, last, seed): the claims first..last of the
 * sequence of seed, one per call.
 */
Datum
sample_claims_stream(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	ClaimStream *st;
	HeapTuple	tuple;

	if (SRF_IS_FIRSTCALL())
	{
		funcctx = SRF_FIRSTCALL_INIT();
		funcctx->user_fctx = claim_stream_start(fcinfo, funcctx);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = funcctx->user_fctx;
	if (st->next > st->last)
		SRF_RETURN_DONE(funcctx);
	CHECK_FOR_INTERRUPTS();
	tuple = claim_row(funcctx, st);
	st->next++;
	SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
}

/* a constant bigint argument of a planned call, if it is one */
static bool
const_int8_arg(List *args, int n, int64 *value)
{
	Node	   *arg = (Node *) list_nth(args, n);

	if (!IsA(arg, Const) || ((Const *) arg)->constisnull || ((Const *) arg)->consttype != INT8OID)
		return false;
	*value = DatumGetInt64(((Const *) arg)->constvalue);
	return true;
}

/*
 * Planner support for sample_claims_stream: a range of constants (after
 * constant folding, sample_claims(n) is one) has last - first + 1 rows,
 * where the catalog's estimate would say 1000 for any n.
 */
Datum
sample_claims_stream_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestRows *req;
	FuncExpr   *call;
	int64		first;
	int64		last;

	if (!IsA(rawreq, SupportRequestRows))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestRows *) rawreq;
	if (!is_funcclause(req->node))
		PG_RETURN_POINTER(NULL);
	call = (FuncExpr *) req->node;
	if (list_length(call->args) != 3 ||
		!const_int8_arg(call->args, 0, &first) || !const_int8_arg(call->args, 1, &last))
		PG_RETURN_POINTER(NULL);
	req->rows = last >= first ? (double) (last - first + 1) : 0;
	PG_RETURN_POINTER(req);
}
