/**
 * The policy as data: immutable records, a YAML loader that keeps every position, and validation.
 */
package com.sparkfabrik.handbook.policy;
