package org.localis.app.procurement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Offers, purchase orders, invoices and deliveries of a drive. */
@Repository
public class ProcurementRepository {

    /** A supplier's offer; {@code certificateNumber} links a domestic product to the registry. */
    public record Offer(long id, long driveId, String supplier, String brandModel, String designation, String season,
                        long unitPriceMinor, int available, int leadTimeDays, String certificateNumber) {
    }

    /** A purchase order with what was invoiced and delivered so far. */
    public record Order(long id, long driveId, long offerId, String supplier, String brandModel, String designation,
                        String season, int quantity, long unitPriceMinor, boolean domestic, long invoicedMinor,
                        int delivered, Instant createdAt, String certificateNumber, String targetKey) {
        public long valueMinor() {
            return Math.multiplyExact(quantity, unitPriceMinor);
        }
    }

    private final JdbcClient jdbc;

    public ProcurementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertOffer(long driveId, String supplier, String brandModel, String designation, String season, long price,
                            int available, int leadTime, String certificate, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO supplier_offer (drive_id, supplier, brand_model, designation, season, unit_price_minor,
                          available, lead_time_days, certificate_number, created_at, created_by)
                        VALUES (:d, :s, :b, :des, :se, :p, :a, :l, :c, :at, :by)""")
                .param("d", driveId).param("s", supplier).param("b", brandModel).param("des", designation).param("se", season)
                .param("p", price).param("a", available).param("l", leadTime).param("c", certificate)
                .param("at", Timestamp.from(Instant.now())).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    public List<Offer> offers(long driveId) {
        return jdbc.sql("""
                        SELECT id, drive_id, supplier, brand_model, designation, season, unit_price_minor, available,
                          lead_time_days, certificate_number FROM supplier_offer WHERE drive_id = :d ORDER BY id""")
                .param("d", driveId).query(ProcurementRepository::offer).list();
    }

    public Optional<Offer> offer(long id) {
        return jdbc.sql("""
                        SELECT id, drive_id, supplier, brand_model, designation, season, unit_price_minor, available,
                          lead_time_days, certificate_number FROM supplier_offer WHERE id = :id""")
                .param("id", id).query(ProcurementRepository::offer).optional();
    }

    /** Tires already ordered from an offer (its availability is reduced by them). */
    public int orderedFrom(long offerId) {
        return jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM purchase_order WHERE offer_id = :o").param("o", offerId)
                .query(Integer.class).single();
    }

    public long insertOrder(long driveId, long offerId, String targetKey, int quantity, long unitPrice, boolean domestic,
                            String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO purchase_order (drive_id, offer_id, target_key, quantity, unit_price_minor, domestic, invoiced_minor,
                          delivered, created_at, created_by) VALUES (:d, :o, :k, :q, :p, :dom, 0, 0, :at, :by)""")
                .param("d", driveId).param("o", offerId).param("k", targetKey).param("q", quantity).param("p", unitPrice).param("dom", domestic)
                .param("at", Timestamp.from(Instant.now())).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    private static final String SELECT_ORDER = """
            SELECT o.id, o.drive_id, o.offer_id, f.supplier, f.brand_model, f.designation, f.season, o.quantity,
              o.unit_price_minor, o.domestic, o.invoiced_minor, o.delivered, o.created_at, f.certificate_number, o.target_key
            FROM purchase_order o JOIN supplier_offer f ON f.id = o.offer_id\s""";

    public List<Order> orders(long driveId) {
        return jdbc.sql(SELECT_ORDER + "WHERE o.drive_id = :d ORDER BY o.id").param("d", driveId)
                .query(ProcurementRepository::order).list();
    }

    public Optional<Order> order(long id) {
        return jdbc.sql(SELECT_ORDER + "WHERE o.id = :id").param("id", id).query(ProcurementRepository::order).optional();
    }

    public void addInvoice(long orderId, String invoiceNo, long amount, LocalDate date, String by) {
        jdbc.sql("""
                        INSERT INTO supplier_invoice (order_id, invoice_no, amount_minor, invoice_date, created_at, created_by)
                        VALUES (:o, :n, :a, :d, :at, :by)""")
                .param("o", orderId).param("n", invoiceNo).param("a", amount).param("d", Date.valueOf(date))
                .param("at", Timestamp.from(Instant.now())).param("by", by).update();
        jdbc.sql("UPDATE purchase_order SET invoiced_minor = invoiced_minor + :a WHERE id = :o").param("a", amount)
                .param("o", orderId).update();
    }

    public void addReceipt(long orderId, int quantity, LocalDate date, String by) {
        jdbc.sql("""
                        INSERT INTO stock_receipt (order_id, quantity, received_on, created_at, created_by)
                        VALUES (:o, :q, :d, :at, :by)""")
                .param("o", orderId).param("q", quantity).param("d", Date.valueOf(date))
                .param("at", Timestamp.from(Instant.now())).param("by", by).update();
        jdbc.sql("UPDATE purchase_order SET delivered = delivered + :q WHERE id = :o").param("q", quantity).param("o", orderId)
                .update();
    }

    /** The invoice references of a drive's orders, per order, in the order they were booked. */
    public Map<Long, List<String>> invoiceNumbers(long driveId) {
        Map<Long, List<String>> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT i.order_id, i.invoice_no FROM supplier_invoice i JOIN purchase_order o ON o.id = i.order_id
                        WHERE o.drive_id = :d ORDER BY i.id""")
                .param("d", driveId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)))
                .list();
        return out;
    }

    /** Tires received into stock per order, summed from the receipts (the stock movements themselves). */
    public Map<Long, Integer> receiptsPerOrder(long driveId) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT r.order_id, SUM(r.quantity) FROM stock_receipt r JOIN purchase_order o ON o.id = r.order_id
                        WHERE o.drive_id = :d GROUP BY r.order_id""")
                .param("d", driveId).query((rs, n) -> out.put(rs.getLong(1), rs.getInt(2))).list();
        return out;
    }

    /** Tires of an order already allocated to vehicles. */
    public int allocatedFrom(long orderId) {
        return jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM tire_allocation WHERE order_id = :o").param("o", orderId)
                .query(Integer.class).single();
    }

    private static Offer offer(ResultSet rs, int n) throws SQLException {
        return new Offer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getString(10));
    }

    private static Order order(ResultSet rs, int n) throws SQLException {
        return new Order(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8), rs.getLong(9), rs.getBoolean(10), rs.getLong(11), rs.getInt(12),
                rs.getTimestamp(13).toInstant(), rs.getString(14), rs.getString(15));
    }
}
