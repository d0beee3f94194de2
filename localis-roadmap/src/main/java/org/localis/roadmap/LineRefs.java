package org.localis.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.localis.bom.Bom;
import org.localis.bom.BomLine;

/**
 * Resolves the BOM line an action names: {@code 12} or {@code line:12} (the line number in the BOM file),
 * {@code ENG-20/PST-20} (a path of part numbers from the top of the product), or {@code PST-20} (a part
 * number that appears on exactly one line).
 */
final class LineRefs {

    private final Bom bom;
    private final Map<Integer, Integer> byFileLine = new HashMap<>();
    private final Map<String, List<Integer>> byPart = new HashMap<>();
    private final Map<String, Integer> byParentPart = new HashMap<>();

    LineRefs(Bom bom) {
        this.bom = bom;
        for (int i = 0; i < bom.size(); i++) {
            BomLine l = bom.line(i);
            byFileLine.put(l.line(), i);
            byPart.computeIfAbsent(l.part(), k -> new ArrayList<>()).add(i);
            byParentPart.put(l.parent() + "\u0000" + l.part(), i);
        }
    }

    /** The BOM index of the line, or -1. */
    int resolve(String ref) {
        String r = ref == null ? "" : ref.trim();
        if (r.startsWith("line:")) {
            r = r.substring(5).trim();
        }
        if (!r.isEmpty() && r.chars().allMatch(Character::isDigit) && r.length() < 10) {
            return byFileLine.getOrDefault(Integer.parseInt(r), -1);
        }
        if (r.contains("/")) {
            String[] parts = r.split("/", -1);
            String parent = "";
            int idx = -1;
            for (String p : parts) {
                Integer i = byParentPart.get(parent + "\u0000" + p.trim());
                if (i == null) {
                    return -1;
                }
                idx = i;
                parent = p.trim();
            }
            return idx;
        }
        List<Integer> lines = byPart.get(r);
        return lines != null && lines.size() == 1 ? lines.get(0) : -1;
    }

    /** Why the reference does not name one line, or null when it does. */
    String problem(String ref) {
        if (resolve(ref) >= 0) {
            return null;
        }
        String r = ref == null ? "" : ref.trim();
        if (r.isEmpty()) {
            return "a BOM line is required (its line number, a part path such as ENG-20/PST-20, or a part number)";
        }
        List<Integer> lines = byPart.get(r);
        if (lines != null && lines.size() > 1) {
            List<String> where = new ArrayList<>();
            for (int i : lines) {
                BomLine l = bom.line(i);
                where.add((l.parent().isEmpty() ? "" : l.parent() + "/") + l.part() + " (line " + l.line() + ")");
            }
            return "part " + r + " is used on " + lines.size() + " lines; name one: " + String.join(", ", where);
        }
        return "no BOM line '" + r + "' in " + bom.file() + " (give its line number, a part path such as PARENT/PART, "
                + "or a part number)";
    }
}
