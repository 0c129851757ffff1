// The little JavaScript the site has: highlight the passage named by #q=start-end (UTF-16 offsets into
// the seed text, computed at build); the filters of the disagreements and who-said-what pages; and the
// search page, which loads the parts of the index a query needs (scripts/site/search.ts).
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

  // Filters: each select names a data attribute; an entry shows when, for every select set, its
  // attribute's list holds the value chosen (a statement inside a speaker's section may hold it for
  // itself). Without script the form stays hidden and every entry shows.
  function has(el, name, value) {
    var list = el.getAttribute("data-" + name);
    return list !== null && (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll("form.filters"), function (form) {
    var entries = document.querySelectorAll(".filterable > *");
    var apply = function () {
      var chosen = Array.prototype.map.call(form.querySelectorAll("select"), function (s) { return [s.name, s.value]; }).filter(function (c) { return c[1]; });
      var shown = 0;
      Array.prototype.forEach.call(entries, function (entry) {
        var matches = function (el) { return chosen.every(function (c) { return has(el, c[0], c[1]) || has(entry, c[0], c[1]); }); };
        var parts = entry.querySelectorAll(".statement");
        var ok;
        if (parts.length) {
          Array.prototype.forEach.call(parts, function (p) { p.hidden = !matches(p); });
          Array.prototype.forEach.call(entry.querySelectorAll(".occasion-group"), function (g) { g.hidden = !g.querySelector(".statement:not([hidden])"); });
          ok = !!entry.querySelector(".statement:not([hidden])");
        } else ok = matches(entry);
        entry.hidden = !ok;
        if (ok) shown++;
      });
      form.querySelector("output").value = chosen.length ? shown + " of " + entries.length + " shown" : "";
    };
    form.addEventListener("change", apply);
    form.hidden = false;
  });

  // The search page.
  var input = document.getElementById("q");
  var manifest = window.SEARCH_MANIFEST;
  if (!input || !manifest || !window.MiniSearch) return;
  var fold = /*FOLD*/, terms = /*TERMS*/, hexKey = /*HEX*/, partsFor = /*PARTS*/, partFile = /*FILE*/;
  var results = document.getElementById("results"), count = document.getElementById("count");
  var parts = {}, docs = {}, requested = {};
  var fieldWords = { name: "name", quote: "statement", value: "stated value" };
  function load(src) {
    if (requested[src]) return;
    requested[src] = true;
    var s = document.createElement("script");
    s.src = src;
    document.head.appendChild(s);
  }
  window.SEARCH_PART = function (file, n, json) {
    (parts[file] = parts[file] || [])[n] = MiniSearch.loadJS(json, { fields: manifest.fields, tokenize: function (s) { return s ? s.split(" ") : []; }, processTerm: function (t) { return t; } });
    run();
  };
  window.SEARCH_DOCS = function (n, list) { docs[n] = list; run(); };
  function run() {
    var words = terms(fold(input.value));
    results.textContent = "";
    if (!words.length) { count.textContent = ""; return; }
    var combined = null, missing = false;
    words.forEach(function (t) {
      var scores = {};
      partsFor(manifest.parts, t).forEach(function (p) {
        var file = partFile(p);
        for (var i = 0; i < p[2]; i++) {
          var index = parts[file] && parts[file][i];
          if (!index) { missing = true; load("index/" + file + "-" + i + ".js"); continue; }
          index.search(t, { prefix: true, boost: { name: 3, quote: 1.5 } }).forEach(function (r) {
            var s = scores[r.id] || (scores[r.id] = { score: 0, fields: {} });
            s.score += r.score;
            Object.keys(r.match).forEach(function (term) { r.match[term].forEach(function (f) { s.fields[f] = true; }); });
          });
        }
      });
      if (combined === null) combined = scores;
      else {
        var both = {};
        Object.keys(combined).forEach(function (id) {
          if (scores[id]) both[id] = { score: combined[id].score + scores[id].score, fields: Object.assign({}, combined[id].fields, scores[id].fields) };
        });
        combined = both;
      }
    });
    if (missing) { count.textContent = "Searching…"; return; }
    var hits = Object.keys(combined).map(function (id) { return { id: +id, score: combined[id].score, fields: combined[id].fields }; });
    hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    var top = hits.slice(0, 50);
    for (var i = 0; i < top.length; i++) {
      var chunk = Math.floor(top[i].id / manifest.docChunk);
      if (!docs[chunk]) { missing = true; load("docs/" + chunk + ".js"); }
    }
    if (missing) { count.textContent = "Searching…"; return; }
    count.textContent = hits.length + " record" + (hits.length === 1 ? "" : "s") + " found" + (hits.length > top.length ? ", the first " + top.length + " shown" : "");
    top.forEach(function (h) {
      var d = docs[Math.floor(h.id / manifest.docChunk)][h.id % manifest.docChunk];
      var li = document.createElement("li"), a = document.createElement("a"), small = document.createElement("small");
      a.href = "../" + d[0]; a.textContent = d[1];
      small.textContent = " " + d[2] + " · matched in its " + Object.keys(h.fields).map(function (f) { return fieldWords[f] || f; }).join(", ");
      li.appendChild(a); li.appendChild(small);
      results.appendChild(li);
    });
  }
  // The arrow keys move between the box and the results (Enter opens a result, as any link).
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
})();
