/** Offers, purchase plan, orders, invoices, receipts, allocation, shipments, readiness, the transparency report. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "drive", "fleet", "identity", "ledger", "registry", "shared"})
package org.localis.app.procurement;
