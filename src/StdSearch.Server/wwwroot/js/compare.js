// Compare page: two indexed standards or two uploaded files; summary scores and degree at the top, conflicts with
// their verdicts, then the side-by-side redline of aligned clauses.
"use strict";

Std.header("/compare.html");
const result = document.getElementById("result");

Std.api("/api/standards").then(list => {
  document.getElementById("ids").innerHTML = list.map(s => `<option value="${Std.esc(s.key)}">${Std.esc(s.id)}</option>`).join("");
}).catch(() => { /* the picker still takes typed ids */ });

for (const side of ["a", "b"]) {
  const given = Std.param(side);
  if (given) document.getElementById(side).value = given;
}

function sideHtml(diff, keep, tag) {
  return diff.filter(d => d.op === "=" || d.op === keep)
    .map(d => d.op === "=" ? Std.esc(d.text) : `<${tag}>${Std.esc(d.text)}</${tag}>`).join("");
}

function render(r) {
  const scores = [
    ["一致性程度", `<span class="value degree" id="degree">${Std.esc(r.degree)}</span>`, Std.degrees[r.degree] || ""],
    ["重合度", `<span class="value" id="overlap">${Std.percent(r.overlap)}</span>`, "两份文件共有内容的比例"],
    ["覆盖率", `<span class="value">${Std.percent(r.coverage)}</span>`, "A 的条款在 B 中有对应的比例"],
    ["技术性差异", `<span class="value">${r.technicalChanges}</span>`, "处"],
    ["规定冲突", `<span class="value" id="conflict-count">${r.conflictCount}</span>`, "项"],
  ];
  let html = `<h2>${Std.esc(r.a.id)} ${Std.esc(r.a.title)} <span class="muted">对照</span> ${Std.esc(r.b.id)} ${Std.esc(r.b.title)}</h2>`;
  html += '<div class="scores" id="scores">' + scores.map(([label, value, note]) =>
    `<div class="score"><div class="label">${label}</div>${value}<div class="muted small">${Std.esc(note)}</div></div>`).join("") + "</div>";
  if (r.degreeReasons && r.degreeReasons.length)
    html += `<details class="card" id="reasons"${r.degreeReasons.length <= 6 ? " open" : ""}><summary><strong>判定理由</strong>（${r.degreeReasons.length} 条）` +
      `<span class="muted small"> ${Std.esc(r.degreeReasons[0])}</span></summary>` +
      `<ul class="small">${r.degreeReasons.map(x => `<li>${Std.esc(x)}</li>`).join("")}</ul></details>`;

  html += "<h2>规定冲突</h2>";
  if (!r.conflicts.length) html += '<p class="muted">未发现冲突。</p>';
  else html += '<div class="card"><table id="conflicts"><tr><th>条款 A</th><th>条款 B</th><th>类别</th><th>参数</th><th>A</th><th>B</th><th>判定</th><th>说明</th></tr>' +
    r.conflicts.map(c => `<tr><td>${Std.esc(c.clauseA)}</td><td>${Std.esc(c.clauseB)}</td><td>${Std.conflictKinds[c.kind] || Std.esc(c.kind)}</td>` +
      `<td>${Std.esc(c.parameter)}</td><td>${Std.esc(c.a)}</td><td>${Std.esc(c.b)}</td>` +
      `<td><span class="badge ${c.verdict}">${Std.verdicts[c.verdict] || Std.esc(c.verdict)}</span></td><td class="small">${Std.esc(c.explanation)}</td></tr>`).join("") +
    "</table></div>";

  html += '<h2>逐条对照</h2><div class="toolbar"><label><input type="checkbox" id="only-changes"> 只看有差异的条款</label>' +
    '<span class="small muted"><del style="background:var(--del);color:var(--del-ink)">删除</del> <ins style="background:var(--add);color:var(--add-ink);text-decoration:none">增加</ins></span></div>';
  html += '<div class="card"><table class="sides" id="sides"><tr><th>A 条款</th><th>A 文本</th><th>B 条款</th><th>B 文本</th><th>差异</th></tr>';
  // Conflicts are flagged on their rows too, by the clause numbers they name.
  const flags = new Map();
  for (const c of r.conflicts) {
    const key = c.clauseA + "|" + c.clauseB;
    flags.set(key, (flags.get(key) || []).concat(c));
  }
  for (const p of r.pairs) {
    const rowFlags = [];
    for (const a of p.a.length ? p.a : [""]) for (const b of p.b.length ? p.b : [""]) rowFlags.push(...(flags.get(a + "|" + b) || []));
    let left = p.a.length ? sideHtml(p.diff, "-", "del") : "";
    let right = p.b.length ? sideHtml(p.diff, "+", "ins") : "";
    if (!p.diff.length) {
      left = p.textA ? (p.kind === "deleted" ? `<del>${Std.esc(p.textA)}</del>` : Std.esc(p.textA)) : "";
      right = p.textB ? (p.kind === "added" ? `<ins>${Std.esc(p.textB)}</ins>` : Std.esc(p.textB)) : "";
    }
    const reasons = (p.reasons || []).map(x => Std.esc(x)).join("<br>");
    html += `<tr class="${p.kind}"><td class="num">${Std.esc(p.a.join("+"))}</td><td class="text">${left}</td>` +
      `<td class="num">${Std.esc(p.b.join("+"))}</td><td class="text">${right}</td>` +
      `<td class="kind"><span class="badge kind-${p.kind}">${Std.kinds[p.kind] || Std.esc(p.kind)}</span>` +
      `${reasons ? `<div class="small muted">${reasons}</div>` : ""}` +
      rowFlags.map(c => `<div class="small"><span class="badge ${c.verdict}">${Std.verdicts[c.verdict] || Std.esc(c.verdict)}</span> ${Std.esc(c.parameter)}</div>`).join("") +
      "</td></tr>";
  }
  html += "</table></div>";
  result.innerHTML = html;
  document.getElementById("only-changes").addEventListener("change", e => {
    document.querySelectorAll("#sides tr.identical").forEach(tr => tr.style.display = e.target.checked ? "none" : "");
  });
}

async function compare() {
  const a = document.getElementById("a").value.trim(), b = document.getElementById("b").value.trim();
  const fileA = document.getElementById("file-a").files[0], fileB = document.getElementById("file-b").files[0];
  if (!(a || fileA) || !(b || fileB)) { result.innerHTML = '<div class="error">请为 A 和 B 各选择一个标准或上传一个文件。</div>'; return; }
  const button = document.getElementById("run");
  button.disabled = true;
  result.innerHTML = '<p class="muted">比对中…</p>';
  try {
    let r;
    if (fileA || fileB) {
      const form = new FormData();
      if (fileA) form.append("a", fileA); else form.append("a", a);
      if (fileB) form.append("b", fileB); else form.append("b", b);
      r = await Std.api("/api/compare", { method: "POST", body: form });
    } else {
      history.replaceState(null, "", "?" + new URLSearchParams({ a, b }));
      r = await Std.api("/api/compare?" + new URLSearchParams({ a, b }));
    }
    render(r);
  } catch (e) {
    result.innerHTML = `<div class="error" id="compare-error">比对失败：${Std.esc(e.message)}</div>`;
  } finally {
    button.disabled = false;
  }
}

document.getElementById("compare-form").addEventListener("submit", e => { e.preventDefault(); compare(); });
if (Std.param("a") && Std.param("b")) compare();
