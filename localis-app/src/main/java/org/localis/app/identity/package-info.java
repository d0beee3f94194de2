/** Organizations, users, invitations, API tokens, sign-in and the security configuration. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.localis.app.identity;
