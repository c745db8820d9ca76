/*
 * pg_compat.h
 *		What differs between the PostgreSQL major versions compensate
 *		supports (15, 16, 17 and 18), in one place.
 *
 * Every source file includes this right after postgres.h, so the rest of the
 * code is written against one API and no version test appears elsewhere.
 *
 *   16  moved the varlena macros (VARSIZE, SET_VARSIZE, VARDATA, ...) and
 *       varatt_external out of postgres.h into varatt.h.
 *   18  removed pg_attribute_noreturn() in favour of pg_noreturn, which goes
 *       before the declaration (C11 _Noreturn).  Before 18, pg_noreturn is
 *       given the same meaning here with the compiler's attribute, which is
 *       also accepted in front of a declaration.
 */
#ifndef COMPENSATE_PG_COMPAT_H
#define COMPENSATE_PG_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150000 || PG_VERSION_NUM >= 190000
#error "compensate supports PostgreSQL 15 to 18"
#endif

#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#ifndef pg_noreturn
#if defined(__GNUC__)
#define pg_noreturn __attribute__((noreturn))
#else
#define pg_noreturn
#endif
#endif

#endif							/* COMPENSATE_PG_COMPAT_H */
