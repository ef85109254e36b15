package com.sparkfabrik.handbook.diag;

/**
 * How diagnostics are printed: the contract's text lines, one JSON document, or a SARIF 2.1.0 log.
 */
public enum OutputFormat {
    TEXT,
    JSON,
    SARIF
}
