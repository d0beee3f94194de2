package org.localis.app.scheme;

import org.localis.scheme.SchemeCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
public class SchemePageController {

    private final SchemeCatalog schemes;

    public SchemePageController(SchemeCatalog schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/schemes")
    public String list(Model model) {
        model.addAttribute("schemes", schemes.all().stream().map(SchemeView::of).toList());
        return "schemes";
    }

    @GetMapping("/schemes/{id}")
    public String one(@PathVariable("id") String id, Model model) {
        model.addAttribute("s", schemes.find(id).map(SchemeView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no scheme " + id)));
        return "scheme";
    }
}
