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
 *   16  builds modules with -fvisibility=hidden and exports what the server
 *       must find (the SQL-callable functions, their info records, the magic
 *       block) with PGDLLEXPORT.  compensate builds with -fvisibility=hidden
 *       on every version (Makefile), because the server loads libraries with
 *       RTLD_GLOBAL and an internal name of ours must never stand in for
 *       another library's; before 16, PGDLLEXPORT is empty on this platform
 *       and PG_FUNCTION_INFO_V1 does not mark the function itself, so both
 *       are given 16's meaning here.
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

#if PG_VERSION_NUM < 160000
#include "fmgr.h"

#undef PGDLLEXPORT
#define PGDLLEXPORT __attribute__((visibility("default")))

#undef PG_FUNCTION_INFO_V1
#define PG_FUNCTION_INFO_V1(funcname) \
extern PGDLLEXPORT Datum funcname(PG_FUNCTION_ARGS); \
extern PGDLLEXPORT const Pg_finfo_record *CppConcat(pg_finfo_, funcname)(void); \
const Pg_finfo_record * \
CppConcat(pg_finfo_, funcname) (void) \
{ \
	static const Pg_finfo_record finfo = {1}; \
	return &finfo; \
} \
extern int no_such_variable
#endif

#ifndef pg_noreturn
#if defined(__GNUC__)
#define pg_noreturn __attribute__((noreturn))
#else
#define pg_noreturn
#endif
#endif

#endif							/* COMPENSATE_PG_COMPAT_H */
