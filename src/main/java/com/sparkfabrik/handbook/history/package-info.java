/**
 * The policy's history, read from git with JGit: the policy at earlier commits, the fact-level
 * changes of each commit that changed it, the base the compatibility check compares with, and the
 * Atom feed of changes. Dates come from commits, never from the clock.
 */
package com.sparkfabrik.handbook.history;
