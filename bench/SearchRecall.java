import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Does a word taken from a section find that section, at scale? Picks SECTIONS random sections
 * of a built site (from its index chunks: heading and the first 2,000 characters of text), and for
 * each asks the site's own search, in headless Chromium from file://, for one, two and four of
 * its words chosen at random, with no limit on the results; prints each miss and the misses per
 * query length. Not a timing: one browser answers every query.
 *
 * <p>java -cp CLASSPATH bench/SearchRecall.java SITE [SECTIONS (200)] [SEED (7)]
 */
public class SearchRecall {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode manifest = data(mapper, site, "manifest");
        int sections = manifest.get("sections").asInt();
        int perChunk = manifest.get("chunk").asInt();
        Path profile = Files.createTempDirectory("recall");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--allow-file-access-from-files", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        int[] asked = new int[5];
        int[] missed = new int[5];
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            driver.get(site.resolve("index.html").toUri().toString());
            for (int i = 0; i < wanted; i++) {
                int doc = random.nextInt(sections);
                JsonNode section = data(mapper, site, "d" + doc / perChunk).get(doc % perChunk);
                List<String> words = new ArrayList<>();
                Matcher m = WORD.matcher(section.get(2).asText() + " " + section.get(3).asText());
                while (m.find()) {
                    words.add(m.group());
                }
                for (int n : new int[] {1, 2, 4}) {
                    Collections.shuffle(words, random);
                    String query = String.join(" ", words.subList(0, Math.min(n, words.size())));
                    String url = section.get(0).asText();
                    Object found = driver.executeAsyncScript(
                            "var done = arguments[2], url = arguments[1];"
                                    + "window.handbookSearch(arguments[0], Infinity).then(function (r) {"
                                    + "  done(r.results.some(function (x) { return x.url === url; }));"
                                    + "}, function (e) { done('error ' + e); });",
                            query, url);
                    asked[n]++;
                    if (!Boolean.TRUE.equals(found)) {
                        missed[n]++;
                        System.out.println("missed: " + query + " -> " + url + (found instanceof String s ? " " + s : ""));
                    }
                }
            }
        } finally {
            driver.quit();
            try (var all = Files.walk(profile)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        for (int n : new int[] {1, 2, 4}) {
            System.out.printf("%d word(s): %d of %d queries missed their section%n", n, missed[n], asked[n]);
        }
    }

    private static JsonNode data(ObjectMapper mapper, Path site, String name) throws Exception {
        String script = Files.readString(site.resolve("assets/search/" + name + ".js"));
        return mapper.readTree(script.substring(script.indexOf(',') + 1, script.lastIndexOf(')')));
    }
}
