package com.sparkfabrik.handbook.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response as bytes on the wire. Every response closes its connection ({@code Connection:
 * close}): a page from memory is cheap to ask for again, and no connection outlives its answer
 * except the event stream.
 */
final class HttpReply {

    private static final Map<Integer, String> REASONS =
            Map.of(
                    200, "OK",
                    400, "Bad Request",
                    403, "Forbidden",
                    404, "Not Found",
                    405, "Method Not Allowed",
                    431, "Request Header Fields Too Large",
                    500, "Internal Server Error");

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    HttpReply(int status) {
        this.status = status;
    }

    HttpReply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The status line, headers and {@code body} (left out for HEAD, its length still given). */
    byte[] bytes(byte[] body, boolean head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        out.writeBytes(start(Long.toString(body.length)));
        if (!head) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** The status line and headers of a stream whose end is the end of the connection. */
    byte[] streamHead() {
        return start(null);
    }

    private byte[] start(String length) {
        StringBuilder text =
                new StringBuilder("HTTP/1.1 ")
                        .append(status)
                        .append(' ')
                        .append(REASONS.get(status))
                        .append("\r\n");
        headers.forEach(
                (name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        if (length != null) {
            text.append("Content-Length: ").append(length).append("\r\n");
        }
        return text.append("Connection: close\r\n\r\n")
                .toString()
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A short plain-text answer, as for errors. */
    static HttpReply text(int status) {
        return new HttpReply(status).header("Content-Type", "text/plain; charset=utf-8");
    }
}
