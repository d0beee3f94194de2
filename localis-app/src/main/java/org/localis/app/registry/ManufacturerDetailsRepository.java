package org.localis.app.registry;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.localis.app.registry.RegistrySql.now;

/** A manufacturer's registry identifiers, one row per organization. */
@Repository
public class ManufacturerDetailsRepository {

    private final JdbcClient jdbc;

    public ManufacturerDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The details of an organization: its name always, the identifiers when recorded. */
    public Optional<ManufacturerDetails> of(long organizationId) {
        return jdbc.sql("""
                        SELECT o.id, o.name, d.inn, d.ogrn, d.kpp, d.legal_address, d.production_address
                        FROM organization o LEFT JOIN manufacturer_details d ON d.organization_id = o.id WHERE o.id = :id""")
                .param("id", organizationId)
                .query((rs, n) -> new ManufacturerDetails(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))).optional();
    }

    /** Inserts or replaces the identifiers; true when something changed. */
    public boolean save(ManufacturerDetails d, String by) {
        int updated = jdbc.sql("""
                        UPDATE manufacturer_details SET inn = :inn, ogrn = :ogrn, kpp = :kpp, legal_address = :la,
                          production_address = :pa, updated_at = :at, updated_by = :by
                        WHERE organization_id = :o AND NOT (inn = :inn AND COALESCE(ogrn, '') = COALESCE(:ogrn, '')
                          AND COALESCE(kpp, '') = COALESCE(:kpp, '') AND COALESCE(legal_address, '') = COALESCE(:la, '')
                          AND COALESCE(production_address, '') = COALESCE(:pa, ''))""")
                .param("o", d.organizationId()).param("inn", d.inn()).param("ogrn", d.ogrn()).param("kpp", d.kpp())
                .param("la", d.legalAddress()).param("pa", d.productionAddress()).param("at", now()).param("by", by)
                .update();
        if (updated > 0) {
            return true;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM manufacturer_details WHERE organization_id = :o")
                .param("o", d.organizationId()).query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO manufacturer_details (organization_id, inn, ogrn, kpp, legal_address, production_address,
                          updated_at, updated_by) VALUES (:o, :inn, :ogrn, :kpp, :la, :pa, :at, :by)""")
                .param("o", d.organizationId()).param("inn", d.inn()).param("ogrn", d.ogrn()).param("kpp", d.kpp())
                .param("la", d.legalAddress()).param("pa", d.productionAddress()).param("at", now()).param("by", by)
                .update();
        return true;
    }
}
