package org.localis.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.localis.app.shared.FileNames;
import org.localis.app.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloadable templates of every file kind users upload (BOM, operations, certificates, rates, fleet): the
 * engine's own template files, each readable by the same reader the upload uses, as a UTF-8 CSV, as the CSV
 * a Russian spreadsheet saves (windows-1251, ';', decimal commas, Russian headers) and, for BOMs and fleets,
 * as an Excel workbook.
 */
@Controller
public class FileTemplatesController {

    private static final Map<String, MediaType> FILES = Map.ofEntries(
            Map.entry("bom.csv", csv()), Map.entry("bom-ru.csv", csv()), Map.entry("bom.xlsx", xlsx()),
            Map.entry("operations.csv", csv()), Map.entry("operations-ru.csv", csv()),
            Map.entry("certificates.csv", csv()), Map.entry("certificates-ru.csv", csv()),
            Map.entry("rates.csv", csv()), Map.entry("rates-ru.csv", csv()),
            Map.entry("fleet.csv", csv()), Map.entry("fleet-ru.csv", csv()), Map.entry("fleet.xlsx", xlsx()));

    private static MediaType csv() {
        return MediaType.valueOf("text/csv");
    }

    private static MediaType xlsx() {
        return MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/file-templates/{name}")
    public ResponseEntity<byte[]> template(@PathVariable String name) throws IOException {
        MediaType type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException("no template " + name);
        }
        try (InputStream in = getClass().getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new NotFoundException("no template " + name);
            }
            return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                    .header("Content-Disposition", FileNames.disposition("attachment", name)).body(in.readAllBytes());
        }
    }
}
