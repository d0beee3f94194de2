package org.localis.scheme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.localis.input.ErrorCollector;
import org.localis.input.YamlDocument;

/** The {@code operations} list of a scheme file: the codes accepted in operations.csv. */
final class OperationsSection {

    private OperationsSection() {
    }

    static Map<String, OperationDef> read(YamlDocument.Map d, ErrorCollector errors) {
        Map<String, OperationDef> ops = new LinkedHashMap<>();
        for (YamlDocument.Map o : d.maps("operations", true)) {
            o.allowOnly(Set.of("code", "title", "title-ru", "type"));
            String code = o.text("code", true);
            String t = o.text("title", true);
            if (code == null || t == null) {
                continue;
            }
            define(ops, o, code, t, o.text("title-ru", false), Optional.ofNullable(o.text("type", false)).orElse("operation"), errors);
        }
        return ops;
    }

    /** Adds one code, checking its form, type and uniqueness. */
    static void define(Map<String, OperationDef> ops, YamlDocument.Map o, String code, String title, String titleRu,
                       String type, ErrorCollector errors) {
        if (!SchemeLoader.CODE.matcher(code).matches()) {
            errors.add(o.line("code"), o.path("code"), "'" + code + "' must be lower-case letters, digits and '-'");
        }
        OperationDef.Type ty = switch (type) {
            case "operation" -> OperationDef.Type.OPERATION;
            case "component" -> OperationDef.Type.COMPONENT;
            default -> {
                errors.add(o.line("type"), o.path("type"), "'" + type + "' must be operation or component");
                yield OperationDef.Type.OPERATION;
            }
        };
        if (ops.put(code, new OperationDef(code, title, titleRu, ty)) != null) {
            errors.add(o.line("code"), o.path("code"), "operation " + code + " is defined twice");
        }
    }
}
