package org.localis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every English text has a Russian one and the other way round. */
class MessageBundlesTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void russianAndEnglishHaveTheSameKeys() throws Exception {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> ru = new TreeSet<>(load("messages_ru.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ru);
        Set<String> onlyRu = new TreeSet<>(ru);
        onlyRu.removeAll(en);
        assertThat(onlyEn).as("keys missing in messages_ru.properties").isEmpty();
        assertThat(onlyRu).as("keys missing in messages.properties").isEmpty();
    }
}
