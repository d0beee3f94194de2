package org.localis.app.scheme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.localis.app.shared.NotFoundException;
import org.localis.scheme.SchemeCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schemes")
@Tag(name = "Schemes", description = "The shipped scoring schemes")
public class SchemeApiController {

    private final SchemeCatalog schemes;

    public SchemeApiController(SchemeCatalog schemes) {
        this.schemes = schemes;
    }

    @Operation(summary = "All shipped schemes with periods, thresholds, tiers and criteria")
    @GetMapping
    public List<SchemeView> list() {
        return schemes.all().stream().map(SchemeView::of).toList();
    }

    @Operation(summary = "One scheme")
    @GetMapping("/{id}")
    public SchemeView get(@PathVariable("id") String id) {
        return schemes.find(id).map(SchemeView::of).orElseThrow(() -> new NotFoundException("no scheme " + id));
    }
}
