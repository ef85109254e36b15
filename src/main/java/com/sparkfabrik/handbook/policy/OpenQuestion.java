package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.List;

/** A point the policy owners still have to decide; every build reports it as a warning. */
public record OpenQuestion(
        String id, String question, List<String> facts, SourcePosition position) {
    public OpenQuestion {
        facts = List.copyOf(facts);
    }
}
