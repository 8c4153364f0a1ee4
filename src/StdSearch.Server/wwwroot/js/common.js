// Shared helpers of the StdSearch pages: API calls, escaping, Chinese labels, the page header.
"use strict";

const Std = (() => {
  const levels = { national: "国家标准", industry: "行业标准", local: "地方标准", group: "团体标准", enterprise: "企业标准",
    international: "国际标准", foreign: "国外标准" };
  const statuses = { current: "现行", replaced: "被代替", abolished: "废止", withdrawn: "废止", upcoming: "即将实施", unknown: "未知" };
  const kinds = { identical: "相同", editorial: "编辑性修改", technical: "技术性修改", moved: "条号调整", translated: "译文对应",
    added: "B 增加", deleted: "B 删除" };
  const verdicts = { same: "一致", aStricter: "A 严于 B", bStricter: "B 严于 A", contradictory: "矛盾", notComparable: "不可比" };
  const conflictKinds = { limit: "限值", modality: "要求程度", definition: "定义" };
  const degrees = { IDT: "IDT 等同", MOD: "MOD 修改", NEQ: "NEQ 非等效" };
  const reasons = { "unsupported-type": "不支持的文件类型", corrupt: "文件已损坏", truncated: "文件不完整", encrypted: "文件已加密",
    empty: "空文件", "no-pages": "没有页面", "no-text-layer": "没有文字层（扫描件，需要 OCR）", "garbled-text": "文字层乱码",
    "too-large": "文件过大", "too-many-pages": "页数过多", unreadable: "无法读取", error: "处理出错" };
  const states = { queued: "排队中", indexing: "正在索引", indexed: "已入库", failed: "失败" };

  const pages = [
    ["/index.html", "检索"], ["/compare.html", "比对"], ["/check.html", "草案查重"], ["/report.html", "一致性报告"], ["/upload.html", "上传入库"],
  ];

  function esc(s) {
    return String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  const keyItem = "stdsearch-api-key";

  /** Fetches JSON; throws an Error whose message is the problem details' detail (or title). A write the server refuses
   *  for want of an API key asks for the key once, keeps it in this browser and tries again. */
  async function api(url, options, retried) {
    const key = localStorage.getItem(keyItem);
    const request = { ...(options || {}) };
    if (key) request.headers = { ...(request.headers || {}), "X-Api-Key": key };
    const response = await fetch(url, request);
    if (response.status === 401 && !retried) {
      const given = prompt("此操作需要 API 密钥：");
      if (given) { localStorage.setItem(keyItem, given.trim()); return api(url, options, true); }
    }
    const text = await response.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    if (!response.ok) {
      const message = body && (body.detail || body.title) || `HTTP ${response.status}`;
      const error = new Error(message);
      error.status = response.status;
      error.problem = body;
      throw error;
    }
    return body;
  }

  /** A snippet with its [start, length] highlights wrapped in <mark>. */
  function highlight(snippet, highlights) {
    let html = "", at = 0;
    for (const [start, length] of highlights || []) {
      if (start < at) continue;
      html += esc(snippet.slice(at, start)) + "<mark>" + esc(snippet.slice(start, start + length)) + "</mark>";
      at = start + length;
    }
    return html + esc(snippet.slice(at));
  }

  function standardUrl(key, clause) {
    return "/standard.html?id=" + encodeURIComponent(key) + (clause ? "#" + anchor(clause) : "");
  }

  function anchor(number) { return "c-" + String(number).replace(/\s+/g, "_"); }

  function header(active) {
    const links = pages.map(([href, label]) =>
      `<a href="${href}"${href === active ? ' class="active"' : ""}>${label}</a>`).join("");
    document.body.insertAdjacentHTML("afterbegin",
      `<header class="top"><div class="wrap"><a class="brand" href="/index.html">StdSearch 标准检索</a>` +
      `<nav>${links}</nav><span class="spacer"></span><a class="api" href="/openapi/v1.json">API 文档</a></div></header>`);
  }

  function param(name) { return new URLSearchParams(location.search).get(name); }

  function percent(x) { return (Math.round(x * 1000) / 10).toFixed(1) + " %"; }

  return { esc, api, highlight, standardUrl, anchor, header, param, percent,
    levels, statuses, kinds, verdicts, conflictKinds, degrees, states, reasons };
})();
