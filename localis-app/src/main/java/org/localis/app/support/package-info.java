/** Support programs over the registry, and the portfolio dashboard. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "registry", "scheme", "shared"})
package org.localis.app.support;
