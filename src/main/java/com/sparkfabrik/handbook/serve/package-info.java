/**
 * The dev server: the last good build served from memory on loopback, file watching, live reload.
 */
package com.sparkfabrik.handbook.serve;
