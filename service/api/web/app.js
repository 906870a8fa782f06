// newsfacts viewer: one article with its items, a story across outlets, an eval report.
// Plain browser JavaScript, no build step. Every text from the server or a file is
// inserted as text (never as HTML).
"use strict";

const TYPES = ["quotes", "figures", "events", "attributions"];
const SINGULAR = { quotes: "quote", figures: "figure", events: "event", attributions: "attribution" };

// ------------------------------------------------------------------ small helpers

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function setStatus(message, isError) {
  const el = document.getElementById("status");
  el.textContent = message || "";
  el.className = isError ? "error" : "";
}

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  const key = document.getElementById("api-key").value.trim();
  if (key) headers["X-API-Key"] = key;
  if (options.json !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method: options.method || (options.json !== undefined ? "POST" : "GET"),
    headers,
    body: options.json !== undefined ? JSON.stringify(options.json) : undefined,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    // problem+json: say what the server said, and which fields.
    const fields = (body && body.errors) ? " (" + body.errors.map((e) => `${e.field}: ${e.message}`).join("; ") + ")" : "";
    throw new Error(((body && (body.detail || body.title)) || `HTTP ${response.status}`) + fields);
  }
  return { body, response };
}

// "1 quote", "2 quotes": every count shown to a person goes through here.
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : (many || one + "s")}`;
}

// Threshold metrics are ratios (F1, accuracy: shown as %) or counts (items outside the body: shown as is).
function isRatio(metric) {
  return /(\.f1|\.precision|\.recall|accuracy|\.fields\.[^.]+)$/.test(metric);
}

function metricValue(metric, v) {
  if (v === null || v === undefined) return "–";
  return isRatio(metric) ? pct(v) : String(Number.isInteger(v) ? v : Number(v).toFixed(3));
}

function pct(v) {
  return v === null || v === undefined ? "–" : (100 * v).toFixed(0) + "%";
}

// ------------------------------------------------------------------ highlighted text
// A text is cut at every mark boundary; each piece knows which marks cover it.

// The API's offsets count code points (Python's str); JavaScript strings index UTF-16 units,
// where an emoji or any other astral character is two. Offsets from the API are converted
// once, here, when marks are built; everything after (slicing, sorting, comparing) is in units.
function unitIndex(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const units = [0];
  let u = 0;
  for (const ch of text) { u += ch.length; units.push(u); }
  return (i) => units[Math.max(0, Math.min(i, units.length - 1))];
}

function inUnits(spans, at) {
  return (spans || []).map((s) => ({ ...s, start: at(s.start), end: at(s.end) }));
}

function renderMarkedText(container, text, marks, dimmed) {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  for (const r of dimmed || []) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const piece = text.slice(start, end);
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const dim = (dimmed || []).some((r) => r.start <= start && r.end >= end);
    if (!covering.length && !dim) { container.append(piece); continue; }
    // The narrowest mark wins a click: a figure inside a quote selects the figure.
    covering.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    const classes = new Set(["seg"]);
    for (const m of covering) for (const c of m.cls.split(" ")) classes.add(c);
    if (dim) classes.add("boilerplate");
    const span = h("span", { class: [...classes].join(" "), title: covering.map((m) => m.title).filter(Boolean).join("\n") || null }, piece);
    span.dataset.keys = covering.map((m) => m.key).join(" ");
    container.append(span);
  }
}

function markActive(container, key, scroll) {
  let first = null;
  for (const seg of container.querySelectorAll(".seg")) {
    const on = key !== null && seg.dataset.keys.split(" ").includes(key);
    seg.classList.toggle("active", on);
    if (on && !first) first = seg;
  }
  if (first && scroll) first.scrollIntoView({ block: "center", behavior: "smooth" });
  return first;
}

function markListed(list, key) {
  let found = null;
  for (const li of list.querySelectorAll("[data-key]")) {
    const on = li.dataset.key === key;
    li.classList.toggle("selected", on);
    if (on) found = li;
  }
  if (found) found.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

// Click a piece of text -> its narrowest item; click an item -> its spans.
function linkBothWays(textContainers, list) {
  const select = (key, fromText) => {
    for (const c of textContainers) markActive(c, key, !fromText || textContainers.length > 1);
    markListed(list, key);
  };
  for (const c of textContainers) {
    c.onclick = (event) => {
      const seg = event.target.closest(".seg");
      if (seg && seg.dataset.keys) select(seg.dataset.keys.split(" ")[0], true);
    };
  }
  list.onclick = (event) => {
    const li = event.target.closest("[data-key]");
    if (li) select(li.dataset.key, false);
  };
  return select;
}

// ------------------------------------------------------------------ items

function itemLabel(type, it) {
  switch (type) {
    case "quotes": return `“${it.text}” — ${it.speaker || "unknown speaker"}`;
    case "figures": {
      // Schema 1.1: a range shows both ends, a rate its denominator.
      const value = it.value_max != null ? `${it.value} to ${it.value_max}` : `${it.value}`;
      const per = it.per ? ` per ${it.per}` : "";
      return `${it.text} = ${value} ${it.unit || ""}${per}${it.measure ? " · " + it.measure : ""}`;
    }
    case "events": return `${it.summary}${it.when && it.when.date ? " [" + it.when.date + "]" : ""}`;
    case "attributions": return `${it.source}: ${it.claim}${it.via ? " (via " + it.via + ")" : ""}`;
    default: return "";
  }
}

// ------------------------------------------------------------------ article view

const state = { seeds: [] };

async function loadSeeds() {
  try {
    const { body } = await api("/v1/seeds");
    state.seeds = body;
  } catch (err) {
    setStatus("Could not list the seeds: " + err.message, true);
    return;
  }
  const select = document.getElementById("seed-select");
  const fieldset = document.getElementById("story-seeds");
  for (const seed of state.seeds) {
    select.append(h("option", { value: seed.name }, `${seed.name} — ${seed.title.slice(0, 60)}`));
    fieldset.append(h("label", { class: "seed" },
      h("input", { type: "checkbox", checked: true, value: seed.name }),
      ` ${seed.name} `,
      h("input", { type: "text", class: "seed-outlet", size: 14, placeholder: "outlet", "aria-label": `outlet of ${seed.name}` })));
  }
}

async function seedText(name) {
  const { body } = await api("/v1/seeds/" + encodeURIComponent(name));
  return body.text;
}

async function onSeedChosen() {
  const name = document.getElementById("seed-select").value;
  if (!name) return;
  try {
    document.getElementById("article-text").value = await seedText(name);
    setStatus(`Seed ${name} loaded: press Extract.`);
  } catch (err) {
    setStatus(err.message, true);
  }
}

async function onExtract(event) {
  event.preventDefault();
  const text = document.getElementById("article-text").value;
  if (!text.trim()) { setStatus("Paste an article or pick a seed first.", true); return; }
  // Sent as `html` when the box says so (the server also reads markup sent as text, with a warning).
  const request = document.getElementById("as-html").checked ? { html: text } : { text };
  const published = document.getElementById("published").value;
  const outlet = document.getElementById("outlet").value.trim();
  if (published) request.published = published;
  if (outlet) request.outlet = outlet;
  setStatus("Extracting…");
  try {
    const { body, response } = await api("/v1/extractions", { json: request });
    renderExtraction(body);
    const counts = TYPES.map((t) => plural(body[t].length, SINGULAR[t])).join(", ");
    const lang = body.metadata && body.metadata.language ? ` · language ${body.metadata.language}` : "";
    setStatus(`${counts} · ${body.extractor.backend}${lang} · cache ${response.headers.get("X-Cache") || "?"}`);
  } catch (err) {
    setStatus(err.message, true);
  }
}

function renderExtraction(ex) {
  const view = document.getElementById("article-view");
  const list = document.getElementById("item-list");
  const marks = [];
  const at = unitIndex(ex.text);
  list.replaceChildren();
  for (const type of TYPES) {
    const items = ex[type];
    list.append(h("h3", {}, `${type} (${items.length})`));
    const ul = h("ul", {});
    for (const it of items) {
      const label = itemLabel(type, it);
      for (const s of it.evidence) marks.push({ start: at(s.start), end: at(s.end), key: it.id, cls: "t-" + SINGULAR[type], title: `${it.id}: ${label}` });
      ul.append(h("li", { class: "item", dataset: { key: it.id }, tabindex: 0 },
        h("span", { class: "chip t-" + SINGULAR[type] }, it.id), " ", label));
    }
    list.append(ul);
  }
  renderMarkedText(view, ex.text, marks, inUnits(ex.boilerplate, at));
  renderWarnings(ex);
  view.dataset.extraction = ex.id;
  linkBothWays([view], list);
}

// ------------------------------------------------------------------ story view

async function onStory(event) {
  event.preventDefault();
  setStatus("Extracting and corroborating…");
  try {
    const articles = [];
    for (const label of document.querySelectorAll("#story-seeds label.seed")) {
      const box = label.querySelector("input[type=checkbox]");
      if (!box.checked) continue;
      const outlet = label.querySelector(".seed-outlet").value.trim();
      articles.push({ text: await seedText(box.value), ...(outlet ? { outlet } : {}) });
    }
    for (const part of document.getElementById("story-extra").value.split(/^---\s*$/m)) {
      if (part.trim()) articles.push({ text: part });
    }
    const ids = document.getElementById("story-ids").value.split(",").map((s) => s.trim()).filter(Boolean);
    const { body, response } = await api("/v1/stories", { json: { articles, extraction_ids: ids } });
    renderStory(body);
    const multi = TYPES.reduce((n, t) => n + body[t].filter((g) => g.independent_outlets > 1).length, 0);
    setStatus(`${plural(body.articles.length, "article")} · ${plural(multi, "fact")} backed by several outlets · ${response.headers.get("X-Cache-Hits") || 0} from the cache`);
  } catch (err) {
    setStatus(err.message, true);
  }
}

function conflictText(c) {
  return `${c.field}: ` + c.values.map((v) => `${v.value || "?"} (${v.articles.map((a) => "#" + a).join(" ")})`).join(" vs ");
}

function renderStory(story) {
  const list = document.getElementById("group-list");
  const columns = document.getElementById("story-articles");
  list.replaceChildren();
  columns.replaceChildren();
  const marks = story.articles.map(() => []);
  const ats = story.articles.map((a) => unitIndex(a.text));
  for (const type of TYPES) {
    const groups = story[type];
    list.append(h("h3", {}, `${type} (${groups.length})`));
    const ul = h("ul", {});
    for (const g of groups) {
      const label = itemLabel(type, g.representative);
      const kind = g.independent_outlets > 1 ? "corroborated" : "single";
      const cls = `t-${SINGULAR[type]} ${kind}${g.conflicts.length ? " conflict" : ""}`;
      for (const m of g.members) {
        const at = ats[m.article];
        for (const s of m.evidence) marks[m.article].push({ start: at(s.start), end: at(s.end), key: g.id, cls, title: `${g.id} (${g.independent_outlets} outlets): ${label}` });
      }
      ul.append(h("li", { class: `item ${kind}${g.conflicts.length ? " conflict" : ""}`, dataset: { key: g.id }, tabindex: 0 },
        h("span", { class: "chip t-" + SINGULAR[type] }, g.id), " ",
        h("span", { class: "badge", title: g.outlets.join(", ") }, `${g.independent_outlets} outlet${g.independent_outlets > 1 ? "s" : ""}`), " ",
        h("span", { class: "articles" }, g.articles.map((a) => "#" + a).join(" ")), " ",
        label,
        g.variants.length > 1 ? h("div", { class: "variants" }, plural(g.variants.length, "wording")) : null,
        ...g.conflicts.map((c) => h("div", { class: "conflict-note" }, "⚠ " + conflictText(c)))));
    }
    list.append(ul);
  }
  const texts = story.articles.map((a, i) => {
    const text = h("div", { class: "text" });
    renderMarkedText(text, a.text, marks[i], inUnits(a.boilerplate, ats[i]));
    const who = a.republished_from ? `${a.outlet || "?"} ← ${a.republished_from}` : (a.outlet || "outlet unknown");
    columns.append(h("article", { class: "column" }, h("h4", {}, `#${a.index} · ${who}`, a.title ? ` · ${a.title}` : ""), text));
    return text;
  });
  linkBothWays(texts, list);
}

// ------------------------------------------------------------------ eval view

// Evidence in a report is verbatim text; find it again however whitespace was folded.
function findAll(text, needle) {
  const pattern = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  if (!pattern) return [];
  const found = [];
  const re = new RegExp(pattern, "g");
  let m;
  while ((m = re.exec(text)) !== null) {
    found.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

async function readEvalInput() {
  const files = [...document.getElementById("eval-file").files];
  const pasted = document.getElementById("eval-json").value.trim();
  let report = null;
  const texts = {};
  for (const file of files) {
    const data = JSON.parse(await file.text());
    if (data.format && String(data.format).startsWith("newsfacts-eval/")) report = data;
    else if (typeof data.text === "string") texts[file.name.replace(/\.json$/, "")] = data.text;
  }
  if (!report && pasted) report = JSON.parse(pasted);
  if (!report || !String(report.format || "").startsWith("newsfacts-eval/")) {
    throw new Error("not a newsfacts eval report: give the report.json written by `newsfacts eval --out DIR`");
  }
  return { report, texts };
}

async function onEval(event) {
  event.preventDefault();
  try {
    const { report, texts } = await readEvalInput();
    for (const art of report.articles) {
      if (art.stem && !texts[art.stem] && state.seeds.some((s) => s.name === art.stem)) {
        texts[art.stem] = await seedText(art.stem);
      }
    }
    renderEval(report, texts);
    setStatus(`Report of ${plural(report.articles.length, "article")}, ${report.backend}, ${report.created}`);
  } catch (err) {
    setStatus(err.message, true);
  }
}

function prfCells(p) {
  return [pct(p.precision), pct(p.recall), pct(p.f1)].map((v) => h("td", { class: "num" }, v));
}

function renderEval(report, texts) {
  const root = document.getElementById("eval-view");
  root.replaceChildren();
  const ex = report.extractor;
  root.append(h("h2", {}, `Eval: ${report.backend}`),
    h("p", {}, `${plural(report.articles.length, "article")} from ${report.articles_dir} scored against ${report.gold_dir} (${report.source}, ${report.created}). Extractor: ${ex ? ex.backend + " " + ex.version + (ex.model ? ", model " + ex.model : "") : "unknown"}.`));

  const overall = h("table", { class: "scores" },
    h("thead", {}, h("tr", {}, ["type", "gold", "pred", "P", "R", "F1", "strict P", "strict R", "strict F1"].map((c) => h("th", {}, c)))));
  const body = h("tbody", {});
  for (const type of TYPES) {
    const t = report.overall.types[type];
    if (!t) continue;
    body.append(h("tr", {}, h("td", {}, type), h("td", { class: "num" }, t.gold), h("td", { class: "num" }, t.predicted), prfCells(t.lenient), prfCells(t.strict)));
  }
  overall.append(body);
  root.append(h("h3", {}, "Overall (micro-averaged)"), overall);

  const fields = h("table", { class: "scores" }, h("thead", {}, h("tr", {}, ["type", "field", "correct", "of", "accuracy"].map((c) => h("th", {}, c)))));
  const fbody = h("tbody", {});
  for (const type of TYPES) {
    for (const [name, tally] of Object.entries((report.overall.types[type] || {}).fields || {})) {
      fbody.append(h("tr", {}, h("td", {}, type), h("td", {}, name), h("td", { class: "num" }, tally.correct), h("td", { class: "num" }, tally.total), h("td", { class: "num" }, tally.total ? pct(tally.correct / tally.total) : "–")));
    }
  }
  fields.append(fbody);
  root.append(h("h3", {}, "Field accuracy on paired items"), fields);

  const g = report.overall.grounding, c = report.overall.cost;
  root.append(h("h3", {}, "Grounding and cost"), h("ul", {},
    h("li", {}, `spans verbatim at their offsets: ${g.spans_grounded}/${g.spans}`),
    h("li", {}, `quotes not verbatim in the article: ${g.quotes_not_verbatim} of ${g.quotes}`),
    h("li", {}, `items outside the body: ${g.items_outside_body} of ${g.items}`),
    h("li", {}, `wall time ${(c.wall_ms / 1000).toFixed(2)} s; ${c.llm_calls} LLM calls; ${c.prompt_tokens} prompt and ${c.completion_tokens} completion tokens; ${c.cache_hits} cache hits`)));

  if (report.thresholds && report.thresholds.length) {
    const th = h("table", { class: "scores" }, h("thead", {}, h("tr", {}, ["metric", "bound", "limit", "value", ""].map((x) => h("th", {}, x)))));
    const tb = h("tbody", {});
    for (const r of report.thresholds) {
      const verdict = r.passed === null ? "n/a" : (r.passed ? "ok" : "FAIL");
      tb.append(h("tr", { class: r.passed === false ? "fail" : "" }, h("td", {}, r.metric), h("td", {}, r.bound), h("td", { class: "num" }, metricValue(r.metric, r.limit)), h("td", { class: "num" }, metricValue(r.metric, r.value)), h("td", {}, verdict)));
    }
    th.append(tb);
    root.append(h("h3", {}, "Thresholds"), th);
  }

  for (const art of report.articles) root.append(renderEvalArticle(art, texts[art.stem]));
}

function renderEvalArticle(score, text) {
  const section = h("section", { class: "eval-article" });
  section.append(h("h3", {}, score.stem || "article"),
    h("p", {}, TYPES.filter((t) => score.types[t]).map((t) => `${t}: F1 ${pct(score.types[t].lenient.f1)} (strict ${pct(score.types[t].strict.f1)})`).join(" · ")));
  const list = h("aside", { class: "item-list" });
  const marks = [];
  let n = 0;
  const add = (type, view, kind, extra) => {
    const key = `${score.stem}-${kind}-${n++}`;
    const located = [];
    for (const ev of view.evidence) located.push(...(text ? findAll(text, ev).slice(0, 1) : []));
    for (const s of located) marks.push({ start: s.start, end: s.end, key, cls: kind, title: `${kind}: ${view.label}` });
    return h("li", { class: `item ${kind}`, dataset: { key }, tabindex: 0 },
      h("span", { class: "chip " + kind }, kind), " ",
      h("span", { class: "chip t-" + SINGULAR[type] }, `${SINGULAR[type]} ${view.ref}`), " ", view.label,
      extra || null,
      text && !located.length ? h("div", { class: "variants" }, "evidence not found in the text") : null);
  };
  for (const type of TYPES) {
    const t = score.types[type];
    if (!t || !(t.missed.length || t.spurious.length || t.mismatches.length)) continue;
    const ul = h("ul", {});
    for (const v of t.missed) ul.append(add(type, v, "missed"));
    for (const v of t.spurious) ul.append(add(type, v, "spurious"));
    for (const m of t.mismatches) {
      const diffs = m.fields.map((f) => `${f.field}: gold ${JSON.stringify(f.gold)}, predicted ${JSON.stringify(f.predicted)}`).join("; ");
      ul.append(add(type, m.gold, "mismatch", h("div", { class: "variants" }, `predicted ${m.predicted.ref} ${m.predicted.label} — ${diffs}`)));
    }
    list.append(h("h4", {}, type), ul);
  }
  if (!list.childElementCount) list.append(h("p", {}, "No misses, no spurious items, no field mismatches."));
  const body = h("div", { class: "text" });
  if (text) renderMarkedText(body, text, marks, []);
  else body.append(h("em", {}, `The article's text is not available: add predictions/${score.stem}.json (from the same --out folder) to the file picker.`));
  section.append(h("div", { class: "reader" }, body, list));
  linkBothWays([body], list);
  return section;
}

// ------------------------------------------------------------------ warnings

function renderWarnings(ex) {
  const box = document.getElementById("warnings");
  box.replaceChildren(...(ex.warnings || []).map((w) => h("li", {}, w)));
  box.hidden = !(ex.warnings || []).length;
}

// ------------------------------------------------------------------ eval reports on the server

async function loadServerReports() {
  const a = document.getElementById("eval-report-a");
  const b = document.getElementById("eval-report-b");
  try {
    const { body } = await api("/v1/eval/reports");
    state.reports = body.reports;
    for (const r of body.reports) {
      const label = `${r.name} — ${r.backend || "?"}, ${plural(r.articles, "article")}, ${r.created || "?"}`;
      a.append(h("option", { value: r.name }, label));
      b.append(h("option", { value: r.name }, label));
    }
    if (body.reports.length > 1) b.value = body.reports[0].name;
    if (body.reports.length > 1) a.value = body.reports[1].name;
    document.getElementById("eval-server-note").textContent = body.reports.length
      ? `${plural(body.reports.length, "report")} in ${body.directory} (newest first)`
      : `No reports in ${body.directory} yet: run newsfacts eval --out ${body.directory}/NAME`;
  } catch (err) {
    document.getElementById("eval-server-note").textContent = "Could not list the server's reports: " + err.message;
  }
}

async function serverReport(name) {
  const { body } = await api("/v1/eval/reports/report?name=" + encodeURIComponent(name));
  const info = (state.reports || []).find((r) => r.name === name);
  const texts = {};
  for (const stem of (info && info.predictions) || []) {
    try {
      const { body: pred } = await api(`/v1/eval/reports/prediction?name=${encodeURIComponent(name)}&stem=${encodeURIComponent(stem)}`);
      if (typeof pred.text === "string") texts[stem] = pred.text;
    } catch (err) { /* the text is optional: the report still shows */ }
  }
  return { report: body, texts };
}

async function onServerReport(event) {
  event.preventDefault();
  const name = document.getElementById("eval-report-a").value;
  if (!name) { setStatus("Pick a report first.", true); return; }
  try {
    const { report, texts } = await serverReport(name);
    renderEval(report, texts);
    setStatus(`Report ${name}: ${plural(report.articles.length, "article")}, ${report.backend}, ${report.created}`);
  } catch (err) {
    setStatus(err.message, true);
  }
}

// Higher is better except for counts of defects (items outside the body, unverbatim quotes, cost).
function lowerIsBetter(metric) {
  return /(outside_body|not_verbatim|wall_ms|llm_calls|tokens)$/.test(metric);
}

async function onCompareReports(event) {
  event.preventDefault();
  const nameA = document.getElementById("eval-report-a").value;
  const nameB = document.getElementById("eval-report-b").value;
  if (!nameA || !nameB) { setStatus("Pick two reports to compare.", true); return; }
  try {
    const [{ body: a }, { body: b }] = await Promise.all([nameA, nameB].map((n) => api("/v1/eval/reports/report?name=" + encodeURIComponent(n))));
    renderComparison(nameA, a, nameB, b);
    setStatus(`Comparing ${nameA} with ${nameB}`);
  } catch (err) {
    setStatus(err.message, true);
  }
}

function renderComparison(nameA, a, nameB, b) {
  const root = document.getElementById("eval-view");
  root.replaceChildren();
  const heads = [[nameA, a], [nameB, b]].map(([n, r]) => h("div", { class: "run" },
    h("h3", {}, n), h("p", {}, `${r.backend}, ${plural(r.articles.length, "article")}, ${r.created}`)));
  root.append(h("h2", {}, "Two eval runs side by side"), h("div", { class: "compare-heads" }, heads));
  const metrics = [...new Set([...Object.keys(a.metrics || {}), ...Object.keys(b.metrics || {})])].sort();
  const table = h("table", { class: "scores compare" },
    h("thead", {}, h("tr", {}, ["metric", nameA, nameB, "change"].map((c) => h("th", {}, c)))));
  const tbody = h("tbody", {});
  for (const m of metrics) {
    const va = (a.metrics || {})[m], vb = (b.metrics || {})[m];
    let change = "", cls = "";
    if (typeof va === "number" && typeof vb === "number" && va !== vb) {
      const better = lowerIsBetter(m) ? vb < va : vb > va;
      cls = better ? "better" : "worse";
      const d = vb - va;
      change = (d > 0 ? "+" : "") + (isRatio(m) ? (100 * d).toFixed(1) + " pts" : String(Number.isInteger(d) ? d : d.toFixed(3)));
    }
    tbody.append(h("tr", { class: cls, dataset: { metric: m } }, h("td", {}, m),
      h("td", { class: "num" }, metricValue(m, va)), h("td", { class: "num" }, metricValue(m, vb)), h("td", { class: "num" }, change)));
  }
  table.append(tbody);
  root.append(table);
}

// ------------------------------------------------------------------ wiring

function showView(name) {
  for (const tab of document.querySelectorAll("nav [data-view]")) tab.setAttribute("aria-selected", String(tab.dataset.view === name));
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== "view-" + name;
}

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of document.querySelectorAll("nav [data-view]")) tab.addEventListener("click", () => showView(tab.dataset.view));
  document.getElementById("seed-select").addEventListener("change", onSeedChosen);
  document.getElementById("article-form").addEventListener("submit", onExtract);
  document.getElementById("story-form").addEventListener("submit", onStory);
  document.getElementById("eval-form").addEventListener("submit", onEval);
  document.getElementById("eval-server-show").addEventListener("click", onServerReport);
  document.getElementById("eval-server-compare").addEventListener("click", onCompareReports);
  const key = document.getElementById("api-key");
  key.value = sessionStorage.getItem("newsfacts-api-key") || "";
  key.addEventListener("change", () => sessionStorage.setItem("newsfacts-api-key", key.value));
  loadSeeds();
  loadServerReports();
});
