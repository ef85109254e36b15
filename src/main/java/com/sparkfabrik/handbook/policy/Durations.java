package com.sparkfabrik.handbook.policy;

import java.util.List;

/** Durations as readers say them: {@code 7d} is "7 days", {@code 1h} "1 hour". */
public final class Durations {

    private Durations() {}

    /**
     * The ways a page could type a duration instead of referencing it: "7 days" and "7-day" (a
     * 7-day window) for {@code 7d}.
     */
    public static List<String> spokenForms(String duration) {
        String said = describe(duration);
        int space = said.indexOf(' ');
        String unit = said.substring(space + 1);
        String singular =
                unit.endsWith("s") && !said.startsWith("1 ")
                        ? unit.substring(0, unit.length() - 1)
                        : unit;
        return List.of(said, said.substring(0, space) + "-" + singular);
    }

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
