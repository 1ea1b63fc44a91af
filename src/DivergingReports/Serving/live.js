// divrep serve only: reloads the page after each rebuild (keeping the scroll position) and shows
// the problems of a failed rebuild over the page until they are fixed. Never part of a built site.
(function () {
  "use strict";
  var script = document.currentScript;
  var events = script.getAttribute("data-events");
  var key = "divrep-scroll:" + location.pathname;

  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, parseInt(saved, 10) || 0); });
  }

  function clearOverlay() {
    var old = document.getElementById("divrep-problems");
    if (old) old.remove();
  }

  // The page served while no site has been built lists the problems itself: they are replaced in place.
  var noSite = document.documentElement.hasAttribute("data-divrep-no-site");

  function showOverlay(found) {
    clearOverlay();
    var box = document.createElement("section");
    box.id = "divrep-problems";
    box.setAttribute("role", "alert");
    if (!noSite) box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "background:#2b0a0a;color:#fff;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;padding:1em 1.25em;" +
      "border-top:4px solid #e5484d;box-shadow:0 -4px 24px rgba(0,0,0,.4)";
    var title = document.createElement("strong");
    title.textContent = "The last change did not build. The page shows the last good version.";
    if (!noSite) box.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:.75em 0 0;padding-left:1.25em";
    found.problems.forEach(function (p) {
      var item = document.createElement("li");
      item.textContent = p.file + "(" + p.line + "," + p.column + "): " + p.code + ": " + p.message + (p.hint ? " (" + p.hint + ")" : "");
      list.appendChild(item);
    });
    box.appendChild(list);
    if (found.more > 0) {
      var more = document.createElement("p");
      more.style.cssText = "margin:.5em 0 0";
      more.textContent = "… and " + found.more + " more: the terminal lists them all.";
      box.appendChild(more);
    }
    (noSite && document.querySelector("main") || document.body).appendChild(box);
  }

  var source = new EventSource(events);
  // Marks the page as following the preview (tools and tests wait on it before editing).
  source.addEventListener("open", function () { document.documentElement.setAttribute("data-divrep-live", "open"); });
  source.addEventListener("reload", function () {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
  source.addEventListener("problems", function (e) { showOverlay(JSON.parse(e.data)); });
  source.addEventListener("clear", clearOverlay);
})();
