// What a Porter stemmer (lunr 2.3.9's) would add to search over a built site: which words it joins
// that prefix and small-typo matching (assets/search.js) do not already join.
//   node bench/stemmer_eval.js SITE LUNR_JS
// LUNR_JS: lunr.js from the npm package lunr@2.3.9 (npm pack lunr@2.3.9).
var fs = require("fs"), path = require("path");
var lunr = require(path.resolve(process.argv[3]));
var dir = path.join(process.argv[2], "assets/search");
var terms = [];
global.HANDBOOK_SEARCH = { loaded: function (name, value) {
  if (name[0] === "t") { terms = terms.concat(Object.keys(value)); } } };
fs.readdirSync(dir).forEach(function (f) { eval(fs.readFileSync(path.join(dir, f), "utf8")); });
var words = terms.filter(function (t) { return /^[a-z]+$/.test(t); });
function within(a, b, max) { // Damerau-Levenshtein as search.js
  if (Math.abs(a.length - b.length) > max) { return false; }
  var d = [];
  for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
  for (var j = 0; j <= b.length; j++) { d[0][j] = j; }
  for (i = 1; i <= a.length; i++) { for (j = 1; j <= b.length; j++) {
    d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1); }
  } }
  return d[a.length][b.length] <= max;
}
function alreadyFinds(q, t) {
  var typos = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
  return t.indexOf(q) === 0 || (typos && t[0] === q[0] && within(q, t, typos));
}
var byStem = {};
words.forEach(function (w) { var s = lunr.stemmer(new lunr.Token(w)).toString(); (byStem[s] = byStem[s] || []).push(w); });
var pairs = 0, added = [];
Object.keys(byStem).forEach(function (s) {
  var g = byStem[s];
  g.forEach(function (q) { g.forEach(function (t) {
    if (q === t) { return; }
    pairs++;
    if (!alreadyFinds(q, t)) { added.push(q + " -> " + t); }
  }); });
});
console.log(words.length + " words, " + Object.keys(byStem).length + " stems, " + pairs +
  " ordered pairs joined by the stemmer, " + added.length + " of them not already found by prefix or typo");
console.log(added.join("\n"));
