package org.localis.app.support;

import org.localis.app.registry.SubmissionRepository;
import org.localis.app.registry.CertificateRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.localis.app.registry.Submission;
import org.localis.app.identity.CurrentUser;
import org.localis.scheme.Classification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portfolio dashboard for assessors: how deep localization is across all products (latest
 * submission of each), how scores are distributed per scheme, and valid certificates per tier.
 */
@Controller
public class PortfolioController {

    private final SubmissionRepository submissionRows;
    private final CertificateRepository certificateRows;
    private final org.localis.app.support.SupportProgramRepository programs;
    private final org.localis.app.support.SupportProgramService support;
    private final org.springframework.context.MessageSource messages;
    private final org.localis.scheme.SchemeCatalog schemes;

    public PortfolioController(SubmissionRepository submissionRows, CertificateRepository certificateRows, org.localis.app.support.SupportProgramRepository programs,
                               org.localis.app.support.SupportProgramService support, org.springframework.context.MessageSource messages,
                               org.localis.scheme.SchemeCatalog schemes) {
        this.messages = messages;
        this.schemes = schemes;
        this.submissionRows = submissionRows;
        this.certificateRows = certificateRows;
        this.programs = programs;
        this.support = support;
    }

    /** Chart data: labels and values in the same order. */
    public record Series(List<String> labels, List<Number> values) {
        static Series of(Map<String, ? extends Number> m) {
            return new Series(List.copyOf(m.keySet()), List.copyOf(m.values()));
        }
    }

    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        List<Submission> all = submissionRows.submissions(CurrentUser.actor(), null, false);
        // the latest submission of each product
        Map<Long, Submission> latest = all.stream().collect(Collectors.toMap(Submission::productId, Function.identity(),
                (a, b) -> a.id() > b.id() ? a : b));
        Map<String, Long> byClass = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            byClass.put(c.code(), latest.values().stream().filter(s -> s.classification().equals(c.code())).count());
        }
        // score distribution per scheme: ten buckets between the lowest and the highest score
        Map<String, Series> distributions = new TreeMap<>();
        latest.values().stream().collect(Collectors.groupingBy(Submission::schemeId)).forEach((scheme, subs) ->
                distributions.put(scheme, histogram(subs.stream().map(Submission::score).sorted().toList())));
        LocalDate today = LocalDate.now();
        Map<String, Long> byTier = certificateRows.certificates(null, null).stream()
                .filter(c -> c.statusOn(today).equals("valid"))
                .collect(Collectors.groupingBy(c -> c.tier() == null ? "none" : c.tier(), () -> new TreeMap<>(tierOrder(schemes)),
                        Collectors.counting()));
        model.addAttribute("products", latest.size());
        // chart labels a person reads: the classification's title, the tier's name (tier.*), not their codes
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        boolean ru = "ru".equals(locale.getLanguage());
        Map<String, Long> byClassTitle = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            byClassTitle.put(ru ? c.titleRu() : c.title(), byClass.get(c.code()));
        }
        Map<String, Long> byTierName = new LinkedHashMap<>();
        byTier.forEach((id, n) -> byTierName.merge(messages.getMessage("tier." + id, null, id, locale), n, Long::sum));
        model.addAttribute("classes", Series.of(byClassTitle));
        model.addAttribute("distributions", distributions);
        model.addAttribute("tiers", Series.of(byTierName));
        model.addAttribute("statuses", all.stream().collect(Collectors.groupingBy(s -> s.status().name(), TreeMap::new,
                Collectors.counting())));
        // support per tier under the newest support program, if there is one
        programs.all().stream().findFirst().ifPresent(p -> {
            model.addAttribute("program", p);
            model.addAttribute("support", Series.of(SupportProgramService.perTierName(support.allocate(p, today), messages, locale)));
        });
        model.addAttribute("latest", latest.values().stream().sorted(Comparator.comparing(Submission::productName)).toList());
        return "dashboard";
    }

    /**
     * Tiers as a domain expert reads them, lowest to highest: no tier first, then each tier by its place in the
     * schemes' tier lists (lowest first; a tier id several schemes use takes its highest place, so that "deep", second of two tiers in
     * one scheme and third of three in another, comes after "enhanced", second of three), then by id.
     */
    static Comparator<String> tierOrder(org.localis.scheme.SchemeCatalog schemes) {
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (org.localis.scheme.Scheme s : schemes.allVersions()) {
            for (int i = 0; i < s.tiers().size(); i++) {
                rank.merge(s.tiers().get(i).id(), i, Math::max);
            }
        }
        rank.put("none", -1);
        return Comparator.<String>comparingInt(id -> rank.getOrDefault(id, Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder());
    }

    static Series histogram(List<BigDecimal> scores) {
        BigDecimal min = scores.get(0);
        BigDecimal max = scores.get(scores.size() - 1);
        int buckets = min.compareTo(max) == 0 ? 1 : 10;
        BigDecimal width = buckets == 1 ? BigDecimal.ONE : max.subtract(min).divide(BigDecimal.valueOf(buckets), 6, RoundingMode.UP);
        long[] counts = new long[buckets];
        for (BigDecimal s : scores) {
            int b = buckets == 1 ? 0 : Math.min(buckets - 1, s.subtract(min).divide(width, 0, RoundingMode.DOWN).intValue());
            counts[b]++;
        }
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < buckets; i++) {
            BigDecimal lo = min.add(width.multiply(BigDecimal.valueOf(i)));
            m.put(lo.setScale(0, RoundingMode.DOWN).toPlainString() + "–"
                    + lo.add(width).setScale(0, RoundingMode.UP).toPlainString(), counts[i]);
        }
        return Series.of(m);
    }
}
