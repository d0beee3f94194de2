package org.localis.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a user could do instead of running Localis: load the same {@code bom.csv} into DuckDB and compute the
 * tracing non-originating value (VNM) and the value share with a recursive CTE. Used by {@code bench/vs-duckdb.sh}.
 *
 * <p>The SQL follows the tracing rule of {@code shared/spec/formats.md} for a BOM in the {@code parent} form
 * without certificates or foreign currencies (as {@code generate-bom} writes): a line's quantity per product is
 * its quantity times its parent's; a {@code buy} line is non-originating unless its origin is in the territory
 * (an empty origin is unknown, hence non-originating); a {@code make} line's own conversion cost is originating,
 * unless it was made abroad (an origin outside the territory), when its whole value - its cost and everything
 * under it - is non-originating. VNM = sum of (quantity per product x unit cost) of the non-originating lines.
 * Exact decimals throughout: quantities and costs are read as DECIMAL(18,6) (the typed read is DuckDB's fast path;
 * an all-VARCHAR read cast afterwards took 15 times longer), quantities per product and the sum are DECIMAL(38,6);
 * the result is rounded half-up to the cent as the engine rounds it. The file is loaded into a table, then the tree
 * is walked (reading the CSV inside the recursive query was slower). Environment: DUCKDB_THREADS=n sets DuckDB's
 * threads (default: DuckDB's own, the cores); DUCKDB_TIMES=1 prints the load and query times on stderr.
 *
 * <pre>java -cp localis-bench.jar org.localis.bench.DuckDbTracingShare bom.csv RU,BY,KZ,AM,KG 4000000000</pre>
 * prints {@code vnm=... share=...} (share = (price - VNM) / price x 100, two decimals).
 */
public final class DuckDbTracingShare {

    private DuckDbTracingShare() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DuckDbTracingShare BOM.csv TERRITORY(RU,BY,...) PRICE");
            System.exit(2);
        }
        String file = args[0].replace("'", "''");
        String territory = Arrays.stream(args[1].split(",")).map(String::trim).filter(c -> c.matches("[A-Z]{2}"))
                .map(c -> "'" + c + "'").collect(Collectors.joining(", "));
        BigDecimal price = new BigDecimal(args[2]);
        // load the file into a table first (as a user would), then walk the tree
        String load = """
                CREATE TEMP TABLE bom AS
                SELECT part, coalesce(parent, '') AS parent, quantity, coalesce(unit_cost, 0) AS unit_cost,
                       coalesce(origin, '') AS origin, lower(coalesce(make_buy, 'buy')) = 'make' AS make
                FROM read_csv('%s', header = true, auto_detect = false, delim = ',', quote = '"',
                              columns = {'part': 'VARCHAR', 'parent': 'VARCHAR', 'description': 'VARCHAR',
                                         'quantity': 'DECIMAL(18, 6)', 'uom': 'VARCHAR', 'unit_cost': 'DECIMAL(18, 6)',
                                         'currency': 'VARCHAR', 'origin': 'VARCHAR', 'supplier': 'VARCHAR',
                                         'make_buy': 'VARCHAR', 'certificate': 'VARCHAR'})
                """.formatted(file);
        String sql = """
                WITH RECURSIVE tree AS (
                    SELECT part, CAST(quantity AS DECIMAL(38, 6)) AS per_product, unit_cost, origin, make,
                           make AND origin <> '' AND origin NOT IN (%s) AS abroad
                    FROM bom WHERE parent = ''
                    UNION ALL
                    SELECT b.part, CAST(t.per_product * b.quantity AS DECIMAL(38, 6)), b.unit_cost, b.origin, b.make,
                           t.abroad OR (b.make AND b.origin <> '' AND b.origin NOT IN (%s))
                    FROM bom b JOIN tree t ON b.parent = t.part AND t.make)
                SELECT CAST(sum(per_product * unit_cost) AS DECIMAL(38, 6)) AS vnm
                FROM tree
                WHERE abroad OR (NOT make AND (origin = '' OR origin NOT IN (%s)))
                """.formatted(territory, territory, territory);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            if (System.getenv("DUCKDB_THREADS") != null) {
                s.execute("SET threads = " + Integer.parseInt(System.getenv("DUCKDB_THREADS")));
            }
            long t0 = System.nanoTime();
            s.execute(load);
            long t1 = System.nanoTime();
            ResultSet rs = s.executeQuery(sql);
            rs.next();
            if (System.getenv("DUCKDB_TIMES") != null) {
                System.err.printf("load %d ms, query %d ms%n", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            }
            BigDecimal vnm = rs.getBigDecimal(1).setScale(2, RoundingMode.HALF_UP);
            BigDecimal share = price.subtract(vnm).multiply(BigDecimal.valueOf(100))
                    .divide(price, 2, RoundingMode.HALF_UP);
            System.out.println("vnm=" + vnm.toPlainString() + " share=" + share.toPlainString());
        }
    }
}
