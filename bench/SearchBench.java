import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Cold search in headless Chromium over a built site served on loopback: for each query, a fresh
 * page load with the browser cache off, then the query typed into the search box; prints the time
 * from the input event to the first result on screen and the bytes of index files fetched.
 *
 * <p>Run by bench/search_bench.sh: java -cp CLASSPATH bench/SearchBench.java SITE QUERY...
 */
public class SearchBench {

    private static final String TYPE_AND_WAIT =
            """
            var done = arguments[arguments.length - 1];
            var input = document.getElementById('search-input');
            var list = document.getElementById('search-results');
            var before = performance.getEntriesByType('resource').length;
            var start = performance.now();
            var observer = new MutationObserver(function () {
              if (list.querySelector('[role=option]')) {
                observer.disconnect();
                var ms = performance.now() - start;
                setTimeout(function () {
                  var files = performance.getEntriesByType('resource').slice(before)
                    .filter(function (e) { return e.name.indexOf('/assets/search/') >= 0; });
                  done({ms: ms, files: files.length,
                    bytes: files.reduce(function (s, e) { return s + e.encodedBodySize; }, 0),
                    first: list.querySelector('[role=option]').getAttribute('data-href')});
                }, 300);
              }
            });
            observer.observe(list, {childList: true, subtree: true});
            input.value = arguments[0];
            input.dispatchEvent(new Event('input'));
            """;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                    if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                        exchange.sendResponseHeaders(404, -1);
                        exchange.close();
                        return;
                    }
                    byte[] body = Files.readAllBytes(file);
                    String name = file.toString();
                    exchange.getResponseHeaders()
                            .set("Content-Type", name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("search-bench"));
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(),
                options);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html";
            System.out.printf("%-24s %9s %6s %10s  %s%n", "query", "ms", "files", "bytes", "first result");
            for (String query : List.of(args).subList(1, args.length)) {
                driver.get(url);
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(TYPE_AND_WAIT, query);
                System.out.printf("%-24s %9.1f %6d %10d  %s%n", query, ((Number) r.get("ms")).doubleValue(),
                        ((Number) r.get("files")).intValue(), ((Number) r.get("bytes")).longValue(), r.get("first"));
            }
        } finally {
            driver.quit();
            server.stop(0);
        }
    }
}
