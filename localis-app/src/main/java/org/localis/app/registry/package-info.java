/** Products, versions, evidence, submissions, review, certificates, the public registry. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "scheme", "scoring", "shared"})
package org.localis.app.registry;
