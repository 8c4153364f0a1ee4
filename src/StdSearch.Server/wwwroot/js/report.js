// Portfolio report page: the consistency rate of a set of standards against reference standards, against its target,
// as a chart (rate bar with the target line, standards by degree) and a table.
"use strict";

Std.header("/report.html");
const out = document.getElementById("result");
for (const k of ["set", "reference", "target", "rule"]) if (Std.param(k)) document.getElementById(k).value = Std.param(k);

function chart(s) {
  const w = 560, rate = Math.max(0, Math.min(1, s.rate)), target = Math.max(0, Math.min(1, s.target));
  const color = s.meetsTarget ? "#2f8f46" : "#c0392b";
  const degrees = s.byDegree || [];
  const max = Math.max(1, ...degrees.map(d => d.count));
  let svg = `<svg id="chart" viewBox="0 0 ${w + 140} ${70 + degrees.length * 28}" width="${w + 140}" role="img" aria-label="一致率与目标">` +
    `<text x="0" y="18" font-size="13" fill="#616e7c">一致率</text>` +
    `<rect x="90" y="6" width="${w}" height="18" fill="#e4e7eb" rx="3"/>` +
    `<rect x="90" y="6" width="${(w * rate).toFixed(1)}" height="18" fill="${color}" rx="3"/>` +
    `<line x1="${(90 + w * target).toFixed(1)}" y1="0" x2="${(90 + w * target).toFixed(1)}" y2="30" stroke="#1f2933" stroke-width="2" stroke-dasharray="4 2"/>` +
    `<text x="${(90 + w * target).toFixed(1)}" y="44" font-size="12" text-anchor="middle" fill="#1f2933">目标 ${Std.percent(s.target)}</text>` +
    `<text x="${90 + w + 8}" y="20" font-size="13" font-weight="700" fill="${color}">${Std.percent(s.rate)}</text>`;
  degrees.forEach((d, i) => {
    const y = 62 + i * 28;
    svg += `<text x="0" y="${y + 13}" font-size="13" fill="#616e7c">${Std.esc(Std.degrees[d.degree] || (d.degree === "none" ? "无对应" : d.degree))}</text>` +
      `<rect x="90" y="${y}" width="${(w * d.count / max).toFixed(1)}" height="16" fill="#1660a8" rx="3"/>` +
      `<text x="${(96 + w * d.count / max).toFixed(1)}" y="${y + 13}" font-size="12" fill="#1f2933">${d.count}</text>`;
  });
  return svg + "</svg>";
}

function render(r) {
  const s = r.summary;
  let html = '<div class="scores" id="scores">' +
    `<div class="score"><div class="label">一致率</div><span class="value degree" id="rate">${Std.percent(s.rate)}</span><div class="muted small">${s.consistent} / ${s.standards} 项</div></div>` +
    `<div class="score"><div class="label">目标</div><span class="value">${Std.percent(s.target)}</span><div class="muted small">${s.meetsTarget ? "已达到" : "未达到"}</div></div>` +
    `<div class="score"><div class="label">有对应的对照标准</div><span class="value">${s.withReference}</span><div class="muted small">对照标准共 ${s.references} 项</div></div>` +
    `<div class="score"><div class="label">建议废止或合并</div><span class="value">${s.duplicates.length}</span><div class="muted small">项</div></div>` +
    `<div class="score"><div class="label">需修订的规定</div><span class="value">${s.conflictsToRevise.length}</span><div class="muted small">处</div></div></div>`;
  html += `<div class="card">${chart(s)}<p class="muted small">${Std.esc(s.definition)}</p></div>`;
  html += '<h2>逐项标准</h2><div class="card"><table id="entries"><tr><th>标准</th><th>名称</th><th>对应对照标准</th><th>一致性程度</th><th>重合度</th><th>覆盖率</th><th>一致</th><th>理由</th></tr>' +
    r.standards.map(e => `<tr><td class="nowrap"><a href="${Std.standardUrl(e.standard)}">${Std.esc(e.standard)}</a></td><td>${Std.esc(e.title)}</td>` +
      `<td class="nowrap">${e.reference ? `<a href="/compare.html?a=${encodeURIComponent(e.reference)}&b=${encodeURIComponent(e.standard)}">${Std.esc(e.reference)}</a>` : "—"}</td>` +
      `<td>${Std.esc(e.degree === "none" || !e.degree ? "—" : e.degree)}</td><td class="nowrap">${Std.percent(e.overlap || 0)}</td><td class="nowrap">${Std.percent(e.coverage || 0)}</td>` +
      `<td class="nowrap">${e.consistent ? '<span class="badge same">一致</span>' : '<span class="badge contradictory">不一致</span>'}</td><td class="small">${Std.esc(e.reason)}</td></tr>`).join("") +
    "</table></div>";
  if (s.conflictsToRevise.length)
    html += '<h2>需修订的规定</h2><div class="card"><table id="revise"><tr><th>标准</th><th>条款</th><th>对照标准</th><th>条款</th><th>参数</th><th>本标准</th><th>对照标准</th><th>判定</th></tr>' +
      s.conflictsToRevise.map(c => `<tr><td class="nowrap">${Std.esc(c.standard)}</td><td>${Std.esc(c.clause)}</td><td class="nowrap">${Std.esc(c.reference)}</td><td>${Std.esc(c.referenceClause)}</td>` +
        `<td>${Std.esc(c.parameter)}</td><td class="nowrap">${Std.esc(c.value)}</td><td class="nowrap">${Std.esc(c.referenceValue)}</td>` +
        `<td><span class="badge ${c.verdict}">${c.verdict === "aStricter" ? "宽于对照标准" : Std.verdicts[c.verdict] || Std.esc(c.verdict)}</span></td></tr>`).join("") + "</table></div>";
  if (s.duplicates.length)
    html += '<h2>建议废止或合并</h2><div class="card"><table id="duplicates"><tr><th>标准</th><th>重复于</th><th>建议</th><th>相似度</th><th>理由</th></tr>' +
      s.duplicates.map(d => `<tr><td>${Std.esc(d.standard)}</td><td>${Std.esc(d.duplicateOf)}</td><td>${d.action === "abolish" ? "废止" : "合并"}</td>` +
        `<td>${d.similarity.toFixed(2)}</td><td class="small">${Std.esc(d.reason)}</td></tr>`).join("") + "</table></div>";
  out.innerHTML = html;
}

async function run() {
  const q = {
    set: document.getElementById("set").value.trim(), reference: document.getElementById("reference").value.trim(),
    target: String((parseFloat(document.getElementById("target").value) || 90) / 100), rule: document.getElementById("rule").value,
  };
  history.replaceState(null, "", "?" + new URLSearchParams({ ...q, target: document.getElementById("target").value }));
  const button = document.getElementById("run");
  button.disabled = true;
  out.innerHTML = '<p class="muted">生成中（逐项比对，可能需要一些时间）…</p>';
  try {
    render(await Std.api("/api/report?" + new URLSearchParams(q)));
  } catch (e) {
    out.innerHTML = `<div class="error" id="report-error">生成失败：${Std.esc(e.message)}</div>`;
  } finally {
    button.disabled = false;
  }
}

document.getElementById("report-form").addEventListener("submit", e => { e.preventDefault(); run(); });
if (Std.param("set")) run();
