/** Scheme pages and API over the engine's catalog. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.localis.app.scheme;
