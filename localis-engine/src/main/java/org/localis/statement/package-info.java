/**
 * Bank statement readers: ISO 20022 camt.053 ({@link org.localis.statement.Camt053Reader}) and the 1C
 * client-bank exchange text format ({@link org.localis.statement.ClientBankExchangeReader}), with format
 * detection in {@link org.localis.statement.StatementFiles}. Both give the same immutable model
 * ({@link org.localis.statement.StatementFile} → {@link org.localis.statement.BankStatement} →
 * {@link org.localis.statement.StatementEntry}): exact amounts in minor units, the direction and status the
 * bank booked, the references needed for reconciliation, a stable dedupe key and the raw text of each
 * entry for the audit trail. Reading is all or nothing: a file with any bad booked entry is rejected whole,
 * with every problem listed by line and field; pending and information-only entries are never imported and
 * never reject a file ({@link org.localis.statement.SkippedEntry}). Each entry keeps its own currency; each
 * statement reports its balance check per currency ({@link org.localis.statement.BalanceCheck}); a file with
 * several accounts is split with {@link org.localis.statement.StatementFile#forAccount(String)}.
 */
package org.localis.statement;
