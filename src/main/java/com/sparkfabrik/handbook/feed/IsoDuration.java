package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A duration value ({@code 30min}, {@code 5h}, {@code 7d}, {@code 1w}) as tools read it: ISO 8601
 * ({@code PT30M}, {@code PT5H}, {@code P7D}, {@code P1W}) and a number of seconds, so that no
 * consumer has to parse the policy's own notation.
 */
final class IsoDuration {

    private IsoDuration() {}

    static ObjectNode of(String value) {
        int unitStart = 0;
        while (unitStart < value.length() && Character.isDigit(value.charAt(unitStart))) {
            unitStart++;
        }
        long amount = Long.parseLong(value.substring(0, unitStart));
        String unit = value.substring(unitStart);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (unit) {
            case "min" -> put(node, "PT" + amount + "M", amount * 60);
            case "h" -> put(node, "PT" + amount + "H", amount * 3_600);
            case "d" -> put(node, "P" + amount + "D", amount * 86_400);
            case "w" -> put(node, "P" + amount + "W", amount * 604_800);
            default ->
                    throw new IllegalArgumentException(
                            "not a duration the schema allows: " + value);
        }
        return node;
    }

    private static void put(ObjectNode node, String iso, long seconds) {
        node.put("iso8601", iso);
        node.put("seconds", seconds);
    }
}
