-- sample_claims.sql: the calibrated sample-claims generator
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

-- Sample data ---------------------------------------------------------------------

-- sample_claims(n, seed): deterministic, calibrated sample damage reports -----
--
-- Every draw is hashint8extended(claim_id, seed * 64 + salt), one salt per
-- draw, so a row depends only on (claim_id, seed): the same (n, seed) gives
-- the same rows on every machine and in parallel, and the first k rows of
-- sample_claims(n) are sample_claims(k).  The rows are made in C
-- (src/sample_claim.c: the draws, shares and phrase assembly;
-- src/sample_phrases.c: the phrases); 0.1 to 0.4 made the same rows with one
-- SQL query, and sql/upgrade.sql checks that 0.4's rows and these are equal.

-- The number of rows to generate, or an error that says what is wrong with n
-- or seed (seed * 64 must be a bigint).
CREATE FUNCTION @extschema@.sample_claims_rows(n pg_catalog.int8, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sample_claims_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sample_claims_rows(pg_catalog.int8, pg_catalog.int8) IS
'sample_claims support: n, checked to be in 0..10000000 (22023), and seed within +-2^57';

-- The first claim_id of a range, or an error that says what is wrong with
-- the range or the seed.
CREATE FUNCTION @extschema@.sample_claims_first(first pg_catalog.int8, last pg_catalog.int8, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sample_claims_first'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sample_claims_first(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'sample_claims_range support: first, checked to be at least 1 with last at most 10000000 (22023), and seed within +-2^57';

-- The claims first..last of the sequence of seed, one row per call; the
-- SQL functions below call it in their target list, where its rows are
-- handed on as they are made (in FROM they would all be stored first).
CREATE FUNCTION @extschema@.sample_claims_stream(first pg_catalog.int8, last pg_catalog.int8, seed pg_catalog.int8,
    OUT claim_id pg_catalog.int8, OUT received_at pg_catalog.timestamptz, OUT text pg_catalog.text,
    OUT service pg_catalog.text, OUT reporter pg_catalog.text, OUT damage_type pg_catalog.text,
    OUT claimed_loss pg_catalog.int8, OUT language pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'sample_claims_stream'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The planner's row estimate for the stream: last - first + 1 when both are
-- known, instead of a fixed 1000.
CREATE FUNCTION @extschema@.sample_claims_stream_support(pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sample_claims_stream_support'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sample_claims_stream_support(pg_catalog.internal) IS
'planner support for sample_claims_stream: the number of rows of a range of constants';

ALTER FUNCTION @extschema@.sample_claims_stream(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8)
  SUPPORT @extschema@.sample_claims_stream_support;

COMMENT ON FUNCTION @extschema@.sample_claims_stream(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'sample_claims support: the claims first..last of the sequence of seed, one per call (use sample_claims_range)';

-- sample_claims_range(first, last, seed): the rows first..last of the
-- sequence of seed, identical to those rows of sample_claims(n, seed) for any
-- n >= last, so that disjoint ranges loaded by several sessions at once make
-- the same table as one sample_claims call.  Written as one SELECT so that
-- the planner inlines it; OFFSET '0' keeps the stream called once per row
-- (not once per column), written '0' because a plain 0 is an int4-to-bigint
-- cast that the planner takes for a non-constant OFFSET.
CREATE FUNCTION @extschema@.sample_claims_range(first pg_catalog.int8, last pg_catalog.int8, seed pg_catalog.int8 DEFAULT 1)
RETURNS TABLE (claim_id pg_catalog.int8, received_at pg_catalog.timestamptz, text pg_catalog.text,
               service pg_catalog.text, reporter pg_catalog.text, damage_type pg_catalog.text,
               claimed_loss pg_catalog.int8, language pg_catalog.text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT (s.r).claim_id, (s.r).received_at, (s.r).text, (s.r).service, (s.r).reporter, (s.r).damage_type,
       (s.r).claimed_loss, (s.r).language
FROM (SELECT @extschema@.sample_claims_stream(
               -- first, checked (22023 out of range); a NULL: no rows
               @extschema@.sample_claims_first(sample_claims_range.first, sample_claims_range.last,
                                               sample_claims_range.seed),
               sample_claims_range.last, sample_claims_range.seed) AS r
      OFFSET '0') s
$$;

COMMENT ON FUNCTION @extschema@.sample_claims_range(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS
'the rows first..last of sample_claims(n, seed), for any n >= last: the same rows however a table is loaded (ranges in several sessions at once, in any order)';

CREATE FUNCTION @extschema@.sample_claims(n pg_catalog.int8, seed pg_catalog.int8 DEFAULT 1)
RETURNS TABLE (claim_id pg_catalog.int8, received_at pg_catalog.timestamptz, text pg_catalog.text,
               service pg_catalog.text, reporter pg_catalog.text, damage_type pg_catalog.text,
               claimed_loss pg_catalog.int8, language pg_catalog.text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT * FROM @extschema@.sample_claims_range(1, @extschema@.sample_claims_rows(n, seed), seed)
$$;

COMMENT ON FUNCTION @extschema@.sample_claims(pg_catalog.int8, pg_catalog.int8) IS
'n deterministic sample damage reports (claim_id 1..n, n in 0..10000000) shaped like the 105,116 reports Kakao '
'received 2022-10-19..11-06 after the Pangyo data-center fire. Same (n, seed) gives the same rows on every machine; '
'the first k rows of sample_claims(n) are sample_claims(k); NULL n or seed gives no rows. Calibrated shares: '
'service kakao 83%, mobility 6, pay 4, bank 2, games 2, entertainment 3; reporter general_user 89.6%, '
'small_business 10.2, enterprise 0.2; damage_type paid_service 17.1%, free_service_financial 15.1, and the '
'non-financial 67.8% split as inquiry 30.0, protest 20.0, opinion 12.8, encouragement 5.0 (this split is an '
'assumption of the project: the published figures do not break down the 67.8%). received_at: 45,000 of 105,116 '
'in the first five days, then decaying, fewer at night (Asia/Seoul; received_at is a fixed instant, so its date and hour as printed follow the session time zone: use received_at AT TIME ZONE ''Asia/Seoul'' for Korean dates). claimed_loss (KRW, NULL for non-financial '
'types): log-normal, rounded to 1,000, larger for small businesses (about 80% under 500,000) and enterprises. '
'text: Korean, English or mixed claimant writing with typos and emoji, built from phrase pieces that agree with '
'the labels.';
