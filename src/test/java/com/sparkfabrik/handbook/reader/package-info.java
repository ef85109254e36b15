/** The handbook as readers meet it, checked in a real browser: search, layout, accessibility. */
package com.sparkfabrik.handbook.reader;
