package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.content.PageSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The navigation of a site of five pages, two of them in a folder. */
class NavigationTest {

    private static PageSource page(String id, String title, int weight) {
        return new PageSource(id, "content/" + id + ".md", title, weight, "", "");
    }

    private static final PageSource INDEX = page("index", "Home", 0);
    private static final PageSource QUOTA = page("quota", "Quota", 2);
    private static final PageSource ACCESS = page("access", "Access", 2);
    private static final PageSource SETUP = page("guides/setup", "Setup", 0);
    private static final PageSource FAQ = page("guides/faq", "FAQ", 0);

    private final Navigation navigation = new Navigation(List.of(QUOTA, SETUP, INDEX, FAQ, ACCESS));

    private static String line(Map<String, Object> item) {
        return item.get("title")
                + " "
                + item.get("href")
                + (item.get("current").equals(true) ? " *" : "");
    }

    @Test
    void topLevelPagesComeByWeightThenTitle() {
        assertEquals(List.of(INDEX, ACCESS, QUOTA), navigation.topLevel());
    }

    @Test
    void aTopLevelPageSeesTheTopLevelOnlyAndIsMarkedCurrent() {
        assertEquals(
                List.of("Home index.html", "Access access.html", "Quota quota.html *"),
                navigation.itemsFor(QUOTA).stream().map(NavigationTest::line).toList());
    }

    @Test
    void aPageInAFolderAlsoSeesThePagesBesideItWithLinksRelativeToItself() {
        assertEquals(
                List.of(
                        "Home ../index.html",
                        "Access ../access.html",
                        "Quota ../quota.html",
                        "FAQ ../guides/faq.html",
                        "Setup ../guides/setup.html *"),
                navigation.itemsFor(SETUP).stream().map(NavigationTest::line).toList());
    }
}
