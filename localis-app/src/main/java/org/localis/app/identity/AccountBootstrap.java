package org.localis.app.identity;

import org.localis.app.shared.Role;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Users at start-up. The first administrator comes from LOCALIS_ADMIN_USERNAME / LOCALIS_ADMIN_PASSWORD
 * when no user exists (otherwise the /setup page asks for one). The demo profile (on by default with the
 * embedded database) adds demo organizations and users, listed in the README.
 */
@Component
public class AccountBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    @Component
    @Order(1)
    static class FromEnvironment implements ApplicationRunner {
        private final AccountService service;
        private final String username;
        private final String password;

        FromEnvironment(AccountService service, @Value("${LOCALIS_ADMIN_USERNAME:}") String username,
                        @Value("${LOCALIS_ADMIN_PASSWORD:}") String password) {
            this.service = service;
            this.username = username;
            this.password = password;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (!username.isBlank() && !password.isBlank() && service.noUsersYet()) {
                service.createFirstAdmin(username, "Administrator", password);
                log.info("first administrator {} created from the environment", username);
            }
        }
    }

    /** Demo organizations and users; only with the demo profile and only into an empty user table. */
    @Component
    @Profile("demo")
    @Order(2)
    static class Demo implements ApplicationRunner {
        /** user name -> (display name, role, organization, organization kind); password = "demo-" + user name + "-pass". */
        static final Map<String, String[]> USERS = new java.util.LinkedHashMap<>();

        static {
            USERS.put("admin", new String[] {"Алла Андреева", "ADMIN", AccountService.OPERATOR_ORGANIZATION, "OPERATOR"});
            USERS.put("assessor", new String[] {"Иван Соколов", "ASSESSOR", "", ""});
            USERS.put("volga", new String[] {"Вера Волкова", "MANUFACTURER", "АО «Волга Моторс»", "MANUFACTURER"});
            USERS.put("ural", new String[] {"Юрий Уральцев", "MANUFACTURER", "ООО «Урал-Авто»", "MANUFACTURER"});
            USERS.put("organizer", new String[] {"Ольга Орлова", "DRIVE_ORGANIZER", "АНО «Колёса для скорой»", "DRIVE_ORGANIZER"});
            USERS.put("fleet", new String[] {"Фёдор Фролов", "FLEET_OPERATOR", "ГБУЗ «Городская станция скорой помощи»", "FLEET"});
        }

        private final AccountService service;
        private final AccountRepository accounts;

        Demo(AccountService service, AccountRepository accounts) {
            this.service = service;
            this.accounts = accounts;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (!service.noUsersYet()) {
                return;
            }
            USERS.forEach((user, d) -> {
                Long org = null;
                if (!d[2].isEmpty()) {
                    org = accounts.findOrganization(d[2]).map(Organization::id).orElseGet(
                            () -> service.createOrganization(d[2], OrganizationKind.valueOf(d[3])));
                }
                service.createUserWithPassword(user, d[0], Role.valueOf(d[1]), org, demoPassword(user));
            });
            log.info("demo profile: demo users created ({}), see README", String.join(", ", USERS.keySet()));
        }

        static String demoPassword(String user) {
            return "demo-" + user + "-pass";
        }
    }
}
