/** The command line: picocli commands that map a build result to the contract's exit codes. */
package com.sparkfabrik.handbook.cli;
