/** Fleets, vehicles, their import and tire condition, the need calculation. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "shared"})
package org.localis.app.fleet;
