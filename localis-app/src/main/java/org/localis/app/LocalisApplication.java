package org.localis.app;

import org.localis.scheme.SchemeCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Localis web application: pages and REST API around the scoring engine. */
@SpringBootApplication
public class LocalisApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalisApplication.class, args);
    }

    /** The built-in schemes, loaded once at start; a broken scheme file stops the start. */
    @Bean
    SchemeCatalog schemeCatalog() {
        return SchemeCatalog.builtIn();
    }
}
