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
        var scheme = schemes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no scheme " + id));
        model.addAttribute("s", SchemeView.of(scheme));
        // the criteria's points and rules are worded from the engine's criteria (SchemeTexts)
        model.addAttribute("scheme", scheme);
        return "scheme";
    }
}
