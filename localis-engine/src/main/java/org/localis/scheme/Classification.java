package org.localis.scheme;

import java.util.Arrays;
import java.util.Optional;

/** Depth of production in the country, from a whole import to a full manufacturing cycle. */
public enum Classification {
    CBU("cbu", "CBU import", "Импорт готового (CBU)"),
    SKD("skd", "SKD assembly", "Крупноузловая сборка (SKD)"),
    CKD("ckd", "CKD assembly", "Полноузловая сборка (CKD)"),
    PARTIAL("partial", "Partial localization", "Частичная локализация"),
    FULL_CYCLE("full-cycle", "Full cycle", "Полный цикл");

    private final String code;
    private final String title;
    private final String titleRu;

    Classification(String code, String title, String titleRu) {
        this.code = code;
        this.title = title;
        this.titleRu = titleRu;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String titleRu() {
        return titleRu;
    }

    public static Optional<Classification> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
