/* consistency review page: plain JavaScript, no build step, nothing fetched from elsewhere.
 *
 * Safety: article text only ever reaches the page through text nodes and textContent,
 * never innerHTML, so markup inside an article is shown as text and never runs.
 */
(function () {
  "use strict";

  var state = { data: null, findingEls: [], current: -1, marks: {}, figureRows: [], onlyFlagged: false };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function num(x) {
    if (x === null || x === undefined) return "∞";
    if (typeof x !== "number") return String(x);
    var abs = Math.abs(x);
    var digits = abs >= 1e6 ? 0 : abs >= 100 ? 2 : 4;
    return x.toLocaleString("en-GB", { maximumFractionDigits: digits });
  }

  function interval(f) {
    if (f.low === f.high && f.low !== null) return num(f.low);
    return "[" + (f.low === null ? "−∞" : num(f.low)) + ", " + (f.high === null ? "∞" : num(f.high)) + "]";
  }

  function bytes(n) {
    if (n >= 1048576) return (n / 1048576).toFixed(n % 1048576 ? 1 : 0) + " MiB";
    if (n >= 1024) return Math.round(n / 1024) + " KiB";
    return n + " bytes";
  }

  /* ---------- rendering a review ---------- */

  function render(data) {
    state.data = data;
    state.marks = {};
    state.current = -1;
    // a run over many documents opens on the ones with findings
    state.onlyFlagged = data.documents.length > 1 && data.findings.length > 0;
    $("summary").textContent = data.summary;
    renderDocuments(data);
    renderFindings(data);
    renderFigures(data);
    var dl = $("downloads");
    if (dl) dl.hidden = !data.downloads;
    $("review").hidden = false;
    selectTab("findings", false);
  }

  function spanKey(doc, start, end) { return doc + ":" + start + ":" + end; }

  function renderDocuments(data) {
    var box = $("documents");
    box.textContent = "";
    state.marks = {};
    if (data.errors && data.errors.length) { // inputs the run could not check
      var problems = el("div", "error problems");
      problems.setAttribute("role", "alert");
      problems.appendChild(el("strong", null, data.errors.length === 1 ?
        "One input could not be checked:" : data.errors.length + " inputs could not be checked:"));
      var ul = el("ul");
      data.errors.forEach(function (e) { ul.appendChild(el("li", null, e)); });
      problems.appendChild(ul);
      box.appendChild(problems);
    }
    var withFindings = {};
    data.findings.forEach(function (f) { withFindings[f.document] = true; });
    if (data.documents.length > 1) {
      var n = Object.keys(withFindings).length;
      var bar = el("label", "doc-filter");
      var box2 = el("input");
      box2.type = "checkbox";
      box2.id = "only-flagged";
      box2.checked = state.onlyFlagged;
      box2.addEventListener("change", function () {
        state.onlyFlagged = box2.checked;
        renderDocuments(state.data);
        document.getElementById("only-flagged").focus();
      });
      bar.appendChild(box2);
      bar.appendChild(document.createTextNode(
        " Show only the " + n + " document" + (n === 1 ? "" : "s") + " with findings (of " +
        data.documents.length + ")"));
      box.appendChild(bar);
    }
    var flagged = {};
    data.findings.forEach(function (f) {
      f.spans.forEach(function (s) {
        var key = spanKey(s.document, s.start, s.end);
        var rank = { error: 3, warning: 2, info: 1 }[f.severity] || 0;
        if (!flagged[key] || flagged[key] < rank) flagged[key] = rank;
      });
    });
    data.documents.forEach(function (doc) {
      if (state.onlyFlagged && !withFindings[doc.id]) return;
      var section = el("article", "document");
      section.id = "document-" + doc.id;
      var head = el("header", "doc-head");
      head.appendChild(el("h2", "doc-title", doc.title || doc.path));
      var meta = [doc.path, doc.format === "text" ? "text" : doc.format];
      if (doc.date) meta.push("dated " + doc.date);
      meta.push(doc.figures.length + " figure" + (doc.figures.length === 1 ? "" : "s"));
      if (doc.locations === "paragraph") meta.push("locations are paragraph numbers");
      head.appendChild(el("p", "doc-meta", meta.join(" · ")));
      section.appendChild(head);

      // spans: the document's figures, plus any figure a finding names that the
      // figures table does not (a figure read by a rule itself)
      var spans = doc.figures.map(function (f, i) { return { start: f.start, end: f.end, figure: i }; });
      var known = {};
      spans.forEach(function (s) { known[s.start + ":" + s.end] = true; });
      data.findings.forEach(function (f) {
        f.spans.forEach(function (s) {
          if (s.document === doc.id && !known[s.start + ":" + s.end]) {
            known[s.start + ":" + s.end] = true;
            spans.push({ start: s.start, end: s.end, figure: null, text: s.text });
          }
        });
      });
      spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });

      var text = doc.text;
      var body = el("div", "doc-text");
      var pos = 0;
      if (doc.body_start > 0) { // front matter: shown, but set apart from the story
        body.appendChild(el("span", "front-matter", text.slice(0, doc.body_start)));
        pos = doc.body_start;
      }
      spans.forEach(function (s) {
        if (s.start < pos || s.end > text.length || s.end <= s.start) return; // overlapping
        if (s.start > pos) body.appendChild(document.createTextNode(text.slice(pos, s.start)));
        var mark = el("mark", "fig", text.slice(s.start, s.end));
        var f = s.figure !== null ? doc.figures[s.figure] : null;
        mark.tabIndex = 0;
        mark.dataset.doc = doc.id;
        mark.dataset.start = s.start;
        mark.dataset.end = s.end;
        if (f) {
          mark.classList.add("kind-" + String(f.kind).replace(/[^a-z_-]/gi, ""));
          mark.dataset.figure = s.figure;
          mark.setAttribute("aria-label", text.slice(s.start, s.end) + ": " + describe(f).join("; "));
        }
        var rank = flagged[spanKey(doc.id, s.start, s.end)];
        if (rank) mark.classList.add("flagged", ["", "flag-info", "flag-warning", "flag-error"][rank]);
        state.marks[spanKey(doc.id, s.start, s.end)] = mark;
        body.appendChild(mark);
        pos = s.end;
      });
      if (pos < text.length) body.appendChild(document.createTextNode(text.slice(pos)));
      section.appendChild(body);
      box.appendChild(section);
    });
  }

  function describe(f) {
    var out = ["value " + num(f.value)];
    if (!(f.low === f.high && f.low === f.value)) out.push("interval " + interval(f));
    if (f.unit) out.push("unit " + f.unit);
    if (f.noun) out.push("counts " + f.noun);
    out.push("kind " + f.kind);
    if (f.qualifier && f.qualifier !== "exact") out.push(f.qualifier.replace("_", " "));
    return out;
  }

  function figureFor(mark) {
    if (!mark || mark.dataset.figure === undefined) return null;
    var doc = state.data.documents[Number(mark.dataset.doc)];
    return doc ? doc.figures[Number(mark.dataset.figure)] : null;
  }

  function renderFindings(data) {
    var list = $("findings");
    list.textContent = "";
    state.findingEls = [];
    $("n-findings").textContent = String(data.findings.length);
    $("no-findings").hidden = data.findings.length > 0;
    var many = data.documents.length > 1;
    data.findings.forEach(function (f, i) {
      var item = el("li", "finding-item");
      var button = el("button", "finding sev-" + f.severity);
      button.type = "button";
      button.dataset.index = i;
      button.tabIndex = i === 0 ? 0 : -1;
      var head = el("span", "finding-head");
      head.appendChild(el("span", "badge badge-" + f.severity, f.severity));
      head.appendChild(el("span", "rule", f.rule));
      head.appendChild(el("span", "where", (many ? f.path + ", " : "") + f.where));
      button.appendChild(head);
      button.appendChild(el("span", "message", f.message));
      if (f.arithmetic) button.appendChild(el("code", "arithmetic", "= " + f.arithmetic));
      if (f.hint) button.appendChild(el("span", "hint", "hint: " + f.hint));
      button.addEventListener("click", function () { selectFinding(i, true); });
      item.appendChild(button);
      list.appendChild(item);
      state.findingEls.push(button);
    });
  }

  function renderFigures(data) {
    var body = document.querySelector("#figures-table tbody");
    body.textContent = "";
    state.figureRows = [];
    var total = 0;
    var many = data.documents.length > 1;
    data.documents.forEach(function (doc) {
      doc.figures.forEach(function (f) {
        total += 1;
        var tr = el("tr");
        tr.appendChild(el("td", "where", (many ? doc.path + ", " : "") + f.where));
        var cell = el("td");
        var go = el("button", "link", f.text);
        go.type = "button";
        go.title = "Show in the article";
        go.addEventListener("click", function () {
          var mark = state.marks[spanKey(doc.id, f.start, f.end)];
          if (!mark && state.onlyFlagged) { // its document is filtered out: show them all
            state.onlyFlagged = false;
            renderDocuments(state.data);
            mark = state.marks[spanKey(doc.id, f.start, f.end)];
          }
          if (mark) { flash(mark); mark.focus({ preventScroll: true }); }
        });
        cell.appendChild(go);
        tr.appendChild(cell);
        tr.appendChild(el("td", "num", num(f.value)));
        tr.appendChild(el("td", "num", interval(f)));
        tr.appendChild(el("td", null, f.unit || ""));
        tr.appendChild(el("td", null, f.noun || ""));
        tr.appendChild(el("td", null, f.kind));
        tr.dataset.search = [f.text, f.unit, f.noun, f.kind, f.where].join(" ").toLowerCase();
        body.appendChild(tr);
        state.figureRows.push(tr);
      });
    });
    $("n-figures").textContent = String(total);
  }

  /* ---------- choosing findings ---------- */

  function marksFor(finding) {
    var found = [];
    finding.spans.forEach(function (s) {
      var mark = state.marks[spanKey(s.document, s.start, s.end)];
      if (mark) { found.push(mark); return; }
      // a span that overlapped another: mark whatever covers it
      Object.keys(state.marks).forEach(function (key) {
        var m = state.marks[key];
        if (Number(m.dataset.doc) === s.document && Number(m.dataset.start) < s.end &&
            Number(m.dataset.end) > s.start) found.push(m);
      });
    });
    return found;
  }

  function selectFinding(i, focus) {
    if (i < 0 || i >= state.findingEls.length) return;
    selectTab("findings", false);
    document.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
    state.findingEls.forEach(function (b, j) {
      b.classList.toggle("current", j === i);
      b.setAttribute("aria-pressed", j === i ? "true" : "false");
      b.tabIndex = j === i ? 0 : -1;
    });
    state.current = i;
    var finding = state.data.findings[i];
    var marks = marksFor(finding);
    marks.forEach(function (m) { m.classList.add("selected"); });
    if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
    var button = state.findingEls[i];
    if (focus) button.focus({ preventScroll: true });
    button.scrollIntoView({ block: "nearest" });
  }

  function flash(mark) {
    mark.scrollIntoView({ block: "center", behavior: "smooth" });
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation
    mark.classList.add("flash");
  }

  function typing(target) {
    return target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT");
  }

  document.addEventListener("keydown", function (e) {
    if (!state.data || typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    var n = state.findingEls.length;
    if (!n) return;
    var next = null;
    if (e.key === "ArrowDown" || e.key === "j") next = Math.min(n - 1, state.current + 1);
    else if (e.key === "ArrowUp" || e.key === "k") next = Math.max(0, state.current - 1);
    else if (e.key === "Home" && e.target.classList.contains("finding")) next = 0;
    else if (e.key === "End" && e.target.classList.contains("finding")) next = n - 1;
    if (next === null) return;
    var inList = e.target.classList && e.target.classList.contains("finding");
    if ((e.key === "ArrowDown" || e.key === "ArrowUp") && !inList) return; // let the page scroll
    e.preventDefault();
    selectFinding(next, true);
  });

  /* ---------- tabs ---------- */

  function selectTab(name, focus) {
    ["findings", "figures"].forEach(function (t) {
      var tab = $("tab-" + t);
      var on = t === name;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      $("panel-" + t).hidden = !on;
      if (on && focus) tab.focus();
    });
  }

  function setUpTabs() {
    $("tab-findings").addEventListener("click", function () { selectTab("findings", false); });
    $("tab-figures").addEventListener("click", function () { selectTab("figures", false); });
    document.querySelector(".tabs").addEventListener("keydown", function (e) {
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        var onFindings = $("tab-findings").getAttribute("aria-selected") === "true";
        selectTab(onFindings ? "figures" : "findings", true);
      }
    });
    $("figure-filter").addEventListener("input", function (e) {
      var q = e.target.value.trim().toLowerCase();
      state.figureRows.forEach(function (tr) { tr.hidden = q !== "" && tr.dataset.search.indexOf(q) < 0; });
    });
  }

  /* ---------- figure details on hover and focus ---------- */

  function setUpTooltip() {
    var tip = $("tooltip");
    function show(mark) {
      var f = figureFor(mark);
      tip.textContent = "";
      if (f) {
        tip.appendChild(el("strong", null, f.text));
        var dl = el("dl");
        [["value", num(f.value)], ["interval", interval(f)], ["unit", f.unit || "none"],
         ["noun", f.noun || "none"], ["kind", f.kind], ["qualifier", f.qualifier], ["where", f.where]]
          .forEach(function (row) {
            dl.appendChild(el("dt", null, row[0]));
            dl.appendChild(el("dd", null, row[1]));
          });
        tip.appendChild(dl);
      } else {
        tip.appendChild(el("strong", null, mark.textContent));
        tip.appendChild(el("p", null, "read by a rule (not in the figures table)"));
      }
      tip.hidden = false;
      var r = mark.getBoundingClientRect();
      var top = window.scrollY + r.bottom + 6;
      var left = window.scrollX + Math.max(8, Math.min(r.left, window.innerWidth - tip.offsetWidth - 16));
      if (r.bottom + tip.offsetHeight + 12 > window.innerHeight) top = window.scrollY + r.top - tip.offsetHeight - 6;
      tip.style.top = top + "px";
      tip.style.left = left + "px";
    }
    function hide() { tip.hidden = true; }
    var box = $("documents");
    box.addEventListener("mouseover", function (e) { if (e.target.tagName === "MARK") show(e.target); });
    box.addEventListener("mouseout", function (e) { if (e.target.tagName === "MARK") hide(); });
    box.addEventListener("focusin", function (e) { if (e.target.tagName === "MARK") show(e.target); });
    box.addEventListener("focusout", hide);
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  }

  /* ---------- downloads ---------- */

  function setUpDownloads() {
    var types = { json: "application/json", csv: "text/csv", sarif: "application/sarif+json" };
    var names = { json: "consistency-report.json", csv: "consistency-figures.csv", sarif: "consistency-report.sarif" };
    document.querySelectorAll("[data-download]").forEach(function (button) {
      button.addEventListener("click", function () {
        var kind = button.dataset.download;
        if (!state.data || !state.data.downloads) return;
        var blob = new Blob([state.data.downloads[kind]], { type: types[kind] });
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = names[kind];
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      });
    });
  }

  /* ---------- the served page: paste, upload, progress, errors ---------- */

  var ACCEPTED = [".txt", ".md", ".markdown", ".text", ".docx", ".html", ".htm", ".pdf"];

  function showError(message) {
    var box = $("error");
    box.textContent = message;
    box.hidden = !message;
  }

  function setBusy(busy, text) {
    $("progress").hidden = !busy;
    $("progress-text").textContent = text || "";
    $("check-button").disabled = busy;
    $("file").disabled = busy;
    $("drop").classList.toggle("busy", busy);
  }

  function send(body, name, contentType, sizeText) {
    showError("");
    var started = Date.now();
    var phase = "Uploading " + sizeText;
    setBusy(true, phase + "…");
    var timer = setInterval(function () {
      var s = Math.round((Date.now() - started) / 1000);
      $("progress-text").textContent = phase + "… " + s + " s";
    }, 500);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "api/check?name=" + encodeURIComponent(name));
    xhr.setRequestHeader("Content-Type", contentType);
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        $("progress-bar").max = e.total;
        $("progress-bar").value = e.loaded;
      }
    });
    xhr.upload.addEventListener("load", function () {
      phase = "Checking " + name + " (" + sizeText + ")";
      $("progress-bar").removeAttribute("value");
      $("progress-text").textContent = phase + "…";
    });
    xhr.addEventListener("load", function () {
      clearInterval(timer);
      setBusy(false);
      var payload = null;
      try { payload = JSON.parse(xhr.responseText); } catch (err) { payload = null; }
      if (xhr.status !== 200 || !payload || payload.error) {
        showError((payload && payload.error) || "The server could not check this input (HTTP " + xhr.status + ").");
        return;
      }
      $("input").hidden = true;
      $("new-check").hidden = false;
      render(payload);
      if (state.findingEls.length) state.findingEls[0].focus({ preventScroll: true });
      else $("tab-findings").focus();
    });
    xhr.addEventListener("error", function () {
      clearInterval(timer);
      setBusy(false);
      showError("Could not reach the consistency server: is `consistency serve` still running?");
    });
    xhr.send(body);
  }

  function checkFile(file) {
    if (!file) return;
    var dot = file.name.lastIndexOf(".");
    var suffix = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
    if (ACCEPTED.indexOf(suffix) < 0) {
      showError(file.name + ": this kind of file is not supported; use " + ACCEPTED.join(", ") + ".");
      return;
    }
    var limit = Number(document.body.dataset.maxUpload || 0);
    if (limit && file.size > limit) {
      showError(file.name + ": the file is too large (" + bytes(file.size) + "; the limit is " + bytes(limit) + ").");
      return;
    }
    send(file, file.name, "application/octet-stream", bytes(file.size));
  }

  function checkPasted() {
    var text = $("article").value;
    if (!text.trim()) {
      showError("Paste an article first, or drop a file.");
      $("article").focus();
      return;
    }
    var words = text.trim().split(/\s+/).length;
    send(text, "pasted.txt", "text/plain; charset=utf-8", words.toLocaleString("en-GB") + " words");
  }

  function setUpInput() {
    var limit = Number(document.body.dataset.maxUpload || 0);
    if ($("max-upload")) $("max-upload").textContent = bytes(limit);
    $("check-form").addEventListener("submit", function (e) { e.preventDefault(); checkPasted(); });
    $("article").addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); checkPasted(); }
    });
    $("file").addEventListener("change", function (e) {
      checkFile(e.target.files[0]);
      e.target.value = "";
    });
    var drop = $("drop");
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      var files = e.dataTransfer && e.dataTransfer.files;
      if (files && files.length) checkFile(files[0]);
    });
    // a file dropped anywhere else must not navigate away from the page
    window.addEventListener("dragover", function (e) { e.preventDefault(); });
    window.addEventListener("drop", function (e) { e.preventDefault(); });
    $("new-check").addEventListener("click", function () {
      $("input").hidden = false;
      $("new-check").hidden = true;
      $("article").focus();
      window.scrollTo(0, 0);
    });
  }

  function start() {
    setUpTabs();
    setUpTooltip();
    setUpDownloads();
    if (document.body.dataset.mode === "served") setUpInput();
    var embedded = $("review-data");
    if (embedded) render(JSON.parse(embedded.textContent));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
