package com.sparkfabrik.handbook.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of a fact's statement: literal text, or a placeholder for a value or a contact, so a
 * statement never has to type a value the policy already holds.
 */
public sealed interface StatementPart {

    Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)(?::([^{}\\s]+))?}");

    record Text(String text) implements StatementPart {}

    /** {@code {value}} or {@code {fact:ID}}: a fact's value. */
    record FactValueRef(String factId, int offset) implements StatementPart {}

    /** {@code {contact:ID}}: a contact's name and channel. */
    record ContactRef(String contactId, int offset) implements StatementPart {}

    /** A placeholder that is not one of the above; validation reports it. */
    record Unknown(String written, int offset) implements StatementPart {}

    /** Splits a statement of fact {@code ownerId} into parts. */
    static List<StatementPart> parse(String statement, String ownerId) {
        List<StatementPart> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(statement);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Text(statement.substring(last, m.start())));
            }
            String kind = m.group(1);
            String arg = m.group(2);
            if (kind.equals("value") && arg == null) {
                parts.add(new FactValueRef(ownerId, m.start()));
            } else if (kind.equals("fact") && arg != null) {
                parts.add(new FactValueRef(arg, m.start()));
            } else if (kind.equals("contact") && arg != null) {
                parts.add(new ContactRef(arg, m.start()));
            } else {
                parts.add(new Unknown(m.group(), m.start()));
            }
            last = m.end();
        }
        if (last < statement.length()) {
            parts.add(new Text(statement.substring(last)));
        }
        return List.copyOf(parts);
    }
}
