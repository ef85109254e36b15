package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.Terminal;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.Pipeline;
import com.sparkfabrik.handbook.pipeline.Progress;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.serve.DevServer;
import com.sparkfabrik.handbook.serve.SourceWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: builds in memory, serves the last good build on loopback, rebuilds what an edit
 * affects, and tells open pages to reload (or to show the errors).
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the handbook with live reload while you edit it.")
final class ServeCommand implements Callable<Integer> {

    private final Map<String, String> env;

    /** The search index last made, shown with the next build until that build's own is made. */
    @Mixin CommonOptions common = new CommonOptions();

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "port (default: 8080; 0 picks a free one)")
    int port = 8080;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description =
                    "address to listen on (default: 127.0.0.1); anything else exposes your drafts to the network")
    String bind = "127.0.0.1";

    @Spec CommandSpec spec;

    ServeCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(
                    spec.commandLine(), "--bind " + bind + ": no such address");
        }
        if (!Files.isDirectory(common.source)) {
            throw new ParameterException(
                    spec.commandLine(), "--source " + common.source + ": no such folder");
        }
        // handbook.yaml is read once: a change to it takes a restart
        Optional<BuildRequest> request = common.request(err, env);
        if (request.isEmpty()) {
            return ExitCode.INPUT_ERRORS;
        }
        if (!address.isLoopbackAddress()) {
            err.println(
                    "warning: serving on "
                            + address.getHostAddress()
                            + ": anyone who can reach this machine can read the drafts");
        }
        DevServer listening;
        try {
            listening = new DevServer(address, port);
        } catch (BindException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "cannot listen on "
                            + address.getHostAddress()
                            + ":"
                            + port
                            + " ("
                            + e.getMessage()
                            + "): choose another --port N (0 picks a free one) or --bind address");
        }
        // the dev server shows draft pages, with a banner; a published site leaves them out
        Pipeline build =
                new Pipeline(
                        request.get()
                                .withPageSettings(request.get().pageSettings().withDrafts(true)),
                        new Progress(),
                        true);
        try (DevServer server = listening;
                SourceWatcher watcher = new SourceWatcher(common.source)) {
            rebuild(server, build, Set.of(), err);
            server.start();
            out.println(
                    "serving "
                            + common.source.toAbsolutePath().normalize()
                            + " at http://"
                            + (address.isLoopbackAddress() ? "127.0.0.1" : address.getHostAddress())
                            + ":"
                            + server.port()
                            + "/ (Ctrl-C stops)");
            out.flush();
            watcher.run(
                    changed -> {
                        long start = System.nanoTime();
                        try {
                            rebuild(server, build, changed, err);
                        } catch (Exception e) {
                            err.println(Terminal.printable("internal error: " + e));
                        }
                        if (!common.quiet) {
                            out.printf(
                                    "rebuilt after %s in %d ms%n",
                                    Terminal.printable(String.join(", ", changed)),
                                    (System.nanoTime() - start) / 1_000_000);
                            out.flush();
                        }
                    });
        }
        return ExitCode.OK;
    }

    /**
     * Builds and shows the site, then makes its search index: the reload waits only for the pages,
     * and until the new index is in, a search uses the last one.
     */
    private void rebuild(DevServer server, Pipeline build, Set<String> changed, PrintWriter err)
            throws IOException {
        Pipeline.Outcome outcome = build.runWithoutSearchIndex(changed);
        Diagnostics diagnostics = outcome.result().diagnostics();
        common.print(diagnostics, err, env);
        if (diagnostics.hasErrors() || outcome.files().isEmpty()) {
            server.show(
                    Optional.empty(), diagnostics.all().stream().map(Diagnostic::format).toList());
            return;
        }
        // until the new search index is in, the last one answers
        server.show(Optional.of(outcome.files().get().all()), List.of());
        server.replaceFolder(GeneratedPages.SEARCH_FOLDER, build.searchIndex());
    }
}
