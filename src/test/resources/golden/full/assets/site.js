// Layout helpers; the pages work without them. On wide screens the page list and the table of
// contents start open (on phones they stay collapsed), and the table of contents marks the
// section being read.
(function () {
  "use strict";
  document.querySelectorAll("details[data-open-from]").forEach(function (details) {
    var wide = window.matchMedia("(min-width: " + details.getAttribute("data-open-from") + ")");
    function follow() { details.open = wide.matches; }
    follow();
    wide.addEventListener("change", follow);
  });
  var links = Array.prototype.slice.call(document.querySelectorAll(".toc a[href^='#']"));
  var headings = links.map(function (a) {
    return document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
  });
  if (!links.length || !("IntersectionObserver" in window)) { return; }
  function mark() {
    // the current section: the last heading above the upper third of the window
    var line = window.innerHeight / 3, current = -1;
    headings.forEach(function (h, i) { if (h && h.getBoundingClientRect().top <= line) { current = i; } });
    links.forEach(function (a, i) {
      if (i === current) { a.setAttribute("aria-current", "location"); } else { a.removeAttribute("aria-current"); }
    });
  }
  var observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -66% 0px" });
  headings.forEach(function (h) { if (h) { observer.observe(h); } });
  window.addEventListener("scroll", mark, { passive: true });
  mark();
})();
