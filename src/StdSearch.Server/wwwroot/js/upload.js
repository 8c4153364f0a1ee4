// Upload page: index one document, and the per-file status of the seed folder and the inbox.
"use strict";

Std.header("/upload.html");
const out = document.getElementById("upload-result");

document.getElementById("upload-form").addEventListener("submit", async e => {
  e.preventDefault();
  const file = document.getElementById("file").files[0];
  if (!file) { out.innerHTML = '<div class="error">请选择文件。</div>'; return; }
  const form = new FormData();
  form.append("file", file);
  const button = document.getElementById("upload");
  button.disabled = true;
  out.innerHTML = '<p class="muted">上传并索引中…</p>';
  try {
    const r = await Std.api("/api/documents", { method: "POST", body: form });
    const change = r.change === "added" ? "已新增" : "已替换";
    out.innerHTML = `<div class="notice" id="uploaded">${change}：<a href="${Std.standardUrl(r.key)}">${Std.esc(r.id)} ${Std.esc(r.title)}</a>` +
      `（${r.clauses} 个条款）</div>`;
  } catch (err) {
    const code = err.problem && err.problem.reason;
    const title = code ? `${Std.reasons[code] || code}（${code}）` : err.status === 413 ? "文件过大" : err.status === 401 ? "需要 API 密钥" : "";
    out.innerHTML = `<div class="error" id="upload-error"><strong>上传失败${title ? "：" + Std.esc(title) : ""}</strong>` +
      `<div class="small">${Std.esc(err.message)}</div></div>`;
  } finally {
    button.disabled = false;
    refresh();
  }
});

async function refresh() {
  try {
    const [health, files] = await Promise.all([Std.api("/api/health"), Std.api("/api/ingest")]);
    document.getElementById("health").textContent = `索引中共 ${health.standards} 项标准，排队 ${health.queued} 个文件`;
    const rows = files.map(f => `<tr><td>${Std.esc(f.source)}</td><td>${Std.esc(f.name)}</td>` +
      `<td class="state-${f.state}">${Std.states[f.state] || Std.esc(f.state)}</td>` +
      `<td>${f.key ? `<a href="${Std.standardUrl(f.key)}">${Std.esc(f.id || f.key)}</a>` : ""}</td>` +
      `<td class="small">${Std.esc([Std.reasons[f.reason] || f.reason, f.message].filter(Boolean).join("："))}</td></tr>`);
    if (!rows.length) rows.push('<tr><td colspan="5" class="muted">暂无文件。</td></tr>');
    document.getElementById("ingest").innerHTML = "<tr><th>来源</th><th>文件</th><th>状态</th><th>标准</th><th>说明</th></tr>" + rows.join("");
  } catch { /* shown again at the next refresh */ }
}

refresh();
setInterval(refresh, 5000);
