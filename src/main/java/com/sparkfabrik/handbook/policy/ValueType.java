package com.sparkfabrik.handbook.policy;

import java.util.Locale;

/** What kind of value a fact holds, so tools and pages can treat it right. */
public enum ValueType {
    TEXT(false),
    DURATION(false),
    PATH(true),
    COMMAND(true),
    CHANNEL(true),
    NAME(true),
    ENV(true),
    URL(false),
    LIST(false),
    MAP(false);

    private final boolean distinctive;

    ValueType(boolean distinctive) {
        this.distinctive = distinctive;
    }

    /**
     * Whether a value of this type is specific enough that finding it typed into prose means the
     * prose repeats the fact instead of referencing it.
     */
    public boolean distinctive() {
        return distinctive;
    }

    public boolean scalar() {
        return this != LIST && this != MAP;
    }

    /** Paths, commands and variables are shown as code. */
    public boolean shownAsCode() {
        return this == PATH || this == COMMAND || this == ENV;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
