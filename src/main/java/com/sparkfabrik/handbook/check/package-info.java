/** Link checks: internal links, fragments and assets of generated HTML against an index, and externals on request. */
package com.sparkfabrik.handbook.check;
