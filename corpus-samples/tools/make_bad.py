#!/usr/bin/env python3
"""Write the deterministic bad inputs of bad/ (stdlib only); build.sh adds the qpdf/img2pdf ones."""
import os
import random
import struct
import zlib

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = os.path.join(root, "bad")
os.makedirs(bad, exist_ok=True)


def w(name, data):
    with open(os.path.join(bad, name), "wb") as f:
        f.write(data)


rnd = random.Random(20240501)
# valid header line, then garbage: no objects, no xref, no trailer
w("corrupt.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rnd.randrange(256) for _ in range(8192)))
# first half of a real built PDF: no xref table / trailer at the end
src = open(os.path.join(root, "pdf", "gbt-31999-2021.pdf"), "rb").read()
w("truncated.pdf", src[: len(src) // 2])
w("empty.pdf", b"")


# a real 16x16 PNG renamed .pdf
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)


raw = b"".join(b"\x00" + bytes([255 * ((x + y) % 2) for x in range(16)]) for y in range(16))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
w("not-a-pdf.pdf", png)

# syntactically valid PDF whose page tree is empty (/Count 0)
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>",
        b"<< /Producer (StdSearch corpus-samples make_bad.py) >>"]
out = b"%PDF-1.4\n"
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
w("zero-pages.pdf", out)
print("bad/: corrupt truncated empty not-a-pdf zero-pages written")
