package org.localis.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.localis.bom.Bom;
import org.localis.certificate.SupplierCertificate;
import org.localis.operation.Operations;

/**
 * A product as submitted for assessment: its header figures, BOM, operations performed in the
 * country and the supplier certificates that came with it.
 *
 * @param currency     ISO 4217 code of all amounts (BOM lines in other currencies need a rate)
 * @param price        transaction value / ex-works price of one unit, or null when not given
 * @param netCost      net cost of one unit, or null when not given
 * @param annualVolume units per year, or null
 * @param rates        currency -&gt; rate to the product currency (1 unit of it = rate units of the product currency)
 * @param source       where the header came from, for error messages (a file name or "command line")
 * @param vehicle      vehicle facts for vehicle schemes (category, powertrain, counts...), or {@link VehicleFacts#NONE}
 */
public record Product(String name, String category, String currency, BigDecimal price, BigDecimal netCost,
                      Integer annualVolume, Bom bom, Operations operations,
                      List<SupplierCertificate> certificates, Map<String, BigDecimal> rates, String source,
                      VehicleFacts vehicle) {

    public Product {
        name = name == null || name.isBlank() ? "Product" : name;
        category = category == null ? "" : category;
        operations = operations == null ? Operations.NONE : operations;
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        rates = rates == null ? Map.of() : Map.copyOf(rates);
        source = source == null ? "command line" : source;
        vehicle = vehicle == null ? VehicleFacts.NONE : vehicle;
    }

    /** A product without vehicle facts. */
    public Product(String name, String category, String currency, BigDecimal price, BigDecimal netCost,
                   Integer annualVolume, Bom bom, Operations operations,
                   List<SupplierCertificate> certificates, Map<String, BigDecimal> rates, String source) {
        this(name, category, currency, price, netCost, annualVolume, bom, operations, certificates, rates, source,
                VehicleFacts.NONE);
    }

    public Product withVehicle(VehicleFacts facts) {
        return new Product(name, category, currency, price, netCost, annualVolume, bom, operations, certificates,
                rates, source, facts);
    }

    public Product withBom(Bom newBom) {
        return new Product(name, category, currency, price, netCost, annualVolume, newBom, operations, certificates,
                rates, source, vehicle);
    }

    public Product withOperations(Operations newOps) {
        return new Product(name, category, currency, price, netCost, annualVolume, bom, newOps, certificates,
                rates, source, vehicle);
    }
}
