package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localis.input.InvalidInputException;
import org.localis.statement.BankStatement;
import org.localis.statement.ClientBankExchangeReader;
import org.localis.statement.StatementEntry;
import org.localis.statement.StatementFile;
import org.localis.statement.StatementFormat;

/**
 * 1CClientBankExchange as any bytes: one statement per account holding an entry for every
 * {@code СекцияДокумент} (two for a transfer between two accounts of the file), or
 * {@link InvalidInputException}. Seeds: {@code ClientBankExchangeFuzzTestInputs/clientBankExchange/}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class ClientBankExchangeFuzzTest {

    private static final String FILE = "kl_to_1c.txt";

    @FuzzTest(maxDuration = "30s")
    void clientBankExchange(byte[] data) {
        if (data.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        int lines = FuzzChecks.lineCount(data);
        StatementFile file;
        try {
            file = ClientBankExchangeReader.read(data, FILE);
        } catch (InvalidInputException e) {
            FuzzChecks.checkRejection(e, FILE, lines);
            return;
        }
        assertThat(file.format()).isEqualTo(StatementFormat.CLIENT_BANK_EXCHANGE);
        StatementChecks.checkAccepted(file, FILE, lines, true);
        Set<String> accounts = new TreeSet<>();
        for (BankStatement s : file.statements()) {
            assertThat(s.account()).matches("\\d{20}");
            assertThat(accounts.add(s.account())).as("one statement per account").isTrue();
            assertThat(s.currency()).isEqualTo("RUB");
        }
        // no partial import: every document section gave one entry, or two for a transfer between accounts
        List<Integer> documents = documentLines(data);
        List<StatementEntry> entries = file.entries();
        assertThat(entries.stream().map(StatementEntry::line).distinct().sorted().toList())
                .as("the document sections behind the entries").isEqualTo(documents);
        for (int line : documents) {
            long n = entries.stream().filter(e -> e.line() == line).count();
            assertThat(n).as("entries of the document on line %s", line).isBetween(1L, 2L);
        }
    }

    /** The lines of the document sections, found in the text without the reader. */
    private static List<Integer> documentLines(byte[] data) {
        Charset charset = ClientBankExchangeReader.detectCharset(data);
        String text = new String(data, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Integer> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.equals("СекцияДокумент") || s.startsWith("СекцияДокумент=")) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
