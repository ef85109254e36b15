package com.sparkfabrik.handbook.check;

/**
 * An occurrence of an external (http or https) URL, found by the offline check and checked over the
 * network only on request.
 *
 * @param file the HTML file, relative to the root
 * @param line 1-based line of the attribute value
 * @param column 1-based column of the attribute value
 * @param href the attribute value (or srcset candidate) as written
 * @param url the absolute URL to fetch, without its fragment
 */
record ExternalLink(String file, int line, int column, String href, String url) {}
