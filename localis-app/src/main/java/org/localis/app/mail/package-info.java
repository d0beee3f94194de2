/**
 * E-mail: the transactional outbox, the scheduled sender, the messages (rendered from Thymeleaf templates,
 * HTML with a plain-text part, in the recipient's language), donors' unsubscribe links and the
 * administrator's outbox page. It sits above the modules whose changes cause mail and listens to their
 * events inside the cause's transaction; nothing below calls it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bank", "drive", "identity", "shared"})
package org.localis.app.mail;
