/** Home page, locale and web configuration. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package org.localis.app.web;
