package com.sparkfabrik.handbook.diag;

/** How bad a diagnostic is; {@code OFF} silences a rule altogether. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
