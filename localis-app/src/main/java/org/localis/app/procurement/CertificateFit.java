package org.localis.app.procurement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.app.registry.Certificate;
import org.localis.fleet.TireSize;

/**
 * Whether a registry certificate fits a tire offer that claims the domestic preference (issue 23). Three rules,
 * each a reason when it fails (message keys {@code proc.misfit.*}):
 * <ol>
 *   <li><b>A tire product</b> ({@code notTire}): the certificate was issued under a tire scheme (its scheme id
 *       starts with {@code ru-719-tyres}), or its product is a {@code component} whose name calls it a tire
 *       (tire, tyre, шина, шины, покрышка). A passenger car's or any other product's certificate does not fit.</li>
 *   <li><b>Issued to the offer's maker</b> ({@code otherMaker}): the supplier is the certificate holder itself
 *       (the same words), or the offer names the holder by its brand, the first word of its brand and model,
 *       which must be a word of the holder's organization name. Names are compared without case, quotes,
 *       punctuation and legal forms: a dealer's "Kama Euro LCV-131" fits a certificate of "ПАО «Kama Tyres»";
 *       "Nordic Van" from "Nordic Tyre Trading" does not.</li>
 *   <li><b>Covering the offered size</b> ({@code size}): the registry records a product's sizes only in its name.
 *       When the name states one or more sizes (e.g. "Kama Ambulance Tyre 185/75 R16C"), the offered size
 *       (width, aspect ratio, construction, rim and the C/LT marking, as in the size key) must be one of them;
 *       a name that states no size certifies the maker's tire line as a whole and covers every size.</li>
 * </ol>
 */
final class CertificateFit {

    /** The prefix of the tire schemes' ids. */
    static final String TIRE_SCHEME_PREFIX = "ru-719-tyres";

    private static final Pattern TIRE_WORD = Pattern.compile("(?iuU)\\b(tyres?|tires?|шин[аыу]?|покрышк[аи]?)\\b");
    private static final Pattern SIZE_IN_NAME = Pattern.compile(
            "(?i)\\d{2,3}(?:[.,]\\d{1,2})?\\s*/\\s*\\d{2,3}(?:[.,]\\d{1,2})?\\s*[- ]?\\s*(?:Z?R|D|B|-)\\s*\\d{2}(?:[.,]\\d)?\\s*(?:C|LT)?\\b");
    private static final List<String> LEGAL_FORMS = List.of("ооо", "оао", "пао", "зао", "ао", "ип", "llc", "ltd", "inc",
            "gmbh", "jsc", "pjsc", "ojsc", "co", "corp", "ano", "ано");

    private CertificateFit() {
    }

    /** Why the certificate does not fit the offer, or empty when it does. */
    static Optional<String> misfit(Certificate cert, String supplier, String brandModel, String designation) {
        if (!isTire(cert)) {
            return Optional.of("proc.misfit.notTire");
        }
        if (!sameMaker(cert.organizationName(), supplier, brandModel)) {
            return Optional.of("proc.misfit.otherMaker");
        }
        if (!coversSize(cert.productName(), designation)) {
            return Optional.of("proc.misfit.size");
        }
        return Optional.empty();
    }

    static boolean isTire(Certificate cert) {
        if (cert.schemeId() != null && cert.schemeId().startsWith(TIRE_SCHEME_PREFIX)) {
            return true;
        }
        return "component".equals(cert.category()) && cert.productName() != null
                && TIRE_WORD.matcher(cert.productName()).find();
    }

    static boolean sameMaker(String organizationName, String supplier, String brandModel) {
        List<String> holder = words(organizationName);
        if (holder.isEmpty()) {
            return false;
        }
        if (holder.equals(words(supplier))) {
            return true;
        }
        List<String> brand = words(brandModel);
        return !brand.isEmpty() && holder.contains(brand.get(0));
    }

    static boolean coversSize(String productName, String designation) {
        String offered;
        try {
            offered = key(TireSize.parse(designation));
        } catch (IllegalArgumentException e) {
            return false;
        }
        List<String> named = new ArrayList<>();
        Matcher m = SIZE_IN_NAME.matcher(productName == null ? "" : productName);
        while (m.find()) {
            try {
                named.add(key(TireSize.parse(m.group().strip())));
            } catch (IllegalArgumentException e) {
                named.add(m.group()); // a size-like text that is no size: it names a size all the same, not this one
            }
        }
        return named.isEmpty() || named.contains(offered);
    }

    private static String key(TireSize t) {
        return t.sizeKey().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Lower-case words without quotes, punctuation and legal forms. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{Nd}]+")) {
            if (!w.isEmpty() && !LEGAL_FORMS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
