/** Diagnostics: located errors and warnings, collected during a run and printed at the end. */
package com.sparkfabrik.handbook.diag;
