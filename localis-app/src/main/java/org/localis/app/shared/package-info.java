/** What every module may use: problem documents and not-found errors, checksums, money, form problems, the acting user (Actor), the drive-figures event type. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.localis.app.shared;
