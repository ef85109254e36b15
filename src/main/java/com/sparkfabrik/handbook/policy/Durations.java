package com.sparkfabrik.handbook.policy;

/** Durations as readers say them: {@code 7d} is "7 days", {@code 1h} "1 hour". */
final class Durations {

    private Durations() {}

    static String describe(String duration) {
        int unitStart = 0;
        while (unitStart < duration.length() && Character.isDigit(duration.charAt(unitStart))) {
            unitStart++;
        }
        String amount = duration.substring(0, unitStart);
        String unit =
                switch (duration.substring(unitStart)) {
                    case "min" -> "minute";
                    case "h" -> "hour";
                    case "d" -> "day";
                    case "w" -> "week";
                    default -> duration.substring(unitStart);
                };
        return amount + " " + unit + (amount.equals("1") ? "" : "s");
    }
}
