/*
 * sample_claims.c
 *		The argument checks of sample_claims and sample_claims_range (the
 *		generator itself is one SQL query, src/sql/sample_claims.sql).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"

#define SAMPLE_CLAIMS_MAX	INT64CONST(10000000)
/* every draw hashes with seed * 64 + salt (salt < 64), which must be a bigint */
#define SAMPLE_SEED_LIMIT	(PG_INT64_MAX / 64 - 64)

PG_FUNCTION_INFO_V1(sample_claims_rows);
PG_FUNCTION_INFO_V1(sample_claims_first);

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

/* sample_claims_first(first, last, seed) returns first when the range is usable */
Datum
sample_claims_first(PG_FUNCTION_ARGS)
{
	int64		first = PG_GETARG_INT64(0);
	int64		last = PG_GETARG_INT64(1);

	if (first < 1 || last > SAMPLE_CLAIMS_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sample_claims_range: the range must lie within 1 and " INT64_FORMAT ", got " INT64_FORMAT " to " INT64_FORMAT,
						SAMPLE_CLAIMS_MAX, first, last)));
	check_seed(PG_GETARG_INT64(2));
	PG_RETURN_INT64(first);
}
