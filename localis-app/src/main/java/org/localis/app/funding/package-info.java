/** Read-only public numbers of a drive: progress, public page and its cache, donor status, recent donations. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bank", "drive", "identity", "ledger", "procurement", "shared"})
package org.localis.app.funding;
