/** The roadmap page over localis-roadmap. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "registry", "scheme", "shared"})
package org.localis.app.roadmap;
