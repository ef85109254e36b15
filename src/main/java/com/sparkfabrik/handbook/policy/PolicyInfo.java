package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.time.LocalDate;
import java.util.Map;

/** Policy-level metadata, with where each key was written. */
public record PolicyInfo(
        String id,
        String title,
        String summary,
        String owner,
        String status,
        LocalDate since,
        LocalDate reviewBy,
        SourcePosition position,
        Map<String, SourcePosition> fieldPositions) {

    public PolicyInfo {
        fieldPositions = Map.copyOf(fieldPositions);
    }

    public SourcePosition positionOf(String key) {
        return fieldPositions.getOrDefault(key, position);
    }
}
