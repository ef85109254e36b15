/**
 * The policy feed: policy -> feed records -> policy.json, its JSON Schema, and the compatibility
 * check against the previous feed.
 */
package com.sparkfabrik.handbook.feed;
