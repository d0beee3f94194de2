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
public class DriveTextsController {

    private final DriveService service;
    private final DriveTexts texts;

    DriveTextsController(DriveService service, DriveTexts texts) {
        this.service = service;
        this.texts = texts;
    }

    /** Both languages in one form; a language left blank has no text of its own (the drive's is shown). */
    /** A drive's title and story in both languages. */
    public record TextsForm(@jakarta.validation.constraints.Size(max = 200) String titleRu,
                            @jakarta.validation.constraints.Size(max = 4000) String storyRu,
                            @jakarta.validation.constraints.Size(max = 200) String titleEn,
                            @jakarta.validation.constraints.Size(max = 4000) String storyEn) {
    }

    /** An update's body in one language. */
    public record UpdateTextForm(Language lang, @jakarta.validation.constraints.Size(max = 2000) String body) {
    }

    /** The languages an update can be translated into. */
    public enum Language { ru, en }

    @PostMapping("/manage/drives/{id}/texts")
    public String texts(@PathVariable long id, @jakarta.validation.Valid TextsForm form, RedirectAttributes flash) {
        String titleRu = nz(form.titleRu()), storyRu = nz(form.storyRu()), titleEn = nz(form.titleEn()), storyEn = nz(form.storyEn());
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
    public String updateText(@PathVariable long id, @PathVariable long update, @jakarta.validation.Valid UpdateTextForm form,
                             RedirectAttributes flash) {
        String lang = form.lang() == null ? "" : form.lang().name(), body = nz(form.body());
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

    private static String nz(String s) {
        return s == null ? "" : s;
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
