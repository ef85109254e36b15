/**
 * Hardening tests: hostile inputs, injection, paths, atomic and reproducible output, run through
 * the real command line.
 */
package com.sparkfabrik.handbook.hostile;
