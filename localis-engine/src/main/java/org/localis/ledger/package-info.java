/**
 * The double-entry ledger of a supply drive, in minor currency units (kopecks, cents). A
 * {@link org.localis.ledger.JournalEntry} cannot be built unbalanced; a refund or correction is a
 * reversing entry, never an edit. Persistence stores exactly these entries.
 */
package org.localis.ledger;
