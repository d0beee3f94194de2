package org.localis.app.demo;

import java.util.Random;

/**
 * Fictional but plausible multi-level vehicle BOMs for the demo, the same for the same seed: a
 * kit-assembled (SKD) model buys painted bodies and whole powertrains; a CKD model welds and paints
 * imported panels; a full-cycle model stamps domestic steel and makes its engine and gearbox. Each has
 * several hundred lines. Not a model of any real vehicle.
 */
public final class DemoVehicleBom {

    public enum Depth { SKD, CKD, FULL_CYCLE }

    private static final String[] FOREIGN = {"CN", "CN", "CN", "KR", "JP", "DE", "TR"};
    private static final String[] DOMESTIC = {"RU", "RU", "RU", "BY", "KZ"};

    /** Fictional suppliers of parts made in the country (or in BY, KZ), and importers; no real company is meant. */
    static final String[] DOMESTIC_SUPPLIERS = {
        "ООО «Автокомпонент»", "АО «Синтез-Каучук»", "ООО «ПромШтамп»", "АО «Волжский подшипник»",
        "ООО «Техуглерод-Волга»", "ООО «Электроприбор»", "АО «Уральская сталь»", "ООО «Саратовские фильтры»",
        "АО «Металлокорд»", "ООО «Автосвет»", "ООО «Кордная фабрика»", "АО «Тольяттинский пружинный завод»",
        "ООО «Автопластик»", "ООО «Камский кабель»", "АО «Автостекло»", "ООО «Рулевые системы»",
        "ООО «Тормозные технологии»", "ООО «Автожгут»", "АО «Поволжские сиденья»", "ООО «Резинотехника»",
        "ООО «Автокрепёж»", "АО «Завод поршней»", "ООО «Радиатор»", "ООО «Автоэлектроника»",
        "АО «Нижегородские амортизаторы»", "ООО «Автоковрик»", "ООО «Лакокраска»", "АО «Уральский литейный завод»",
        "ООО «Автозеркало»", "ООО «Теплообменник»", "АО «Ярославские моторные детали»", "ООО «Автодверь»",
        "ООО «Полимер-Авто»", "ООО «Автодатчик»", "АО «Челябинские кузовные детали»", "ООО «Автошумоизоляция»",
        "ООО «Гидроузел»", "АО «Ижевские автокомпоненты»", "ООО «Автоаккумулятор»", "ООО «Приводные ремни»"};
    static final String[] IMPORT_SUPPLIERS = {
        "ООО «Восток Импорт»", "ООО «Азия Автодеталь»", "ООО «Евразия Трейд»", "ООО «Дальневосточный терминал»",
        "ООО «Интер-Компонент»", "ООО «Гранд Импорт»", "ООО «Химпоставка»", "ООО «Сеул Авто Рус»",
        "ООО «Ниппон Партс»", "ООО «Босфор Логистик»", "ООО «Рейн Комплект»", "ООО «Шанхай Моторс Рус»",
        "ООО «Импортавтодеталь»", "ООО «Транзит-Авто»", "ООО «ВЭД-Сервис»", "ООО «Глобал Партс»",
        "ООО «Янцзы Трейдинг»", "ООО «Анатолия Импорт»", "ООО «Западный терминал»", "ООО «Корея Компонент»",
        "ООО «Балтийский терминал»", "ООО «Восточный экспресс»", "ООО «Импорт-Электро»", "ООО «Авангард Импорт»",
        "ООО «Северный путь»"};

    private final Random r;
    private final StringBuilder csv = new StringBuilder(
            "part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate\n");
    private final Depth depth;
    private int seq;

    private DemoVehicleBom(Depth depth, long seed) {
        this.depth = depth;
        this.r = new Random(seed);
    }

    /**
     * @param tireCertificate registry certificate of domestic tires to cite, or null
     */
    public static String generate(Depth depth, long seed, String prefix, String tireCertificate) {
        DemoVehicleBom b = new DemoVehicleBom(depth, seed);
        b.build(prefix, tireCertificate);
        return b.csv.toString();
    }

    /** The operations a model of this depth performs in the country. */
    public static String operations(Depth depth) {
        String all = "code,performed,evidence\n";
        return switch (depth) {
            case SKD -> all + "final-assembly,yes,Разрешение на сборочное производство\nbody-welding,no,\nbody-painting,no,\n";
            case CKD -> all + "body-welding,yes,Аудит сварочного цеха\nbody-painting,yes,Аудит окрасочного цеха\n"
                    + "final-assembly,yes,Разрешение на сборочное производство\n"
                    + "engine-production,no,\n";
            case FULL_CYCLE -> all + "body-stamping,yes,Аудит прессового цеха\nbody-welding,yes,Аудит сварочного цеха\n"
                    + "body-painting,yes,Аудит окрасочного цеха\nfinal-assembly,yes,Разрешение на сборочное производство\n"
                    + "engine-production,yes,Сертификат моторного завода\ngearbox-production,yes,Сертификат завода трансмиссий\n"
                    + "electronics-production,yes,Аудит линии блоков управления\ndomestic-body-metal,yes,Договоры поставки стали\n"
                    + "domestic-paint-materials,yes,Договоры поставки ЛКМ\nrnd-expenditure,yes,Отчёт о НИОКР за 2025 год\n";
        };
    }

    private void build(String p, String tireCertificate) {
        boolean full = depth == Depth.FULL_CYCLE;
        // body
        if (depth == Depth.SKD) {
            buy(p + "-BODY", "", "Кузов окрашенный в сборе", 1, 180_000, foreign());
        } else {
            String body = make(p + "-BIW", "", "Кузов в сборе (сварка, окраска)", 1, full ? 35_000 : 28_000);
            for (int i = 0; i < 90; i++) {
                if (full) {
                    String panel = make(p + "-PNL" + i, body, "Панель кузова штампованная " + i, 1, 150 + r.nextInt(400));
                    buy(p + "-COIL" + i, panel, "Заготовка стальная " + i, 1, 300 + r.nextInt(900), domestic());
                } else {
                    buy(p + "-PNL" + i, body, "Панель кузова штампованная, импорт " + i, 1, 500 + r.nextInt(1500), foreign());
                }
            }
            buy(p + "-PAINT", body, "Комплект ЛКМ (грунт и эмаль)", 1, 9_000, full ? domestic() : foreign());
            buy(p + "-SEALER", body, "Герметики и клеи", 1, 2_500, r.nextBoolean() ? domestic() : foreign());
        }
        // powertrain
        if (full) {
            String eng = make(p + "-ENG", "", "Двигатель 1,6 л (собственного производства)", 1, 22_000);
            part(eng, "Деталь двигателя", 70, 0.75, 200, 4_000);
            buy(p + "-ECU", eng, "Блок управления двигателем", 1, 14_000, domestic());
            String gb = make(p + "-GBX", "", "Коробка передач (собственного производства)", 1, 12_000);
            part(gb, "Деталь коробки передач", 40, 0.7, 150, 3_000);
        } else {
            buy(p + "-ENG", "", "Двигатель в сборе", 1, 240_000, foreign());
            buy(p + "-GBX", "", "Коробка передач в сборе", 1, 110_000, foreign());
        }
        // chassis, electrical, interior: many smaller parts; the deeper the localization, the more domestic
        double share = switch (depth) {
            case SKD -> 0.08;
            case CKD -> 0.3;
            case FULL_CYCLE -> 0.8;
        };
        String chassis = depth == Depth.SKD ? "" : make(p + "-CHS", "", "Шасси и подвеска", 1, 6_000);
        part(chassis, "Деталь шасси", 60, share, 300, 9_000);
        String elec = depth == Depth.SKD ? "" : make(p + "-ELC", "", "Электрооборудование", 1, 3_000);
        part(elec, "Элемент электрооборудования", 70, share, 100, 6_000);
        String interior = depth == Depth.SKD ? "" : make(p + "-INT", "", "Салон", 1, 4_000);
        part(interior, "Деталь салона", 80, share, 80, 7_000);
        if (tireCertificate != null) {
            buy(p + "-TIRE", "", "Шина 185/75 R16C (отечественная, сертифицированная)", 5, 7_500, "", tireCertificate);
        } else {
            buy(p + "-TIRE", "", "Шина 215/65 R16", 5, 6_900, foreign());
        }
    }

    private void part(String parent, String what, int n, double domesticShare, int min, int max) {
        for (int i = 0; i < n; i++) {
            int qty = r.nextInt(5) == 0 ? 2 + r.nextInt(6) : 1;
            buy(null, parent, what + " " + (seq + 1), qty, min + r.nextInt(max - min), r.nextDouble() < domesticShare ? domestic() : foreign());
        }
    }

    private String make(String part, String parent, String description, int qty, int conversionCost) {
        line(part, parent, description, qty, conversionCost, "", "", "make", "");
        return part;
    }

    private void buy(String part, String parent, String description, int qty, int cost, String origin) {
        buy(part, parent, description, qty, cost, origin, "");
    }

    private void buy(String part, String parent, String description, int qty, int cost, String origin, String certificate) {
        String supplier = origin.isEmpty() ? DemoRegistryData.KAMA : (origin.equals("RU") || origin.equals("BY") || origin.equals("KZ")
                ? DOMESTIC_SUPPLIERS[r.nextInt(DOMESTIC_SUPPLIERS.length)] : IMPORT_SUPPLIERS[r.nextInt(IMPORT_SUPPLIERS.length)]);
        line(part == null ? String.format("P%05d-%s", seq + 1, parentTag(parent)) : part, parent, description, qty, cost,
                origin, supplier, "buy", certificate);
    }

    private static String parentTag(String parent) {
        return parent == null || parent.isEmpty() ? "TOP" : parent.replaceAll("[^A-Z0-9]", "");
    }

    private void line(String part, String parent, String description, int qty, int cost, String origin, String supplier,
                      String makeBuy, String certificate) {
        seq++;
        csv.append(part).append(',').append(parent == null ? "" : parent).append(',').append(quoted(description)).append(',')
                .append(qty).append(",EA,").append(cost).append(".00,,").append(origin).append(',').append(supplier)
                .append(',').append(makeBuy).append(',').append(certificate == null ? "" : certificate).append('\n');
    }

    /** RFC 4180 quoting when a description needs it. */
    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private String foreign() {
        return FOREIGN[r.nextInt(FOREIGN.length)];
    }

    private String domestic() {
        return DOMESTIC[r.nextInt(DOMESTIC.length)];
    }
}
