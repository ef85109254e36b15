package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;

/**
 * Every use of one construct the policy's YAML refuses (anchors and aliases, explicit tags),
 * reported as one error at the first: a billion laughs is one error, not a billion.
 */
final class RefusedConstruct {
    private final String rule;
    private SourcePosition first;
    private String firstName;
    private int count;

    RefusedConstruct(String rule) {
        this.rule = rule;
    }

    void seen(SourcePosition at, String name) {
        if (count++ == 0) {
            first = at;
            firstName = name;
        }
    }

    void report(Diagnostics diagnostics) {
        if (count > 0) {
            diagnostics.error(
                    YamlReader.RULE,
                    first,
                    rule
                            + " ("
                            + firstName
                            + (count > 1 ? " and " + (count - 1) + " more" : "")
                            + ")");
        }
    }
}
