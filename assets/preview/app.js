// The live preview: pages as SVG images, replaced in place when the
// server says they changed (Server-Sent Events), so the page never
// reloads and keeps its scroll position; warnings and check results
// linked to the pages; an overlay for content errors that keeps the last
// good pages visible. Each update is acknowledged to the server once it
// is on screen, which is how its latency is measured.
"use strict";

const pagesEl = document.getElementById("pages");
const statusEl = document.getElementById("status");
const shown = []; // per page: {el, img, hash}
let lastWarnings = [];

function setScale(v) { document.documentElement.style.setProperty("--scale", v); }
document.getElementById("zoom").addEventListener("input", e => setScale(e.target.value));
document.getElementById("spreads").addEventListener("change", e => pagesEl.classList.toggle("spreads", e.target.checked));
document.getElementById("bleed").addEventListener("change", e => document.body.classList.toggle("bleed", e.target.checked));

// The server sends the page with a placeholder per page of its last
// build (its number and size); each stays until its page image arrives.
document.querySelectorAll("#pages .page").forEach(el => shown.push({ el, img: el.querySelector(".placeholder"), hash: "" }));

function placeholder(n, info) {
  const mm = pt => Math.round(pt * 25.4 / 72);
  const ph = document.createElement("div");
  ph.className = "placeholder";
  ph.append("page " + n, document.createElement("br"), mm(info.width) + " × " + mm(info.height) + " mm");
  return ph;
}

function pageElement(i, info) {
  while (shown.length <= i) {
    const el = document.createElement("div");
    el.className = "page";
    el.id = "page-" + (shown.length + 1);
    const img = placeholder(shown.length + 1, info);
    el.appendChild(img);
    const folio = document.createElement("span");
    folio.className = "folio";
    folio.textContent = shown.length + 1;
    el.appendChild(folio);
    pagesEl.appendChild(el);
    shown.push({ el, img, hash: "" });
  }
  return shown[i];
}

// loadPage swaps in a page's new image once it is decoded, so the old
// one stays until the new one can be drawn.
async function loadPage(p, info) {
  const next = new Image();
  next.alt = "page " + info.n;
  next.src = "/pages/" + info.n + ".svg?v=" + info.hash;
  await next.decode();
  p.el.replaceChild(next, p.img);
  p.img = next;
  p.hash = info.hash;
}

function text(el, s) { el.textContent = s; return el; }

function renderWarnings(list) {
  const ul = document.getElementById("warnings");
  ul.replaceChildren();
  document.querySelectorAll(".mark").forEach(m => m.remove());
  text(document.getElementById("warning-count"), list.length ? "(" + list.length + ")" : "(none)");
  list.forEach((w, k) => {
    const li = document.createElement("li");
    const where = text(document.createElement("span"), w.where);
    where.className = "where";
    li.appendChild(where);
    if (w.composition) {
      // A fault of the page make-up: its kind and element named, its
      // mark in its own colour.
      li.className = "composition";
      const kind = text(document.createElement("span"), w.kind + (w.element ? " · " + w.element : ""));
      kind.className = "kind";
      li.appendChild(kind);
    }
    li.appendChild(document.createTextNode(w.message + " "));
    if (w.page > 0 && w.page <= shown.length) {
      const mark = document.createElement("div");
      mark.className = w.composition ? "mark composition" : "mark";
      mark.dataset.kind = w.kind || "";
      mark.id = "mark-" + k;
      mark.style.setProperty("--t", w.top);
      mark.style.setProperty("--hh", w.height);
      shown[w.page - 1].el.appendChild(mark);
      const a = text(document.createElement("a"), "page " + w.page);
      a.href = "#page-" + w.page;
      a.addEventListener("click", e => {
        e.preventDefault();
        mark.scrollIntoView({ behavior: "smooth", block: "center" });
        mark.classList.remove("flash"); void mark.offsetWidth; mark.classList.add("flash");
      });
      li.appendChild(a);
    }
    ul.appendChild(li);
  });
}

function renderFindings(list, verdict) {
  const ul = document.getElementById("findings");
  ul.replaceChildren();
  text(document.getElementById("check-verdict"), verdict ? "(" + verdict + ")" : "(running…)");
  for (const f of list) {
    const li = document.createElement("li");
    const st = text(document.createElement("span"), f.status.toUpperCase());
    st.className = "status " + f.status;
    li.appendChild(st);
    li.appendChild(document.createTextNode(" " + f.rule + ": " + f.message + " "));
    if (f.page > 0) {
      const a = text(document.createElement("a"), "page " + f.page);
      a.href = "#page-" + f.page;
      li.appendChild(a);
    }
    ul.appendChild(li);
  }
}

function renderErrors(errors) {
  const overlay = document.getElementById("overlay");
  const ul = document.getElementById("errors");
  ul.replaceChildren();
  overlay.hidden = !errors || errors.length === 0;
  for (const e of errors || []) {
    const li = document.createElement("li");
    const loc = text(document.createElement("span"), e.location + ": ");
    loc.className = "loc";
    li.appendChild(loc);
    li.appendChild(document.createTextNode(e.message));
    li.dataset.line = e.line;
    ul.appendChild(li);
  }
}

let applying = Promise.resolve();

async function apply(s) {
  const changed = [];
  if (s.pages) {
    s.pages.forEach((info, i) => {
      const p = pageElement(i, info);
      p.el.style.setProperty("--w", info.width);
      p.el.style.setProperty("--h", info.height);
      p.el.style.setProperty("--b", info.bleed);
      if (p.hash !== info.hash) changed.push(loadPage(p, info));
    });
    while (shown.length > s.pages.length) shown.pop().el.remove();
  }
  await Promise.all(changed);
  if (s.title) { document.title = s.title + " – brochure preview"; text(document.getElementById("title"), s.title); }
  if (s.pages) { lastWarnings = s.warnings || []; renderWarnings(lastWarnings); }
  renderFindings(s.findings || [], s.verdict);
  renderErrors(s.errors);
  statusEl.className = s.errors && s.errors.length ? "error" : "";
  text(statusEl, s.errors && s.errors.length ? "errors in the content" :
    "version " + s.version + " · " + (s.pages ? s.pages.length : 0) + " pages · built in " + s.built_ms + " ms");
  const first = document.querySelector("#errors li");
  await fetch("/ack", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ version: s.version, pages: changed.length, error_line: first ? Number(first.dataset.line) : 0 }),
  });
}

const events = new EventSource("/events");
events.addEventListener("state", e => {
  const s = JSON.parse(e.data);
  applying = applying.then(() => apply(s)).catch(err => { statusEl.className = "error"; text(statusEl, String(err)); });
});
events.onerror = () => { statusEl.className = "error"; text(statusEl, "disconnected – is brochure serve still running?"); };
