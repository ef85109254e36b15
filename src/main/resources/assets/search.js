// Search over assets/search/: a manifest, term shards and section chunks, each a script file, so it
// works from file:// and over HTTP, at any path prefix. Only the files a query needs are loaded.
// The input is an ARIA combobox; the result count is announced through a live region.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{N}]+/gu;
  var COMPOUND = /[\p{L}\p{N}]+(?:[-_./:@][\p{L}\p{N}]+)+/gu;
  var HEADING = 16;
  var SHOWN = 10;
  var root = document.body.getAttribute("data-root") || "";
  var waiting = {};
  var data = {};

  // the same terms as the index (SearchTerms.java): lower case, accents folded
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }
  function queryUnits(query) {
    var folded = fold(query);
    var units = [];
    var parts = folded.split(/\s+/);
    parts.forEach(function (part) {
      var compound = part.match(COMPOUND);
      var words = part.match(WORD) || [];
      if (compound && compound[0].length >= part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").length) {
        units.push({ term: compound[0], words: words });
      } else {
        words.forEach(function (w) { units.push({ term: w, words: [w] }); });
      }
    });
    return units;
  }

  window.HANDBOOK_SEARCH = {
    loaded: function (name, value) {
      data[name] = value;
      (waiting[name] || []).forEach(function (done) { done(value); });
      delete waiting[name];
    }
  };
  function load(name) {
    return new Promise(function (resolve, reject) {
      if (data[name]) { resolve(data[name]); return; }
      if (!waiting[name]) {
        waiting[name] = [];
        var script = document.createElement("script");
        script.src = root + "assets/search/" + name + ".js";
        script.onerror = function () { delete waiting[name]; reject(new Error("cannot load " + name)); };
        document.head.appendChild(script);
      }
      waiting[name].push(resolve);
    });
  }

  // the shard holding terms that start with `term`: the last whose first term is not after it
  function shardOf(manifest, term) {
    var lo = 0, hi = manifest.shards.length - 1, at = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (manifest.shards[mid] <= term) { at = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return at;
  }
  function shardsFor(manifest, term) {
    var first = shardOf(manifest, term);
    var names = ["t" + first];
    // terms with this prefix may run on into the next shard
    var next = first + 1;
    if (next < manifest.shards.length && manifest.shards[next].indexOf(term) === 0) {
      names.push("t" + next);
    }
    return names;
  }
  // a fixed number of sections per chunk, in section order
  function chunkOf(manifest, doc) {
    return Math.floor(doc / manifest.chunk);
  }

  // Damerau-Levenshtein distance, stopping once it is over `max`
  function within(a, b, max) {
    if (Math.abs(a.length - b.length) > max) { return false; }
    var prev2 = null, prev = [], i, j;
    for (j = 0; j <= b.length; j++) { prev[j] = j; }
    for (i = 1; i <= a.length; i++) {
      var cur = [i], best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
        }
        best = Math.min(best, cur[j]);
      }
      if (best > max) { return false; }
      prev2 = prev; prev = cur;
    }
    return prev[b.length] <= max;
  }

  // one query unit's sections: `docs`, those the shards' postings give (exact, prefix and, for
  // longer words, one-typo matches), with `scores` by section, and `has`, a bit per section found.
  // A common word's shard keeps only its best-weighted sections; `complete` (a bit per section)
  // has them all, and those past the kept ones score `low`, the least of the kept ones.
  function unitOf(unit, shards, total, complete) {
    var q = unit.term;
    var typos = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    var found = emptyUnit(total);
    var sections = complete ? count(complete) : 0;
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (term) {
        var factor;
        if (term === q) { factor = 1; }
        else if (term.indexOf(q) === 0) { factor = 0.7 * q.length / term.length + 0.2; }
        else if (typos && term[0] === q[0] && within(q, term, typos)) { factor = 0.4; }
        else { return; }
        var postings = shard[term];
        var exact = term === q && complete;
        var idf = Math.log(1 + total / (exact ? sections : postings.length / 2));
        var doc = 0;
        for (var p = 0; p < postings.length; p += 2) {
          doc += postings[p];
          var w = postings[p + 1];
          var s = factor * idf * ((w >= HEADING ? 3 : 0) + (w % HEADING) / 6);
          add(found, doc, s);
          if (exact && (!found.low || s < found.low)) { found.low = s; }
        }
      });
    });
    if (found.low) {
      for (var i = 0; i < found.has.length; i++) { found.has[i] |= complete.charCodeAt(i); }
    }
    return found;
  }
  function emptyUnit(total) {
    return { docs: [], scores: new Float64Array(total), has: new Uint8Array((total + 7) >> 3), low: 0 };
  }
  function add(found, doc, score) {
    if (!found.scores[doc]) {
      found.docs.push(doc);
      found.has[doc >> 3] |= 1 << (doc & 7);
    }
    if (score > found.scores[doc]) { found.scores[doc] = score; }
  }
  function count(bits) {
    var n = 0;
    for (var i = 0; i < bits.length; i++) {
      for (var b = typeof bits === "string" ? bits.charCodeAt(i) : bits[i]; b; b &= b - 1) { n++; }
    }
    return n;
  }

  function unitScores(manifest, unit) {
    var common = (manifest.common || []).indexOf(unit.term);
    var names = shardsFor(manifest, unit.term).concat(common >= 0 ? ["x" + common] : []);
    return Promise.all(names.map(load)).then(function (files) {
      var complete = common >= 0 ? atob(files.pop()) : null;
      var found = unitOf(unit, files, manifest.sections, complete);
      if (found.docs.length || unit.words.length < 2) { return found; }
      // a compound that is not in the index: every one of its words instead
      return Promise.all(unit.words.map(function (w) { return unitScores(manifest, { term: w, words: [w] }); }))
        .then(function (list) {
          var all = intersect(list), joined = emptyUnit(manifest.sections);
          all.docs.forEach(function (d, i) { add(joined, d, all.sums[i]); });
          return joined;
        });
    });
  }
  // the sections every unit found, with the sum of their scores: eight sections at a time
  function intersect(list) {
    var docs = [], sums = [], u;
    for (var i = 0; i < list[0].has.length; i++) {
      var m = 0xff;
      for (u = 0; u < list.length && m; u++) { m &= list[u].has[i]; }
      for (; m; m &= m - 1) {
        var d = i * 8 + 31 - Math.clz32(m & -m), sum = 0;
        for (u = 0; u < list.length; u++) { sum += list[u].scores[d] || list[u].low; }
        docs.push(d);
        sums.push(sum);
      }
    }
    return { docs: docs, sums: sums };
  }
  // the `limit` best sections, best first, and how many there are. A word alone: its best are
  // among the sections its shard kept, and the rest, if any, only count, unless more are asked for.
  function ranked(list, limit) {
    var one = list[0];
    if (list.length === 1 && limit <= one.docs.length) {
      var sums = one.docs.map(function (d) { return one.scores[d]; });
      return { docs: best(one.docs, sums, limit), total: one.low ? count(one.has) : one.docs.length };
    }
    var all = intersect(list);
    return { docs: best(all.docs, all.sums, limit), total: all.docs.length };
  }
  // `docs` by their `sums`, the `limit` best first (ties: the earlier section); tens of thousands at
  // 10,000 pages for a common word, so a page of results is picked rather than all sorted
  function best(docs, sums, limit) {
    var at = docs.map(function (d, i) { return i; });
    function before(i, j) { return sums[i] > sums[j] || (sums[i] === sums[j] && docs[i] < docs[j]); }
    if (limit > 100) {
      at.sort(function (i, j) { return before(i, j) ? -1 : 1; });
      return at.slice(0, limit).map(function (i) { return docs[i]; });
    }
    var top = [];
    at.forEach(function (i) {
      var k = top.length;
      if (k >= limit && !before(i, top[k - 1])) { return; }
      while (k > 0 && before(i, top[k - 1])) { k--; }
      top.splice(k, 0, i);
      if (top.length > limit) { top.pop(); }
    });
    return top.map(function (i) { return docs[i]; });
  }

  // every section matching all the query's words, best first: {url, title, heading, text}.
  // `early`, if given, is called as soon as the first result can be shown, with the results
  // whose chunks have come in by then, in order (a prefix of the full list).
  function search(query, limit, early) {
    var units = queryUnits(query);
    if (!units.length) { return Promise.resolve({ total: 0, shown: 0, results: [], units: units }); }
    return load("manifest").then(function (manifest) {
      return Promise.all(units.map(function (u) { return unitScores(manifest, u); }))
        .then(function (list) {
          var top = ranked(list, limit === undefined ? SHOWN : limit);
          var shown = top.docs;
          function found() {
            var results = [];
            for (var i = 0; i < shown.length; i++) {
              var c = chunkOf(manifest, shown[i]);
              if (!data["d" + c]) { break; }
              var s = data["d" + c][shown[i] - c * manifest.chunk];
              results.push({ url: s[0], title: s[1], heading: s[2], text: s[3] });
            }
            return { total: top.total, shown: shown.length, units: units, results: results };
          }
          // the chunks in the order of the results, so the first result's is asked for first
          var chunks = [];
          shown.forEach(function (d) {
            var c = chunkOf(manifest, d);
            if (chunks.indexOf(c) < 0) { chunks.push(c); }
          });
          var loads = chunks.map(function (c) { return load("d" + c); });
          if (early && loads.length > 1) {
            loads[0].then(function () { early(found()); }, function () {});
          }
          return Promise.all(loads).then(found);
        });
    });
  }

  // where in `text` the query's words (or words they start) occur: [start, end] pairs
  // folded as the index folds, keeping every position (a character whose folding changes the
  // length, such as an ellipsis, is only lower-cased)
  function foldInPlace(text) {
    // plain ASCII folds to its lower case, position for position: no need to go character by character
    if (!/[^\x00-\x7f]/.test(text)) { return text.toLowerCase(); }
    return Array.from(text).map(function (ch) {
      var f = fold(ch);
      return f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    }).join("");
  }
  function matches(text, units) {
    var folded = foldInPlace(text);
    var found = [];
    var re = /[\p{L}\p{N}]+(?:[-_./:@][\p{L}\p{N}]+)*/gu, m;
    while ((m = re.exec(folded))) {
      var word = m[0];
      units.forEach(function (u) {
        u.words.concat([u.term]).forEach(function (q) {
          var at = word.indexOf(q);
          if (at === 0 || (at > 0 && /[-_./:@]/.test(word[at - 1]))) {
            found.push([m.index + at, m.index + at + q.length]);
          }
        });
      });
    }
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    return found.filter(function (r, i) { return i === 0 || r[0] >= found[i - 1][1]; });
  }
  function appendMarked(parent, text, units) {
    var ranges = matches(text, units), at = 0;
    ranges.forEach(function (r) {
      if (r[0] < at) { return; }
      parent.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      parent.appendChild(mark);
      at = r[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }
  function snippet(text, units) {
    var ranges = matches(text, units);
    var start = ranges.length ? Math.max(0, ranges[0][0] - 60) : 0;
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < ranges[0][0] ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 180);
    if (end < text.length) {
      // at the end of a word, and not before the end of the first match
      var last = text.lastIndexOf(" ", end);
      end = last > start && (!ranges.length || last >= ranges[0][1]) ? last : end;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  window.handbookSearch = search;

  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var template = document.getElementById("search-result");
  if (!input || !list || !status || !template) { return; }
  var active = -1;
  var asked = 0;
  var shown = 0;

  function options() { return list.querySelectorAll("[role=option]"); }
  function setActive(index) {
    var all = options();
    if (!all.length) { return; }
    active = (index + all.length) % all.length;
    all.forEach(function (o, i) { o.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }
  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function go(option) {
    if (option) { window.location.href = option.getAttribute("data-href"); }
  }
  // the answer to search number `ask`. Its first results may be on screen already (shown as soon
  // as their chunk came in, a prefix of the full list): they stay as they are, so a result being
  // clicked or selected is not replaced under the pointer, and only the rest is added
  function show(query, found, ask) {
    var kept = ask === shown ? options().length : 0;
    if (!kept) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      active = -1;
      input.removeAttribute("aria-activedescendant");
    }
    shown = ask;
    found.results.slice(kept).forEach(function (r, j) {
      var i = kept + j;
      var item = template.firstElementChild.cloneNode(true);
      item.id = "search-option-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.setAttribute("data-href", root + r.url);
      item.querySelector(".search-page").textContent = r.title;
      var heading = item.querySelector(".search-heading");
      if (r.heading !== r.title) { appendMarked(heading, r.heading, found.units); } else { heading.remove(); }
      appendMarked(item.querySelector(".search-snippet"), snippet(r.text, found.units), found.units);
      item.addEventListener("click", function () { go(item); });
      list.appendChild(item);
    });
    var count = found.total === 0 ? "No results for " + query
      : found.total === 1 ? "1 result" : found.total + " results";
    if (found.total > found.shown) { count += ", the first " + found.shown + " shown"; }
    // written once per answer: the live region announces each change
    if (status.textContent !== count) { status.textContent = count; }
    list.hidden = found.results.length === 0;
    input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
  }

  // the manifest as soon as a reader reaches for the box: a finger's pointerdown comes well before
  // the focus (given when it lifts); nothing is loaded for a reader who never does
  ["pointerdown", "focus"].forEach(function (type) {
    input.addEventListener(type, function () { load("manifest").catch(function () {}); });
  });
  input.addEventListener("input", function () {
    var query = input.value;
    var mine = ++asked;
    if (!query.trim()) { close(); status.textContent = ""; return; }
    var early = function (found) { if (mine === asked) { show(query, found, mine); } };
    search(query, SHOWN, early).then(function (found) {
      if (mine === asked) { show(query, found, mine); }
    }, function () {
      if (mine === asked) { status.textContent = "Search is not available"; }
    });
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (list.hidden && options().length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
      setActive(active + (ev.key === "ArrowDown" ? 1 : -1) + (active < 0 && ev.key === "ArrowUp" ? 1 : 0));
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      var all = options();
      if (all.length) { go(all[active >= 0 ? active : 0]); ev.preventDefault(); }
    } else if (ev.key === "Escape") {
      if (!list.hidden) { close(); } else { input.value = ""; status.textContent = ""; }
      ev.preventDefault();
    }
  });
  document.addEventListener("click", function (ev) {
    if (!ev.target.closest || !ev.target.closest(".search")) { close(); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      input.focus();
      ev.preventDefault();
    }
  });
})();
