package org.localis.app.web;

import org.localis.scheme.SchemeCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {

    private final SchemeCatalog schemes;

    public HomeController(SchemeCatalog schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("schemeCount", schemes.all().size());
        return "index";
    }
}
