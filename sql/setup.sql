-- Helpers every test may use, in a schema of their own (the way
-- postgresql-hll's setup test does it), created once before the other tests.
CREATE SCHEMA regress;

-- Run a statement: its SQLSTATE ('none' when it succeeds), message and detail
CREATE FUNCTION regress.fails(stmt text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE stmt;
  state := 'none';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
END $$;

-- Load one hand-made binary field into table target through COPY (FORMAT
-- binary): 'loaded', or how it failed (SQLSTATE: message / detail).  The
-- file goes to the cluster's own data directory, so that two suites on one
-- machine never share it.
CREATE FUNCTION regress.copy_field(target regclass, payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  lo oid;
  f record;
  path text := current_setting('data_directory') || '/compensate_regress_hostile.bin';
BEGIN
  lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
                        || '\x0001'::bytea || int4send(length(payload)) || payload || '\xffff'::bytea);
  PERFORM lo_export(lo, path);
  PERFORM lo_unlink(lo);
  SELECT * INTO f FROM regress.fails(format('COPY %s FROM %L (FORMAT binary)', target, path));
  IF f.state = 'none' THEN RETURN 'loaded'; END IF;
  RETURN f.state || ': ' || f.message || coalesce(' / ' || f.detail, '');
END $$;

-- Does the plan of a query have a node whose line contains this text?
CREATE FUNCTION regress.plan_has(q text, node text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
    IF line LIKE '%' || node || '%' THEN RETURN true; END IF;
  END LOOP;
  RETURN false;
END $$;

-- Make parallel plans free and force them, or undo that.  The setting that
-- forces them is force_parallel_mode up to PostgreSQL 15 and
-- debug_parallel_query from 16 on.
CREATE FUNCTION regress.forcing_setting() RETURNS text LANGUAGE sql AS $$
SELECT CASE WHEN current_setting('server_version_num')::int >= 160000
            THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END
$$;
CREATE FUNCTION regress.force_parallel() RETURNS void LANGUAGE sql AS $$
SELECT set_config('max_parallel_workers_per_gather', '2', false), set_config('parallel_setup_cost', '0', false),
       set_config('parallel_tuple_cost', '0', false), set_config('min_parallel_table_scan_size', '0', false),
       set_config(regress.forcing_setting(), 'on', false)
$$;
CREATE FUNCTION regress.reset_parallel() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RESET max_parallel_workers_per_gather;
  RESET parallel_setup_cost;
  RESET parallel_tuple_cost;
  RESET min_parallel_table_scan_size;
  EXECUTE 'RESET ' || regress.forcing_setting();
END $$;

SELECT * FROM regress.fails('SELECT 1');
SELECT state, message FROM regress.fails('SELECT 1/0');
SELECT regress.plan_has('SELECT 1', 'Result') AS has_result, regress.plan_has('SELECT 1', 'Gather') AS has_gather;
SELECT regress.force_parallel() \gset
SELECT current_setting('parallel_setup_cost') AS setup_cost, current_setting(regress.forcing_setting()) AS forced;
SELECT regress.reset_parallel() \gset
SELECT current_setting('parallel_setup_cost') AS setup_cost, current_setting(regress.forcing_setting()) AS forced;
