-- The 10-million-claim partition, as rows and as one array (test/limits/run
-- without --quick).
CREATE TABLE claims_10m AS
SELECT g AS id, 1 + (hashint4(g)::bigint & 1048575) AS claim FROM generate_series(1, 10000000) g;
CREATE TABLE claims_10m_array AS SELECT array_agg(claim::numeric ORDER BY id) AS a FROM claims_10m;
ANALYZE;
