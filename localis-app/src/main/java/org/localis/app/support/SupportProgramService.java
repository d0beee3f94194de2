package org.localis.app.support;

import java.math.BigDecimal;
import org.localis.app.audit.AuditSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.localis.app.audit.AuditLog;
import org.localis.app.registry.Certificate;
import org.localis.app.registry.CertificateRepository;
import org.localis.app.shared.Actor;
import org.localis.app.support.SupportProgramRepository.Program;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.scheme.Period;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.Tier;
import org.localis.support.Allocation;
import org.localis.support.Allocator;
import org.localis.support.Candidate;
import org.localis.support.Formula;
import org.localis.support.SupportProgram;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support programs over the registry: a budget for one scheme and period, shared by the engine's
 * {@link Allocator} among the products whose certificate for that scheme and period is valid today.
 * The allocation is recomputed from the registry whenever it is shown, never stored.
 */
@Service
public class SupportProgramService {

    /** Formula codes offered in the form. */
    public static final Map<String, Formula> FORMULAS = new LinkedHashMap<>();

    static {
        FORMULAS.put("score-above-threshold-x-volume", new Formula.ScoreAboveThresholdTimesVolume());
        FORMULAS.put("score-x-volume", new Formula.ScoreTimesVolume());
    }

    private final SupportProgramRepository programs;
    private final CertificateRepository certificateRows;
    private final SchemeCatalog schemes;
    private final AuditLog audit;

    public SupportProgramService(SupportProgramRepository programs, CertificateRepository certificateRows, SchemeCatalog schemes,
                                 AuditLog audit) {
        this.programs = programs;
        this.certificateRows = certificateRows;
        this.schemes = schemes;
        this.audit = audit;
    }

    /** The form as typed. */
    public record ProgramForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.TITLE) String title, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.SCHEME) String scheme,
                              @jakarta.validation.constraints.Max(org.localis.app.shared.Limits.MAX_PERIOD) Integer period,
                              @jakarta.validation.constraints.DecimalMax(org.localis.app.shared.Limits.MAX_AMOUNT_TEXT) @jakarta.validation.constraints.Digits(integer = org.localis.app.shared.Limits.AMOUNT_INTEGER_DIGITS, fraction = org.localis.app.shared.Limits.AMOUNT_FRACTION_DIGITS) BigDecimal budget,
                              @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CURRENCY) String currency,
                              @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.TIER) String minimumTier, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CODE) String formula,
                              @jakarta.validation.constraints.DecimalMax(org.localis.app.shared.Limits.MAX_AMOUNT_TEXT) @jakarta.validation.constraints.Digits(integer = org.localis.app.shared.Limits.AMOUNT_INTEGER_DIGITS, fraction = org.localis.app.shared.Limits.AMOUNT_FRACTION_DIGITS) BigDecimal perCompanyCap) {
    }

    @Transactional
    public long create(Actor by, ProgramForm f) {
        List<InputError> errors = new ArrayList<>();
        if (f.title() == null || f.title().isBlank() || f.title().length() > 200) {
            errors.add(InputError.of("form", 0, "title", "a title of 1 to 200 characters is required"));
        }
        Scheme scheme = schemes.find(f.scheme() == null ? "" : f.scheme()).orElse(null);
        if (scheme == null) {
            errors.add(InputError.of("form", 0, "scheme", "choose a scheme"));
        } else {
            if (f.period() == null || scheme.periodFor(f.period()).isEmpty()) {
                errors.add(InputError.of("form", 0, "period", "a year in which scheme " + scheme.id() + " has a threshold"));
            }
            if (scheme.tiers().stream().noneMatch(t -> t.id().equals(f.minimumTier()))) {
                errors.add(InputError.of("form", 0, "minimumTier", "one of " + scheme.tiers().stream().map(Tier::id).toList()));
            }
        }
        if (f.budget() == null || f.budget().signum() <= 0) {
            errors.add(InputError.of("form", 0, "budget", "a positive amount is required"));
        } else if (f.budget().compareTo(org.localis.app.shared.Limits.MAX_AMOUNT) > 0) {
            errors.add(InputError.of("form", 0, "budget", "at most "
                    + org.localis.app.shared.Limits.MAX_AMOUNT.toPlainString()));
        }
        String currency = f.currency() == null || f.currency().isBlank() ? "RUB" : f.currency().trim().toUpperCase(Locale.ROOT);
        if (!Values.isCurrency(currency)) {
            errors.add(InputError.of("form", 0, "currency", "'" + f.currency() + "' is not an ISO 4217 currency code"));
        }
        if (!FORMULAS.containsKey(f.formula())) {
            errors.add(InputError.of("form", 0, "formula", "one of " + FORMULAS.keySet()));
        }
        if (f.perCompanyCap() != null && f.perCompanyCap().signum() < 0) {
            errors.add(InputError.of("form", 0, "perCompanyCap", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = programs.insert(f.title().trim(), scheme.id(), f.period(), f.budget(), currency, f.minimumTier(),
                f.formula(), f.perCompanyCap(), by.username());
        audit.record("support-program-created", "support-program", id, AuditSummary.of("audit.summary.supportProgramCreated", f.title().trim(),
                new AuditSummary.Amount(f.budget(), currency), scheme.id(), f.period()), null,
                "minimumTier=" + f.minimumTier() + ", formula=" + f.formula() + ", cap=" + f.perCompanyCap());
        return id;
    }

    /** The allocation of a program over today's valid certificates. */
    public Allocation allocate(Program p, LocalDate today) {
        Scheme scheme = schemes.require(p.schemeId(), "scheme");
        Period period = scheme.periodFor(p.period()).orElseThrow();
        boolean lower = scheme.lowerIsBetter();
        // the latest valid certificate of each product for this scheme and period
        Map<Long, Certificate> latest = new LinkedHashMap<>();
        certificateRows.certificates(p.schemeId(), p.period()).stream()
                .filter(c -> c.statusOn(today).equals("valid"))
                .forEach(c -> latest.put(c.productId(), c));
        List<Candidate> candidates = new ArrayList<>();
        for (Certificate c : latest.values()) {
            long volume = programs.volumeOfCertificate(c.number()).orElse(0);
            BigDecimal score = lower ? c.score().negate() : c.score();
            BigDecimal threshold = lower ? period.threshold().negate() : period.threshold();
            candidates.add(new Candidate(String.valueOf(c.productId()), c.productName(), c.organizationName(), c.tier(),
                    score, threshold, volume, c.number()));
        }
        SupportProgram program = new SupportProgram(String.valueOf(p.id()), p.title(), p.budget(), p.currency(),
                p.minimumTier(), scheme.tiers().stream().map(Tier::id).toList(), FORMULAS.get(p.formula()), p.perCompanyCap());
        return Allocator.allocate(program, candidates);
    }

    /** Support per tier, for the chart. */
    public static Map<String, BigDecimal> perTier(Allocation a) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String tier : a.program().tierOrder()) {
            m.put(tier, BigDecimal.ZERO);
        }
        a.lines().forEach(l -> {
            String tier = l.candidate().tier() == null ? "none" : l.candidate().tier();
            m.merge(tier, l.amount(), BigDecimal::add);
        });
        return m;
    }

    /** {@link #perTier} with the tiers by their names in the reader's language ({@code tier.*}), for charts. */
    public static Map<String, BigDecimal> perTierName(Allocation a, org.springframework.context.MessageSource messages,
                                                      java.util.Locale locale) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        perTier(a).forEach((id, v) -> m.merge(messages.getMessage("tier." + id, null, id, locale), v, BigDecimal::add));
        return m;
    }
}
