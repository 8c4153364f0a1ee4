// Standard view: metadata, relations, clause tree with anchors (#c-5.2.1), full text.
"use strict";

Std.header("");
const main = document.getElementById("standard");
const id = Std.param("id");

function idLink(id) {
  return `<a href="${Std.standardUrl(id)}">${Std.esc(id)}</a>`;
}

function metaRow(label, value) {
  return value ? `<tr><th>${label}</th><td>${value}</td></tr>` : "";
}

function clauseTitle(c) {
  const kinds = { foreword: "前言", introduction: "引言", bibliography: "参考文献" };
  return [c.number, c.heading || kinds[c.kind] || ""].filter(Boolean).join(" ");
}

// Chapters, clauses, terms, annexes and front matter are the tree; paragraphs, list items, notes, formulas and tables
// are shown inside their clause, their number (——, a), 注, (1), 表1) before the text.
const nodeKinds = ["chapter", "clause", "term", "annex", "foreword", "introduction", "bibliography", "section"];
function isNode(c) { return nodeKinds.includes(c.kind); }

function toc(clauses) {
  const items = clauses.filter(isNode).map(c => {
    const children = c.children && c.children.some(isNode) ? toc(c.children) : "";
    return `<li><a href="#${Std.anchor(c.number || c.kind)}">${Std.esc(clauseTitle(c) || "（无标题）")}</a>${children}</li>`;
  });
  return items.length ? `<ul>${items.join("")}</ul>` : "";
}

function table(rows) {
  return `<table>${rows.map(r => `<tr>${r.map(cell => `<td>${Std.esc(cell)}</td>`).join("")}</tr>`).join("")}</table>`;
}

function body(clauses, depth) {
  let html = "";
  for (const c of clauses) {
    const node = isNode(c);
    const anchorAttr = node ? ` id="${Std.anchor(c.number || c.kind)}"` : "";
    html += `<div class="clause ${node ? "node" : "part"} level-${Math.min(depth, 4)}"${anchorAttr}>`;
    if (node) html += `<div class="head"><span class="num">${Std.esc(c.number)}</span>${Std.esc(c.heading || clauseTitle(c).replace(c.number, "").trim())}</div>`;
    const lead = !node && (c.number || c.heading) ? `<span class="lead">${Std.esc([c.number, c.heading].filter(Boolean).join(" "))}</span> ` : "";
    if (c.text || lead) html += `<div class="text">${lead}${Std.esc(c.text)}</div>`;
    if (c.rows && c.rows.length) html += table(c.rows);
    html += "</div>";
    if (c.children && c.children.length) html += body(c.children, node ? depth + 1 : depth);
  }
  return html;
}

function relations(view) {
  const d = view.document, r = view.relations;
  const list = (title, items, id) => items.length ? `<div id="${id}"><h3>${title}</h3><ul>${items.join("")}</ul></div>` : "";
  const ids = items => (items || []).map(x => `<li>${idLink(x)}</li>`);
  const blocks = [];
  if (r) {
    // From the edition registry: the document's own 代替 statements, the catalogue and the other indexed editions.
    blocks.push(list("代替", ids(r.replaces), "rel-replaces"));
    blocks.push(list("被代替", ids(r.replacedBy), "rel-replaced-by"));
    blocks.push(list("引用", (d.normativeReferences || []).length
      ? d.normativeReferences.map(x => `<li>${idLink(x.id)} ${Std.esc(x.title)}</li>`)
      : ids(r.cites), "rel-cites"));
    blocks.push(list("被引用", ids(r.citedBy), "rel-cited-by"));
    if ((r.editions || []).length > 1) blocks.push(list("历次版本", ids(r.editions), "rel-editions"));
  } else {
    blocks.push(list("代替", ids(d.replaces), "rel-replaces"));
    blocks.push(list("规范性引用", (d.normativeReferences || []).map(x => `<li>${idLink(x.id)} ${Std.esc(x.title)}</li>`), "rel-cites"));
  }
  if (d.adoption)
    blocks.push(list("采用", [`<li>${Std.esc(Std.degrees[d.adoption.degree] || d.adoption.degree)} ${Std.esc(d.adoption.source)} ${Std.esc(d.adoption.sourceTitle || "")}</li>`], "rel-adoption"));
  const html = blocks.filter(Boolean).join("");
  return html ? `<h2>关联标准</h2><div class="card relations" id="relations">${html}</div>` : "";
}

async function load() {
  if (!id) { main.innerHTML = '<div class="error">缺少标准编号。</div>'; return; }
  let view;
  try {
    view = await Std.api("/api/standards/" + encodeURIComponent(id).replace(/%2F/gi, "/"));
  } catch (e) {
    main.innerHTML = `<div class="error" id="not-found">${e.status === 404 ? "索引中没有该标准：" : "加载失败："}${Std.esc(id)}</div>`;
    return;
  }
  const d = view.document;
  document.title = `${view.id} ${d.title} · StdSearch`;
  const status = `<span class="badge ${view.status}">${Std.statuses[view.status] || view.status}</span>`;
  const meta = [
    metaRow("标准编号", Std.esc(view.id) + " " + status),
    metaRow("英文名称", Std.esc(d.titleEn)),
    metaRow("文件类型", Std.esc(d.documentType)),
    metaRow("发布日期", Std.esc(d.issued)),
    metaRow("实施日期", Std.esc(d.effective)),
    metaRow("ICS", Std.esc((d.ics || []).join("，"))),
    metaRow("CCS", Std.esc((d.ccs || []).join("，"))),
    metaRow("发布机构", Std.esc((d.issuers || []).join("，"))),
    metaRow("提出", Std.esc(d.proposedBy)),
    metaRow("归口", Std.esc(d.committee)),
    metaRow("起草阶段", Std.esc(d.draftStage)),
    metaRow("来源文件", Std.esc(d.sourceName) + (d.pageCount ? `（${d.pageCount} 页）` : "")),
  ].join("");
  main.innerHTML =
    `<h1 id="title">${Std.esc(view.id)} ${Std.esc(d.title)}</h1>` +
    `<div class="card"><table class="meta">${meta}</table>` +
    `<p class="small"><a href="/compare.html?a=${encodeURIComponent(view.key)}">与其他标准比对 →</a></p></div>` +
    relations(view) +
    `<h2>条款</h2><div class="doc-layout"><nav class="toc card" id="toc">${toc(d.clauses || [])}</nav>` +
    `<article class="card" id="clauses">${body(d.clauses || [], 1)}</article></div>`;
  markTarget();
}

// The clauses are drawn after the page loaded, so :target may not apply: mark the clause in the hash by hand.
function markTarget() {
  document.querySelectorAll(".clause.target").forEach(el => el.classList.remove("target"));
  const el = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (el) { el.classList.add("target"); el.scrollIntoView(); }
}

window.addEventListener("hashchange", markTarget);
load();
