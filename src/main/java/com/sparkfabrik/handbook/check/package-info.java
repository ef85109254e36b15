/**
 * Checks over the gathered site: links and anchors, consistency between policy and pages, drift.
 */
package com.sparkfabrik.handbook.check;
