package org.localis.app.registry;

/**
 * What the state registry records of a manufacturer: INN, OGRN, KPP, legal address and production site. Kept in
 * the registry module (not with the account) because procurement reads it from registry records.
 */
public record ManufacturerDetails(long organizationId, String organizationName, String inn, String ogrn, String kpp,
                                  String legalAddress, String productionAddress) {
}
