package com.sparkfabrik.handbook.content;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** One page function: checks its arguments are strings, then asks the page's scope for a token. */
final class FactFunction implements Function {

    interface Body {
        String apply(PageScope scope, String argument, int line);
    }

    private final String name;
    private final List<String> argumentNames;
    private final Body body;

    FactFunction(String name, List<String> argumentNames, Body body) {
        this.name = name;
        this.argumentNames = argumentNames;
        this.body = body;
    }

    @Override
    public List<String> getArgumentNames() {
        return argumentNames;
    }

    @Override
    public Object execute(
            Map<String, Object> args,
            PebbleTemplate self,
            EvaluationContext context,
            int lineNumber) {
        PageScope scope = (PageScope) context.getVariable(FactExpander.SCOPE);
        String argument = null;
        if (!argumentNames.isEmpty()) {
            Object value = args.get(argumentNames.get(0));
            if (!(value instanceof String s)) {
                scope.report(
                        "template",
                        lineNumber,
                        name + "(",
                        name
                                + "() needs "
                                + argumentNames.get(0)
                                + " in quotes, like "
                                + name
                                + "('"
                                + (name.equals("contact")
                                        ? "hr-team"
                                        : name.equals("facts_table")
                                                ? "harness"
                                                : "limits.weekly-window")
                                + "')");
                return "";
            }
            argument = s;
        }
        return body.apply(scope, argument, lineNumber);
    }
}
