/*
 * json_out.c
 *		Small JSON text builders shared by the functions that return jsonb.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"

#include "json_out.h"
#include "numeric_util.h"

/* "key": after a comma unless it opens an object or array */
void
json_key(StringInfo buf, const char *key)
{
	char		last = buf->len > 0 ? buf->data[buf->len - 1] : '{';

	if (last != '{' && last != '[')
		appendStringInfoChar(buf, ',');
	escape_json(buf, key);
	appendStringInfoChar(buf, ':');
}

/* "key": number, exactly as numeric prints it; null for NULL */
void
json_numeric(StringInfo buf, const char *key, Numeric value)
{
	json_key(buf, key);
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		appendStringInfoString(buf, numeric_text(value));
}

void
json_int(StringInfo buf, const char *key, int64 value)
{
	json_key(buf, key);
	appendStringInfo(buf, INT64_FORMAT, value);
}

/* "key": "string", escaped; null for NULL */
void
json_text(StringInfo buf, const char *key, const char *value)
{
	json_key(buf, key);
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

void
json_bool(StringInfo buf, const char *key, bool value)
{
	json_key(buf, key);
	appendStringInfoString(buf, value ? "true" : "false");
}

/* The finished JSON text as a jsonb datum */
Datum
json_to_jsonb(StringInfo buf)
{
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf->data));
}
