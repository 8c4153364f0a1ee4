#!/usr/bin/env python3
"""Generate truth/<base>.truth from src/<base>.md (stdlib only).

Usage: gen_truth.py src/x.md [...]      (writes truth/x.truth)

The metadata, [clauses], [terms] and [references] sections are derived from the
source; the [requirements] section is hand-written and is PRESERVED from an existing
truth file (regeneration never loses it).  Review the output: the truth files are the
ground truth, this script only saves typing.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from md2html import FRONT, is_heading, header_of  # noqa: E402

NUM = re.compile(r"^(\d+(?:\.\d+)*|[A-Z]{1,2}(?:\.\d+)+) (\S.*)$")
NUMONLY = re.compile(r"^(\d+(?:\.\d+)+|[A-Z]{1,2}(?:\.\d+)+)$")
ANNEX = re.compile(r"^(?:附录|附錄)([A-Z]{1,2})$|^Annex ([A-Z]{1,2})$")
BODY1 = re.compile(r"^1 (范围|Scope|適用範圍)$")
KIND = {"（规范性）": "规范性", "（资料性）": "资料性", "（規定）": "规范性", "（參考）": "资料性",
        "(normative)": "normative", "(informative)": "informative"}
REF_CN = re.compile(r"^((?:GB|GB/T|GB/Z|JJF|JJG|[A-Z]{2}/T|[A-Z]{2}) \d+(?:\.\d+)*(?:—\d{4})?) (.+)$")
REF_ISO = re.compile(r"^((?:ISO|IEC|ISO/IEC) \d+(?:-\d+)*(?::\d{4})?),? (.+)$")


def canon(i):
    return i.replace("—", "-").replace("－", "-").strip()


def lines_of(path):
    return [l.strip() for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]


def split_cover(lines):
    for i, l in enumerate(lines):
        if l in FRONT:
            return lines[:i], i
    return lines, len(lines)


def body_start(lines):
    hits = [i for i, l in enumerate(lines) if BODY1.match(l)]   # the last one: the 目次 repeats it
    if not hits:
        raise SystemExit("no body start")
    return hits[-1]


def parse_body(lines):
    """-> clauses [(num, heading, kind|None)], terms [(num, zh, en)], refs [(id, title)]"""
    clauses, terms, refs = [], [], []
    i = body_start(lines)
    chapter = None
    while i < len(lines):
        l = lines[i]
        m = ANNEX.match(l)
        if m:
            letter = m.group(1) or m.group(2)
            clauses.append((letter, lines[i + 2], KIND.get(lines[i + 1], lines[i + 1])))
            chapter = letter
            i += 3
            continue
        if l in ("参考文献", "參考資料", "參考文獻", "Bibliography"):
            break
        if NUMONLY.match(l) and i + 1 < len(lines) and not NUM.match(lines[i + 1]):
            t = lines[i + 1]
            m2 = re.match(r"^(.*?[\u4e00-\u9fff）」])\s+([A-Za-z].*)$", t)
            if m2:
                zh, en = m2.group(1), m2.group(2)
            else:
                zh, en = "", t
            clauses.append((l, zh or en, None))
            terms.append((l, zh, en))
            i += 2
            continue
        m = NUM.match(l)
        if m:
            num, text = m.group(1), m.group(2)
            if "." not in num:
                chapter = num
            clauses.append((num, text if is_heading(num, text) else "", None))
            i += 1
            continue
        if chapter == "2":
            m = REF_CN.match(l) or REF_ISO.match(l)
            if m:
                refs.append((canon(m.group(1)), m.group(2)))
        i += 1
    return clauses, terms, refs


def meta(lines, src_text):
    cover, front = split_cover(lines)
    md = {}
    hdr = header_of(src_text)
    hid = hdr.split("/ISO")[0] if "/ISO" in hdr else hdr
    md["id"] = canon(re.sub(r"\(E\)$", "", hid))
    for l in cover:
        if l.startswith("ICS "):
            md["ics"] = l[4:]
        elif l.startswith("CCS "):
            md["ccs"] = l[4:]
        elif re.match(r"^[A-HJ-NP-Z] \d\d$", l):
            md["ccs"] = l
        elif l.startswith("代替 "):
            md["replaces"] = ", ".join(canon(x) for x in re.split(r"[、，,]", l[3:]))
        m = re.match(r"^(\d{4}-\d\d-\d\d) 发布$", l)
        if m:
            md["issued"] = m.group(1)
        m = re.match(r"^(\d{4}-\d\d-\d\d) 实施$", l)
        if m:
            md["effective"] = m.group(1)
        m = re.match(r"^(\d{4}-\d\d-\d\d)$", l)
        if m:
            md["issued"] = m.group(1)
        m = re.match(r"^中華民國(\d+)年(\d+)月(\d+)日", l)
        if m:
            md["issued"] = "%04d-%02d-%02d" % (int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3)))
        m = re.match(r"^[（(]((?:ISO|IEC)[^，,]+)[，,](IDT|MOD|NEQ)[）)]$", l)
        if m:
            md["adoption"] = "%s %s" % (m.group(2), m.group(1))
        if "征求意见稿" in l:
            md["draft"] = "征求意见稿"
    # titles: first CJK line after the id line that is not furniture
    try:
        k = next(i for i, l in enumerate(cover) if l == hdr or l == "ISO " + md["id"].split(" ")[1].split(":")[0])
    except StopIteration:
        k = 0
    rest = [l for l in cover[k + 1:] if not l.startswith(("代替", "总号", "總號", "（", "First", "Reference",
                                                          "ICS", "Compteurs"))
            and not re.match(r"^\d{4}-", l)]
    if re.search(r"[\u4e00-\u9fff]", src_text):
        md["title"] = rest[0]
        md["titleEn"] = rest[1]
    else:
        md["title"] = rest[0]
        md["titleEn"] = rest[0]
    for l in lines[front:]:
        m = re.search(r"由(.+?)(?:提出并)?归口。", l)
        if m:
            md["committee"] = m.group(1)
            break
        m = re.search(r"Technical Committee (ISO/TC \d+).*Subcommittee (SC \d+)", l)
        if m:
            md["committee"] = "%s/%s" % (m.group(1), m.group(2))
            break
    return md


ORDER = ["id", "title", "titleEn", "ics", "ccs", "issued", "effective", "replaces", "adoption", "draft",
         "committee"]


def generate(src):
    base = os.path.splitext(os.path.basename(src))[0]
    root = os.path.dirname(os.path.dirname(os.path.abspath(src)))
    out = os.path.join(root, "truth", base + ".truth")
    text = open(src, encoding="utf-8").read()
    lines = lines_of(src)
    md = meta(lines, text)
    clauses, terms, refs = parse_body(lines)
    reqs, head_comments = [], []
    if os.path.exists(out):
        old = open(out, encoding="utf-8").read().splitlines()
        sec = None
        for l in old:
            if l.startswith("["):
                sec = l
                continue
            if sec == "[requirements]" and l.strip():
                reqs.append(l)
            if sec is None and l.startswith("#"):
                head_comments.append(l)
    o = head_comments or ["# ground truth for src/%s.md (see README.md, section Ground truth)" % base]
    for k in ORDER:
        if k in md:
            o.append("%s: %s" % (k, md[k]))
    o.append("")
    o.append("[clauses]")
    for num, head, kind in clauses:
        o.append("%s\t%s\t%s" % (num, head, kind) if kind else "%s\t%s" % (num, head))
    o.append("")
    o.append("[terms]")
    for num, zh, en in terms:
        o.append("%s\t%s\t%s" % (num, zh, en))
    o.append("")
    o.append("[references]")
    for i, t in refs:
        o.append("%s\t%s" % (i, t))
    o.append("")
    o.append("[requirements]")
    o.extend(reqs)
    open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
    print("wrote", out, len(clauses), "clauses", len(terms), "terms", len(refs), "refs", len(reqs), "reqs")


if __name__ == "__main__":
    for s in sys.argv[1:]:
        generate(s)
