package org.localis.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.statement.BalanceCheck;
import org.localis.statement.BankStatement;
import org.localis.statement.Direction;
import org.localis.statement.SkippedEntry;
import org.localis.statement.StatementEntry;
import org.localis.statement.StatementFile;
import org.localis.statement.StatementFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code localis statement FILE}: reads a camt.053 or 1C statement with the engine's readers and prints
 * what an import would see, per statement.
 */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = {"Read a bank statement (ISO 20022 camt.053 XML or 1CClientBankExchange) and print, per statement:"
                + " account, currency, opening and closing balance, whether they reconcile, the entries (amount in"
                + " each entry's own currency, status booked|pending|info), the skipped entries and the warnings.",
                "Exit 0 for a readable file, 2 with FILE:LINE: field: message lines for a bad one."})
final class StatementCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the statement file")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: text)")
    String format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println(InputError.of("command line", 0, "--format", "'" + format + "' must be text or json"));
            return LocalisCli.BAD_INPUT;
        }
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            err.println(InputError.ofFile(name, "no such file"));
            return LocalisCli.BAD_INPUT;
        }
        StatementFile read;
        try {
            read = StatementFiles.read(Files.readAllBytes(file), name);
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println(InputError.ofFile(name, "cannot be read: " + e.getMessage()));
            return LocalisCli.BAD_INPUT;
        }
        out.print(format.equals("json") ? json(read) : text(read));
        out.flush();
        return LocalisCli.OK;
    }

    // ---- values as printed ----

    static String decimal(Long minor, String currency) {
        if (minor == null) {
            return null;
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return BigDecimal.valueOf(minor, Math.max(digits, 0)).toPlainString();
    }

    static String status(StatementEntry e) {
        return e.status().name().equals("BOOKED") ? "booked" : e.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String status(SkippedEntry s) {
        return s.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The payment reference: the structured one (creditor reference, УИН), else end-to-end id, else the bank's. */
    static String reference(StatementEntry e) {
        return e.structuredReference() != null ? e.structuredReference()
                : e.endToEndId() != null ? e.endToEndId() : e.bankReference();
    }

    static String signed(StatementEntry e) {
        return decimal(e.signedAmountMinor(), e.currency());
    }

    // ---- text ----

    static String text(StatementFile f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.fileName()).append(": ").append(f.format()).append(' ').append(f.formatVersion()).append(", ")
                .append(f.statements().size()).append(f.statements().size() == 1 ? " statement" : " statements").append('\n');
        for (BankStatement s : f.statements()) {
            sb.append('\n').append("statement ").append(s.statementId()).append(" (line ").append(s.line()).append(")\n");
            sb.append("  account:         ").append(s.account()).append('\n');
            sb.append("  currency:        ").append(s.currency()).append('\n');
            sb.append("  period:          ").append(s.from()).append(" .. ").append(s.to()).append('\n');
            sb.append("  opening balance: ").append(orNone(decimal(s.openingBalanceMinor(), s.currency()))).append('\n');
            sb.append("  closing balance: ").append(orNone(decimal(s.closingBalanceMinor(), s.currency()))).append('\n');
            sb.append("  reconciles:      ").append(s.reconciles() == null ? "unknown" : s.reconciles() ? "yes" : "NO").append('\n');
            for (BalanceCheck c : s.balanceChecks()) {
                sb.append("    ").append(c.currency()).append(": ").append(c.explanation()).append('\n');
            }
            sb.append("  entries:         ").append(s.entries().size()).append('\n');
            for (StatementEntry e : s.entries()) {
                sb.append(String.format("    %-10s %18s %s %-7s %s", e.bookingDate(), signed(e), e.currency(), status(e),
                        orNone(reference(e))));
                if (e.counterpartyName() != null) {
                    sb.append("  ").append(e.counterpartyName());
                }
                if (e.isForeignCurrency()) {
                    sb.append("  [not in the account currency ").append(s.currency());
                    e.amountIn(s.currency()).ifPresent(v -> sb.append(": counter-value ").append(decimal(v, s.currency())));
                    sb.append(']');
                }
                sb.append('\n');
            }
            sb.append("  skipped:         ").append(s.skipped().size()).append('\n');
            for (SkippedEntry k : s.skipped()) {
                sb.append("    line ").append(k.line()).append(": ").append(k.reason()).append('\n');
            }
        }
        sb.append('\n').append("warnings: ").append(f.warnings().size()).append('\n');
        for (InputError w : f.warnings()) {
            sb.append("  ").append(w).append('\n');
        }
        return sb.toString();
    }

    private static String orNone(String s) {
        return s == null ? "-" : s;
    }

    // ---- JSON ----

    static String json(StatementFile f) {
        Json j = new Json();
        j.open('{');
        j.field("file", f.fileName()).field("format", f.format().name()).field("formatVersion", f.formatVersion());
        j.key("statements").open('[');
        for (BankStatement s : f.statements()) {
            j.open('{');
            j.field("statementId", s.statementId()).field("line", s.line()).field("account", s.account())
                    .field("currency", s.currency()).field("from", s.from().toString()).field("to", s.to().toString())
                    .field("openingBalance", decimal(s.openingBalanceMinor(), s.currency()))
                    .field("closingBalance", decimal(s.closingBalanceMinor(), s.currency()))
                    .field("reconciles", s.reconciles());
            j.key("balanceChecks").open('[');
            for (BalanceCheck c : s.balanceChecks()) {
                j.open('{').field("currency", c.currency()).field("reconciles", c.reconciles())
                        .field("explanation", c.explanation()).close('}');
            }
            j.close(']');
            j.key("entries").open('[');
            for (StatementEntry e : s.entries()) {
                j.open('{').field("line", e.line()).field("bookingDate", e.bookingDate().toString())
                        .field("amount", signed(e)).field("currency", e.currency()).field("status", status(e))
                        .field("reference", reference(e)).field("counterparty", e.counterpartyName());
                if (e.isForeignCurrency()) {
                    j.field("amountInAccountCurrency", e.amountIn(s.currency()).isPresent()
                            ? decimal((e.direction() == Direction.CREDIT ? 1 : -1) * e.amountIn(s.currency()).getAsLong(),
                                    s.currency()) : null);
                }
                if (e.exchange() != null && e.exchange().rate() != null) {
                    j.field("exchangeRate", e.exchange().rate().toPlainString());
                }
                j.close('}');
            }
            j.close(']');
            j.key("skipped").open('[');
            for (SkippedEntry k : s.skipped()) {
                j.open('{').field("line", k.line()).field("status", status(k))
                        .field("amount", k.amountMinor() == null || k.currency() == null ? null
                                : decimal((k.direction() == Direction.DEBIT ? -1 : 1) * k.amountMinor(), k.currency()))
                        .field("currency", k.currency()).field("reason", k.reason()).close('}');
            }
            j.close(']');
            j.close('}');
        }
        j.close(']');
        j.key("warnings").open('[');
        for (InputError w : f.warnings()) {
            j.value(w.toString());
        }
        j.close(']');
        j.close('}');
        return j.toString() + System.lineSeparator();
    }

    /** A minimal JSON writer: objects, arrays, strings, numbers, booleans and null, pretty-printed. */
    static final class Json {
        private final StringBuilder sb = new StringBuilder();
        private final java.util.ArrayDeque<Boolean> first = new java.util.ArrayDeque<>();
        private boolean afterKey;

        Json open(char c) {
            separator();
            sb.append(c);
            first.push(true);
            return this;
        }

        Json close(char c) {
            boolean empty = first.pop();
            if (!empty) {
                newline();
            }
            sb.append(c);
            return this;
        }

        Json key(String k) {
            separator();
            string(k);
            sb.append(": ");
            afterKey = true;
            return this;
        }

        Json field(String k, Object v) {
            key(k);
            return value(v);
        }

        Json value(Object v) {
            separator();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
                sb.append(v);
            } else {
                string(v.toString());
            }
            return this;
        }

        private void separator() {
            if (afterKey) {
                afterKey = false;
                return;
            }
            if (first.isEmpty()) {
                return;
            }
            if (!first.peek()) {
                sb.append(',');
            }
            first.pop();
            first.push(false);
            newline();
        }

        private void newline() {
            sb.append('\n');
            sb.append("  ".repeat(first.size()));
        }

        private void string(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

}
