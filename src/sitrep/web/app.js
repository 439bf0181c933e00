/* sitrep's analyst desk: map, time slider, timeline, event list, event panel, article reader.
 *
 * Everything that comes from articles (text, titles, names, evidence) is untrusted: it is put on
 * the page as text only (textContent, createTextNode, DOM elements handed to Leaflet), never as
 * HTML. The map needs Leaflet and the country outlines in /static/vendor (copied there from npm
 * by the set-up); without them the list, the timeline and the panels still work.
 */
(function () {
  "use strict";

  const PAGE = 10000;            // events loaded at once (the API's largest page)
  const LIST_ROWS = 400;         // rows drawn in the list
  const DAY = 86400000;

  // -- colours by kind: violence red, posture blue, unrest orange, politics green/grey --
  const COLOURS = {
    airstrike: "#b71c1c", shelling: "#d32f2f", explosion: "#e53935", suicide_bombing: "#880e4f",
    grenade: "#f06292", chemical_attack: "#6a1b9a", clash: "#c62828", attack: "#ef5350",
    abduction: "#8d6e63", sexual_violence: "#ad1457", mob_violence: "#ff7043",
    deployment: "#1565c0", withdrawal: "#42a5f5", handover: "#00838f", troop_level: "#3949ab",
    exercise: "#7986cb", military_aid: "#0277bd",
    territory_change: "#5d4037", weapons_seizure: "#795548", property_destruction: "#a1887f",
    protest: "#fb8c00", riot: "#f4511e", arrest: "#6d4c41",
    agreement: "#2e7d32", legislation: "#558b2f", diplomacy: "#43a047", statement: "#78909c",
    group_change: "#546e7a",
  };
  const colour = (kind) => COLOURS[kind] || "#607d8b";

  const state = {
    config: { tile_url: "", kinds: [] },
    events: [], total: 0, truncated: false,
    kindsOff: new Set(), kindsAll: [],
    days: [], minDay: null, maxDay: null,
    q: "",
    map: null, layer: null, markers: new Map(), instLayer: null, installations: [],
    selected: null, view: "none",
  };

  // -- small DOM helpers (text only) --
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  const $ = (id) => document.getElementById(id);
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function note(msg) { $("notes").appendChild(el("p", { text: msg })); }
  function status(msg) { $("status").textContent = msg; }
  const label = (kind) => (kind || "").replace(/_/g, " ");
  const fmt = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en"));
  function safeUrl(u) {
    try { const p = new URL(u, location.href); return (p.protocol === "http:" || p.protocol === "https:") ? p.href : null; }
    catch (e) { return null; }
  }
  async function getJSON(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r.json();
  }

  // -- days --
  const dayNum = (iso) => Math.floor(Date.parse(iso + "T00:00:00Z") / DAY);
  const isoDay = (n) => new Date(n * DAY).toISOString().slice(0, 10);
  function whenText(d) {
    if (!d) return "undated";
    return d.start === d.end ? d.start : `${d.start} – ${d.end}`;
  }
  function numbers(e) {
    const parts = [];
    if (e.fatalities) parts.push(`${fmt(e.fatalities)} killed`);
    if (e.personnel) parts.push(`${fmt(e.personnel)} personnel`);
    return parts.join(", ");
  }
  function radius(e) {
    // area grows with the number: fatalities weigh more than troops
    if (e.fatalities) return Math.min(18, 4 + 2 * Math.sqrt(e.fatalities));
    if (e.personnel) return Math.min(16, 4 + Math.sqrt(e.personnel) / 5);
    return 4;
  }
  const plural = (n, word) => `${fmt(n)} ${word}${n === 1 ? "" : "s"}`;

  // -- loading --
  async function loadEvents() {
    const params = new URLSearchParams({ limit: String(PAGE), order: "-date" });
    if (state.q) params.set("q", state.q);
    status("Loading events…");
    const page = await getJSON(`/api/events?${params}`);
    state.events = page.items;
    state.total = page.total;
    state.truncated = page.total > page.items.length;
    for (const e of state.events) {
      e._s = e.date ? dayNum(e.date.start) : null;
      e._e = e.date ? dayNum(e.date.end) : null;
    }
    const dated = state.events.filter((e) => e._s !== null);
    state.minDay = dated.length ? Math.min(...dated.map((e) => e._s)) : null;
    state.maxDay = dated.length ? Math.max(...dated.map((e) => e._e)) : null;
    const counts = new Map();
    for (const e of state.events) counts.set(e.type, (counts.get(e.type) || 0) + 1);
    state.kindsAll = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    buildKinds();
    buildSlider();
    buildMarkers();
    refresh();
    const shown = state.events.length;
    status(state.truncated ? `${fmt(shown)} latest of ${fmt(state.total)} events` : `${fmt(shown)} events`);
    $("list-title").textContent = state.q ? `Events matching “${state.q}”` : "Events";
  }

  async function loadInstallations() {
    try {
      state.installations = await getJSON("/api/installations");
    } catch (e) { state.installations = []; }
    drawInstallations();
    drawPosture();
  }

  // -- kinds --
  function buildKinds() {
    const nav = clear($("kinds"));
    for (const [kind, n] of state.kindsAll) {
      const box = el("input", { type: "checkbox", value: kind, "data-kind": kind });
      box.checked = !state.kindsOff.has(kind);
      const lab = el("label", { class: box.checked ? "" : "off", title: `${n} ${label(kind)} events` }, box,
        el("span", { class: "swatch", style: `background:${colour(kind)}` }), `${label(kind)} (${n})`);
      box.addEventListener("change", () => {
        if (box.checked) state.kindsOff.delete(kind); else state.kindsOff.add(kind);
        lab.className = box.checked ? "" : "off";
        refresh();
      });
      nav.appendChild(lab);
    }
  }

  // -- time --
  function buildSlider() {
    const s = $("slider");
    if (state.minDay === null) { s.min = 0; s.max = 0; s.value = 0; s.disabled = true; $("asof").textContent = "—"; return; }
    s.disabled = false;
    s.min = String(state.minDay);
    s.max = String(state.maxDay);
    s.value = String(state.maxDay);
    $("asof").textContent = isoDay(state.maxDay);
  }
  function window_() {
    const asof = Number($("slider").value);
    const w = Number($("window").value);
    return { asof, from: w > 0 ? asof - w + 1 : -Infinity };
  }
  function visible() {
    const { asof, from } = window_();
    const undated = $("undated").checked;
    return state.events.filter((e) => {
      if (state.kindsOff.has(e.type)) return false;
      if (e._s === null) return undated;
      return e._s <= asof && e._e >= from;
    });
  }

  // -- map --
  function setupMap() {
    if (!window.L) {
      $("map").classList.add("nomap");
      note("The map is not available: its library (Leaflet, in src/sitrep/web/vendor) is not installed — run the " +
           "set-up with npm (make setup). The timeline, the list and the panels below work without it.");
      return;
    }
    const map = L.map("map", { preferCanvas: true, worldCopyJump: true, minZoom: 2, zoomSnap: 0.5 });
    map.setView([33, 44], 5);
    state.map = map;
    if (state.config.tile_url) {
      L.tileLayer(state.config.tile_url, { maxZoom: 18, attribution: "map tiles: see settings (api.tile_url)" }).addTo(map);
    }
    loadOutlines(map);
    state.layer = L.layerGroup().addTo(map);
    state.instLayer = L.layerGroup().addTo(map);
  }

  async function loadOutlines(map) {
    if (!window.topojson) {
      note("Country outlines are not available (topojson-client in src/sitrep/web/vendor is missing).");
      return;
    }
    let topo = null;
    for (const name of ["countries-50m.json", "countries-110m.json"]) {
      try { topo = await getJSON(`/static/vendor/${name}`); break; } catch (e) { /* next */ }
    }
    if (!topo) { note("Country outlines are not available (world-atlas in src/sitrep/web/vendor is missing)."); return; }
    const land = topojson.feature(topo, topo.objects.countries);
    for (const f of land.features) unwrapGeometry(f.geometry);
    const outlines = L.geoJSON(land, {
      style: { color: "#9a9585", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1 }, interactive: false,
    });
    outlines.addTo(map);
    outlines.bringToBack();
    $("map").dataset.outlines = String(land.features.length);
  }

  // Rings that cross the date line (Russia, Fiji) jump from +180 to -180 and would be drawn as
  // bands across the whole map: keep each ring continuous (longitudes past 180 are fine for Leaflet).
  function unwrapRing(ring) {
    for (let i = 1; i < ring.length; i++) {
      while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
      while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
    }
  }
  function unwrapGeometry(g) {
    if (!g) return;
    if (g.type === "Polygon") g.coordinates.forEach(unwrapRing);
    else if (g.type === "MultiPolygon") g.coordinates.forEach((poly) => poly.forEach(unwrapRing));
  }

  function tipFor(e) {
    const box = el("div", {},
      el("div", { class: "tip-title", text: `${label(e.type)} — ${(e.location && e.location.name) || "?"}` }),
      el("div", { text: whenText(e.date) }));
    const n = numbers(e);
    if (n) box.appendChild(el("div", { text: n }));
    if (e.report_count > 1) box.appendChild(el("div", { text: `${plural(e.report_count, "report")}, ${plural(e.outlet_count, "outlet")}` }));
    return box;
  }

  function buildMarkers() {
    state.markers = new Map();
    if (!state.map) return;
    for (const e of state.events) {
      const loc = e.location;
      if (!loc || loc.lat === null || loc.lat === undefined || loc.lon === null) continue;
      const m = L.circleMarker([loc.lat, loc.lon], {
        radius: radius(e), color: "#222", weight: 0.6, fillColor: colour(e.type), fillOpacity: 0.78,
      });
      m.bindTooltip(() => tipFor(e), { direction: "top", sticky: false });
      m.on("click", () => openEvent(e.id));
      state.markers.set(e.id, m);
    }
  }

  function drawMarkers(events) {
    if (!state.map) { $("map").dataset.markers = "0"; return; }
    state.layer.clearLayers();
    let n = 0;
    for (const e of events) {
      const m = state.markers.get(e.id);
      if (m) { state.layer.addLayer(m); n++; }
    }
    $("map").dataset.markers = String(n);
  }

  function fitOnce() {
    if (!state.map || state._fitted) return;
    const pts = [...state.markers.values()].map((m) => m.getLatLng());
    if (pts.length) {
      state.map.fitBounds(L.latLngBounds(pts).pad(0.25), { maxZoom: 7 });
      state._fitted = true;
    }
  }

  // -- installations --
  function holderAt(inst, iso) {
    const tl = inst.timeline || [];
    if (!tl.length) return null;
    if (!iso) return tl[tl.length - 1];
    const begun = tl.filter((s) => !s.start || s.start <= iso);
    const covering = begun.filter((s) => !s.end || s.end >= iso);
    return (covering.length ? covering : begun)[(covering.length ? covering : begun).length - 1] || null;
  }
  function drawInstallations() {
    if (!state.map) return;
    state.instLayer.clearLayers();
    const iso = state.minDay === null ? null : isoDay(Number($("slider").value));
    let n = 0;
    for (const inst of state.installations) {
      if (inst.lat === null || inst.lat === undefined) continue;
      const span = holderAt(inst, iso);
      const m = L.marker([inst.lat, inst.lon], {
        icon: L.divIcon({ className: "inst-icon", iconSize: [12, 12] }), keyboard: false, zIndexOffset: 1000,
      });
      const tip = el("div", {}, el("div", { class: "tip-title", text: inst.name }),
        el("div", { text: span ? `${span.status || "?"}${span.holder ? ": " + span.holder : ""}` : "no known holder" }));
      if (span && span.personnel) tip.appendChild(el("div", { text: `${fmt(span.personnel)} personnel` }));
      if (span && span.start) tip.appendChild(el("div", { text: `since ${span.start}` }));
      m.bindTooltip(tip, { direction: "right" });
      m.on("click", () => openInstallation(inst));
      state.instLayer.addLayer(m);
      n++;
    }
    $("map").dataset.installations = String(n);
  }

  function drawPosture() {
    const box = clear($("posture"));
    if (!state.installations.length) return;
    box.appendChild(el("h3", { text: "Installations (latest known holder)" }));
    const tb = el("tbody");
    for (const inst of state.installations.slice(0, 60)) {
      const span = holderAt(inst, null);
      tb.appendChild(el("tr", { onclick: () => openInstallation(inst), style: "cursor:pointer" },
        el("td", { text: inst.name }), el("td", { text: (span && span.holder) || "—" }),
        el("td", { text: (span && span.status) || "" })));
    }
    box.appendChild(el("table", { class: "posture-table" },
      el("thead", {}, el("tr", {}, el("th", { text: "installation" }), el("th", { text: "holder" }), el("th", { text: "status" }))), tb));
  }

  // -- timeline --
  function drawTimeline(events) {
    const svg = $("timeline");
    clear(svg);
    const NS = "http://www.w3.org/2000/svg";
    const W = svg.clientWidth || 800, H = svg.clientHeight || 70, pad = 14;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    if (state.minDay === null) return;
    const span = Math.max(1, state.maxDay - state.minDay + 1);
    const bucket = span <= 120 ? 1 : span <= 1100 ? 7 : 30;
    const nb = Math.ceil(span / bucket);
    const counts = Array.from({ length: nb }, () => new Map());
    for (const e of state.events) {          // the whole loaded set, filtered by kind only
      if (e._s === null || state.kindsOff.has(e.type)) continue;
      const b = Math.min(nb - 1, Math.floor((e._s - state.minDay) / bucket));
      counts[b].set(e.type, (counts[b].get(e.type) || 0) + 1);
    }
    const max = Math.max(1, ...counts.map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const bw = (W - 2 * pad) / nb;
    const x = (d) => pad + ((d - state.minDay) / span) * (W - 2 * pad);
    const { asof, from } = window_();
    const shade = document.createElementNS(NS, "rect");
    shade.setAttribute("x", String(Math.max(pad, x(Math.max(from, state.minDay)))));
    shade.setAttribute("width", String(Math.max(1, x(asof + 1) - Math.max(pad, x(Math.max(from, state.minDay))))));
    shade.setAttribute("y", "0"); shade.setAttribute("height", String(H - 12));
    shade.setAttribute("fill", "#e8eef6");
    svg.appendChild(shade);
    counts.forEach((m, i) => {
      let y = H - 12;
      for (const [kind, n] of [...m.entries()].sort()) {
        const h = (n / max) * (H - 16);
        const r = document.createElementNS(NS, "rect");
        r.setAttribute("x", String(pad + i * bw));
        r.setAttribute("width", String(Math.max(1, bw - 0.5)));
        r.setAttribute("y", String(y - h));
        r.setAttribute("height", String(h));
        r.setAttribute("fill", colour(kind));
        const t = document.createElementNS(NS, "title");
        t.textContent = `${isoDay(state.minDay + i * bucket)}: ${n} ${label(kind)}`;
        r.appendChild(t);
        svg.appendChild(r);
        y -= h;
      }
    });
    const cursor = document.createElementNS(NS, "line");
    cursor.setAttribute("x1", String(x(asof + 1))); cursor.setAttribute("x2", String(x(asof + 1)));
    cursor.setAttribute("y1", "0"); cursor.setAttribute("y2", String(H - 12));
    cursor.setAttribute("stroke", "#234f86"); cursor.setAttribute("stroke-width", "2");
    svg.appendChild(cursor);
    for (const [d, anchor] of [[state.minDay, "start"], [state.maxDay, "end"]]) {
      const t = document.createElementNS(NS, "text");
      t.setAttribute("x", String(anchor === "start" ? pad : W - pad)); t.setAttribute("y", String(H - 2));
      t.setAttribute("text-anchor", anchor); t.setAttribute("class", "axis");
      t.textContent = isoDay(d);
      svg.appendChild(t);
    }
    svg.onclick = (ev) => {
      const rect = svg.getBoundingClientRect();
      const frac = (ev.clientX - rect.left) / rect.width;
      const d = Math.round(state.minDay + ((frac * W - pad) / (W - 2 * pad)) * span);
      $("slider").value = String(Math.max(state.minDay, Math.min(state.maxDay, d)));
      onTime();
    };
  }

  // -- list --
  function drawList(events) {
    const tb = clear($("list").tBodies[0]);
    const rows = events.slice().sort((a, b) => (b._s ?? -1e9) - (a._s ?? -1e9));
    for (const e of rows.slice(0, LIST_ROWS)) {
      const loc = e.location || {};
      const tr = el("tr", { "data-id": e.id, class: state.selected === e.id ? "sel" : null },
        el("td", { text: whenText(e.date) }),
        el("td", { class: "kind" }, el("span", { class: "swatch", style: `background:${colour(e.type)}` }), " ", label(e.type)),
        el("td", { text: [loc.name, loc.country].filter(Boolean).join(", ") }),
        el("td", { text: (e.actors || []).join(", ") }),
        el("td", { text: numbers(e) }),
        el("td", { text: e.report_count > 1 ? `${plural(e.report_count, "report")}, ${plural(e.outlet_count, "outlet")}` : "1" }));
      tr.tabIndex = 0;
      tr.addEventListener("click", () => openEvent(e.id));
      tr.addEventListener("keydown", (k) => { if (k.key === "Enter") openEvent(e.id); });
      tb.appendChild(tr);
    }
    const more = [];
    if (rows.length > LIST_ROWS) more.push(`Showing ${LIST_ROWS} of ${fmt(rows.length)} events in view.`);
    if (state.truncated) more.push(`The ${fmt(state.events.length)} latest of ${fmt(state.total)} stored events are loaded; search to narrow.`);
    $("list-more").textContent = more.join(" ");
  }

  function refresh() {
    const vis = visible();
    drawMarkers(vis);
    fitOnce();
    drawTimeline(vis);
    drawList(vis);
    document.body.dataset.visible = String(vis.length);
  }

  function onTime() {
    if (state.minDay !== null) $("asof").textContent = isoDay(Number($("slider").value));
    refresh();
    drawInstallations();
  }

  // -- the panel --
  function panel() {
    $("panel-empty").hidden = true;
    const body = clear($("panel-body"));
    body.hidden = false;
    return body;
  }
  function closePanel() { $("panel-body").hidden = true; $("panel-empty").hidden = false; state.view = "none"; }
  function toolbar(...buttons) { return el("div", { class: "toolbar" }, ...buttons, el("button", { text: "Close", onclick: closePanel })); }

  async function openEvent(id) {
    state.selected = id;
    for (const tr of $("list").tBodies[0].rows) tr.classList.toggle("sel", Number(tr.dataset.id) === id);
    let ev;
    try { ev = await getJSON(`/api/events/${encodeURIComponent(id)}`); }
    catch (e) { const b = panel(); b.appendChild(el("p", { text: `Event ${id} could not be read.` })); return; }
    const body = panel();
    state.view = "event";
    body.dataset.event = String(ev.id);
    body.appendChild(toolbar());
    body.appendChild(el("h2", { class: "kind-badge" }, el("span", { class: "swatch", style: `background:${colour(ev.type)}` }),
      `${label(ev.type)}${ev.modality && ev.modality !== "asserted" ? " (" + ev.modality + ")" : ""}`));
    const loc = ev.location || {};
    const q = ev.quantities || {};
    const dl = el("dl");
    const row = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(el("dt", { text: k }), el("dd", { text: String(v) })); };
    row("when", whenText(ev.date) + (ev.date && ev.date.text ? ` (“${ev.date.text}”)` : ""));
    row("where", [loc.name, loc.country].filter(Boolean).join(", ") +
      (loc.lat !== null && loc.lat !== undefined ? ` (${Number(loc.lat).toFixed(2)}, ${Number(loc.lon).toFixed(2)})` : ""));
    row("who", (ev.actors || []).join(", "));
    row("against", (ev.targets || []).join(", "));
    for (const [k, v] of Object.entries(q)) row(label(k), fmt(v) + (ev.qualifiers && ev.qualifiers[k] ? ` (${ev.qualifiers[k]})` : ""));
    if (ev.acled) row("ACLED", [ev.acled.event_type, ev.acled.sub_event_type].filter(Boolean).join(" / "));
    row("reports", `${ev.report_count} report${ev.report_count === 1 ? "" : "s"} from ${ev.outlet_count} outlet${ev.outlet_count === 1 ? "" : "s"}`);
    if (typeof ev.confidence === "number") row("confidence", ev.confidence.toFixed(2));
    body.appendChild(dl);

    body.appendChild(el("h3", { text: "Sources" }));
    for (const s of ev.sources || []) {
      const meta = el("div", { class: "meta" }, el("strong", { text: s.outlet || s.doc_key || "unknown outlet" }),
        s.published ? ` · ${s.published}` : "", s.title ? ` · ${s.title}` : "");
      const box = el("div", { class: "source", "data-document": s.document }, meta,
        el("blockquote", { class: "evidence", text: s.evidence || "" }),
        el("button", { class: "read", text: "Read the article", onclick: () => openDocument(s.document, s.mention, ev.id) }));
      const url = s.url && safeUrl(s.url);
      if (url) box.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow", class: "linkish", style: "margin-left:.4rem", text: "original" }));
      body.appendChild(box);
    }
    if ((ev.links || []).length) {
      body.appendChild(el("h3", { text: "Linked events" }));
      const ul = el("ul", { class: "links" });
      for (const ln of ev.links) {
        const words = ln.direction === "out" ? `this is ${ln.type}` : `${ln.type} (from the other)`;
        const text = `${words}: ${label(ln.event_type || "event")} ${ln.event_date || ""} ${ln.event_place || ""}` +
          (ln.days !== null && ln.days !== undefined ? ` (${ln.days} days)` : "");
        ul.appendChild(el("li", {}, el("a", { href: "#", text, onclick: (e) => { e.preventDefault(); openEvent(ln.event); } })));
      }
      body.appendChild(ul);
    }
    const m = state.markers.get(ev.id);
    if (m && state.map) { m.openTooltip(); }
  }

  function segments(text, spans) {
    // split the text at every span edge; each piece carries the kinds covering it
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      if (a === b) continue;
      out.push({ a, b, cover: spans.filter((s) => s.start <= a && s.end >= b) });
    }
    return out;
  }

  async function openDocument(docId, mentionId, eventId) {
    let doc;
    try { doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`); }
    catch (e) { const b = panel(); b.appendChild(el("p", { text: `Article ${docId} could not be read.` })); return; }
    const body = panel();
    state.view = "document";
    body.dataset.document = String(doc.id);
    const back = eventId !== undefined && eventId !== null
      ? el("button", { text: "← Back to the event", onclick: () => openEvent(eventId) }) : null;
    body.appendChild(toolbar(back));
    const reader = el("article", { id: "reader" });
    reader.appendChild(el("div", { class: "title", text: doc.title || doc.doc_key || `document ${doc.id}` }));
    const meta = el("div", { class: "meta" }, [doc.outlet, doc.published + (doc.published_inferred ? " (inferred)" : "")]
      .filter((x) => x && x !== "null").join(" · "));
    const url = doc.url && safeUrl(doc.url);
    if (url) meta.append(" · ", el("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow", text: url }));
    reader.appendChild(meta);
    reader.appendChild(el("div", { class: "legend" },
      el("span", { class: "hl-person", text: "person" }), el("span", { class: "hl-org", text: "organisation" }),
      el("span", { class: "hl-place", text: "place" }), el("span", { class: "hl-date", text: "date" }),
      el("span", { class: "hl-event", text: "event (click)" })));
    const textBox = el("div", { class: "text" });
    const text = doc.text || "";
    const spans = doc.spans || [];
    for (const seg of segments(text, spans)) {
      const piece = document.createTextNode(text.slice(seg.a, seg.b));
      if (!seg.cover.length) { textBox.appendChild(piece); continue; }
      const kinds = [...new Set(seg.cover.map((s) => s.kind))];
      const node = el("span", { class: kinds.map((k) => `hl-${k}`).join(" ") });
      const tips = [];
      for (const s of seg.cover) {
        if (s.kind === "place") tips.push(`place: ${s.name || ""}${s.country ? ", " + s.country : ""}${s.lat !== null && s.lat !== undefined ? ` (${s.lat}, ${s.lon})` : ""}`);
        else if (s.kind === "date") tips.push(`date: ${s.value || ""}${s.start_date ? ` = ${s.start_date}${s.end_date && s.end_date !== s.start_date ? " – " + s.end_date : ""}` : ""}`);
        else if (s.kind === "person" || s.kind === "org") tips.push(`${s.kind}: ${s.name || ""}`);
        else if (s.kind === "event") tips.push(`event: ${label(s.type)}`);
      }
      node.setAttribute("title", tips.join("\n"));
      const evSpans = seg.cover.filter((s) => s.kind === "event");
      if (evSpans.length) {
        const mine = evSpans.find((s) => mentionId !== undefined && s.mention === mentionId);
        node.dataset.event = String((mine || evSpans[0]).event);
        if (mine) node.classList.add("sel");
        // a sentence telling of several events: each click opens the next one
        node.addEventListener("click", () => {
          const ids = [...new Set(evSpans.map((s) => s.event))];
          const at = ids.indexOf(state.selected);
          openEvent(ids[(at + 1) % ids.length]);
        });
      }
      node.appendChild(piece);
      textBox.appendChild(node);
    }
    reader.appendChild(textBox);
    body.appendChild(reader);
    const sel = textBox.querySelector(".hl-event.sel");
    if (sel && sel.scrollIntoView) sel.scrollIntoView({ block: "center" });
  }

  function openInstallation(inst) {
    const body = panel();
    state.view = "installation";
    body.appendChild(toolbar());
    body.appendChild(el("h2", { text: inst.name }));
    const dl = el("dl");
    dl.append(el("dt", { text: "where" }), el("dd", { text: `${inst.country || ""} (${Number(inst.lat).toFixed(2)}, ${Number(inst.lon).toFixed(2)})` }));
    body.appendChild(dl);
    body.appendChild(el("h3", { text: "Timeline" }));
    const tb = el("tbody");
    for (const s of inst.timeline || []) {
      tb.appendChild(el("tr", {}, el("td", { text: `${s.start || "?"} – ${s.end || "…"}` }), el("td", { text: s.status || "" }),
        el("td", { text: s.holder || "" }), el("td", { text: s.personnel ? fmt(s.personnel) : "" })));
    }
    body.appendChild(el("table", { class: "posture-table" },
      el("thead", {}, el("tr", {}, el("th", { text: "days" }), el("th", { text: "status" }), el("th", { text: "holder" }), el("th", { text: "personnel" }))), tb));
  }

  // -- search --
  async function onSearch(ev) {
    ev.preventDefault();
    state.q = $("q").value.trim();
    $("clear-search").hidden = !state.q;
    state._fitted = false;
    await loadEvents();
    if (!state.q) { closePanel(); return; }
    let res;
    try { res = await getJSON(`/api/search?${new URLSearchParams({ q: state.q, limit: "20" })}`); } catch (e) { return; }
    const body = panel();
    state.view = "search";
    body.appendChild(toolbar());
    body.appendChild(el("h2", { text: `Articles matching “${state.q}” (${res.documents.total})` }));
    for (const d of res.documents.items) {
      const snip = el("div", { class: "snippet" });
      for (const seg of d.snippet || []) snip.appendChild(seg.hit ? el("mark", { text: seg.text }) : document.createTextNode(seg.text));
      body.appendChild(el("div", { class: "doc-hit" },
        el("div", {}, el("strong", { text: d.title || `document ${d.id}` })),
        el("div", { class: "meta", text: [d.outlet, d.published].filter(Boolean).join(" · ") }), snip,
        el("button", { text: "Read", onclick: () => openDocument(d.id) })));
    }
  }

  // -- start --
  async function start() {
    try { state.config = await getJSON("/api/config"); } catch (e) { /* defaults */ }
    setupMap();
    $("slider").addEventListener("input", onTime);
    $("window").addEventListener("change", onTime);
    $("undated").addEventListener("change", refresh);
    $("search").addEventListener("submit", onSearch);
    $("clear-search").addEventListener("click", (e) => { $("q").value = ""; onSearch(e); });
    window.addEventListener("resize", () => drawTimeline(visible()));
    try {
      await loadEvents();
      await loadInstallations();
    } catch (e) {
      status("The API did not answer.");
      note(`Could not load events: ${e.message}`);
    }
    document.body.dataset.ready = "1";
  }
  window.sitrep = { state, openEvent, openDocument };
  start();
})();
