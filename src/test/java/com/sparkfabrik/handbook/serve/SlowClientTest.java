package com.sparkfabrik.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of half-sent requests, as a slow or hostile client sends them, over real sockets on
 * loopback: the server keeps its one thread, closes every stalled connection (the oldest when there
 * are too many, the rest at the head timeout, even one that keeps sending a byte at a time), and
 * answers a normal request all the while. The time bounds are liveness bounds, far above what any
 * of this takes.
 */
class SlowClientTest {

    private static final int STALLED = 2_000;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final byte[] HALF_SENT =
            "GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void halfSentRequestsHoldNoThreadAndNeverStopANormalRequest() throws IOException {
        List<SocketChannel> stalled = new ArrayList<>();
        try (DevServer server = new DevServer(InetAddress.getLoopbackAddress(), 0);
                Selector closes = Selector.open()) {
            server.show(
                    Optional.of(
                            Map.of("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8))),
                    List.of());
            server.start();
            InetSocketAddress address = server.address();
            int threadsBefore = Thread.activeCount();
            for (int i = 0; i < STALLED; i++) {
                SocketChannel channel = SocketChannel.open(address);
                stalled.add(channel);
                channel.write(ByteBuffer.wrap(HALF_SENT));
                if (i % 500 == 0) {
                    assertAnswers(server);
                }
            }
            SocketChannel dribbling = SocketChannel.open(address);
            stalled.add(dribbling);
            assertAnswers(server);
            assertEquals(1, serverThreads(), "threads named handbook-serve");
            assertTrue(
                    Thread.activeCount() <= threadsBefore + 2,
                    threadsBefore + " threads before, " + Thread.activeCount() + " after");

            for (SocketChannel channel : stalled) {
                channel.configureBlocking(false);
                channel.register(closes, SelectionKey.OP_READ);
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            int open = stalled.size();
            while (open > 0 && System.nanoTime() < deadline) {
                closes.select(200);
                for (SelectionKey key : closes.selectedKeys()) {
                    if (closedByServer((SocketChannel) key.channel())) {
                        key.cancel();
                        open--;
                    }
                }
                closes.selectedKeys().clear();
                if (dribbling.isRegistered()) {
                    dribble(dribbling);
                }
            }
            assertEquals(0, open, "connections the server left open after " + PATIENCE);
            assertAnswers(server);
        } finally {
            for (SocketChannel channel : stalled) {
                channel.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "GET /\r\n\r\n",
                "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n",
                "get / HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET * HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET  / HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\n folded\r\n\r\n",
                "GET / HTTP/1.1\r\nHost : localhost\r\n\r\n",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
            })
    void malformedHeadIsRefused(String request) throws IOException {
        try (DevServer server = new DevServer(InetAddress.getLoopbackAddress(), 0)) {
            server.start();
            RawHttp.Response response = RawHttp.send(server.port(), request);
            assertEquals(400, response.status());
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
        }
    }

    /** A head past the bound is refused as soon as the bound is reached, never buffered whole. */
    @Test
    void overlongHeadIsRefused() throws IOException {
        try (DevServer server = new DevServer(InetAddress.getLoopbackAddress(), 0);
                Socket socket = new Socket()) {
            server.start();
            socket.connect(server.address());
            socket.setSoTimeout((int) PATIENCE.toMillis());
            String head = "GET / HTTP/1.1\r\nHost: localhost\r\nX: " + "a".repeat(40_000);
            try {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                String answer =
                        new String(
                                socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            } catch (SocketException reset) {
                // refused before the client finished writing: as good as a 400
            }
        }
    }

    private static void assertAnswers(DevServer server) {
        RawHttp.Response response =
                RawHttp.send(
                        server.port(),
                        "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n",
                        Duration.ofSeconds(30));
        assertEquals(200, response.status());
        assertTrue(response.body().contains("<p>home</p>"), response.body());
    }

    /** One more byte of a header that never ends, until the server has closed the connection. */
    private static void dribble(SocketChannel channel) {
        try {
            channel.write(ByteBuffer.wrap(new byte[] {'a'}));
        } catch (IOException closed) {
            // the read side notices the close too
        }
    }

    /** True when the server closed the connection (end of stream or reset). */
    private static boolean closedByServer(SocketChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            int n;
            while ((n = channel.read(buffer)) > 0) {
                buffer.clear();
            }
            return n < 0;
        } catch (IOException reset) {
            return true;
        }
    }

    private static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("handbook-serve"))
                .count();
    }
}
