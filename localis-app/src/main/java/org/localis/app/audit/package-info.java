/** The append-only audit log and its page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.localis.app.audit;
