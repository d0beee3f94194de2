/**
 * Offline payment references and payment QR codes for supply drives.
 *
 * <p>{@link org.localis.payment.CreditorReference} makes and checks ISO 11649 {@code RF} references (ISO 7064
 * MOD 97-10), the reconciliation key a donor copies into a transfer; {@link org.localis.payment.ReferenceScanner}
 * finds them again in the free text of bank statements. {@link org.localis.payment.GostPaymentPayload}
 * (GOST R 56042-2014 {@code ST00012}) and {@link org.localis.payment.EpcPaymentPayload} (EPC069-12 "BCD" SEPA
 * credit transfer) build, validate and read the QR payloads, and {@link org.localis.payment.QrCode} renders the
 * exact payload bytes (level M, no ECI segment) as PNG or SVG.
 */
package org.localis.payment;
