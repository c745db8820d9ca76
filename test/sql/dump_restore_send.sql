-- pg_temp.send_expr(type, expr): an SQL expression giving the binary (send)
-- form of expr, for comparing values across databases.  Arrays and composite
-- types carry the OIDs of their element and field types in their own binary
-- form, and the OIDs of an extension's types differ from database to
-- database; so an array is compared as the array of its elements' binary
-- forms, a composite value as the row of its fields' binary forms, a domain as
-- its base type.  Session-local (pg_temp): the database's schema is untouched.
CREATE FUNCTION pg_temp.send_expr(typ oid, expr text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  t pg_type;
  parts text;
BEGIN
  SELECT * INTO t FROM pg_type WHERE oid = typ;
  IF t.typtype = 'd' THEN
    RETURN pg_temp.send_expr(t.typbasetype, format('(%s)::%s', expr, format_type(t.typbasetype, NULL)));
  ELSIF t.typcategory = 'A' AND t.typelem <> 0 THEN
    RETURN format('(SELECT array_agg(%s) FROM unnest(%s) _e)', pg_temp.send_expr(t.typelem, '_e'), expr);
  ELSIF t.typtype = 'c' THEN
    SELECT string_agg(pg_temp.send_expr(a.atttypid, format('(%s).%I', expr, a.attname)), ', ' ORDER BY a.attnum)
      INTO parts
    FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped;
    RETURN format('ROW(%s)', parts);
  END IF;
  RETURN format('%s(%s)', t.typsend::regproc, expr);
END $$;

-- pg_temp.column_md5_query(label, rel, col, order_by): a query returning one
-- line "label rows=N text=<md5> binary=<md5>" for the column, its values in
-- the order of order_by (an expression over the alias _r)
CREATE FUNCTION pg_temp.column_md5_query(label text, rel regclass, col name, order_by text) RETURNS text
LANGUAGE sql STABLE AS $$
SELECT format($q$SELECT %L || ' rows=' || count(*)
  || ' text=' || coalesce(md5(string_agg(coalesce(_r.%I::text, '<null>'), E'\n' ORDER BY %s)), '-')
  || ' binary=' || coalesce(md5(string_agg(coalesce((%s)::text, '<null>'), E'\n' ORDER BY %s)), '-') FROM %s _r$q$,
  label, col, order_by, pg_temp.send_expr(a.atttypid, format('_r.%I', col)), order_by, rel)
FROM pg_attribute a WHERE a.attrelid = rel AND a.attname = col
$$;
