// Client-side search over assets/search-index.js; works from file:// and any path prefix.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var index = window.HANDBOOK_SEARCH || [];
  var root = document.body.getAttribute("data-root") || "";
  if (!input || !list) { return; }
  function matches(entry, words) {
    var hay = (entry.title + " " + entry.headings.join(" ") + " " + entry.text).toLowerCase();
    return words.every(function (w) { return hay.indexOf(w) >= 0; });
  }
  function snippet(text, word) {
    var at = text.toLowerCase().indexOf(word);
    if (at < 0) { return text.slice(0, 120); }
    var start = Math.max(0, at - 50);
    return (start > 0 ? "…" : "") + text.slice(start, start + 140) + "…";
  }
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!words.length) { list.hidden = true; return; }
    var found = index.filter(function (e) { return matches(e, words); }).slice(0, 10);
    found.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.url;
      a.textContent = e.title;
      var small = document.createElement("small");
      small.textContent = snippet(e.text, words[0]);
      li.appendChild(a);
      li.appendChild(small);
      list.appendChild(li);
    });
    if (!found.length) {
      var none = document.createElement("li");
      none.textContent = "No results";
      list.appendChild(none);
    }
    list.hidden = false;
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { input.value = ""; list.hidden = true; }
  });
})();
