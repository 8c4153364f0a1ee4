// Draft check page: upload a draft (not indexed); its overlap share, the standards it repeats, matched passages with
// their sources, and provisions that differ from the clauses it repeats.
"use strict";

Std.header("/check.html");
const out = document.getElementById("result");

function render(r) {
  let html = `<h2>${Std.esc(r.draft)} ${Std.esc(r.title)}</h2><div class="scores" id="scores">` +
    `<div class="score"><div class="label">重复比例</div><span class="value degree" id="share">${Std.percent(r.share)}</span><div class="muted small">草案文字在已有标准中出现的比例</div></div>` +
    `<div class="score"><div class="label">去除模板文字</div><span class="value">${Std.percent(r.shareWithoutTemplate)}</span><div class="muted small">不计多项标准共有的模板句</div></div>` +
    `<div class="score"><div class="label">草案字数</div><span class="value">${r.characters}</span><div class="muted small">其中重复 ${r.matchedCharacters} 字</div></div>` +
    `<div class="score"><div class="label">重复来源</div><span class="value">${r.sources.length}</span><div class="muted small">项标准</div></div>` +
    `<div class="score"><div class="label">规定不一致</div><span class="value">${r.conflicts.length}</span><div class="muted small">项</div></div></div>`;
  html += `<details class="small muted"><summary>计算方法</summary>${Std.esc(r.method)}</details>`;

  html += "<h2>重复来源</h2>";
  if (!r.sources.length) html += '<p class="muted">未发现重复。</p>';
  else html += '<div class="card"><table id="sources"><tr><th>标准</th><th>名称</th><th>占草案比例</th><th>涉及条款</th></tr>' +
    r.sources.map(s => `<tr><td class="nowrap"><a href="${Std.standardUrl(s.standard)}">${Std.esc(s.standard)}</a></td><td>${Std.esc(s.title)}</td>` +
      `<td><div class="barcell"><span class="bar" style="width:${Math.max(2, Math.round(s.share * 160))}px"></span> ${Std.percent(s.share)}</div></td><td>${s.clauses}</td></tr>`).join("") +
    "</table></div>";

  if (r.conflicts.length) {
    html += '<h2>规定不一致</h2><div class="card"><table id="conflicts"><tr><th>草案条款</th><th>标准</th><th>条款</th><th>参数</th><th>现行规定</th><th>草案规定</th><th>判定</th></tr>' +
      r.conflicts.map(c => `<tr><td>${Std.esc(c.draftClause)}</td><td><a href="${Std.standardUrl(c.standard, c.clause)}">${Std.esc(c.standard)}</a></td>` +
        `<td>${Std.esc(c.clause)}</td><td>${Std.esc(c.parameter)}</td><td>${Std.esc(c.existing)}</td><td>${Std.esc(c.proposed)}</td>` +
        `<td><span class="badge ${c.verdict}" title="${Std.esc(c.explanation)}">${Std.esc(draftVerdict(c.verdict))}</span></td></tr>`).join("") + "</table></div>";
  }

  html += '<h2>逐条重复情况</h2><div class="card"><table class="sides" id="clauses"><tr><th>草案条款</th><th>重复</th><th>出处</th><th>重复段落</th></tr>';
  for (const c of r.clauses) {
    if (!c.characters) continue; // a heading without text of its own
    const m = c.matches[0];
    const passages = m ? m.passages.map(p => `<div><mark>${Std.esc(p.text)}</mark></div>`).join("") : "";
    const source = m ? `<a href="${Std.standardUrl(m.standard, m.clause)}">${Std.esc(m.standard)} ${Std.esc(m.clause)}</a>` +
      (c.matches.length > 1 ? `<div class="muted small">另有 ${c.matches.length - 1} 处</div>` : "") : '<span class="muted">—</span>';
    html += `<tr class="${m ? "" : "identical"}"><td class="num">${Std.esc(c.clause)}</td>` +
      `<td>${m ? Std.percent(c.share) : "0 %"}${c.template ? ' <span class="badge">模板</span>' : ""}</td><td>${source}</td><td class="text">${passages}</td></tr>`;
  }
  out.innerHTML = html + "</table></div>";
}

function draftVerdict(v) {
  return { aStricter: "草案更宽松", bStricter: "草案更严格", contradictory: "矛盾", same: "一致" }[v] || Std.verdicts[v] || v;
}

document.getElementById("check-form").addEventListener("submit", async e => {
  e.preventDefault();
  const file = document.getElementById("file").files[0];
  if (!file) { out.innerHTML = '<div class="error">请选择草案文件。</div>'; return; }
  const form = new FormData();
  form.append("file", file);
  const button = document.getElementById("run");
  button.disabled = true;
  out.innerHTML = '<p class="muted">检查中…</p>';
  try {
    render(await Std.api("/api/check", { method: "POST", body: form }));
  } catch (err) {
    const code = err.problem && err.problem.reason;
    out.innerHTML = `<div class="error" id="check-error"><strong>检查失败${code ? "：" + Std.esc(Std.reasons[code] || code) : ""}</strong>` +
      `<div class="small">${Std.esc(err.message)}</div></div>`;
  } finally {
    button.disabled = false;
  }
});
