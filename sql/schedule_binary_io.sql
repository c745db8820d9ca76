-- Binary I/O: send/recv round trips through COPY (FORMAT binary), and
-- recv rejects hostile bytes as strictly as the text parser (22P03).
\set SHOW_CONTEXT never


-- The wire format of a small schedule: version, mode, round mode, flags,
-- tier count, then (int64 mantissa, int16 scale) numbers and tier flags
SELECT payout_schedule_send('[0,10] => 5, (10,) => 2.5% round 0.5 up');

-- Round trip through a binary COPY file
CREATE TABLE bin_src (id int, s payout_schedule);
INSERT INTO bin_src VALUES
 (1, 'volume [0,300000] => 30000, (300000,500000] => 50000, (500000,) => review'),
 (2, 'graduated [0,1000) => 0%, [1000,5000) => 10%, [5000,) => 20% cap 100000 round 10 half_up'),
 (3, 'volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'),
 (4, '(0.000000000000000001,999999999999999999] => 1000 + 0.125% deductible 5 round 0.05 half_even'),
 (5, NULL);
INSERT INTO bin_src SELECT 6, (string_agg(format('[%s,%s) => %s', i, i + 1, i), ', ' ORDER BY i) || ', [5000,) => review')::payout_schedule
FROM generate_series(0, 4999) i;
-- Server-side files of this test go to the cluster's own data directory, so
-- that two suites on one machine never share them
SELECT current_setting('data_directory') AS datadir \gset
\set schedules_bin :datadir '/compensate_regress_schedules.bin'
COPY bin_src TO :'schedules_bin' (FORMAT binary);
CREATE TABLE bin_dst (LIKE bin_src);
COPY bin_dst FROM :'schedules_bin' (FORMAT binary);
SELECT a.id, a.s = b.s AS equal, a.s::text = b.s::text AS same_text, (a.s IS NULL AND b.s IS NULL) AS both_null
FROM bin_src a JOIN bin_dst b USING (id) ORDER BY a.id;

-- Hostile input: a binary COPY file around a hand-made field
CREATE TABLE bin_hostile (s payout_schedule);

-- Layout offsets (0-based): 0 version, 1 mode, 2 round mode, 3 flags, 4 tier count,
-- 8 lower, 18 deductible, 28 cap, 38 round unit, then 31 bytes per tier:
-- +0 upper, +10 fixed, +20 rate, +30 flags.  Each number: int64 then int16 scale.
SELECT payout_schedule_send('[0,10] => 5, (10,20] => 7, (20,) => 2.5%') AS good \gset
SELECT t.what, regress.copy_field('bin_hostile', t.payload) AS result FROM (VALUES
  ('valid', :'good'::bytea),
  ('empty', ''::bytea),
  ('version 3', set_byte(:'good'::bytea, 0, 3)),
  ('mode 7', set_byte(:'good'::bytea, 1, 7)),
  ('round mode 9 with round flag', set_byte(set_byte(:'good'::bytea, 2, 9), 3, 9)),
  ('unknown schedule flag', set_byte(:'good'::bytea, 3, 128)),
  ('zero tiers', overlay(:'good'::bytea placing int4send(0) from 5)),
  ('a billion tiers', overlay(:'good'::bytea placing int4send(1000000000) from 5)),
  ('negative tier count', overlay(:'good'::bytea placing int4send(-1) from 5)),
  ('truncated', substring(:'good'::bytea from 1 for 60)),
  ('one byte short', substring(:'good'::bytea from 1 for length(:'good'::bytea) - 1)),
  ('header only', substring(:'good'::bytea from 1 for 8)),
  ('options cut', substring(:'good'::bytea from 1 for 30)),
  ('trailing byte', :'good'::bytea || '\x00'::bytea),
  ('negative lower', overlay(:'good'::bytea placing int8send(-5) from 9)),
  ('negative scale', overlay(:'good'::bytea placing int2send(-1::int2) from 17)),
  ('scale 19', overlay(:'good'::bytea placing int2send(19::int2) from 17)),
  ('19-digit mantissa', overlay(:'good'::bytea placing int8send(1000000000000000000) from 49)),
  ('tier 2 upper below tier 1', overlay(:'good'::bytea placing int8send(5) from 80)),
  ('unknown tier flag', set_byte(:'good'::bytea, 48 + 30, 64)),
  ('unbounded tier 1', set_byte(:'good'::bytea, 48 + 30, 3)),
  ('review tier with an amount', set_byte(:'good'::bytea, 48 + 30, 9)),
  ('rate without the rate flag', overlay(:'good'::bytea placing int8send(3) from 49 + 20)),
  ('empty point tier', set_byte(overlay(:'good'::bytea placing int8send(0) from 49), 48 + 30, 0))
) t(what, payload);
SELECT count(*) AS loaded FROM bin_hostile;

-- Trailing zeros sent by a client are normalized, not stored twice
SELECT regress.copy_field('bin_hostile', overlay(overlay(:'good'::bytea placing int8send(500) from 59) placing int2send(2::int2) from 67)) AS five_point_zero_zero;
SELECT s, s = '[0,10] => 5, (10,20] => 7, (20,) => 2.5%'::payout_schedule AS canonical FROM bin_hostile;

-- Found by fuzzing: the unbounded last tier must pass the outcome checks too
SELECT t.what, regress.copy_field('bin_hostile', t.payload) AS result FROM (VALUES
  ('unbounded tier with a rate but no rate flag', overlay(payout_schedule_send('[0,) => 0') placing int8send(1) from 69)),
  ('unbounded review tier with an amount', overlay(payout_schedule_send('[0,) => review') placing int8send(5) from 59))
) t(what, payload);
