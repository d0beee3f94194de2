package org.localis.statement;

import java.util.HashMap;
import java.util.Map;

/** Building of readable dedupe keys (see {@link StatementEntry}). */
final class Keys {

    private Keys() {
    }

    /** Fields joined by '|', each with '\' and '|' escaped by '\'; null is an empty field. */
    static String join(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('|');
            }
            Object p = parts[i];
            if (p == null) {
                continue;
            }
            String s = p.toString();
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '|' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Appends {@code #2}, {@code #3}… to keys already handed out by this instance. */
    static final class Unique {
        private final Map<String, Integer> seen = new HashMap<>();

        String of(String key) {
            int n = seen.merge(key, 1, Integer::sum);
            if (n == 1) {
                return key;
            }
            String candidate = key + "#" + n;
            while (seen.containsKey(candidate)) {
                n++;
                candidate = key + "#" + n;
            }
            seen.put(candidate, 1);
            return candidate;
        }
    }
}
