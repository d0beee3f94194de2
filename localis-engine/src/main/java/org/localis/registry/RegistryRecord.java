package org.localis.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record of the registry of Russian industrial products as the state industrial information system
 * publishes it in its open-data file, one field per column of that file (column name in brackets). Text
 * fields are never null ("" when the file says "-"); dates, numbers and flags are null when not given.
 *
 * @param organizationName      the manufacturer [Nameoforg]
 * @param ogrn                  its OGRN [OGRN]
 * @param inn                   its INN [INN]
 * @param organizationAddress   its legal address [Orgaddr]
 * @param productionAddress     the address of the production site [Productmanufaddress]
 * @param earlierNumber         the record's number in the registry before 2023 [Regnumber]
 * @param ektruCode             the position in the catalogue of goods, works and services for public procurement [Ektrudp]
 * @param recordDate            the date of the entry in the registry [Docdate]
 * @param validTo               the record is valid until [Docvalidtill]
 * @param endDate               the date the record was excluded, null while it stands [Enddate]
 * @param registerNumber        the registry record number procurement cites [Registernumber]
 * @param productName           the product [Productname]
 * @param okpd2                 OKPD2 code [OKPD2]
 * @param tnved                 TN VED EAEU code, as printed [TNVED]
 * @param specification         the technical specification the product is made to (TU, GOST) [Nameofregulations]
 * @param score                 the points the product earned, for points criteria [Score]
 * @param percentage            the share, for percentage criteria [Percentage]
 * @param scoreDescription      what the score means [Scoredesc]
 * @param electronicProduct     whether it is a radio-electronic product [Iselectronicproduct]
 * @param artificialIntelligence whether it uses artificial intelligence technologies [Isai]
 * @param electronicLevel       the level of a radio-electronic product [ElectronicProductLevel]
 * @param basisDocumentName     the basis document, e.g. an act of examination by the Chamber of Commerce [Docname]
 * @param basisDocumentDate     its date [Docdatebasis]
 * @param basisDocumentNumber   its number [Docnum]
 * @param basisDocumentValidTo  its validity [Docvalidtilltpp]
 * @param department            the ministry department that decided [Mptdep]
 * @param decisionNumber        the number of the decision [Resdocnum]
 */
public record RegistryRecord(String organizationName, String ogrn, String inn, String organizationAddress,
                             String productionAddress, String earlierNumber, String ektruCode, LocalDate recordDate,
                             LocalDate validTo, LocalDate endDate, String registerNumber, String productName,
                             String okpd2, String tnved, String specification, BigDecimal score, BigDecimal percentage,
                             String scoreDescription, Boolean electronicProduct, Boolean artificialIntelligence,
                             String electronicLevel, String basisDocumentName, LocalDate basisDocumentDate,
                             String basisDocumentNumber, LocalDate basisDocumentValidTo, String department,
                             String decisionNumber) {

    public RegistryRecord {
        organizationName = text(organizationName);
        ogrn = text(ogrn);
        inn = text(inn);
        organizationAddress = text(organizationAddress);
        productionAddress = text(productionAddress);
        earlierNumber = text(earlierNumber);
        ektruCode = text(ektruCode);
        registerNumber = text(registerNumber);
        productName = text(productName);
        okpd2 = text(okpd2);
        tnved = text(tnved);
        specification = text(specification);
        scoreDescription = text(scoreDescription);
        electronicLevel = text(electronicLevel);
        basisDocumentName = text(basisDocumentName);
        basisDocumentNumber = text(basisDocumentNumber);
        department = text(department);
        decisionNumber = text(decisionNumber);
    }

    /** Whether the record stands on a date: entered, not yet expired, not excluded. */
    public boolean validOn(LocalDate date) {
        return recordDate != null && !date.isBefore(recordDate) && validTo != null && !date.isAfter(validTo)
                && (endDate == null || date.isBefore(endDate));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
