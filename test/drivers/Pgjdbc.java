// test/drivers: pgjdbc against the tables of test/drivers/setup.sql over TCP
// (PGHOST/PGPORT...).  Prints "ok    WHAT" / "FAIL  WHAT" per check.  Run as
// a single source file: java -cp /usr/share/java/postgresql.jar Pgjdbc.java
import java.math.BigDecimal;
import java.sql.*;
import java.util.Arrays;

public class Pgjdbc {
    static final BigDecimal BIG = new BigDecimal("123456789012345678.91");
    static String url;

    static void check(boolean cond, String what, Object got) {
        System.out.println((cond ? "ok    " : "FAIL  ") + what + (cond || got == null ? "" : " (got " + got + ")"));
    }

    static Connection connect(String opts) throws SQLException {
        return DriverManager.getConnection(url + opts);
    }

    static String insertString(Connection c, String column, String value) {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO payouts (id, segment, s, c, amount) VALUES (200, 'x', " +
                (column.equals("s") ? "?, NULL" : "'[0,) => 5', ?") + ", 1)")) {
            ps.setString(1, value);
            ps.executeUpdate();
            return null;
        } catch (SQLException e) {
            return e.getMessage().split("\n")[0];
        } finally {
            try { c.createStatement().execute("DELETE FROM payouts WHERE id >= 100"); } catch (SQLException e) { }
        }
    }

    public static void main(String[] args) throws Exception {
        url = "jdbc:postgresql://" + System.getenv("PGHOST") + ":" + System.getenv("PGPORT") + "/" + System.getenv("PGDATABASE") +
              "?user=" + System.getenv("PGUSER");
        String v = "pgjdbc " + org.postgresql.util.DriverInfo.DRIVER_VERSION;
        long oid;
        try (Connection c = connect("")) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT 'payout_schedule'::regtype::oid")) { rs.next(); oid = rs.getLong(1); }
            try (PreparedStatement ps = c.prepareStatement("SELECT s, r, c, amount, amounts FROM payouts WHERE id = 2");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                ResultSetMetaData m = rs.getMetaData();
                boolean other = true;
                for (int k = 1; k <= 3; k++)
                    other &= m.getColumnType(k) == Types.OTHER && rs.getObject(k) instanceof org.postgresql.util.PGobject && rs.getString(k) != null;
                check(other && m.getColumnTypeName(1).equals("payout_schedule") && rs.getString(1).startsWith("volume [0,100000]"),
                      v + ": compensate types are Types.OTHER, getObject a PGobject, getString their text", m.getColumnTypeName(1));
                check(rs.getObject(4) instanceof BigDecimal && rs.getBigDecimal(4).equals(BIG) && m.getPrecision(4) == 20 && m.getScale(4) == 2,
                      v + ": numeric(20,2) is BigDecimal exactly, precision 20 scale 2", rs.getObject(4));
                Object arr = rs.getArray(5).getArray();
                check(arr instanceof BigDecimal[] && ((BigDecimal[]) arr)[0].equals(BIG),
                      v + ": numeric[] getArray() is a BigDecimal[]", Arrays.toString((Object[]) arr));
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT paid, schedule, report FROM payouts_bi WHERE id = 2")) {
                rs.next();
                ResultSetMetaData m = rs.getMetaData();
                check(m.getColumnType(1) == Types.NUMERIC && m.getPrecision(1) == 20 && m.getScale(1) == 2 &&
                      m.getColumnType(2) == Types.VARCHAR && rs.getObject(2) instanceof String && m.getColumnTypeName(3).equals("jsonb"),
                      v + ": the view: numeric(20,2) NUMERIC(20,2), s::text VARCHAR (String), r::jsonb a PGobject of type jsonb", m.getColumnTypeName(3));
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT paid FROM payouts_bare WHERE id = 1")) {
                rs.next();
                ResultSetMetaData m = rs.getMetaData();
                check(m.getColumnType(1) == Types.NUMERIC && m.getPrecision(1) == 0 && m.getScale(1) == 0 &&
                      rs.getBigDecimal(1).equals(new BigDecimal("120.05")),
                      v + ": report_total(r) without ::numeric(p,s): NUMERIC with precision 0 and scale 0 in the metadata, the value exact",
                      m.getPrecision(1) + "," + m.getScale(1));
            }
            String e = insertString(c, "s", "[0,) => 5");
            check(e == null, v + ": setString into a payout_schedule column, default stringtype=varchar " +
                  "(compensate 0.4: assignment cast from varchar)", e);
            e = insertString(c, "c", "a: b; default c");
            check(e == null, v + ": setString into a classifier column, default stringtype=varchar " +
                  "(compensate 0.4: assignment cast from varchar)", e);
        }
        try (Connection c = connect("&stringtype=unspecified")) {
            String e = insertString(c, "s", "[0,) => 5");
            check(e == null, v + " stringtype=unspecified: setString into a payout_schedule column (sent untyped)", e);
        }
        // Binary transfer: on by default (binaryTransfer=true) for the types pgjdbc knows; prepareThreshold=-1 uses it
        // from the first execution.  Unknown types (compensate's) still come as text, unless binaryTransferEnable names their oid.
        String sql = "SELECT s, r, amount FROM payouts WHERE id = 2";
        try (Connection c = connect("&prepareThreshold=-1&binaryTransfer=true");
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            check(rs.getString(1) != null && rs.getString(1).startsWith("volume [0,100000]") && rs.getString(2).startsWith("claims=5") &&
                  rs.getBigDecimal(3).equals(BIG),
                  v + " prepareThreshold=-1&binaryTransfer=true: compensate types still read as text (getString their text, not NULL), numeric exact",
                  rs.getString(1));
        }
        try (Connection c = connect("&prepareThreshold=-1&binaryTransfer=true&binaryTransferEnable=" + oid);
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            check(rs.getString(1) == null && rs.getObject(1) instanceof org.postgresql.util.PGobject && rs.getString(2) != null,
                  v + " binaryTransferEnable=<payout_schedule's oid>: getString of the binary payout_schedule returns NULL (do not enable it)",
                  rs.getString(1));
        }
    }
}
