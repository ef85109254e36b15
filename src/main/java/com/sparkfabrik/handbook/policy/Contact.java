package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.Optional;

/** Someone to ask: facts point at contacts by id, never by name. */
public record Contact(
        String id,
        String name,
        Optional<String> channel,
        Optional<String> description,
        SourcePosition position) {

    /** "HR team (#support-hr)", or the name alone. */
    public String display() {
        return channel.map(c -> name + " (" + c + ")").orElse(name);
    }
}
