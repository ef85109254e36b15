package com.sparkfabrik.handbook.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes diagnostics as a SARIF 2.1.0 log, the format code-scanning tools (GitHub among them) read:
 * one run, the rules that fired, one result per diagnostic. Keys are written in a fixed order, so
 * the same diagnostics give the same bytes.
 */
final class SarifWriter {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String TOOL = "policy-handbook";

    private SarifWriter() {}

    public static String write(Diagnostics diagnostics) {
        ObjectMapper mapper = Terminal.jsonMapper();
        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        List<Diagnostic> all = diagnostics.all();
        Map<String, Integer> ruleIndex = new TreeMap<>();
        all.forEach(d -> ruleIndex.put(d.rule(), 0));
        ArrayNode rules = driver.putArray("rules");
        int index = 0;
        for (Map.Entry<String, Integer> rule : ruleIndex.entrySet()) {
            rule.setValue(index++);
            rules.addObject().put("id", rule.getKey());
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : all) {
            ObjectNode result = results.addObject();
            result.put("ruleId", d.rule());
            result.put("ruleIndex", ruleIndex.get(d.rule()));
            result.put("level", d.isError() ? "error" : "warning");
            result.putObject("message").put("text", d.message());
            ObjectNode location =
                    result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", uriOf(d.position().file()));
            if (d.position().line() > 0) {
                ObjectNode region = location.putObject("region");
                region.put("startLine", d.position().line());
                if (d.position().column() > 0) {
                    region.put("startColumn", d.position().column());
                }
            }
        }
        try {
            return mapper.writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostics are plain values and always serialize", e);
        }
    }

    /**
     * A relative path as a URI reference: each byte outside the unreserved set and {@code /}
     * percent-encoded.
     */
    static String uriOf(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
