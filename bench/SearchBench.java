import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Cold search in headless Chromium over built sites: for each query and each target in turn
 * (interleaved, so a busy machine slows all targets alike) a new browser with a new, empty
 * profile opens the home page, and the bench focuses the search box and types the query at once.
 * It prints the time from the focus to the frame that shows the answer (first result, or "No
 * results"): focusing starts loading the manifest, so the whole index chain is in the figure.
 * Also the index files the page loaded and their bytes (as stored, uncompressed). ROUNDS=n runs
 * the list n times; TIMELINE=1 prints, per index file, when it was asked for, sent, first byte
 * and last byte (performance resource timing, ms after the focus).
 *
 * <p>A target is {@code file:SITE} (from file://), {@code http:SITE} (the JDK's HTTP server on
 * loopback) or {@code python:SITE} (bench/static_server.py, an independent server). Both servers
 * keep connections alive, send Content-Length and set TCP_NODELAY, as static hosts do; {@code
 * python-nagle:SITE} leaves Nagle's algorithm on, to show what that costs. {@code pagefind:SITE}
 * is a copy of a site that Pagefind has indexed, with bench/pagefind.html as its page: Pagefind's
 * own search through its JavaScript API, from the JDK's server, timed the same way; {@code
 * pagefind-main:SITE} the same with Pagefind on the page's thread instead of its worker, so that the
 * files it loads can be counted.
 *
 * <p>Run by bench/search_bench.sh: java -cp CLASSPATH bench/SearchBench.java TARGET... -- QUERY...
 */
public class SearchBench {

    // the answer is on screen once the status line is written and a frame has been drawn after it
    private static final String TYPE_AND_WAIT =
            """
            var done = arguments[arguments.length - 1];
            var input = document.getElementById('search-input');
            var list = document.getElementById('search-results');
            var status = document.getElementById('search-status');
            var start;
            var observer = new MutationObserver(function () {
              if (!status.textContent) { return; }
              observer.disconnect();
              requestAnimationFrame(function () { setTimeout(function () {
                var ms = performance.now() - start;
                var first = list.querySelector('[role=option]');
                function at(t) { return (t - start).toFixed(0); }
                var loads = performance.getEntriesByType('resource')
                  .filter(function (e) { return e.name.indexOf('assets/search/') >= 0 || e.name.indexOf('/pagefind/') >= 0; })
                  .map(function (e) { return e.name.split('/').pop() + ' ' + at(e.startTime) + '/'
                    + at(e.requestStart) + '/' + at(e.responseStart) + '/' + at(e.responseEnd); });
                done({ms: ms, status: status.textContent, loads: loads,
                  first: first ? first.getAttribute('data-href') : '',
                  files: window.indexFiles ? window.indexFiles()
                    : Array.from(document.querySelectorAll('script[src*="assets/search/"]'))
                      .map(function (s) { return s.getAttribute('src'); })});
              }, 0); });
            });
            observer.observe(status, {childList: true, characterData: true, subtree: true});
            start = performance.now();
            input.focus();
            input.value = arguments[0];
            input.dispatchEvent(new Event('input'));
            """;

    public static void main(String[] args) throws Exception {
        int split = List.of(args).indexOf("--");
        List<String> queries = new ArrayList<>();
        int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "1"));
        for (int round = 0; round < rounds; round++) {
            queries.addAll(List.of(args).subList(split + 1, args.length));
        }
        Map<String, Path> sites = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        List<AutoCloseable> servers = new ArrayList<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try {
            for (String target : List.of(args).subList(0, split)) {
                String kind = target.substring(0, target.indexOf(':'));
                Path site = Path.of(target.substring(kind.length() + 1)).toAbsolutePath();
                sites.put(target, site);
                urls.put(target, switch (kind) {
                    case "file" -> site.resolve("index.html").toUri().toString();
                    case "http" -> "http://127.0.0.1:" + serve(site, servers) + "/index.html";
                    case "python" -> "http://127.0.0.1:" + python(site, servers, false) + "/index.html";
                    case "python-nagle" -> "http://127.0.0.1:" + python(site, servers, true) + "/index.html";
                    case "pagefind" -> "http://127.0.0.1:" + serve(site, servers) + "/pagefind-bench.html";
                    case "pagefind-main" -> "http://127.0.0.1:" + serve(site, servers) + "/pagefind-bench.html?main";
                    default -> throw new IllegalArgumentException("file:, http:, python:, pagefind: or pagefind-main:, not " + target);
                });
                times.put(target, new ArrayList<>());
            }
            System.out.printf("%-36s %-22s %8s %6s %9s  %-32s %s%n", "target", "query", "ms", "files",
                    "bytes", "status", "first result");
            for (String query : queries) {
                for (String target : sites.keySet()) {
                    try {
                        times.get(target).add(run(target, urls.get(target), sites.get(target), query));
                    } catch (ScriptTimeoutException e) {
                        // counted, not hidden: a query that never answered is the worst time there is
                        System.out.printf("%-36s %-22s no answer in 10 s%n", target, query);
                        times.get(target).add(Double.POSITIVE_INFINITY);
                    }
                }
            }
        } finally {
            for (AutoCloseable server : servers) {
                server.close();
            }
        }
        times.forEach((target, list) -> {
            list.sort(Comparator.naturalOrder());
            System.out.printf("%-36s median %.1f ms, worst %.1f ms, %d queries%n", target,
                    list.get(list.size() / 2), list.get(list.size() - 1), list.size());
        });
    }

    private static double run(String target, String url, Path site, String query) throws IOException {
        Path profile = Files.createTempDirectory("search-bench");
        ChromeDriver driver = open(profile);
        try {
            driver.get(url);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(TYPE_AND_WAIT, query);
            long bytes = 0;
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) r.get("files");
            for (String f : files) {
                bytes += Files.size(site.resolve(f.replaceFirst("^(\\./)+", "")));
            }
            double ms = ((Number) r.get("ms")).doubleValue();
            System.out.printf("%-36s %-22s %8.1f %6d %9d  %-32s %s%n", target, query, ms, files.size(), bytes,
                    r.get("status"), r.get("first"));
            if (System.getenv("TIMELINE") != null) {
                System.out.println("    asked/sent/first byte/last byte, ms after the focus: " + r.get("loads"));
            }
            return ms;
        } finally {
            driver.quit();
            delete(profile);
        }
    }

    private static ChromeDriver open(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--allow-file-access-from-files",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return driver;
    }

    /**
     * A plain static server on loopback, one file per request, no compression. The JDK's server
     * leaves Nagle's algorithm on unless told otherwise: it writes the headers, then the body, and
     * the body waits for the browser's delayed ACK of the headers, about 40 ms per file (measured:
     * first byte to last byte of a 3.5 KB file 43 ms with it on, 4 ms with it off). No static host
     * does that (nginx sets TCP_NODELAY on keep-alive connections).
     */
    private static int serve(Path site, List<AutoCloseable> servers) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // read when the first server starts
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".wasm") ? "application/wasm"
                    : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // a browser opens six connections; daemon threads, so the bench ends when it is done
        server.setExecutor(Executors.newFixedThreadPool(6, task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        servers.add(() -> server.stop(0));
        return server.getAddress().getPort();
    }

    /** bench/static_server.py on SITE; it prints its port, then serves until stopped. */
    private static int python(Path site, List<AutoCloseable> servers, boolean nagle) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", "bench/static_server.py", site.toString()));
        if (nagle) {
            command.add("--nagle");
        }
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        servers.add(process::destroy);
        String port = new BufferedReader(new InputStreamReader(process.getInputStream())).readLine();
        return Integer.parseInt(port.strip());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
