/*
 * compensate.c
 *		Module entry: compensate turns damage claims into exact payouts
 *		inside PostgreSQL.  Each concern lives in its own file:
 *
 *	decimal.c			exact decimals and checked 128-bit arithmetic
 *	schedule_parse.c	the payout_schedule text grammar
 *	schedule_build.c	validation and the canonical on-disk form
 *	schedule_io.c		text/binary I/O, equality, hashing
 *	compiled.c			per-query compiled schedules (fn_extra cache)
 *	payout_eval.c		tier lookup and payout arithmetic
 *	payout.c			the SQL-callable payout functions
 */
#include "postgres.h"
#include "pg_compat.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
