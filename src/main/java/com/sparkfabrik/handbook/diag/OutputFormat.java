package com.sparkfabrik.handbook.diag;

/** How diagnostics are printed: the contract's text lines, or one JSON document. */
public enum OutputFormat {
    TEXT, JSON
}
