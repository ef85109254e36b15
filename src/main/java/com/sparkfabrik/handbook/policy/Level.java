package com.sparkfabrik.handbook.policy;

import java.util.Locale;

/** The normative level of a fact, written in policy.yaml in lower case with dashes. */
public enum Level {
    MUST,
    MUST_NOT,
    SHOULD,
    SHOULD_NOT,
    MAY,
    INFO;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words a reader sees next to a fact, e.g. "must not". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
