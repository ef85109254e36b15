package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.AssetPolicy;
import com.sparkfabrik.handbook.content.ContentReader;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content folder as last read: pages, asset bytes, and what reading them reported. A refresh
 * after an edit of existing pages re-reads just those; anything else (a file added, removed or not
 * a page) lists the folder again.
 */
final class SourceFolder {

    private final Path source;
    private final boolean drafts;
    private final ContentReader reader = new ContentReader();
    private final Map<String, PageSource> pages = new TreeMap<>();
    private final Map<String, List<Diagnostic>> readDiagnostics = new TreeMap<>();
    private final Map<String, byte[]> assets = new TreeMap<>();
    private List<Diagnostic> listingDiagnostics = List.of();
    private Set<String> listedPages = Set.of();
    // the pages in file order and what reading them reported, kept between refreshes: an edit of
    // pages puts each one in its place in a copy, so each refresh's list stays as it was given
    private List<PageSource> pageList;
    private Map<String, Integer> positions;
    private List<Diagnostic> readReports;

    /** {@code drafts}: read draft pages too; otherwise a draft is as if it were not there. */
    SourceFolder(Path source, boolean drafts) {
        this.source = source;
        this.drafts = drafts;
    }

    /**
     * Brings the pages up to date; returns whether the folder was listed again (pages may have come
     * or gone), not only edited pages read again.
     */
    boolean refresh(Set<String> changed) throws IOException {
        Set<String> toRead = new HashSet<>();
        boolean listAgain = changed == null || !onlyKnownPagesEdited(changed);
        if (listAgain) {
            Diagnostics d = new Diagnostics();
            ContentReader.Listing listing = reader.list(source, d);
            listedPages = new HashSet<>();
            for (String page : listing.pages()) {
                listedPages.add(ContentReader.DIR + "/" + page);
            }
            pages.keySet().retainAll(listedPages);
            readDiagnostics.keySet().retainAll(listedPages);
            assets.clear();
            for (String asset : listing.assets()) {
                byte[] bytes = Files.readAllBytes(source.resolve(ContentReader.DIR).resolve(asset));
                if (AssetPolicy.allows(asset, bytes, d)) {
                    assets.put(asset, bytes);
                }
            }
            listingDiagnostics = d.all();
            toRead.addAll(changed == null ? listedPages : unread(changed));
        } else {
            toRead.addAll(changed);
        }
        toRead.retainAll(listedPages);
        // read and parsed on every core, kept in file order
        List<Read> reads = toRead.parallelStream().sorted().map(this::read).toList();
        List<PageSource> list = listAgain || pageList == null ? null : new ArrayList<>(pageList);
        for (Read read : reads) {
            PageSource was =
                    read.page().isPresent()
                            ? pages.put(read.file(), read.page().get())
                            : pages.remove(read.file());
            if (list != null && was != null && read.page().isPresent()) {
                list.set(positions.get(read.file()), read.page().get());
            } else {
                list = null; // a page came or went
            }
            List<Diagnostic> reported = readDiagnostics.put(read.file(), read.diagnostics());
            if (!read.diagnostics().isEmpty() || reported != null && !reported.isEmpty()) {
                readReports = null;
            }
        }
        if (listAgain) {
            readReports = null;
        }
        pageList = list == null ? listPages() : list;
        return listAgain;
    }

    private List<PageSource> listPages() {
        positions = new HashMap<>();
        for (String file : pages.keySet()) {
            positions.put(file, positions.size());
        }
        return new ArrayList<>(pages.values());
    }

    private record Read(String file, Optional<PageSource> page, List<Diagnostic> diagnostics) {}

    private Read read(String file) {
        Diagnostics d = new Diagnostics();
        String relative = file.substring(ContentReader.DIR.length() + 1);
        Optional<PageSource> page =
                reader.readPage(source, relative, d).filter(p -> drafts || !p.draft());
        return new Read(file, page, d.all());
    }

    /** Pages changed on disk, plus listed pages never read (new ones). */
    private Set<String> unread(Set<String> changed) {
        Set<String> result = new HashSet<>(changed);
        for (String page : listedPages) {
            if (!readDiagnostics.containsKey(page)) {
                result.add(page);
            }
        }
        return result;
    }

    /** Whether {@code changed} holds only pages read before and the policy, which is not ours. */
    private boolean onlyKnownPagesEdited(Set<String> changed) {
        for (String path : changed) {
            if (path.equals(PolicyLoader.FILE)) {
                continue;
            }
            if (!listedPages.contains(path)
                    || !Files.isRegularFile(source.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** The pages, in file order. */
    List<PageSource> pages() {
        return pageList;
    }

    List<String> assets() {
        return List.copyOf(assets.keySet());
    }

    /**
     * Copies the files under content/ that are not pages; a name the site itself uses is an error.
     */
    void addAssets(OutputFiles files, Diagnostics diagnostics) {
        assets.forEach(
                (asset, bytes) -> {
                    // sitemap.xml is the site's own even when a build without a base URL omits it
                    if (asset.startsWith(GeneratedPages.SEARCH_FOLDER)) {
                        diagnostics.error(
                                "content",
                                SourcePosition.of(ContentReader.DIR + "/" + asset),
                                "this file is in the folder of the site's search index '"
                                        + GeneratedPages.SEARCH_FOLDER
                                        + "': move it");
                    } else if (files.contains(asset) || asset.equals(GeneratedPages.SITEMAP)) {
                        diagnostics.error(
                                "content",
                                SourcePosition.of(ContentReader.DIR + "/" + asset),
                                "this file would overwrite the site's own '"
                                        + asset
                                        + "': rename it");
                    } else if (files.clashes(asset)) {
                        diagnostics.error(
                                "content",
                                SourcePosition.of(ContentReader.DIR + "/" + asset),
                                "this file and a folder of the site's own output would have the same name: rename it");
                    } else {
                        files.add(asset, bytes);
                    }
                });
    }

    List<Diagnostic> diagnostics() {
        if (readReports == null) {
            List<Diagnostic> all = new ArrayList<>();
            readDiagnostics.values().forEach(all::addAll);
            readReports = List.copyOf(all);
        }
        List<Diagnostic> all = new ArrayList<>(listingDiagnostics);
        all.addAll(readReports);
        return all;
    }
}
