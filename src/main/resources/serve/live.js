// Live reload for `handbook serve` only: never part of a built site.
(function () {
  "use strict";
  var overlay = null;
  function showErrors(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "handbook-errors";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,20,24,.94);" +
        "color:#ffd7d7;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2em;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "The last build failed; showing the last good build underneath.\n\n" + text;
  }
  function clearErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  // The build this page came from: a newer one announced on connecting means the page is stale.
  var script = document.currentScript;
  var version = script && script.hasAttribute("data-version") ? script.getAttribute("data-version") : null;
  var source = new EventSource("/__handbook/events");
  source.addEventListener("hello", function (e) {
    if (version !== null && e.data !== version) { location.reload(); }
    version = e.data;
    clearErrors();
  });
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("errors", function (e) { showErrors(e.data); });
})();
