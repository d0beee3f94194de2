package org.localis.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON form of an assessment, the same for the CLI ({@code --format json}) and the REST API:
 * the fields of {@code shared/spec/formats.md} first, numbers as JSON numbers (money to the cent,
 * percent to two decimals).
 */
public final class AssessmentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AssessmentJson() {
    }

    /** An ordered map ready for any JSON serializer. */
    public static Map<String, Object> toMap(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scheme", a.scheme().id());
        m.put("schemeVersion", a.scheme().version());
        m.put("schemeTitle", a.scheme().title());
        m.put("official", a.scheme().official());
        m.put("kind", a.kind());
        m.put("period", a.period());
        m.put("thresholdYear", a.thresholdYear());
        m.put("date", a.date().toString());
        m.put("product", a.productName());
        m.put("score", a.score());
        m.put("unit", a.unit());
        m.put("threshold", a.threshold());
        m.put("comparison", a.lowerIsBetter() ? "at-most" : "at-least");
        m.put("passed", a.passed());
        m.put("failedBecause", a.failedBecause());
        m.put("tier", a.tier() == null ? null : a.tier().id());
        if (a.tier() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", a.tier().id());
            t.put("name", a.tier().name());
            t.put("support", a.tier().support());
            m.put("tierDetail", t);
        }
        if (a.nextTier() != null) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", a.nextTier().id());
            n.put("name", a.nextTier().name());
            n.put("required", a.nextTier().required());
            n.put("gap", a.nextTier().gap());
            if (a.nextTier().moneyGap() != null) {
                n.put("moneyGap", a.nextTier().moneyGap());
            }
            n.put("advice", a.nextTier().advice());
            m.put("nextTier", n);
        } else {
            m.put("nextTier", null);
        }
        m.put("classification", a.classification().classification().code());
        m.put("classificationReason", a.classification().reason());
        if (a.valueShare() != null) {
            Assessment.ValueShareResult v = a.valueShare();
            m.put("method", v.method());
            m.put("originRule", v.originRule());
            m.put(v.baseField(), v.base());
            m.put("nonOriginatingValue", v.nonOriginatingValue());
            m.put("originatingMaterialValue", v.originatingMaterialValue());
            m.put("formula", v.formula());
        }
        m.put("currency", a.totals().currency());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("materialValue", a.totals().materialValue());
        totals.put("originatingValue", a.totals().originatingValue());
        totals.put("nonOriginatingValue", a.totals().nonOriginatingValue());
        totals.put("domesticShare", a.totals().domesticShare());
        if (a.totals().domesticValueAdded() != null) {
            totals.put("domesticValueAdded", a.totals().domesticValueAdded());
            totals.put("domesticValueAddedShare", a.totals().domesticValueAddedShare());
        }
        m.put("totals", totals);
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Assessment.CriterionResult c : a.criteria()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("code", c.code());
            cm.put("title", c.title());
            cm.put("type", c.type());
            cm.put("points", c.points());
            cm.put("earned", c.earned());
            cm.put("performed", c.performed());
            cm.put("mandatory", c.mandatory());
            cm.put("missingPrerequisites", c.missingPrerequisites());
            cm.put("evidence", c.evidence());
            cm.put("explanation", c.explanation());
            if (!c.group().isEmpty()) {
                cm.put("group", c.group());
            }
            if (!c.carriedFrom().isEmpty()) {
                cm.put("carriedFrom", c.carriedFrom());
            }
            if (!c.source().isEmpty()) {
                cm.put("titleRu", c.titleRu());
                cm.put("source", c.source());
            }
            criteria.add(cm);
        }
        m.put("criteria", criteria);
        if (a.vehicle() != null) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("category", a.vehicle().category());
            v.put("powertrain", a.vehicle().powertrain());
            v.put("emissionStandard", a.vehicle().emissionStandard());
            m.put("vehicle", v);
        }
        if (!a.purposes().isEmpty()) {
            List<Map<String, Object>> ps = new ArrayList<>();
            for (Assessment.PurposeResult p : a.purposes()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("purpose", p.id());
                pm.put("title", p.title());
                pm.put("thresholdYear", p.thresholdYear());
                pm.put("threshold", p.threshold());
                pm.put("score", p.score());
                pm.put("met", p.met());
                pm.put("note", p.note());
                ps.add(pm);
            }
            m.put("purposes", ps);
        }
        if (!a.coefficients().isEmpty()) {
            List<Map<String, Object>> ks = new ArrayList<>();
            for (Assessment.CoefficientResult k : a.coefficients()) {
                Map<String, Object> km = new LinkedHashMap<>();
                km.put("id", k.id());
                km.put("factor", k.factor());
                km.put("appliesTo", k.appliesTo());
                km.put("purpose", k.purpose());
                km.put("applied", k.applied());
                km.put("addedPoints", k.addedPoints());
                km.put("reason", k.reason());
                ks.add(km);
            }
            m.put("coefficients", ks);
        }
        List<Map<String, Object>> lines = new ArrayList<>(a.lines().size());
        for (Assessment.LineResult l : a.lines()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("line", l.line());
            lm.put("part", l.part());
            lm.put("parent", l.parent());
            lm.put("quantity", l.quantity());
            lm.put("makeBuy", l.makeBuy());
            lm.put("origin", l.origin());
            lm.put("certificate", l.certificate());
            lm.put("value", l.value());
            lm.put("originatingValue", l.originatingValue());
            lm.put("nonOriginatingValue", l.nonOriginatingValue());
            lm.put("basis", l.basis());
            lines.add(lm);
        }
        m.put("lines", lines);
        m.put("warnings", a.warnings());
        return m;
    }

    public static String toJson(Assessment a) {
        try {
            return MAPPER.writeValueAsString(toMap(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment could not be written as JSON", e);
        }
    }
}
