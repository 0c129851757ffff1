/*BANNER*/
// The little JavaScript the site has: highlight the passage named by #q=start-end (UTF-16 offsets
// into the seed text, computed at build), and the in-page name search.
(function () {
  function highlightTarget() {
    var m = /^#q=(\d+)-(\d+)$/.exec(location.hash);
    var seed = document.getElementById("seed");
    if (!m || !seed) return;
    var start = +m[1], end = +m[2];
    var range = document.createRange();
    var spans = seed.querySelectorAll("[data-s]");
    var startSet = false;
    for (var i = 0; i < spans.length; i++) {
      var s = +spans[i].getAttribute("data-s");
      var node = spans[i].firstChild;
      if (!node) continue;
      var e = s + node.data.length;
      if (!startSet && start >= s && start < e) { range.setStart(node, start - s); startSet = true; }
      if (startSet && end > s && end <= e) { range.setEnd(node, end - s); break; }
    }
    if (!startSet) return;
    if (window.CSS && CSS.highlights && window.Highlight) CSS.highlights.set("target", new Highlight(range));
    else { var mark = document.createElement("mark"); mark.className = "target"; try { range.surroundContents(mark); } catch (err) { /* spans a boundary */ } }
    var el = range.startContainer.parentElement;
    el.scrollIntoView({ block: "center" });
    el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
  }
  window.addEventListener("hashchange", highlightTarget);
  highlightTarget();

  var input = document.getElementById("q");
  if (input && window.SEARCH_INDEX) {
    var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9\u0600-\u06ff]+/g, " ").trim(); };
    var index = window.SEARCH_INDEX.map(function (e) { return { e: e, keys: e.f.map(fold) }; });
    var results = document.getElementById("results"), count = document.getElementById("count");
    var run = function () {
      var q = fold(input.value);
      results.textContent = "";
      if (!q) { count.textContent = ""; return; }
      var hits = index.filter(function (x) { return x.keys.some(function (k) { return k.indexOf(q) >= 0; }); });
      count.textContent = hits.length + " match" + (hits.length === 1 ? "" : "es");
      hits.slice(0, 100).forEach(function (x) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = "../" + x.e.u; a.textContent = x.e.n;
        li.appendChild(a); li.appendChild(document.createTextNode(" (" + x.e.c + ")"));
        results.appendChild(li);
      });
    };
    input.addEventListener("input", run);
    var param = /[?&]q=([^&]*)/.exec(location.search);
    if (param) { input.value = decodeURIComponent(param[1]); }
    run();
  }
})();
