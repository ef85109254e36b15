/**
 * The site: page layout, navigation, search index, sitemap, and the one writer of the output
 * folder.
 */
package com.sparkfabrik.handbook.render;
