// Search page: query box, facet filters (level, region, ICS, year), hits grouped by standard, paging.
// The page state lives in the URL (?q=&level=&region=&ics=&year=&page=), so results can be linked and reloaded.
"use strict";

Std.header("/index.html");
const facetNames = { level: "标准级别", region: "地区", ics: "ICS 分类", year: "年份" };
const pageSize = 10;

function state() {
  const p = new URLSearchParams(location.search);
  return { q: p.get("q") || "", level: p.get("level") || "", region: p.get("region") || "", ics: p.get("ics") || "",
    year: p.get("year") || "", page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1) };
}

function go(next) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) if (v && !(k === "page" && v === 1)) p.set(k, v);
  history.pushState(null, "", "?" + p.toString());
  run();
}

function facetLabel(name, value) {
  if (name === "level") return Std.levels[value] || value;
  if (name === "ics") return "ICS " + value;
  return value;
}

async function run() {
  const s = state();
  document.getElementById("q").value = s.q;
  const results = document.getElementById("results");
  renderChips(s);
  if (!s.q) { document.getElementById("facets").innerHTML = ""; return; }
  // ICS and year are query fields; level and region are request parameters, as on the command line.
  let query = s.q;
  if (s.ics) query += " ics:" + s.ics;
  if (s.year) query += " year:" + s.year;
  const url = new URLSearchParams({ q: query, page: s.page, pageSize });
  if (s.level) url.set("level", s.level);
  if (s.region) url.set("region", s.region);
  results.innerHTML = '<p class="muted">检索中…</p>';
  try {
    const r = await Std.api("/api/search?" + url);
    renderFacets(s, r.facets);
    renderHits(s, r);
  } catch (e) {
    document.getElementById("facets").innerHTML = "";
    results.innerHTML = `<div class="error" id="search-error">${e.status === 400 ? "查询语法错误：" : "检索失败："}${Std.esc(e.message)}</div>`;
  }
}

function renderChips(s) {
  const chips = Object.keys(facetNames).filter(k => s[k]).map(k =>
    `<span class="chip">${facetNames[k]}：${Std.esc(facetLabel(k, s[k]))}<a href="#" data-clear="${k}" title="取消">×</a></span>`);
  const el = document.getElementById("chips");
  el.innerHTML = chips.join("");
  el.querySelectorAll("[data-clear]").forEach(a => a.addEventListener("click", e => {
    e.preventDefault();
    go({ ...state(), [a.dataset.clear]: "", page: 1 });
  }));
}

function renderFacets(s, facets) {
  const el = document.getElementById("facets");
  let html = '<div class="card">';
  for (const name of Object.keys(facetNames)) {
    const values = (facets && facets[name]) || [];
    if (!values.length) continue;
    html += `<h3>${facetNames[name]}</h3><ul data-facet="${name}">`;
    for (const v of values.slice(0, 12)) {
      const on = s[name] === v.value;
      html += `<li><a href="#" class="${on ? "on" : ""}" data-facet="${name}" data-value="${Std.esc(v.value)}">` +
        `<span>${Std.esc(facetLabel(name, v.value))}</span><span class="count">${v.count}</span></a></li>`;
    }
    html += "</ul>";
  }
  el.innerHTML = html + "</div>";
  el.querySelectorAll("a[data-facet]").forEach(a => a.addEventListener("click", e => {
    e.preventDefault();
    const cur = state();
    go({ ...cur, [a.dataset.facet]: cur[a.dataset.facet] === a.dataset.value ? "" : a.dataset.value, page: 1 });
  }));
}

function renderHits(s, r) {
  const results = document.getElementById("results");
  if (!r.total) { results.innerHTML = '<p class="muted" id="no-hits">没有找到匹配的标准。</p>'; return; }
  let html = `<div class="summary" id="summary">共 ${r.total} 项标准，${r.totalClauses} 个条款匹配</div>`;
  for (const h of r.hits) {
    const status = h.status === "current" ? "" : ` <span class="badge ${h.status}">${Std.statuses[h.status] || h.status}</span>`;
    html += `<article class="hit"><div class="title"><a href="${Std.standardUrl(h.key)}"><span class="id">${Std.esc(h.id)}</span>` +
      `${Std.esc(h.title)}</a>${status}</div>` +
      `<div class="meta">${Std.levels[h.level] || Std.esc(h.level)} · 相关度 ${h.score.toFixed(2)}</div><ul>`;
    for (const c of h.clauses) {
      const head = [c.number, c.heading].filter(Boolean).join(" ");
      html += `<li><a class="num" href="${Std.standardUrl(h.key, c.number)}">${Std.esc(head || "正文")}</a> ` +
        `${Std.highlight(c.snippet, c.highlights)}</li>`;
    }
    html += "</ul></article>";
  }
  const pages = Math.ceil(r.total / pageSize);
  if (pages > 1) {
    html += '<div class="pager" id="pager">';
    if (s.page > 1) html += `<a href="#" data-page="${s.page - 1}">上一页</a>`;
    for (let p = Math.max(1, s.page - 4); p <= Math.min(pages, s.page + 4); p++)
      html += p === s.page ? `<span class="on">${p}</span>` : `<a href="#" data-page="${p}">${p}</a>`;
    if (s.page < pages) html += `<a href="#" data-page="${s.page + 1}">下一页</a>`;
    html += ` <span class="muted small" style="border:0;background:none">第 ${s.page} / ${pages} 页</span></div>`;
  }
  results.innerHTML = html;
  results.querySelectorAll("[data-page]").forEach(a => a.addEventListener("click", e => {
    e.preventDefault();
    go({ ...state(), page: parseInt(a.dataset.page, 10) });
    window.scrollTo(0, 0);
  }));
}

document.getElementById("search-form").addEventListener("submit", e => {
  e.preventDefault();
  go({ ...state(), q: document.getElementById("q").value.trim(), page: 1 });
});
window.addEventListener("popstate", run);
run();
