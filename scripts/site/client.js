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

  // The search page: load the shard a query needs (scripts/site/search.ts), list the matches, and let
  // the arrow keys move between the box and the results (Enter opens a result, as any link).
  var input = document.getElementById("q");
  if (input && window.SEARCH_KEYS) {
    var fold = /*FOLD*/, hexKey = /*HEX*/;
    var keys = window.SEARCH_KEYS, shards = {}, requested = {};
    var results = document.getElementById("results"), count = document.getElementById("count");
    // Of the query's words of two letters or more, the one whose shard has the fewest chunks.
    var keyFor = function (q) {
      var best;
      q.split(" ").forEach(function (w) {
        if (w.length < 2) return;
        var k = w.slice(0, 2);
        if (best === undefined || (keys[k] || 0) < (keys[best] || 0)) best = k;
      });
      return best;
    };
    var run = function () {
      var q = fold(input.value);
      results.textContent = "";
      if (!q) { count.textContent = ""; return; }
      var key = keyFor(q);
      if (key === undefined) { count.textContent = "Type at least two letters."; return; }
      var total = keys[key] || 0, have = shards[key] || [], entries = [];
      for (var n = 0; n < total; n++) {
        if (!have[n]) { load(key, total); count.textContent = "Searching…"; return; }
        entries = entries.concat(have[n]);
      }
      var hits = entries.filter(function (e) { return e.f.some(function (k) { return (" " + k).indexOf(" " + q) >= 0; }); });
      count.textContent = hits.length + " match" + (hits.length === 1 ? "" : "es") + (hits.length > 100 ? ", the first 100 shown" : "");
      hits.slice(0, 100).forEach(function (e) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = "../" + e.u; a.textContent = e.n;
        li.appendChild(a); li.appendChild(document.createTextNode(" (" + e.c + ")"));
        results.appendChild(li);
      });
    };
    var load = function (key, total) {
      if (requested[key]) return;
      requested[key] = true;
      for (var n = 0; n < total; n++) {
        var s = document.createElement("script");
        s.src = "shards/" + hexKey(key) + "-" + n + ".js";
        document.head.appendChild(s);
      }
    };
    window.SEARCH_SHARD = function (key, n, entries) { (shards[key] = shards[key] || [])[n] = entries; run(); };
    var links = function () { return Array.prototype.slice.call(results.querySelectorAll("a")); };
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown" && links()[0]) { ev.preventDefault(); links()[0].focus(); }
    });
    results.addEventListener("keydown", function (ev) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (ev.key === "ArrowDown" && at + 1 < all.length) { ev.preventDefault(); all[at + 1].focus(); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      else if (ev.key === "Escape") { ev.preventDefault(); input.focus(); }
    });
    var param = new URLSearchParams(location.search).get("q");
    if (param) input.value = param;
    run();
  }
})();
