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

-- Does the plan of a query have a node whose line contains this text?
CREATE FUNCTION regress.plan_has(q text, node text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
    IF line LIKE '%' || node || '%' THEN RETURN true; END IF;
  END LOOP;
  RETURN false;
END $$;

SELECT * FROM regress.fails('SELECT 1');
SELECT state, message FROM regress.fails('SELECT 1/0');
SELECT regress.plan_has('SELECT 1', 'Result') AS has_result, regress.plan_has('SELECT 1', 'Gather') AS has_gather;
