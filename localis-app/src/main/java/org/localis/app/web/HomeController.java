package org.localis.app.web;

import java.util.List;

import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveStatus;
import org.localis.app.funding.DriveProgressService;
import org.localis.scheme.SchemeCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page leads with the drives that take donations now, then explains the scoring side. */
@Controller
public class HomeController {

    /** How many open drives the home page shows before "all drives". */
    static final int DRIVES_SHOWN = 3;

    private final SchemeCatalog schemes;
    private final DriveRepository drives;
    private final DriveProgressService progress;

    public HomeController(SchemeCatalog schemes, DriveRepository drives, DriveProgressService progress) {
        this.schemes = schemes;
        this.drives = drives;
        this.progress = progress;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("schemeCount", schemes.all().size());
        List<Drive> open = drives.published().stream().filter(d -> d.status() == DriveStatus.OPEN).limit(DRIVES_SHOWN).toList();
        model.addAttribute("drives", open);
        model.addAttribute("progress", open.stream().map(progress::snapshot).toList());
        return "index";
    }
}
