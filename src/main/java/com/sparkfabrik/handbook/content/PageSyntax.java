package com.sparkfabrik.handbook.content;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.Node;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FunctionOrMacroInvocationExpression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralBooleanExpression;
import io.pebbletemplates.pebble.node.expression.LiteralDoubleExpression;
import io.pebbletemplates.pebble.node.expression.LiteralIntegerExpression;
import io.pebbletemplates.pebble.node.expression.LiteralLongExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.Set;

/**
 * The template syntax a page may use, checked on the parsed template before it runs: text, and
 * {@code {{ f('literal') }}} where {@code f} is one of the page functions. Nothing else is printed
 * or evaluated: no variable, attribute, method, operator, filter or tag, so no expression can reach
 * a Java object or alter the token a fact reference becomes.
 */
final class PageSyntax extends AbstractNodeVisitor {

    static final String ALLOWED =
            "value('id'), statement('id'), fact('id'), contact('id'), tldr(), facts_table('area')"
                    + " and contacts_table()";

    private final Set<String> functions;

    PageSyntax(PebbleTemplateImpl template, Set<String> functions) {
        super(template);
        this.functions = functions;
    }

    @Override
    public void visit(PrintNode node) {
        Expression<?> expression = node.getExpression();
        if (expression instanceof FunctionOrMacroInvocationExpression call
                && functions.contains(call.getFunctionName())) {
            checkArguments(call, node.getLineNumber());
            return;
        }
        Expression<?> root = expression;
        while (root instanceof GetAttributeExpression attribute) {
            root = attribute.getNode();
        }
        if (root instanceof ContextVariableExpression variable) {
            throw new RootAttributeNotFoundException(
                    null, "unknown variable", variable.getName(), node.getLineNumber(), name());
        }
        throw refused("only fact references may be printed: use " + ALLOWED, node.getLineNumber());
    }

    @Override
    public void visit(IfNode node) {
        throw refused("'if' is not available in pages: use " + ALLOWED, node.getLineNumber());
    }

    /** Any other tag a page could contain (the engine refuses most of them already). */
    @Override
    public void visit(Node node) {
        throw refused("only text and fact references are allowed in pages: use " + ALLOWED, 0);
    }

    private void checkArguments(FunctionOrMacroInvocationExpression call, int line) {
        ArgumentsNode arguments = call.getArguments();
        if (!arguments.getNamedArgs().isEmpty()) {
            throw refused(
                    call.getFunctionName() + "() takes its argument in quotes, not by name", line);
        }
        for (PositionalArgumentNode argument : arguments.getPositionalArgs()) {
            Expression<?> value = argument.getValueExpression();
            // numbers and booleans pass, so the function itself can say what it wanted instead
            if (!(value instanceof LiteralStringExpression
                    || value instanceof LiteralIntegerExpression
                    || value instanceof LiteralLongExpression
                    || value instanceof LiteralDoubleExpression
                    || value instanceof LiteralBooleanExpression)) {
                throw refused(
                        call.getFunctionName() + "() takes an id in quotes, not an expression",
                        line);
            }
        }
    }

    private ParserException refused(String message, int line) {
        return new ParserException(null, message, line, name());
    }

    private String name() {
        return getTemplate().getName();
    }
}
