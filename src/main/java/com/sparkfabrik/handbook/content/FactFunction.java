package com.sparkfabrik.handbook.content;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * One page function as the template engine calls it: checks its argument is a string, then asks the
 * page's scope for a token.
 */
final class FactFunction implements Function {

    private final PageFunctions.Spec spec;

    FactFunction(PageFunctions.Spec spec) {
        this.spec = spec;
    }

    @Override
    public List<String> getArgumentNames() {
        return spec.argumentName() == null ? List.of() : List.of(spec.argumentName());
    }

    @Override
    public Object execute(
            Map<String, Object> args,
            PebbleTemplate self,
            EvaluationContext context,
            int lineNumber) {
        PageScope scope = (PageScope) context.getVariable(FactExpander.SCOPE);
        PageScope.At at = PageScope.At.line(lineNumber);
        String argument = null;
        if (spec.argumentName() != null) {
            Object value = args.get(spec.argumentName());
            if (!(value instanceof String s)) {
                String name = spec.name();
                scope.report(
                        "template",
                        at,
                        name + "(",
                        name
                                + "() needs "
                                + spec.argumentName()
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
        return spec.body().apply(scope, argument, at);
    }
}
