#!/usr/bin/env python3
"""Convert a StdSearch sample source (src/*.md) into HTML for LibreOffice.

Stdlib only.  Usage:  md2html.py SOURCE.md OUT.html

Source conventions (see corpus-samples/README.md):
  * one element per line; blank lines are ignored;
  * the cover is every line before the first front-matter heading
    (目次 / 前言 / 引言 / Foreword / Introduction, Traditional 目錄 / 前言);
  * `<number> <text>` is a HEADING when the text is short (<= 40 chars) and has no
    sentence punctuation (。；：.;: at the end, or 。 anywhere); otherwise it is a
    numbered paragraph (a clause without heading);
  * a line holding only a clause number (e.g. `3.1`) starts a term entry, the next
    line is the term;
  * `附录A` / `Annex A` starts an annex: the next line is （规范性）/(normative) and the
    line after that the annex title;
  * Markdown pipe tables (`| a | b |`) become tables; `|---|` rows are skipped;
  * `表1 ...`, `图1 ...`, `Table 1 — ...`, `Figure 1 — ...` are captions;
  * a line containing `=` and ending with `(1)` / `(A.1)` is a display formula.
"""
import html
import re
import sys

FRONT = {"目次", "前言", "引言", "Foreword", "Introduction", "目錄", "Contents"}
BACK = {"参考文献", "參考文獻", "參考資料", "Bibliography", "索引", "Index"}
CLAUSE = re.compile(r"^((?:[A-Z]{1,2}|\d+)(?:\.\d+)*)(?: |\u3000)(\S.*)$")
NUMONLY = re.compile(r"^(?:[A-Z]{1,2}|\d+)(?:\.\d+)+$|^\d+\.\d+$")
ANNEX = re.compile(r"^(附录|附錄)([A-Z]{1,2})$|^Annex ([A-Z])$")
CAPTION = re.compile(r"^(表|图|圖)[A-Z]{0,2}\.?\d+ |^(Table|Figure) [A-Z]{0,2}\.?\d+ ")
FORMULA = re.compile(r"=.*\((?:[A-Z]{1,2}\.)?\d+\)\s*$")
IDLINE = re.compile(r"^(GB|DB\d+|T/|WB|CNS|ISO|Q/)[^\u4e00-\u9fff]*\d{4}")


def is_heading(num, text):
    if not re.match(r"^[A-Z]{1,2}\.\d", num) and not re.match(r"^\d", num):
        return False
    if "。" in text or len(text) > 40:
        return False
    if text[-1] in "。；：.;:，,":
        return False
    if re.search(r"(应|不应|宜|可|shall|should|may)\b", text) and len(text) > 20:
        return False
    return True


def level(num):
    return min(num.count(".") + 1, 3)


class Doc:
    def __init__(self, lang):
        self.out = []
        self.lang = lang
        if lang == "tc":
            self.fam = "'Noto Serif CJK TC', 'Noto Sans CJK TC'"
            self.hfam = "'Noto Sans CJK TC'"
        else:
            self.fam = "'Noto Serif CJK SC', 'Noto Sans CJK SC'"
            self.hfam = "'Noto Sans CJK SC'"

    def p(self, text, style="", cls=None, pagebreak=False, tag="p"):
        st = "font-family:%s;font-size:10.5pt;" % self.fam
        if tag.startswith("h"):
            st = "font-family:%s;font-size:%s;font-weight:bold;" % (
                self.hfam, {"h1": "11pt", "h2": "10.5pt", "h3": "10.5pt"}[tag])
        if pagebreak:
            st += "page-break-before:always;"
        st += style
        self.out.append('<%s style="%s">%s</%s>' % (tag, st, text, tag))


def convert(src, lang):
    lines = [l.rstrip() for l in src.splitlines()]
    lines = [l for l in lines if l.strip()]
    d = Doc(lang)
    # ---- cover
    i = 0
    cover = []
    while i < len(lines) and lines[i].strip() not in FRONT:
        cover.append(lines[i].strip())
        i += 1
    for j, c in enumerate(cover):
        e = html.escape(c)
        if c.startswith(("ICS", "CCS", "备案号", "備案號")) or re.match(r"^[A-Z] \d\d$", c):
            d.p(e, "text-align:left;")
        elif re.search(r"(国家标准|地方标准|团体标准|行业标准|國家標準|INTERNATIONAL STANDARD)$", c):
            d.p(e, "text-align:center;font-size:20pt;font-weight:bold;margin-top:30pt;")
        elif IDLINE.match(c):
            d.p(e, "text-align:right;font-size:12pt;font-weight:bold;")
        elif re.search(r"发布$|實施$|实施$|公布$|發布$", c) and re.search(r"\d", c):
            d.p(e, "text-align:center;font-size:12pt;margin-top:24pt;")
        elif re.search(r"(发布|發布|印行|發行)$", c):
            d.p(e, "text-align:center;font-size:14pt;font-weight:bold;margin-top:24pt;")
        elif j > 0 and re.search(r"[\u4e00-\u9fff]", c) and not c.startswith(("代替", "（")):
            d.p(e, "text-align:center;font-size:18pt;font-weight:bold;margin-top:30pt;")
        else:
            d.p(e, "text-align:center;font-size:12pt;")
    # ---- front matter, body, annexes
    body_title_done = False
    k = i
    while k < len(lines):
        c = lines[k].strip()
        e = html.escape(c)
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if c in ("目次", "目錄", "Contents"):
            d.p(e, "text-align:center;", pagebreak=True, tag="h1")
            marker = nxt
            k += 1
            while k < len(lines):
                t = lines[k].strip()
                if t == marker and k > i + 2:
                    break
                d.p(html.escape(t), "margin:0;text-indent:0;" +
                    ("margin-left:21pt;" if re.match(r"^[A-Z]?\d*\.", t) else ""))
                k += 1
            continue
        if c in FRONT or c in BACK:
            d.p(e, "text-align:center;", pagebreak=True, tag="h1")
            k += 1
            continue
        m = ANNEX.match(c)
        if m and k + 2 < len(lines):
            kind = lines[k + 1].strip()
            title = lines[k + 2].strip()
            d.p(e, "text-align:center;", pagebreak=True, tag="h1")
            d.p(html.escape(kind), "text-align:center;font-weight:bold;")
            d.p(html.escape(title), "text-align:center;font-weight:bold;font-size:11pt;")
            k += 3
            continue
        if not body_title_done and re.match(r"^1 (范围|適用範圍|范圍|Scope)$", nxt) and not CLAUSE.match(c):
            d.p(e, "text-align:center;font-size:14pt;font-weight:bold;", pagebreak=True)
            body_title_done = True
            k += 1
            continue
        if c.startswith("|"):
            rows = []
            while k < len(lines) and lines[k].strip().startswith("|"):
                r = lines[k].strip()
                if not re.match(r"^\|[\s:|-]+\|$", r):
                    rows.append([x.strip() for x in r.strip("|").split("|")])
                k += 1
            t = ['<table border="1" cellspacing="0" cellpadding="4" width="100%" '
                 'style="border-collapse:collapse;">']
            for ri, row in enumerate(rows):
                t.append("<tr>")
                for cell in row:
                    tg = "th" if ri == 0 else "td"
                    t.append('<%s align="center"><font face="%s" style="font-size:9pt">%s</font></%s>'
                             % (tg, d.fam.replace("'", ""), html.escape(cell), tg))
                t.append("</tr>")
            t.append("</table>")
            d.out.append("".join(t))
            continue
        if NUMONLY.match(c) and k + 1 < len(lines) and not CLAUSE.match(nxt):
            d.p("<b>%s</b>" % e, "margin-bottom:0;")
            d.p("<b>%s</b>" % html.escape(nxt), "margin-top:0;")
            k += 2
            continue
        m = CLAUSE.match(c)
        if m and is_heading(m.group(1), m.group(2)):
            d.p(e, tag="h%d" % level(m.group(1)))
            k += 1
            continue
        if CAPTION.match(c):
            d.p("<b>%s</b>" % e, "text-align:center;")
        elif FORMULA.search(c):
            d.p(e, "text-align:center;font-style:italic;")
        elif c.startswith(("注", "備考", "Note", "NOTE", "示例", "EXAMPLE")):
            d.p(e, "font-size:9pt;")
        elif re.match(r"^([a-z]\)|\([a-z]\)|[a-z]）|——|\d\)|—— )", c):
            d.p(e, "margin-left:21pt;")
        elif re.match(r"^(\[\d+\]|[A-Z\d/]+.*\d)", c) and not m:
            d.p(e, "text-indent:0;")
        else:
            d.p(e, "text-indent:21pt;" if not m else "")
        k += 1
    title = html.escape(cover[0] if cover else "")
    langattr = {"sc": "zh-CN", "tc": "zh-TW", "en": "en"}[lang]
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<title>%s</title><style>body{font-family:%s;font-size:10.5pt}</style>"
            "</head><body>\n%s\n</body></html>\n" % (langattr, title, d.fam, "\n".join(d.out)))


def header_of(src):
    """Running-header text: the id line of the cover (ISO: reference number)."""
    for line in src.splitlines():
        line = line.strip()
        if line in FRONT:
            break
        m = re.match(r"^Reference number (.+)$", line)
        if m:
            return m.group(1)
    for line in src.splitlines():
        line = line.strip()
        if line in FRONT:
            break
        if IDLINE.match(line):
            return line
    return ""


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--header":
        print(header_of(open(sys.argv[2], encoding="utf-8").read()))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--lang":
        src = open(sys.argv[2], encoding="utf-8").read()
        print("tc" if re.search(r"[資訊體網標準]", src[:400]) else
              ("sc" if re.search(r"[\u4e00-\u9fff]", src) else "en"))
        return
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    src = open(sys.argv[1], encoding="utf-8").read()
    lang = "sc"
    if re.search(r"[資訊體網標準]", src[:400]):
        lang = "tc"
    if not re.search(r"[\u4e00-\u9fff]", src):
        lang = "en"
    if len(sys.argv) > 3:
        lang = sys.argv[3]
    open(sys.argv[2], "w", encoding="utf-8").write(convert(src, lang))


if __name__ == "__main__":
    main()
