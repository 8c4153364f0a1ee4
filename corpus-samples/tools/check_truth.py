#!/usr/bin/env python3
"""Check truth/*.truth against src/*.md (stdlib only).

  check_truth.py --all                 every src/*.md against truth/<base>.truth
  check_truth.py SRC.md TRUTH          one pair
  check_truth.py --pdftext SRC.md TXT  the clause headings of SRC appear, in order, in pdftotext output

Checks: metadata values occur on the cover; every [clauses] entry occurs in the source
in order (number + heading on one line, a term entry as number line + term line, an annex
as 附录X/Annex X + kind + title) and the source has no numbered clause that the truth
lacks; [terms] and [references] occur; every [requirements] row names an existing clause
whose text (up to the next clause, tables included) contains the value(s), the unit and
the modal verb.  Exit status 1 on any failure.
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_truth import parse_body, lines_of, body_start, ANNEX, NUM, NUMONLY  # noqa: E402

MODAL_CN = {"应": "应", "不应": "不应", "宜": "宜", "不宜": "不宜", "可": "可", "不得": "不得",
            "應": "應", "得": "得"}
COMP = {"≤": ("≤", "不大于", "不超过", "不高于", "内", "≦", "not exceeding", "至少每"),
        "≥": ("≥", "不小于", "不少于", "不低于", "至少", "≧", "not less than"),
        "<": ("低于", "低於", "below", "<"), ">": ("高于", "超过", ">"),
        "=": ("为", "達到", "达到", "every", "=", "每"), "range": ("～", "~"), "±": ("±",)}


def read_truth(path):
    md, sec, out = {}, None, {"[clauses]": [], "[terms]": [], "[references]": [], "[requirements]": []}
    for raw in open(path, encoding="utf-8").read().splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("["):
            sec = raw.strip()
            continue
        if sec is None:
            k, _, v = raw.partition(":")
            md[k.strip()] = v.strip()
        else:
            out[sec].append(raw.split("\t"))
    return md, out


def norm(s):
    return re.sub(r"\s+", "", s.replace("\u2212", "-").replace("—", "-"))


def check_pair(src, truth):
    errs = []
    text = open(src, encoding="utf-8").read()
    lines = lines_of(src)
    md, t = read_truth(truth)
    cover = "\n".join(lines[:40])
    for k in ("ics", "ccs", "title", "titleEn", "adoption", "draft"):
        if k in md and md[k]:
            v = md[k]
            if k == "adoption":
                deg, _, sid = v.partition(" ")
                if not re.search(re.escape(sid) + r"[，,]" + deg, cover):
                    errs.append("adoption %r not on cover" % v)
            elif v not in cover:
                errs.append("%s %r not on cover" % (k, v))
    idv = md.get("id", "")
    if idv and norm(idv) not in norm(cover):
        errs.append("id %r not on cover" % idv)
    for k in ("issued", "effective"):
        if k in md and md[k] and md[k] not in cover and not md["id"].startswith("CNS"):
            errs.append("%s %r not on cover" % (k, md[k]))
    for r in md.get("replaces", "").split(","):
        if r.strip() and norm("代替" + r) not in norm(cover):
            errs.append("replaces %r not on cover" % r)
    # clauses in order
    start = body_start(lines)
    body = lines[start:]
    pos = 0
    for row in t["[clauses]"]:
        num, head = row[0], row[1] if len(row) > 1 else ""
        found = False
        while pos < len(body):
            l = body[pos]
            pos += 1
            if len(row) == 3:
                m = ANNEX.match(l)
                if m and (m.group(1) or m.group(2)) == num and pos + 1 < len(body) and body[pos + 1] == head:
                    found = True
                    break
            elif l == num and NUMONLY.match(l) and pos < len(body) and body[pos].startswith(head):
                found = True
                break
            elif head and l == "%s %s" % (num, head):
                found = True
                break
            elif not head and l.startswith(num + " ") and len(l) > len(num) + 1:
                found = True
                break
        if not found:
            errs.append("clause %s %r not found in order" % (num, head))
            pos = 0
    got = [c[0] for c in parse_body(lines)[0]]
    want = [r[0] for r in t["[clauses]"]]
    if got != want:
        errs.append("clause list differs from source: missing %s extra %s"
                    % (sorted(set(got) - set(want)), sorted(set(want) - set(got))))
    for row in t["[terms]"]:
        num, zh, en = (row + ["", "", ""])[:3]
        i = [k for k, l in enumerate(body) if l == num]
        if not i or not (body[i[0] + 1].startswith(zh) and en in body[i[0] + 1]):
            errs.append("term %s %s %s not found" % (num, zh, en))
    for row in t["[references]"]:
        rid, title = row[0], row[1] if len(row) > 1 else ""
        pat = rid.replace("-", "—") if not rid.startswith("ISO") else rid
        if not any(l.startswith(pat) and title in l for l in body):
            errs.append("reference %s %s not found" % (rid, title))
    # requirements
    blocks = {}
    cur = None
    for l in body:
        m = NUM.match(l)
        if m and re.match(r"^(\d+(\.\d+)*|[A-Z]{1,2}(\.\d+)+)$", m.group(1)):
            cur = m.group(1)
        elif NUMONLY.match(l):
            cur = l
        elif ANNEX.match(l):
            cur = None
        if cur:
            blocks.setdefault(cur, []).append(l)
    for row in t["[requirements]"]:
        if len(row) != 6:
            errs.append("requirement row needs 6 fields: %r" % row)
            continue
        cl, par, comp, val, unit, modal = row
        if cl not in want:
            errs.append("requirement clause %s not in [clauses]" % cl)
            continue
        blk = norm(" ".join(blocks.get(cl, [])))
        nums = re.findall(r"-?\d+(?:\.\d+)?|IP\d+", val)
        for n in nums:
            if n not in blk:
                errs.append("requirement %s %s: value %s not in clause text" % (cl, par, n))
        if unit and norm(unit) not in blk:
            errs.append("requirement %s %s: unit %s not in clause text" % (cl, par, unit))
        if modal and modal not in blk:
            errs.append("requirement %s %s: modal %s not in clause text" % (cl, par, modal))
        if comp not in COMP:
            errs.append("requirement %s %s: bad comparator %s" % (cl, par, comp))
        elif not any(norm(c) in blk for c in COMP[comp]):
            errs.append("requirement %s %s: comparator %s not evidenced" % (cl, par, comp))
    return errs


def check_pdftext(src, txt):
    lines = lines_of(src)
    clauses = parse_body(lines)[0]
    from md2html import header_of
    hdr = header_of(open(src, encoding="utf-8").read())
    kept = [l for l in open(txt, encoding="utf-8").read().splitlines()
            if l.strip() != hdr and not re.match(r"^\s*\d+\s*$", l)]   # strip page furniture
    out = norm("\n".join(kept))
    # body starts after the last occurrence of the scope heading (the 目次 repeats it)
    first = norm("%s%s" % clauses[0][:2])
    pos = out.rfind(first)
    errs = []
    if pos < 0:
        return ["pdf text: %s not found" % first]
    for num, head, kind in clauses:
        key = norm(head if kind else (num + head if head else num))
        if kind:
            key = norm(head)
        j = out.find(key, pos)
        if j < 0:
            errs.append("pdf text: %r not found in order" % key)
        else:
            pos = j
    return errs


def main():
    a = sys.argv[1:]
    if a and a[0] == "--pdftext":
        errs = check_pdftext(a[1], a[2])
        print("%s: pdftotext %s" % (os.path.basename(a[2]), "OK" if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        sys.exit(1 if errs else 0)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    pairs = []
    if a and a[0] == "--all":
        for s in sorted(glob.glob(os.path.join(root, "src", "*.md"))):
            b = os.path.splitext(os.path.basename(s))[0]
            pairs.append((s, os.path.join(root, "truth", b + ".truth")))
    else:
        pairs.append((a[0], a[1]))
    bad = 0
    for s, t in pairs:
        if not os.path.exists(t):
            print("%s: MISSING truth" % os.path.basename(s))
            bad += 1
            continue
        errs = check_pair(s, t)
        print("%s: %s" % (os.path.basename(t), "OK" if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
