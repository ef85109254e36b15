package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Suggestions;
import com.sparkfabrik.handbook.diag.Terminal;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.BuildResult;
import com.sparkfabrik.handbook.pipeline.Pipeline;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain FACT-ID}: a fact and every place that uses it, to read before changing it. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Show a fact and every page and line that uses it.")
final class ExplainCommand implements Callable<Integer> {

    private final Map<String, String> env;

    @Parameters(paramLabel = "FACT-ID", description = "the fact's id, e.g. limits.weekly-window")
    String factId;

    @Mixin CommonOptions common = new CommonOptions();

    @Spec CommandSpec spec;

    ExplainCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        // the in-memory pipeline knows every use; nothing needs staging or a link pass
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<BuildRequest> request = common.request(err, env);
        if (request.isEmpty()) {
            return ExitCode.INPUT_ERRORS;
        }
        BuildResult result = new Pipeline(request.get()).run(Set.of()).result();
        if (result.policy().isEmpty()) {
            common.print(result.diagnostics(), err, env);
            return ExitCode.INPUT_ERRORS;
        }
        Policy policy = result.policy().get();
        Optional<Fact> found = policy.fact(factId);
        if (found.isEmpty()) {
            println(
                    err,
                    "unknown fact '"
                            + factId
                            + "'"
                            + Suggestions.didYouMean(factId, policy.facts().keySet()));
            return ExitCode.INPUT_ERRORS;
        }
        Fact fact = found.get();
        println(out, fact.id());
        println(out, "  value:      " + fact.valueText() + " (" + fact.type().yamlName() + ")");
        println(out, "  statement:  " + policy.statementText(fact));
        println(out, "  level:      " + fact.level().yamlName());
        println(
                out,
                "  contacts:   "
                        + (fact.contacts().isEmpty() ? "-" : String.join(", ", fact.contacts())));
        println(out, "  since:      " + fact.since() + ", review by " + fact.reviewBy());
        println(out, "  defined at: " + fact.position());
        println(out, "  detailed:   content/" + fact.page() + ".md#" + fact.anchor());
        fact.references()
                .forEach(
                        r ->
                                println(
                                        out,
                                        "  reference:  "
                                                + r.title()
                                                + " <"
                                                + r.url()
                                                + ">"
                                                + r.verified()
                                                        .map(d -> " verified " + d)
                                                        .orElse("")));
        println(out, "  used by:");
        Set<String> uses = new LinkedHashSet<>();
        for (RenderedPage page : result.pages()) {
            for (var use : page.uses()) {
                if (use.id().equals(fact.id())) {
                    uses.add(page.source().file() + ":" + use.line());
                }
            }
        }
        uses.forEach(u -> println(out, "    " + u));
        if (uses.isEmpty()) {
            println(out, "    (no page)");
        }
        return ExitCode.OK;
    }

    /** Every line shows text from the input: it reaches the terminal escaped. */
    private static void println(PrintWriter to, String line) {
        to.println(Terminal.printable(line));
    }
}
