/* compensate: exact outage compensation in SQL.
 *
 * The full install script of the current version, built by the Makefile from
 * the readable parts in src/sql/ (header.sql, schedule.sql, report.sql,
 * classifier.sql, allocate.sql, sample_claims.sql): edit those, never the
 * built file.  Older versions are reached by the update scripts
 * compensate--A--B.sql, and sql/upgrade.sql checks that the oldest version
 * updated step by step has exactly the objects of this script.
 *
 * Written for a hostile search_path: every object is created and referenced
 * as @extschema@.name or pg_catalog.name, and no function runs with its
 * definer's rights.
 */
\echo Use "CREATE EXTENSION compensate" to load this file. \quit

