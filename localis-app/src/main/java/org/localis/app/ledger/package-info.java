/** The stored double-entry journal and trial balance. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.localis.app.ledger;
