/*
 * toast_id.h
 *		Recognise a value stored out of line by its TOAST pointer.
 *
 * A schedule or classifier kept in a table and joined to every claim arrives
 * as the same TOAST pointer on every row.  Fetching, decompressing and
 * comparing it per row cost more than the work itself (seconds per thousand
 * rows for a 100,000-tier schedule), so the caches of compiled values key on
 * the pointer: it names one stored value (table and value OID), and a stored
 * value is never changed in place.
 */
#ifndef COMPENSATE_TOAST_ID_H
#define COMPENSATE_TOAST_ID_H

#include "pg_compat.h"
#include "access/detoast.h"

typedef struct ToastId
{
	bool		valid;			/* false: the value was not stored out of line */
	varatt_external ptr;
} ToastId;

/* The TOAST pointer of d, if d is one */
static inline ToastId
toast_id_of(Datum d)
{
	ToastId		id;

	memset(&id, 0, sizeof(id));
	if (VARATT_IS_EXTERNAL_ONDISK(DatumGetPointer(d)))
	{
		id.valid = true;
		VARATT_EXTERNAL_GET_POINTER(id.ptr, DatumGetPointer(d));
	}
	return id;
}

static inline bool
toast_id_equal(const ToastId *a, const ToastId *b)
{
	return a->valid && b->valid && memcmp(&a->ptr, &b->ptr, sizeof(a->ptr)) == 0;
}

#endif							/* COMPENSATE_TOAST_ID_H */
