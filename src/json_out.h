/*
 * json_out.h
 *		Building JSON text for the jsonb results (payout_explain, the jsonb
 *		forms of schedules, reports and classifiers): a key and its value,
 *		with the comma placed for the caller.
 */
#ifndef COMPENSATE_JSON_OUT_H
#define COMPENSATE_JSON_OUT_H

#include "pg_compat.h"
#include "lib/stringinfo.h"
#include "utils/numeric.h"

extern void json_key(StringInfo buf, const char *key);
extern void json_numeric(StringInfo buf, const char *key, Numeric value);
extern void json_int(StringInfo buf, const char *key, int64 value);
extern void json_text(StringInfo buf, const char *key, const char *value);
extern void json_bool(StringInfo buf, const char *key, bool value);
extern Datum json_to_jsonb(StringInfo buf);

#endif							/* COMPENSATE_JSON_OUT_H */
