/** Statement import, matching, the review queue, reconciliation. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "drive", "identity", "ledger", "shared"})
package org.localis.app.bank;
