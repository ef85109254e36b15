package com.sparkfabrik.handbook.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The dev server's one network thread. It accepts, reads request heads and writes responses without
 * blocking, so a client that sends half a request or reads nothing holds no thread, and the pages
 * come from memory, so answering takes no thread either. Slow clients are bounded by {@link
 * ServerBounds}: past the connection limit the oldest waiting connection is dropped, which lets a
 * normal request in even while thousands of stalled ones keep arriving.
 */
final class EventLoop implements AutoCloseable {

    /** Answers a complete request head (empty when it is not well-formed); must not block. */
    interface Handler {
        void handle(Optional<HttpRequest> request, Connection connection);
    }

    private static final long SWEEP_MILLIS = 250;
    private static final int ACCEPTS_PER_TURN = 256;

    private final ServerBounds bounds;
    private final Handler handler;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

    /** Connections that have not finished their response, oldest first. */
    private final Set<Connection> open = new LinkedHashSet<>();

    private volatile boolean running = true;

    EventLoop(InetSocketAddress address, ServerBounds bounds, Handler handler) throws IOException {
        this.bounds = bounds;
        this.handler = handler;
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        try {
            listener.bind(address, 1024);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        thread = new Thread(this::run, "handbook-serve");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.socket().getLocalSocketAddress();
    }

    /** Runs {@code task} on the loop's thread, before any request that arrives after this call. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    private void run() {
        long lastSweep = System.nanoTime();
        try {
            while (running) {
                selector.select(SWEEP_MILLIS);
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    ready(key);
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - lastSweep >= SWEEP_MILLIS * 1_000_000) {
                    open.removeIf(connection -> timedOut(connection, now));
                    lastSweep = now;
                }
            }
        } catch (IOException e) {
            // the selector failed: nothing more can be served
        } finally {
            closeAll();
        }
    }

    private void ready(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            try {
                accept();
            } catch (IOException e) {
                // out of file descriptors, say: the client waits in the backlog for the next turn
            }
            return;
        }
        Connection connection = (Connection) key.attachment();
        if (key.isWritable()) {
            connection.flush();
        } else if (connection.stream()) {
            connection.drain();
        } else {
            try {
                int end = connection.read();
                if (end != -1) {
                    // a head too long for the bound is answered as malformed
                    handler.handle(
                            end < 0 ? Optional.empty() : HttpRequest.parse(connection.head(), end),
                            connection);
                }
            } catch (IOException | RuntimeException e) {
                connection.close();
            }
        }
        if (connection.closed() || connection.stream()) {
            open.remove(connection);
        }
    }

    private void accept() throws IOException {
        for (int i = 0; i < ACCEPTS_PER_TURN; i++) {
            SocketChannel channel = listener.accept();
            if (channel == null) {
                return;
            }
            if (open.size() >= bounds.maxConnections()) {
                Iterator<Connection> oldest = open.iterator();
                oldest.next().close();
                oldest.remove();
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            Connection connection = new Connection(channel, key, bounds, System.nanoTime());
            key.attach(connection);
            open.add(connection);
        }
    }

    private static boolean timedOut(Connection connection, long now) {
        if (connection.expired(now)) {
            connection.close();
        }
        return connection.closed();
    }

    private void closeAll() {
        if (!selector.isOpen()) {
            return;
        }
        for (SelectionKey key : selector.keys()) {
            try {
                key.channel().close();
            } catch (IOException e) {
                // closing down: nothing left to tell the client
            }
        }
        try {
            selector.close();
            listener.close();
        } catch (IOException e) {
            // as above
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread.isAlive()) {
            selector.wakeup();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            closeAll();
        }
    }
}
