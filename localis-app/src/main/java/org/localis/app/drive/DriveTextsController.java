package org.localis.app.drive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.InvalidFormException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organizer writes the drive's title, description and updates in Russian and in English; visitors read the
 * language they chose (falling back to the text written first).
 */
@Controller
class DriveTextsController {

    private final DriveService service;
    private final DriveTexts texts;

    DriveTextsController(DriveService service, DriveTexts texts) {
        this.service = service;
        this.texts = texts;
    }

    /** Both languages in one form; a language left blank has no text of its own (the drive's is shown). */
    @PostMapping("/manage/drives/{id}/texts")
    public String texts(@PathVariable long id, @RequestParam(defaultValue = "") String titleRu,
                        @RequestParam(defaultValue = "") String storyRu, @RequestParam(defaultValue = "") String titleEn,
                        @RequestParam(defaultValue = "") String storyEn, RedirectAttributes flash) {
        Actor me = CurrentUser.actor();
        Drive d = service.own(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        for (String[] t : List.of(new String[] {"ru", titleRu, storyRu}, new String[] {"en", titleEn, storyEn})) {
            try {
                texts.set(d, t[0], t[1], t[2], me);
            } catch (InvalidFormException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty()) {
            flash.addFlashAttribute("done", "done.texts");
        } else {
            flash.addFlashAttribute("problems", problems);
            flash.addFlashAttribute("textsForm", Map.of("titleRu", titleRu, "storyRu", storyRu, "titleEn", titleEn,
                    "storyEn", storyEn));
        }
        return "redirect:/manage/drives/" + id + "#texts";
    }

    /** An update's body in a language. */
    @PostMapping("/manage/drives/{id}/updates/{update}/text")
    public String updateText(@PathVariable long id, @PathVariable long update, @RequestParam(defaultValue = "") String lang,
                             @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
        Actor me = CurrentUser.actor();
        Drive d = service.own(id, me);
        try {
            texts.setUpdate(d, update, lang, body, me);
            flash.addFlashAttribute("done", "done.updateText");
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/manage/drives/" + id + "#updates";
    }

    /** The texts given per language, for the organizer's drive page. */
    @org.springframework.stereotype.Component
    @Order(100)
    static class Section implements DrivePageSection {
        private final DriveTexts texts;

        Section(DriveTexts texts) {
            this.texts = texts;
        }

        @Override
        public void addTo(Drive drive, Model model) {
            Map<String, DriveTexts.Text> given = texts.given(drive.id());
            model.addAttribute("textRu", given.get("ru"));
            model.addAttribute("textEn", given.get("en"));
        }
    }
}
