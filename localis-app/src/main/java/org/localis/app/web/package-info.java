/** Home page, locale and web configuration. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"drive", "funding", "identity", "shared"})
package org.localis.app.web;
