/** Score page and REST, stored assessment runs. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "scheme", "shared"})
package org.localis.app.scoring;
