import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Cold search in headless Chromium over a built site: for each query a new browser with a new,
 * empty profile opens the home page (over HTTP on loopback, or from file://), the query is typed
 * into the search box at once, and the bench prints the time from the input event to the frame
 * that shows the answer (first result, or "No results"), the index files the page loaded for it
 * and their bytes (as stored, uncompressed; gzip would send about a quarter). ROUNDS=n runs
 * the whole list n times; FOCUS=1 focuses the box 300 ms before typing, as a reader would; TIMELINE=1 prints when each index file was asked for and arrived.
 *
 * <p>Run by bench/search_bench.sh: java -cp CLASSPATH bench/SearchBench.java SITE http|file QUERY...
 */
public class SearchBench {

    // the answer is on screen once the status line is written and a frame has been drawn after it
    private static final String TYPE_AND_WAIT =
            """
            var done = arguments[arguments.length - 1];
            var input = document.getElementById('search-input');
            var list = document.getElementById('search-results');
            var status = document.getElementById('search-status');
            var start = performance.now();
            var observer = new MutationObserver(function () {
              if (!status.textContent) { return; }
              observer.disconnect();
              requestAnimationFrame(function () { setTimeout(function () {
                var ms = performance.now() - start;
                var first = list.querySelector('[role=option]');
                var loads = performance.getEntriesByType('resource')
                  .filter(function (e) { return e.name.indexOf('assets/search/') >= 0; })
                  .map(function (e) { return e.name.split('/').pop() + ' ' + Math.round(e.startTime - start)
                    + '-' + Math.round(e.responseEnd - start); });
                done({ms: ms, status: status.textContent, loads: loads,
                  first: first ? first.getAttribute('data-href') : '',
                  files: Array.from(document.querySelectorAll('script[src*="assets/search/"]'))
                    .map(function (s) { return s.getAttribute('src'); })});
              }, 0); });
            });
            observer.observe(status, {childList: true, characterData: true, subtree: true});
            input.value = arguments[0];
            input.dispatchEvent(new Event('input'));
            """;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        boolean http = args[1].equals("http");
        HttpServer server = http ? serve(site) : null;
        String url =
                http
                        ? "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html"
                        : site.resolve("index.html").toUri().toString();
        System.out.printf("%s%n%-22s %8s %6s %9s  %-32s %s%n", url, "query", "ms", "files", "bytes",
                "status", "first result");
        List<Double> times = new ArrayList<>();
        try {
            int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "1"));
            List<String> queries = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                queries.addAll(List.of(args).subList(2, args.length));
            }
            for (String query : queries) {
                Path profile = Files.createTempDirectory("search-bench");
                ChromeDriver driver = open(profile);
                try {
                    driver.get(url);
                    if (System.getenv("FOCUS") != null) {
                        // as a reader does: the box gets focus (which loads the manifest), typing
                        // starts a moment later
                        driver.executeScript("document.getElementById('search-input').focus()");
                        Thread.sleep(300);
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r =
                            (Map<String, Object>) driver.executeAsyncScript(TYPE_AND_WAIT, query);
                    long bytes = 0;
                    @SuppressWarnings("unchecked")
                    List<String> files = (List<String>) r.get("files");
                    for (String f : files) {
                        bytes += Files.size(site.resolve(f.replaceFirst("^(\\./)+", "")));
                    }
                    double ms = ((Number) r.get("ms")).doubleValue();
                    times.add(ms);
                    System.out.printf("%-22s %8.1f %6d %9d  %-32s %s%n", query, ms, files.size(), bytes,
                            r.get("status"), r.get("first"));
                    if (System.getenv("TIMELINE") != null) {
                        System.out.println("    loads (ms after the input event): " + r.get("loads"));
                    }
                } finally {
                    driver.quit();
                    delete(profile);
                }
            }
        } finally {
            if (server != null) {
                server.stop(0);
            }
        }
        times.sort(Comparator.naturalOrder());
        System.out.printf("median %.1f ms, worst %.1f ms%n", times.get(times.size() / 2),
                times.get(times.size() - 1));
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

    /** A plain static server on loopback, one file per request, no compression. */
    private static HttpServer serve(Path site) throws IOException {
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
                    : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
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
        return server;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
