package org.localis.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations declared for a product, by code (each code at most once). */
public record Operations(String file, List<Operation> list) {

    public static final Operations NONE = new Operations("", List.of());

    public Operations {
        list = List.copyOf(list);
    }

    public Map<String, Operation> byCode() {
        Map<String, Operation> m = new LinkedHashMap<>();
        for (Operation o : list) {
            m.put(o.code(), o);
        }
        return m;
    }

    public boolean performed(String code) {
        for (Operation o : list) {
            if (o.code().equals(code)) {
                return o.performed();
            }
        }
        return false;
    }

    public Optional<Operation> find(String code) {
        return list.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
