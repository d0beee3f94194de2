package org.localis.bom;

import java.math.BigDecimal;

/**
 * One line of a multi-level bill of materials, as read from a file.
 *
 * @param line        1-based line number in the source file (for error messages and explanations)
 * @param part        part number
 * @param parent      part number of the parent line; empty for a direct child of the product
 * @param quantity    quantity per one unit of the parent, &gt; 0
 * @param unitCost    buy line: cost of one unit; make line: conversion cost added at that level
 * @param currency    ISO 4217 code, or empty for the product currency
 * @param origin      ISO 3166-1 alpha-2 country where the part was produced, or empty when unknown
 * @param certificate id of a supplier certificate, or empty
 */
public record BomLine(int line, String part, String parent, String description, BigDecimal quantity,
                      String uom, BigDecimal unitCost, String currency, String origin, String supplier,
                      MakeBuy makeBuy, String certificate) {

    public BomLine {
        parent = parent == null ? "" : parent;
        description = description == null ? "" : description;
        uom = uom == null || uom.isEmpty() ? "EA" : uom;
        currency = currency == null ? "" : currency;
        origin = origin == null ? "" : origin;
        supplier = supplier == null ? "" : supplier;
        certificate = certificate == null ? "" : certificate;
        unitCost = unitCost == null ? BigDecimal.ZERO : unitCost;
    }

    public boolean isMake() {
        return makeBuy == MakeBuy.MAKE;
    }

    public boolean isTopLevel() {
        return parent.isEmpty();
    }

    public BomLine withOrigin(String newOrigin) {
        return new BomLine(line, part, parent, description, quantity, uom, unitCost, currency, newOrigin,
                supplier, makeBuy, certificate);
    }

    public BomLine withUnitCost(BigDecimal newCost) {
        return new BomLine(line, part, parent, description, quantity, uom, newCost, currency, origin,
                supplier, makeBuy, certificate);
    }

    public BomLine withCertificate(String newCertificate) {
        return new BomLine(line, part, parent, description, quantity, uom, unitCost, currency, origin,
                supplier, makeBuy, newCertificate);
    }
}
