/* compensate 0.3 -> 0.4: an analyst's first hour and a BI tool's first query.
 *
 * Written for a hostile search_path: every object is created and referenced
 * as @extschema@.name or pg_catalog.name, and no function runs with its
 * definer's rights.
 */
\echo Use "ALTER EXTENSION compensate UPDATE TO '0.4'" to load this file. \quit
