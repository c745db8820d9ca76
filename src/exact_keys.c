/*
 * exact_keys.c
 *		The answer to a real or double precision key: an error that says to
 *		cast it to numeric.
 *
 * payout, payout_tier, needs_review, payout_explain and payout_report have
 * double precision overloads for one reason: without them a float key fails
 * with "function does not exist" (42883), which reads as a missing feature,
 * and a BI tool or a CSV import that made a loss column double precision is
 * common.  Amounts are computed exactly, in numeric; a float holds a binary
 * approximation of the amount that was written, so it is refused rather than
 * converted.  The overloads are not strict, so a NULL key is refused too, and
 * payout_report's final function refuses an empty group: the error does not
 * depend on the data.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"

PG_FUNCTION_INFO_V1(inexact_key);

Datum
inexact_key(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATATYPE_MISMATCH),
			 errmsg("a payout key must be exact: double precision and real are not accepted"),
			 errdetail("Amounts are computed exactly in numeric; a floating-point value is only a binary approximation of the amount written."),
			 errhint("Cast the key to numeric (loss::numeric) or store the column as numeric.  An untyped parameter or string literal is taken for double precision here: give it a type.")));
	PG_RETURN_NULL();
}
