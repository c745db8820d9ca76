# test/drivers: psycopg 3, psycopg2, pandas (through SQLAlchemy) and psqlODBC
# (through pyodbc, and through the ODBC API as a tool that sizes its buffers
# from the column description) against the tables of test/drivers/setup.sql,
# over TCP.  Prints "ok    WHAT" or "FAIL  WHAT" per check; test/drivers/run
# counts them.  Run by test/drivers/run with PGHOST/PGPORT set for TCP.
#   python3 test/drivers/python_drivers.py [psycopg|psycopg2|pandas|odbc ...]
import ctypes
import decimal
import os
import sys
import traceback
import warnings

HOST = os.environ.get("PGHOST", "127.0.0.1")
PORT = int(os.environ.get("PGPORT", "54391"))
USER = os.environ.get("PGUSER", "postgres")
DB = os.environ.get("PGDATABASE", "postgres")
DSN = f"host={HOST} port={PORT} user={USER} dbname={DB}"

BIG = decimal.Decimal("123456789012345678.91")  # payouts.amount of row 2: 20 digits, a float keeps 17
SLA = "volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0"  # row 1's schedule


def check(cond, what, got=None):
    if cond:
        print(f"ok    {what}")
    else:
        print(f"FAIL  {what}" + ("" if got is None else f" (got {got!r})"))
    sys.stdout.flush()


def attempt(fn):
    """fn() -> (True, value) or (False, exception)"""
    try:
        return True, fn()
    except Exception as e:  # noqa: BLE001: the checks look at the exception
        return False, e


def err(e):
    return f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"


# ---------------------------------------------------------------- psycopg 3
def test_psycopg():
    import psycopg
    v = psycopg.__version__
    conn = psycopg.connect(DSN, autocommit=True)
    q = "SELECT s, r, c, amount, amounts FROM payouts WHERE id = 2"

    cur = conn.cursor()
    cur.execute(q)
    s, r, c, amount, amounts = cur.fetchone()
    check(all(isinstance(x, str) for x in (s, r, c)),
          f"psycopg {v} text format: payout_schedule, payout_report, classifier come back as str",
          [type(x).__name__ for x in (s, r, c)])
    check(s.startswith("volume [0,100000] => 10000") and r.startswith("claims=5 in_review=0") and c.startswith("kakao: "),
          f"psycopg {v} text format: the values are the types' canonical text")
    check(type(amount) is decimal.Decimal and amount == BIG and str(amount) == str(BIG),
          f"psycopg {v}: numeric(20,2) comes back as Decimal exactly ({BIG})", amount)
    check(amounts == [BIG, decimal.Decimal("0.1")] and all(type(x) is decimal.Decimal for x in amounts),
          f"psycopg {v}: numeric[] comes back as a list of Decimal", amounts)

    bcur = conn.cursor(binary=True)
    bcur.execute(q)
    bs, br, bc, bamount, bamounts = bcur.fetchone()
    check(all(isinstance(x, bytes) for x in (bs, br, bc)),
          f"psycopg {v} binary format (cursor(binary=True)): the three compensate types come back as bytes "
          "(their binary send format, no loader)", [type(x).__name__ for x in (bs, br, bc)])
    check(bs[:1] == b"\x01" and bc[:1] == b"\x01",
          f"psycopg {v} binary format: the bytes are compensate's binary format (version byte 1)", bs[:4])
    check(type(bamount) is decimal.Decimal and bamount == BIG and amounts == bamounts,
          f"psycopg {v} binary format: numeric and numeric[] still Decimal exactly", bamount)
    bcur.execute("SELECT schedule, report, classifier, paid FROM payouts_bi WHERE id = 2")
    vs, vr, vc, vp = bcur.fetchone()
    check(isinstance(vs, str) and isinstance(vr, dict) and isinstance(vc, str) and vp == decimal.Decimal("190000.00"),
          f"psycopg {v} binary format, the BI view: s::text -> str, r::jsonb -> dict, report_total(r)::numeric -> Decimal",
          [type(x).__name__ for x in (vs, vr, vc, vp)])
    check(vs == s and vc == c, f"psycopg {v}: the view's ::text columns equal the columns' text format")
    d = [(x.name, x.precision, x.scale) for x in bcur.description]
    check(d[3] == ("paid", 20, 2), f"psycopg {v}: cursor.description shows numeric(20,2) precision and scale", d[3])
    bcur.execute("SELECT paid FROM payouts_bare WHERE id = 2")
    d = [(x.name, x.precision, x.scale) for x in bcur.description]
    check(d[0] == ("paid", None, None), f"psycopg {v}: report_total(r) without ::numeric(p,s): no precision or scale", d[0])

    # jsonb figures are JSON numbers: the json module makes floats of them
    cur.execute("SELECT (SELECT payout_report('[0,) => 10%', 1234567890123456.78))::jsonb")
    j = cur.fetchone()[0]
    check(isinstance(j["claimed"], float) and decimal.Decimal(j["claimed"]) != decimal.Decimal("1234567890123456.78"),
          f"psycopg {v}: r::jsonb figures load as float and lose digits (1234567890123456.78 -> {j['claimed']!r}): "
          "read money from report_total(r)::numeric columns", j["claimed"])

    # % in schedules: as a parameter it is plain data; in the query text it must be %% once there are parameters
    cur.execute("SELECT payout(%s::payout_schedule, %s, 1200.50)", (SLA, decimal.Decimal("99.95")))
    check(cur.fetchone()[0] == decimal.Decimal("120.05"),
          f"psycopg {v}: a schedule with '%' passed as a parameter works (payout = 120.05)")
    lit = "SELECT payout('volume [0,95) => 100%, [95,99) => 30%'::payout_schedule, {}, 1200.50)"
    ok, e = attempt(lambda: cur.execute(lit.format("%s"), (96,)))
    check(not ok and isinstance(e, psycopg.ProgrammingError),
          f"psycopg {v}: a literal '%' in the query text with parameters is an error ({err(e) if not ok else 'no error'})")
    cur.execute(lit.replace("%", "%%").format("%s"), (96,))
    check(cur.fetchone()[0] == decimal.Decimal("360.15"),
          f"psycopg {v}: written '%%' in the query text with parameters, it works (payout = 360.15)")
    cur.execute(lit.format("96"))
    check(cur.fetchone()[0] == decimal.Decimal("360.15"),
          f"psycopg {v}: without parameters, a single '%' in the query text works")

    # what a str parameter is typed as, and inserting one into a payout_schedule column
    from psycopg.adapt import PyFormat
    t = tuple(cur.adapters.get_dumper(str, f)(str).oid for f in (PyFormat.TEXT, PyFormat.BINARY))
    cur.execute("SELECT pg_typeof(%b)::text", ("a",))
    check(t == (0, 25) and cur.fetchone()[0] == "text",
          f"psycopg {v}: a str parameter is sent untyped (oid 0, unknown) with %s, as text (oid 25) with %b", t)
    ok, e = attempt(lambda: cur.execute("INSERT INTO payouts (id, segment, s, amount) VALUES (103, 'x', %b, 1)", ("[0,) => 5",)))
    check(ok, f"psycopg {v}: INSERT of a %b (binary, text-typed) str parameter into a payout_schedule column "
              "(compensate 0.4: assignment cast from text)", None if ok else err(e))
    cur.execute("DELETE FROM payouts WHERE id >= 100")
    ok, e = attempt(lambda: cur.execute("INSERT INTO payouts (id, segment, s, amount) VALUES (100, 'x', %s, 1)", ("[0,) => 5",)))
    check(ok, f"psycopg {v}: INSERT of a str parameter (%s, untyped) into a payout_schedule column", None if ok else err(e))
    ok, e = attempt(lambda: cur.execute("INSERT INTO payouts (id, segment, s, amount) VALUES (101, 'x', %s::varchar, 1)", ("[0,) => 5",)))
    check(ok, f"psycopg {v}: INSERT of %s::varchar into a payout_schedule column (compensate 0.4: assignment cast from varchar)",
          None if ok else err(e))
    ok, e = attempt(lambda: cur.execute("INSERT INTO payouts (id, segment, s, c, amount) VALUES (102, 'x', '[0,) => 5', %s::varchar, 1)",
                                        ("a: b; default c",)))
    check(ok, f"psycopg {v}: INSERT of %s::varchar into a classifier column (compensate 0.4: assignment cast from varchar)",
          None if ok else err(e))
    cur.execute("DELETE FROM payouts WHERE id >= 100")

    # compensate 0.4: = and hash opclasses for payout_report and classifier, jsonb casts for schedule and classifier
    def q1(sql):
        cur.execute(sql)
        return cur.fetchall()
    ok, e = attempt(lambda: q1("SELECT DISTINCT r FROM (SELECT r FROM payouts UNION ALL SELECT r FROM payouts) x"))
    check(ok and len(e) == 2, "compensate 0.4: SELECT DISTINCT over a payout_report column (2 distinct of 4)",
          e if ok else err(e))
    ok, e = attempt(lambda: q1("SELECT c, count(*) FROM (SELECT c FROM payouts UNION ALL SELECT c FROM payouts) x GROUP BY c"))
    check(ok and sorted(n for _, n in e) == [2, 2], "compensate 0.4: GROUP BY a classifier column", e if ok else err(e))
    ok, e = attempt(lambda: q1("SELECT DISTINCT c FROM (SELECT c FROM payouts UNION ALL SELECT c FROM payouts) x"))
    check(ok and len(e) == 2, "compensate 0.4: SELECT DISTINCT over a classifier column", e if ok else err(e))
    ok, e = attempt(lambda: q1("SELECT r, c FROM payouts UNION SELECT r, c FROM payouts"))
    check(ok and len(e) == 2, "compensate 0.4: UNION over payout_report and classifier columns", e if ok else err(e))
    for col, typ in (("r", "payout_report"), ("c", "classifier")):
        def hashed():
            cur.execute("SET enable_sort = off")
            plan = "\n".join(x[0] for x in q1(f"EXPLAIN (COSTS OFF) SELECT {col}, count(*) FROM payouts GROUP BY {col}"))
            n = len(q1(f"SELECT {col}, count(*) FROM payouts GROUP BY {col}"))
            cur.execute("RESET enable_sort")
            return plan, n
        ok, e = attempt(hashed)
        check(ok and "HashAggregate" in e[0] and e[1] == 2,
              f"compensate 0.4: GROUP BY a {typ} column as a HashAggregate (hash operator class)", e if ok else err(e))
    ok, e = attempt(lambda: q1("SELECT s::jsonb FROM payouts WHERE id = 1"))
    check(ok and isinstance(e[0][0], dict) and e[0][0].get("schedule") == SLA and len(e[0][0].get("tiers", [])) == 4,
          "compensate 0.4: payout_schedule::jsonb, loaded by psycopg as a dict (schedule text, 4 tiers)",
          e if ok else err(e))
    ok, e = attempt(lambda: q1("SELECT c::jsonb FROM payouts WHERE id = 1"))
    check(ok and isinstance(e[0][0], dict) and e[0][0].get("default") == "inquiry"
          and e[0][0].get("labels") == ["paid", "protest", "inquiry"],
          "compensate 0.4: classifier::jsonb, loaded by psycopg as a dict (labels, default)",
          e if ok else err(e))
    conn.close()


# ---------------------------------------------------------------- psycopg2
def test_psycopg2():
    import psycopg2
    v = psycopg2.__version__.split()[0]
    conn = psycopg2.connect(DSN)
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("SELECT s, r, c, amount, amounts FROM payouts WHERE id = 2")
    s, r, c, amount, amounts = cur.fetchone()
    check(all(isinstance(x, str) for x in (s, r, c)),
          f"psycopg2 {v}: payout_schedule, payout_report, classifier come back as str")
    check(type(amount) is decimal.Decimal and amount == BIG, f"psycopg2 {v}: numeric comes back as Decimal exactly", amount)
    check(amounts == [BIG, decimal.Decimal("0.1")], f"psycopg2 {v}: numeric[] comes back as a list of Decimal", amounts)
    cur.execute("SELECT paid, report FROM payouts_bi WHERE id = 2")
    paid, report = cur.fetchone()
    d = cur.description[0]
    check(paid == decimal.Decimal("190000.00") and isinstance(report, dict) and (d.precision, d.scale) == (20, 2),
          f"psycopg2 {v}: the view's numeric(20,2) is Decimal with precision 20, scale 2; r::jsonb is a dict")
    cur.execute("SELECT payout(%s, %s, 1200.50)", (SLA, decimal.Decimal("99.95")))
    check(cur.fetchone()[0] == decimal.Decimal("120.05"), f"psycopg2 {v}: a schedule with '%' passed as a parameter works")
    lit = "SELECT payout('volume [0,95) => 100%, [95,99) => 30%'::payout_schedule, {}, 1200.50)"
    ok, e = attempt(lambda: cur.execute(lit.format("%s"), (96,)))
    check(not ok, f"psycopg2 {v}: a literal '%' in the query text with parameters is an error "
                  f"({err(e) if not ok else 'no error'})")
    cur.execute(lit.replace("%", "%%").format("%s"), (96,))
    check(cur.fetchone()[0] == decimal.Decimal("360.15"), f"psycopg2 {v}: written '%%', it works")
    cur.execute("DELETE FROM payouts WHERE id >= 100")
    ok, e = attempt(lambda: cur.execute("INSERT INTO payouts (id, segment, s, amount) VALUES (100, 'x', %s, 1)", ("[0,) => 5",)))
    check(ok, f"psycopg2 {v}: INSERT of a str parameter into a payout_schedule column (interpolated as a quoted literal)",
          None if ok else err(e))
    cur.execute("DELETE FROM payouts WHERE id >= 100")
    conn.close()


# ---------------------------------------------------------------- pandas
def test_pandas():
    import pandas as pd
    import sqlalchemy as sa
    v = f"{pd.__version__} (SQLAlchemy {sa.__version__}, psycopg2)"
    eng = sa.create_engine(f"postgresql+psycopg2://{USER}@{HOST}:{PORT}/{DB}")
    q = sa.text("SELECT id, amount, paid, claims, schedule, report, classifier FROM payouts_bi ORDER BY id")
    with eng.connect() as conn:
        df = pd.read_sql(q, conn)
        check(str(df["amount"].dtype) == "float64" and str(df["paid"].dtype) == "float64",
              f"pandas {v} read_sql: numeric columns become float64 by default", df.dtypes.to_dict())
        check(decimal.Decimal(df["amount"][1]) != BIG,
              f"pandas read_sql: and lose digits ({BIG} -> {df['amount'][1]!r})", df["amount"][1])
        df2 = pd.read_sql(q, conn, coerce_float=False)
        a = df2["amount"][1]
        check(str(df2["amount"].dtype) == "object" and type(a) is decimal.Decimal and a == BIG,
              f"pandas read_sql(coerce_float=False): numeric stays Decimal exactly ({a})", a)
        check(df["schedule"].map(type).eq(str).all() and df["classifier"].map(type).eq(str).all()
              and df["report"].map(type).eq(dict).all(),
              "pandas read_sql on the view: s::text and c::text are str, r::jsonb is dict")
        check(str(df["claims"].dtype) == "int64", "pandas read_sql: report_claims(r) (bigint) is int64")
        raw = pd.read_sql(sa.text("SELECT s, r, c FROM payouts ORDER BY id"), conn)
        check(all(raw[col].map(type).eq(str).all() for col in ("s", "r", "c")),
              "pandas read_sql on the table: payout_schedule, payout_report, classifier columns are str")
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            t = pd.read_sql_table("payouts", conn)
        msgs = [str(x.message) for x in w]
        check(any("payout_schedule" in m for m in msgs) and t["s"].map(type).eq(str).all()
              and str(t["amount"].dtype) == "float64",
              "pandas read_sql_table: SQLAlchemy warns it does not recognize payout_schedule, reads it as str; numeric -> float64",
              msgs[:1])
    eng.dispose()
    import psycopg2
    raw = psycopg2.connect(DSN)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        df = pd.read_sql("SELECT amount FROM payouts_bi ORDER BY id", raw)
        df2 = pd.read_sql("SELECT amount FROM payouts_bi ORDER BY id", raw, coerce_float=False)
    check(str(df["amount"].dtype) == "float64" and df2["amount"][1] == BIG
          and any("SQLAlchemy connectable" in str(x.message) for x in w),
          "pandas read_sql with a plain psycopg2 connection: the same (float64; Decimal with coerce_float=False), "
          "with a UserWarning that only SQLAlchemy is supported")
    raw.close()


# ---------------------------------------------------------------- psqlODBC
ODBC_BASE = f"Driver={{PostgreSQL Unicode}};Servername={HOST};Port={PORT};Database={DB};Username={USER};"
SQL_VARCHAR, SQL_LONGVARCHAR, SQL_WVARCHAR, SQL_WLONGVARCHAR, SQL_NUMERIC = 12, -1, -9, -10, 2


def bound_fetch(connstr, sql):
    """Fetch column 1 of row 1 as a tool that sizes its buffer from
    SQLDescribeCol does (SQLBindCol, SQL_C_CHAR, described size + 1 bytes).
    Returns (SQL type, described size, value, SQLSTATE of the fetch or None)."""
    odbc = ctypes.CDLL("libodbc.so.2")
    env, dbc, stmt = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()

    def ok(rc, what):
        if rc not in (0, 1):
            raise RuntimeError(f"ODBC {what} failed: rc={rc}")
        return rc
    ok(odbc.SQLAllocHandle(1, None, ctypes.byref(env)), "SQLAllocHandle(env)")
    ok(odbc.SQLSetEnvAttr(env, 200, ctypes.c_void_p(3), 0), "SQLSetEnvAttr(ODBC3)")
    ok(odbc.SQLAllocHandle(2, env, ctypes.byref(dbc)), "SQLAllocHandle(dbc)")
    ok(odbc.SQLDriverConnect(dbc, None, connstr.encode(), -3, None, 0, None, 0), "SQLDriverConnect")
    try:
        ok(odbc.SQLAllocHandle(3, dbc, ctypes.byref(stmt)), "SQLAllocHandle(stmt)")
        ok(odbc.SQLExecDirect(stmt, sql.encode(), -3), "SQLExecDirect")
        name, nlen, stype = ctypes.create_string_buffer(128), ctypes.c_short(), ctypes.c_short()
        size, digits, nullable = ctypes.c_ulong(), ctypes.c_short(), ctypes.c_short()
        ok(odbc.SQLDescribeCol(stmt, 1, name, 128, ctypes.byref(nlen), ctypes.byref(stype), ctypes.byref(size),
                               ctypes.byref(digits), ctypes.byref(nullable)), "SQLDescribeCol")
        n = size.value + 1
        buf, ind = ctypes.create_string_buffer(n), ctypes.c_long()
        ok(odbc.SQLBindCol(stmt, 1, 1, buf, ctypes.c_long(n), ctypes.byref(ind)), "SQLBindCol")
        rc = ok(odbc.SQLFetch(stmt), "SQLFetch")
        state = None
        if rc == 1:
            st, nat, msg, ml = ctypes.create_string_buffer(6), ctypes.c_int(), ctypes.create_string_buffer(512), ctypes.c_short()
            if odbc.SQLGetDiagRec(3, stmt, 1, st, ctypes.byref(nat), msg, 512, ctypes.byref(ml)) == 0:
                state = st.value.decode()
        value = buf.value.decode("utf-8", "replace")
        odbc.SQLFreeHandle(3, stmt)
    finally:
        odbc.SQLDisconnect(dbc)
        odbc.SQLFreeHandle(2, dbc)
        odbc.SQLFreeHandle(1, env)
    return stype.value, size.value, value, state


def test_odbc():
    import pyodbc
    v = f"(psqlODBC {os.environ.get('PSQLODBC_VERSION', '?')}, pyodbc {pyodbc.version})"
    cn = pyodbc.connect(ODBC_BASE, autocommit=True)
    cur = cn.cursor()
    cur.execute("SELECT length(s::text), length(c::text), length(r::text) FROM payouts WHERE id = 2")
    ls, lc, lr = cur.fetchone()
    cur.execute("SELECT s, c, r, amount FROM payouts WHERE id = 2")
    row = cur.fetchone()
    desc = [(d[0], d[1], d[3], d[5]) for d in cur.description]
    check([(d[1], d[2]) for d in desc[:3]] == [(str, 255)] * 3,
          f"psqlODBC {v} default settings: payout_schedule, classifier, payout_report described as strings of size 255",
          desc[:3])
    check(desc[3][1:] == (decimal.Decimal, 20, 2) and row[3] == BIG,
          f"psqlODBC: numeric(20,2) described as Decimal(20,2) and fetched exactly ({row[3]})", desc[3])
    check((len(row[0]), len(row[1]), len(row[2])) == (ls, lc, lr) and ls > 255,
          f"psqlODBC via pyodbc, default settings: values longer than 255 ({ls}, {lc}, {lr} chars) are not truncated "
          "(pyodbc reads with SQLGetData until the end)", (len(row[0]), len(row[1]), len(row[2])))
    cols = {r.column_name: (r.data_type, r.type_name, r.column_size, r.decimal_digits) for r in cur.columns(table="payouts")}
    check(cols["s"][:3] == (SQL_WVARCHAR, "payout_schedule", 255) and cols["c"][:3] == (SQL_WVARCHAR, "classifier", 255)
          and cols["r"][:3] == (SQL_WVARCHAR, "payout_report", 255),
          "psqlODBC catalog (SQLColumns, what BI tools list): compensate types are SQL_WVARCHAR(255)",
          (cols["s"], cols["c"], cols["r"]))
    vcols = {r.column_name: (r.data_type, r.type_name, r.column_size, r.decimal_digits) for r in cur.columns(table="payouts_bi")}
    check(vcols["schedule"][:3] == (SQL_WLONGVARCHAR, "text", 8190) and vcols["classifier"][:3] == (SQL_WLONGVARCHAR, "text", 8190),
          "psqlODBC catalog: the view's s::text, c::text are SQL_WLONGVARCHAR(8190) (text as LongVarChar, MaxLongVarcharSize)",
          (vcols["schedule"], vcols["classifier"]))
    check(vcols["paid"] == (SQL_NUMERIC, "numeric", 20, 2) and vcols["amount"] == (SQL_NUMERIC, "numeric", 20, 2),
          "psqlODBC catalog: the view's ::numeric(20,2) columns are SQL_NUMERIC(20,2)", vcols["paid"])
    bcols = {r.column_name: (r.data_type, r.type_name, r.column_size, r.decimal_digits) for r in cur.columns(table="payouts_bare")}
    check(bcols["paid"] == (SQL_NUMERIC, "numeric", 28, 6),
          "psqlODBC catalog: report_total(r) without ::numeric(p,s) is described as a guessed SQL_NUMERIC(28,6)", bcols["paid"])
    scales = []
    for i in (1, 2):
        cur.execute("SELECT report_total(r) FROM payouts WHERE id = ?", i)
        scales.append((cur.description[0][4], cur.description[0][5], cur.fetchone()[0]))
    check(scales == [(28, 2, decimal.Decimal("120.05")), (28, 0, decimal.Decimal("190000"))],
          "psqlODBC result set: report_total(r) without ::numeric(p,s) is NUMERIC(28, scale of the rows fetched): "
          "(28,2) for 120.05, (28,0) for 190000", scales)
    check(vcols["report"][:3] == (SQL_WVARCHAR, "jsonb", 255),
          "psqlODBC catalog: the view's r::jsonb is SQL_WVARCHAR(255) (jsonb is an unknown type to psqlODBC)", vcols["report"])
    cn.close()

    sq = "SELECT s FROM payouts WHERE id = 2"
    t, size, val, state = bound_fetch(ODBC_BASE, sq)
    check(size == 255 and len(val) == 255 and state == "01004" and val == row[0][:255],
          f"psqlODBC default settings, a tool binding a buffer of the described size: a {ls}-char schedule is "
          "truncated to 255 (SQLSTATE 01004)", (t, size, len(val), state))
    t, size, val, state = bound_fetch(ODBC_BASE, "SELECT schedule FROM payouts_bi WHERE id = 2")
    check(t == SQL_LONGVARCHAR and size == 8190 and len(val) == ls and state is None,
          "psqlODBC default settings, the view's s::text: described as LONGVARCHAR(8190), fetched whole", (t, size, len(val), state))
    for extra, want_type in (("MaxVarcharSize=65535;", SQL_VARCHAR), ("UnknownSizes=2;", SQL_VARCHAR),
                             ("UnknownsAsLongVarchar=1;", SQL_LONGVARCHAR)):
        t, size, val, state = bound_fetch(ODBC_BASE + extra, sq)
        check(t == want_type and size >= ls and len(val) == ls and state is None,
              f"psqlODBC {extra.rstrip(';')}: payout_schedule described with size {size}, fetched whole",
              (t, size, len(val), state))
    t, size, val, state = bound_fetch(ODBC_BASE + "UnknownSizes=2;", "SELECT c FROM payouts WHERE id = 2")
    check(size >= len(row[1].encode()) and state is None and len(val) == lc,
          f"psqlODBC UnknownSizes=2 (longest): a {lc}-char classifier described as {size} (its UTF-8 bytes), fetched whole",
          (t, size, len(val), state))
    cn = pyodbc.connect(ODBC_BASE + "UnknownSizes=2;", autocommit=True)
    cols = {r.column_name: r.column_size for r in cn.cursor().columns(table="payouts")}
    check(cols["s"] == 255, "psqlODBC UnknownSizes=2 does not change the catalog (SQLColumns still says 255): "
                            "use MaxVarcharSize or UnknownsAsLongVarchar for tools that read the catalog", cols["s"])
    cn.close()
    cn = pyodbc.connect(ODBC_BASE + "MaxVarcharSize=65535;", autocommit=True)
    cols = {r.column_name: r.column_size for r in cn.cursor().columns(table="payouts")}
    check(cols["s"] == 65535 and cols["c"] == 65535, "psqlODBC MaxVarcharSize=65535: the catalog says 65535", cols["s"])
    cn.close()


TESTS = {"psycopg": test_psycopg, "psycopg2": test_psycopg2, "pandas": test_pandas, "odbc": test_odbc}

if __name__ == "__main__":
    for name in sys.argv[1:] or TESTS:
        try:
            TESTS[name]()
        except Exception:  # noqa: BLE001
            check(False, f"{name}: the checks ran to the end", traceback.format_exc().splitlines()[-1])
