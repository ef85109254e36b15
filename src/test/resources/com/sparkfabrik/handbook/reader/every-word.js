// Run in a page of the site: every word of the article, section by section, must find that
// section through the site's own search (or, for a page that repeats another's section, that one). Calls back {words: N, missed: ["word -> section", ...]}.
var page = arguments[0];
var sameAs = arguments[1];
var done = arguments[arguments.length - 1];
var article = document.querySelector("main article");
var sections = [], current = { id: "", text: "" };
sections.push(current);
function walk(node) {
  node.childNodes.forEach(function (child) {
    if (child.nodeType === 1 && /^H[2-6]$/.test(child.tagName) && child.id) {
      current = { id: child.id, text: "" };
      sections.push(current);
    }
    if (child.nodeType === 3) { current.text += " " + child.textContent; }
    else if (child.nodeType === 1) { walk(child); }
  });
}
walk(article);
var jobs = [];
sections.forEach(function (s) {
  var seen = {};
  var target = sameAs || (s.id ? page + "#" + s.id : page);
  (s.text.match(/[\p{L}\p{N}][\p{L}\p{N}\-_.\/:@]*/gu) || []).forEach(function (w) {
    w = w.replace(/[\-_.\/:@]+$/u, "");
    if (!seen[w]) { seen[w] = true; jobs.push({ word: w, target: target }); }
  });
});
var missed = [];
var at = 0;
function next() {
  if (at >= jobs.length) { done({ words: jobs.length, missed: missed }); return; }
  var job = jobs[at++];
  window.handbookSearch(job.word, Infinity).then(function (found) {
    if (!found.results.some(function (r) { return r.url === job.target; })) {
      missed.push(job.word + " -> " + job.target);
    }
    next();
  }, function (e) { missed.push(job.word + " -> error " + e); next(); });
}
next();
