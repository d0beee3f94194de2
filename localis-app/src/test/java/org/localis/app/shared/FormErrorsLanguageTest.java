package org.localis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.input.InputError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #16: the application's own form checks (accounts, products, decisions, support programs, the score form) are
 * said in Russian beside the form, the field by its name; in English the forms show "field: message" as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormErrorsLanguageTest {

    static final Locale RU = Locale.forLanguageTag("ru");

    /** The messages as the application's form checks write them (with sample values where they take one). */
    static final List<String> MESSAGES = List.of(
            "an organization name of 1 to 200 characters is required", "an organization named АО «Кама» exists already",
            "choose a role", "a manufacturer must belong to an organization", "a fleet operator must belong to an organization",
            "no such organization", "this invitation is unknown, used or expired", "at most 100 characters",
            "at least 12 characters", "at most 128 characters",
            "3 to 50 characters: lower-case letters, digits, '.', '_' or '-'", "the user name kama is taken",
            "this link is unknown, used or expired", "a product name of 1 to 200 characters is required",
            "your organization already has a product named Волга Седан", "choose one of passenger-car, bus",
            "unknown competency engine-x", "must not be negative", "choose a file", "say why, for the manufacturer",
            "someone else decided this submission meanwhile", "a reason is required",
            "certificate LCL-2026-000002 is already revoked", "choose a decision", "a title of 1 to 200 characters is required",
            "choose a scheme", "a year in which scheme ru-719-passenger-car has a threshold", "one of [base, deep]",
            "a positive amount is required", "must be at most 100000000000", "at most 2 decimals",
            "give a date from 1990 to 2100", "give the net cost or a cost statement, not both",
            "give years as YYYY-YYYY, at most ten years", "the yearly budget is a positive amount",
            "upload the candidate actions (CSV)", "a BOM file is required", "'abc' is not a valid value");

    @Autowired InputErrorText text;
    @Autowired MessageSource messages;
    @Autowired MockMvc mvc;
    @Autowired LocalisUserDetailsService users;

    @Test
    void everyFormCheckHasARussianSentenceKeepingItsValuesAndItsEnglishKeySaysItAsWritten() {
        for (String m : MESSAGES) {
            InputErrorText.Rule rule = InputErrorText.ruleFor(m);
            assertThat(rule).as(m).isNotNull();
            Object[] figures = InputErrorText.figures(m);
            assertThat(messages.getMessage(rule.key(), figures, Locale.ENGLISH)).as("the English key of " + m).isEqualTo(m);
            String ru = text.message(m, RU);
            assertThat(ru).as(m).matches("(?s).*[а-яА-ЯёЁ].*").isNotEqualTo(m);
            for (Object f : figures) {
                if (!"manufacturer".equals(f) && !"fleet operator".equals(f)) {
                    assertThat(ru).as(m).contains(f.toString());
                }
            }
        }
    }

    @Test
    void aFormErrorIsFramedByItsFieldsName() {
        InputError e = InputError.of("form", 0, "password", "at least 12 characters");
        assertThat(text.form(e, RU)).isEqualTo("поле пароль: не менее 12 символов");
        assertThat(text.form(e, Locale.ENGLISH)).isEqualTo("password: at least 12 characters");
    }

    @Test
    void theAdministratorsInvitationFormSaysItsErrorsInTheReadersLanguage() throws Exception {
        var admin = users.loadUserByUsername("admin");
        String ru = mvc.perform(post("/admin/users").param("username", "X!").param("lang", "ru").with(user(admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ru).contains("поле имя пользователя: от 3 до 50 символов", "поле роль: выберите роль")
                .doesNotContain("lower-case letters", "choose a role");
        String en = mvc.perform(post("/admin/users").param("username", "X!").param("lang", "en").with(user(admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("username: 3 to 50 characters", "role: choose a role");
    }
}
