package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.check.ExternalCheckOptions;
import com.sparkfabrik.handbook.check.ExternalLinkChecker;
import com.sparkfabrik.handbook.check.LinkCheckOptions;
import com.sparkfabrik.handbook.check.LinkCheckResult;
import com.sparkfabrik.handbook.check.LinkChecker;
import com.sparkfabrik.handbook.check.LinkProblem;
import com.sparkfabrik.handbook.diag.DiagnosticPrinter;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code links PATH}: the link and anchor check of any HTML, offline unless {@code --external}. */
@Command(
        name = "links",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks the links, anchors and assets of HTML files without a server.",
            "PATH is a folder (every .html/.htm file in it) or one file (only its links; their targets may lie "
                    + "anywhere on disk)."
        })
final class LinksCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "an HTML folder or file")
    private Path path;

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description =
                    "where root-relative links (/x.html) resolve (default: the folder, or the file's folder)")
    private Path root;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    private OutputFormat format;

    @Mixin LinkRuleFlags rules = new LinkRuleFlags();

    @Mixin ExternalLinkFlags externalLinks = new ExternalLinkFlags();

    @Option(names = "--debug", description = "print the stack trace of an internal failure")
    private boolean debug;

    private final Map<String, String> environment;
    private final Clock clock;

    /** The environment (for {@code GITHUB_ACTIONS}) and the clock (for the cache TTL). */
    LinksCommand(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        LinkCheckOptions linkOptions = rules.options(externalLinks.enabled());
        Optional<ExternalCheckOptions> externalOptions = externalLinks.options(spec.commandLine());
        Path folder = checkedPath();
        Path rootDir = rootDirectory(folder);
        LinkCheckResult result =
                Files.isDirectory(path)
                        ? LinkChecker.checkFolder(path, rootDir, linkOptions)
                        : LinkChecker.check(rootDir, List.of(path), linkOptions);
        List<LinkProblem> problems = new ArrayList<>(result.problems());
        if (externalOptions.isPresent()) {
            problems.addAll(
                    new ExternalLinkChecker(externalOptions.get(), clock)
                            .check(result.externalLinks()));
        }
        Diagnostics diagnostics = new Diagnostics(externalLinks.severities());
        diagnostics.addAll(LinkProblem.toDiagnostics(problems));
        boolean github = "true".equals(environment.get("GITHUB_ACTIONS"));
        new DiagnosticPrinter(format, github).print(diagnostics, spec.commandLine().getErr());
        return diagnostics.hasErrors() ? ExitCode.INPUT_ERRORS : ExitCode.OK;
    }

    private Path checkedPath() {
        if (!Files.exists(path)) {
            throw new ParameterException(spec.commandLine(), "PATH does not exist: " + path);
        }
        return Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    }

    private Path rootDirectory(Path folder) {
        if (root == null) {
            return folder;
        }
        if (!Files.isDirectory(root)) {
            throw new ParameterException(spec.commandLine(), "--root is not a folder: " + root);
        }
        return root;
    }

    /**
     * {@code 30s}, {@code 15m}, {@code 12h}, {@code 1d}, or ISO-8601 ({@code PT12H}, {@code P1D}).
     */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            if (text.startsWith("p")) {
                try {
                    return Duration.parse(text.toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw invalid(value);
                }
            }
            if (text.length() < 2
                    || !text.chars().limit(text.length() - 1L).allMatch(Character::isDigit)
                    || text.length() > 12) {
                throw invalid(value);
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw invalid(value);
            };
        }

        private static TypeConversionException invalid(String value) {
            return new TypeConversionException(
                    "expected a duration like 30s, 15m, 12h, 1d or P1D but was '" + value + "'");
        }
    }
}
