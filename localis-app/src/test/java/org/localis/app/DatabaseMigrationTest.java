package org.localis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flyway owns the schema: every migration applies on the test database (H2 by default, PostgreSQL when
 * SPRING_DATASOURCE_URL points there, as in CI) and the stored-run table keeps what reproduces a score.
 */
@SpringBootTest
class DatabaseMigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(all).allSatisfy(m -> assertThat(m.getState()).as(m.getScript()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().current().getVersion().getMajorAsString()).isNotEqualTo("0");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void assessmentRunKeepsTheInputsAndTheResult() {
        List<String> columns = jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE LOWER(table_name) = 'assessment_run'""")
                .query(String.class).list().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        assertThat(columns).contains("id", "created_at", "scheme_id", "scheme_version", "period", "assessment_date",
                "product_name", "currency", "price", "net_cost", "bom_file_name", "bom_sha256", "bom_bytes",
                "operations_file_name", "operations_bytes", "certificates_file_name", "certificates_bytes",
                "rates_file_name", "rates_bytes", "score", "unit", "passed", "tier", "classification", "result_json");
    }
}
