package com.sparkfabrik.handbook.diag;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one place where a rule's default severity can be changed (lowered to a warning, or turned
 * off). Rules not listed keep the severity their stage reports.
 */
public final class RuleSeverities {

    private final Map<String, Severity> overrides;

    private RuleSeverities(Map<String, Severity> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static RuleSeverities defaults() {
        return new RuleSeverities(Map.of());
    }

    public static RuleSeverities of(Map<String, Severity> overrides) {
        return new RuleSeverities(new TreeMap<>(overrides));
    }

    Severity apply(String rule, Severity reported) {
        return overrides.getOrDefault(rule, reported);
    }
}
