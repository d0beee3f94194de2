package org.localis.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.localis.certificate.CertificatesCsvReader;
import org.localis.operation.OperationsCsvReader;
import org.localis.product.RatesCsvReader;
import org.localis.testing.Fixtures;

/** Operations, certificates and rates files: read whole, or rejected with every error named. */
class SmallTablesTest {

    static List<String> errors(Consumer<String> read, String text) {
        try {
            read.accept(text);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void operations() {
        var ops = OperationsCsvReader.read(Fixtures.utf8("code,performed,evidence\nBody-Welding,yes,audit\nglazing,no,\n"), "ops.csv");
        assertThat(ops.performed("body-welding")).isTrue();
        assertThat(ops.find("glazing")).isPresent();
        assertThat(errors(t -> OperationsCsvReader.read(Fixtures.utf8(t), "ops.csv"),
                "code,performed\n,yes\na,maybe\na,yes\na,no\nb,yes,extra\n")).containsExactly(
                "ops.csv:2: code: an operation code is required",
                "ops.csv:3: performed: 'maybe' is not yes or no",
                "ops.csv:5: code: operation a is listed twice (first on line 4)",
                "ops.csv:6: has 3 fields but the header has 2");
        assertThat(errors(t -> OperationsCsvReader.read(Fixtures.utf8(t), "ops.csv"), ""))
                .containsExactly("ops.csv: the file is empty (a header row code,performed is required)");
    }

    @Test
    void certificates() {
        var certs = CertificatesCsvReader.read(Fixtures.utf8(
                "id,originating,domestic_share,valid_from,valid_to\nC1,yes,80,2024-01-01,2026-12-31\n"), "c.csv");
        assertThat(certs).singleElement().satisfies(c -> assertThat(c.domesticShare()).isEqualByComparingTo("80"));
        assertThat(errors(t -> CertificatesCsvReader.read(Fixtures.utf8(t), "c.csv"),
                "id,originating,domestic_share,valid_from,valid_to\nC1,yes,120,2024-01-01,2023-01-01\n,no,,2024-13-01,2025-01-01\n"))
                .containsExactly(
                        "c.csv:2: domestic_share: must be a percent between 0 and 100 (was 120)",
                        "c.csv:2: valid_to: is before valid_from (2024-01-01)",
                        "c.csv:3: id: a certificate number is required",
                        "c.csv:3: valid_from: '2024-13-01' is not a date in the form YYYY-MM-DD");
    }

    @Test
    void rates() {
        assertThat(RatesCsvReader.read(Fixtures.utf8("currency,rate_to_product_currency\nEUR,98.5\n"), "r.csv"))
                .containsEntry("EUR", new java.math.BigDecimal("98.5"));
        assertThat(errors(t -> RatesCsvReader.read(Fixtures.utf8(t), "r.csv"), "currency\nEUR\n"))
                .containsExactly("r.csv:1: rate: required column is missing (rate or rate_to_product_currency)");
        assertThat(errors(t -> RatesCsvReader.read(Fixtures.utf8(t), "r.csv"), "currency,rate\nEUR,0\nXYZ1,2\nEUR,3\nEUR,4\n"))
                .containsExactly(
                        "r.csv:2: rate: must be greater than 0",
                        "r.csv:3: currency: 'XYZ1' is not an ISO 4217 currency code",
                        "r.csv:5: currency: EUR is listed twice");
        assertThatThrownBy(() -> RatesCsvReader.read(Fixtures.utf8("currency,rate\n\"EUR,1\n"), "r.csv"))
                .hasMessageContaining("r.csv:2: a quoted field is not closed");
    }
}
