package com.sparkfabrik.handbook.diag;

import java.util.Locale;

/** How bad a diagnostic is; {@code OFF} silences a rule altogether. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
