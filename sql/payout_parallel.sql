-- Parallel plans give the same answers as serial ones, and every function
-- carries the labels it promises (IMMUTABLE, STRICT, PARALLEL SAFE).

SELECT p.oid::regprocedure AS function, p.provolatile AS volatility, p.proparallel AS parallel, p.proisstrict AS strict
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'compensate')
ORDER BY p.oid::regprocedure::text;

CREATE TABLE par_claims AS
SELECT g AS id, ((g::bigint * 7919) % 1000003) AS loss, (g % 4) AS segment FROM generate_series(1, 200000) g;
CREATE TABLE par_schedules (segment int, s payout_schedule);
INSERT INTO par_schedules VALUES
 (0, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 (1, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),
 (2, '[0,) => 1000 + 2.5% deductible 500'),
 (3, '[0,500000] => 1%, (500000,) => review');
ANALYZE par_claims, par_schedules;

-- Serial answers first
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT sum(payout('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)) AS seed_total,
       count(*) FILTER (WHERE needs_review('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)) AS seed_review,
       sum(payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%', loss::numeric)) AS graduated_total,
       sum(payout_tier('[0,1000) => 1, [1000,100000) => 2, [100000,) => 3', loss)) AS tier_sum
FROM par_claims;
CREATE TEMP TABLE serial_joined AS
SELECT c.segment, sum(payout(s.s, c.loss)) AS total, count(*) FILTER (WHERE needs_review(s.s, c.loss)) AS review
FROM par_claims c JOIN par_schedules s USING (segment) GROUP BY c.segment;

-- Now force parallel plans
SELECT regress.force_parallel() \gset
EXPLAIN (COSTS OFF)
SELECT sum(payout('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)) FROM par_claims;
CREATE TEMP TABLE parallel AS
SELECT sum(payout('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)) AS seed_total,
       count(*) FILTER (WHERE needs_review('volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review', loss)) AS seed_review,
       sum(payout('graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20%', loss::numeric)) AS graduated_total,
       sum(payout_tier('[0,1000) => 1, [1000,100000) => 2, [100000,) => 3', loss)) AS tier_sum
FROM par_claims;
SELECT s.*, s IS NOT DISTINCT FROM p AS identical FROM serial s, parallel p;

-- the join's plan shape depends on statistics; that it runs in workers does not
SELECT regress.plan_has('SELECT c.segment, sum(payout(s.s, c.loss)) FROM par_claims c JOIN par_schedules s USING (segment) GROUP BY c.segment',
                        'Gather') AS runs_in_workers;
SELECT j.*, j.total = s.total AND j.review = s.review AS identical
FROM (SELECT c.segment, sum(payout(s.s, c.loss)) AS total, count(*) FILTER (WHERE needs_review(s.s, c.loss)) AS review
      FROM par_claims c JOIN par_schedules s USING (segment) GROUP BY c.segment) j
JOIN serial_joined s USING (segment) ORDER BY segment;
