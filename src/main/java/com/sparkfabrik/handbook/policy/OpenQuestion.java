package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.List;

/**
 * A point the policy owners still have to decide, with the readings the source gives for it; every
 * build reports it as a warning.
 */
public record OpenQuestion(
        String id,
        String question,
        List<String> alternatives,
        List<String> facts,
        SourcePosition position) {
    public OpenQuestion {
        alternatives = List.copyOf(alternatives);
        facts = List.copyOf(facts);
    }
}
