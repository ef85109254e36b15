package com.sparkfabrik.handbook.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * One client connection, used only on the event loop's thread: the request head as it arrives, then
 * the bytes still to send. Neither grows without bound: the head stops at {@link
 * ServerBounds#maxHeadBytes()}, an event stream's unsent events at {@link
 * ServerBounds#maxUnsentBytes()} (a page that reads nothing), past which the connection is closed;
 * a response must be taken within {@link ServerBounds#writeTimeout()}.
 */
final class Connection {

    private final SocketChannel channel;
    private final SelectionKey key;
    private final ServerBounds bounds;
    private final Deque<ByteBuffer> unsent = new ArrayDeque<>();
    private byte[] head = new byte[1024];
    private int headLength;
    private long unsentBytes;
    private long deadline;
    private boolean stream;
    private boolean closed;

    Connection(SocketChannel channel, SelectionKey key, ServerBounds bounds, long now) {
        this.channel = channel;
        this.key = key;
        this.bounds = bounds;
        this.deadline = now + bounds.headTimeout().toNanos();
    }

    /**
     * Reads what has arrived. Returns the length of the complete request head once it is in {@link
     * #head()}, -1 while it is incomplete, -2 when it is too long; closes on end of stream.
     */
    int read() throws IOException {
        if (headLength == head.length) {
            if (head.length >= bounds.maxHeadBytes()) {
                return -2;
            }
            head = Arrays.copyOf(head, Math.min(head.length * 2, bounds.maxHeadBytes()));
        }
        int n = channel.read(ByteBuffer.wrap(head, headLength, head.length - headLength));
        if (n < 0) {
            close();
            return -1;
        }
        int from = headLength - 3;
        headLength += n;
        return HttpRequest.headEnd(head, from, headLength);
    }

    byte[] head() {
        return head;
    }

    /** Sends a whole response, then closes; it must be sent within the write timeout. */
    void reply(byte[] bytes) {
        head = null;
        deadline = System.nanoTime() + bounds.writeTimeout().toNanos();
        send(bytes);
    }

    /** Keeps the connection open after {@code bytes} for further {@link #send}s. */
    void openStream(byte[] bytes) {
        head = null;
        stream = true;
        send(bytes);
    }

    /** Queues {@code bytes} and writes what the client takes now; the rest when it is ready. */
    void send(byte[] bytes) {
        if (closed) {
            return;
        }
        unsent.add(ByteBuffer.wrap(bytes));
        unsentBytes += bytes.length;
        if (stream && unsentBytes > bounds.maxUnsentBytes()) {
            close();
            return;
        }
        flush();
    }

    /** Writes queued bytes while the client takes them; closes a finished response. */
    void flush() {
        try {
            while (!unsent.isEmpty()) {
                ByteBuffer first = unsent.peek();
                unsentBytes -= channel.write(first);
                if (first.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_WRITE);
                    return;
                }
                unsent.poll();
            }
            if (!stream) {
                close();
            } else {
                // reading only to notice the page going away
                key.interestOps(SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            close();
        }
    }

    boolean stream() {
        return stream;
    }

    boolean expired(long now) {
        return !stream && now - deadline >= 0;
    }

    /** Reads and drops what an event-stream client sends, closing when it goes away. */
    void drain() {
        try {
            if (channel.read(ByteBuffer.allocate(256)) < 0) {
                close();
            }
        } catch (IOException e) {
            close();
        }
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
        head = null;
        unsent.clear();
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // closing is all that was asked; the client is gone either way
        }
    }
}
