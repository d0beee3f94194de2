package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FleetAndTireCommandsTest {

    private static LocalisCliTest.Run run(String... args) {
        return LocalisCliTest.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"schemes", "validate", "score", "generate-bom", "roadmap", "fleet", "tire-size"})
    void everySubcommandHasHelp(String command) {
        LocalisCliTest.Run r = run(command, "--help");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: localis " + command).contains("--help");
        assertThat(run("fleet", "validate", "--help").out()).contains("Usage: localis fleet validate").contains("FILE");
    }

    @Test
    void tireSizeAsJsonGivesEveryField() throws Exception {
        LocalisCliTest.Run r = run("tire-size", "315/80 R22.5 156/150L", "185/75 Р16С 104/102 R", "275/35 ZR19 (100Y) XL",
                "94W", "--format", "json");
        assertThat(r.code()).as("one is refused").isEqualTo(2);
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows).hasSize(4);
        JsonNode truck = rows.get(0);
        for (String f : List.of("text", "ok", "canonical", "width", "aspect", "construction", "rim", "loadIndex",
                "loadIndexDual", "speed", "commercial", "lightTruck", "reinforced", "runFlat", "winter", "error")) {
            assertThat(truck.has(f)).as(f).isTrue();
        }
        assertThat(truck.get("ok").asBoolean()).isTrue();
        assertThat(truck.get("canonical").asText()).isEqualTo("315/80 R22.5 156/150 L");
        assertThat(truck.get("rim").asText()).isEqualTo("22.5");
        assertThat(truck.get("loadIndex").asInt()).isEqualTo(156);
        assertThat(truck.get("loadIndexDual").asInt()).isEqualTo(150);
        assertThat(truck.get("speed").asText()).isEqualTo("L");
        assertThat(truck.get("error").isNull()).isTrue();
        assertThat(rows.get(1).get("commercial").asBoolean()).isTrue();
        assertThat(rows.get(1).get("canonical").asText()).isEqualTo("185/75 R16 C 104/102 R");
        assertThat(rows.get(2).get("speed").asText()).isEqualTo("(Y)");
        assertThat(rows.get(2).get("construction").asText()).isEqualTo("ZR");
        assertThat(rows.get(2).get("reinforced").asBoolean()).isTrue();
        assertThat(rows.get(3).get("ok").asBoolean()).isFalse();
        assertThat(rows.get(3).get("error").asText()).startsWith("'94W': ");
    }

    @Test
    void tireSizeReadsAFileOnePerLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sizes.txt");
        Files.writeString(f, "205/55R16 91V\n\n11R22.5 148/145M\n");
        LocalisCliTest.Run r = run("tire-size", "--file", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).hasSize(2);
        assertThat(r.out()).contains("canonical=205/55 R16 91V").contains("canonical=11 R22.5 148/145 M");
        assertThat(run("tire-size").code()).isEqualTo(2);
    }

    @Test
    void fleetValidate(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("fleet.csv");
        Files.writeString(good, "id,make_model,category,axles,full_size_spare,tire_size,season,tread_mm,tires_made,"
                + "region,priority\nK6,KAMAZ 6x6,emergency,single+single+single,yes,425/85 R21 156G,summer,9,2022-04,"
                + "Kazan,1\n");
        LocalisCliTest.Run ok = run("fleet", "validate", good.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("fleet.csv: OK, 1 vehicles (0 with twin wheels)");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,make_model,category,axles,full_size_spare,tire_size,season,tread_mm,tires_made,"
                + "region,priority\nT1,truck,utility,single+twin,yes,315/80 R22.5 156L,summer,9,2022-04,,1\n");
        LocalisCliTest.Run r = run("fleet", "validate", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv:2: tire_size: twin wheels need a tire with a dual load index");
    }
}
