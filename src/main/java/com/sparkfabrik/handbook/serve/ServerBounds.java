package com.sparkfabrik.handbook.serve;

import java.time.Duration;

/**
 * What the dev server gives its clients at most, so that many slow or silent ones cost a bounded
 * amount of memory, no thread each, and never keep a normal request from being answered.
 *
 * @param maxConnections connections waiting for their request head or sending their response; a new
 *     one beyond this closes the oldest
 * @param headTimeout time from connecting to the end of the request head
 * @param maxHeadBytes length of the request line and headers
 * @param writeTimeout time for a client to take its whole response
 * @param maxUnsentBytes bytes of events queued for a live-reload page that does not read them
 * @param maxStreams open live-reload streams; a new one beyond this closes the oldest
 */
record ServerBounds(
        int maxConnections,
        Duration headTimeout,
        int maxHeadBytes,
        Duration writeTimeout,
        long maxUnsentBytes,
        int maxStreams) {

    static final ServerBounds DEFAULT =
            new ServerBounds(
                    128, Duration.ofSeconds(5), 16 * 1024, Duration.ofSeconds(30), 1L << 20, 64);
}
