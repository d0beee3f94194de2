package org.localis.input;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Russian names accepted for the columns of the engine's CSV and Excel files (BOM, operations, certificates,
 * rates, roadmap actions), as people name them in their own spreadsheets. A header name is compared in lower
 * case, with spaces, hyphens and dots read as {@code _} and ё as е; an alias counts only for a format that has
 * the column it stands for. The list is documented in docs/csv-files.md.
 */
public final class ColumnAliases {

    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("part", List.of("деталь", "номер_детали", "артикул", "обозначение")),
            Map.entry("parent", List.of("родитель", "родительская_деталь", "входит_в", "узел")),
            Map.entry("level", List.of("уровень")),
            Map.entry("description", List.of("описание", "наименование", "название")),
            Map.entry("quantity", List.of("количество", "кол_во", "колво", "кол")),
            Map.entry("uom", List.of("ед_изм", "единица", "единица_измерения", "ед")),
            Map.entry("unit_cost", List.of("цена", "стоимость", "цена_за_единицу", "стоимость_единицы")),
            Map.entry("currency", List.of("валюта")),
            Map.entry("origin", List.of("происхождение", "страна", "страна_происхождения")),
            Map.entry("supplier", List.of("поставщик")),
            Map.entry("make_buy", List.of("изготовление", "изготовить_купить", "собств_покупн", "производство_закупка")),
            Map.entry("certificate", List.of("сертификат", "номер_сертификата")),
            Map.entry("code", List.of("код", "код_операции")),
            Map.entry("performed", List.of("выполняется", "выполнена", "выполнено")),
            Map.entry("evidence", List.of("подтверждение", "документ")),
            Map.entry("id", List.of("номер", "ид")),
            Map.entry("holder", List.of("держатель", "владелец")),
            Map.entry("originating", List.of("отечественная", "местное_происхождение", "originating_да_нет")),
            Map.entry("domestic_share", List.of("доля_локализации", "доля_отечественного")),
            Map.entry("valid_from", List.of("действует_с", "действителен_с")),
            Map.entry("valid_to", List.of("действует_по", "действителен_по", "действителен_до")),
            Map.entry("rate", List.of("курс")),
            Map.entry("rate_to_product_currency", List.of("курс_к_валюте_изделия")),
            Map.entry("kind", List.of("вид", "тип")),
            Map.entry("target", List.of("цель", "объект")),
            Map.entry("extra_unit_cost", List.of("доп_стоимость_единицы", "удорожание_единицы")),
            Map.entry("capital_cost", List.of("капитальные_затраты", "капзатраты")),
            Map.entry("yearly_cost", List.of("ежегодные_затраты", "затраты_в_год")),
            Map.entry("new_origin", List.of("новое_происхождение")),
            Map.entry("requires", List.of("требует")),
            Map.entry("excludes", List.of("исключает")),
            Map.entry("earliest_year", List.of("не_ранее_года", "год_начала")),
            Map.entry("note", List.of("примечание", "комментарий")),
            Map.entry("volume", List.of("объем", "объём")));

    private static final Map<String, List<String>> BY_ALIAS = byAlias();

    private ColumnAliases() {
    }

    private static Map<String, List<String>> byAlias() {
        Map<String, List<String>> m = new HashMap<>();
        ALIASES.forEach((column, names) -> names.forEach(n ->
                m.computeIfAbsent(key(n), k -> new java.util.ArrayList<>()).add(column)));
        return Map.copyOf(m);
    }

    /** Every column with its Russian aliases (for documentation and tests). */
    public static Map<String, List<String>> all() {
        return ALIASES;
    }

    /** A header name as compared: lower case, {@code _} for spaces, hyphens and dots, е for ё. */
    static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\\s.\\-/]+", "_");
        while (k.endsWith("_")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /** The column a header name stands for in a format with the {@code known} columns, or null. */
    static String column(String name, Set<String> known) {
        List<String> columns = BY_ALIAS.get(key(name));
        if (columns == null) {
            return null;
        }
        for (String c : columns) {
            if (known.contains(c)) {
                return c;
            }
        }
        return null;
    }
}
