// test/drivers: node-postgres (pg) against the tables of test/drivers/setup.sql
// over TCP (PGHOST/PGPORT...).  Prints "ok    WHAT" / "FAIL  WHAT" per check.
'use strict';
const pg = require('pg');
const version = require('pg/package.json').version;
const BIG = '123456789012345678.91';
function check(cond, what, got) {
  console.log((cond ? 'ok    ' : 'FAIL  ') + what + (cond || got === undefined ? '' : ` (got ${JSON.stringify(got)})`));
}
(async () => {
  const c = new pg.Client({ host: process.env.PGHOST, port: +process.env.PGPORT, user: process.env.PGUSER, database: process.env.PGDATABASE });
  await c.connect();
  try {
    let r = await c.query('SELECT s, r, c, amount, amounts FROM payouts WHERE id = 2');
    const row = r.rows[0];
    check(['s', 'r', 'c'].every(k => typeof row[k] === 'string') && row.s.startsWith('volume [0,100000]'),
      `node-postgres ${version}: payout_schedule, payout_report, classifier come back as strings (their text)`);
    check(typeof row.amount === 'string' && row.amount === BIG,
      `node-postgres ${version}: numeric comes back as a string, exact ('${BIG}')`, row.amount);
    check(Array.isArray(row.amounts) && row.amounts.length === 2 && row.amounts[0] === BIG && row.amounts[1] === '0.1',
      `node-postgres ${version}: numeric[] comes back as an array of strings`, row.amounts);
    r = await c.query('SELECT claims, paid, report, schedule FROM payouts_bi WHERE id = 2');
    const v = r.rows[0];
    check(v.claims === '5' && v.paid === '190000.00' && typeof v.report === 'object' && typeof v.schedule === 'string',
      `node-postgres ${version}: the view: bigint and numeric(20,2) as strings, r::jsonb parsed to an object, s::text a string`, v);
    r = await c.query("SELECT (SELECT payout_report('[0,) => 10%', 1234567890123456.78))::jsonb AS j");
    const claimed = r.rows[0].j.claimed;
    check(typeof claimed === 'number' && String(claimed) !== '1234567890123456.78',
      `node-postgres ${version}: r::jsonb figures become JS numbers and lose digits (1234567890123456.78 -> ${claimed}): ` +
      'read money from report_total(r)::numeric columns', claimed);
    r = await c.query('SELECT payout($1, $2, 1200.50) AS p',
      ['volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0', '99.95']);
    check(r.rows[0].p === '120.05', `node-postgres ${version}: a schedule with '%' as a parameter ($1) works`, r.rows[0].p);
    await c.query('DELETE FROM payouts WHERE id >= 100');
    let ok = true, e0;
    try { await c.query("INSERT INTO payouts (id, segment, s, amount) VALUES (100, 'x', $1, 1)", ['[0,) => 5']); }
    catch (e) { ok = false; e0 = e.message; }
    check(ok, `node-postgres ${version}: INSERT of a string parameter into a payout_schedule column (sent untyped)`, e0);
    await c.query('DELETE FROM payouts WHERE id >= 100');
  } catch (e) {
    check(false, 'node-postgres: the checks ran to the end', e.message);
  } finally {
    await c.end();
  }
})();
