/**
 * The pages: discovery, front matter, fact references (Pebble, strict) and Markdown rendering with
 * positions.
 */
package com.sparkfabrik.handbook.content;
