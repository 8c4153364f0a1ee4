#!/usr/bin/env python3
"""Add page furniture to an ODT produced by LibreOffice's HTML import.

Usage: add_furniture.py IN.odt OUT.odt "HEADER TEXT" [sc|tc|en]

* every page layout becomes A4 with GB-like margins;
* every master page gets a running header (the standard id, right-aligned, ruled
  below) and a footer with the page number (centred);
* the first page (the cover) gets an empty header and footer, as on real covers.
Stdlib only (zipfile + regex on styles.xml).
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape


def patch(styles, header, lang):
    fam = {"sc": "Noto Sans CJK SC", "tc": "Noto Sans CJK TC", "en": "Noto Sans CJK SC"}[lang]
    auto = (
        '<style:style style:name="SSHeader" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="end"/>'
        '<style:text-properties fo:font-family="\'%s\'" style:font-family-asian="\'%s\'" '
        'fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>'
        '<style:style style:name="SSFooter" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-family="\'%s\'" style:font-family-asian="\'%s\'" '
        'fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>' % (fam, fam, fam, fam))
    if "<office:automatic-styles/>" in styles:
        styles = styles.replace("<office:automatic-styles/>",
                                "<office:automatic-styles>%s</office:automatic-styles>" % auto)
    else:
        styles = styles.replace("<office:automatic-styles>", "<office:automatic-styles>" + auto, 1)

    def fix_layout(m):
        s = m.group(0)
        s = re.sub(r'fo:page-width="[^"]*"', 'fo:page-width="21.0cm"', s)
        s = re.sub(r'fo:page-height="[^"]*"', 'fo:page-height="29.7cm"', s)
        s = re.sub(r'fo:margin-top="[^"]*"', 'fo:margin-top="1.5cm"', s, count=1)
        s = re.sub(r'fo:margin-bottom="[^"]*"', 'fo:margin-bottom="1.5cm"', s, count=1)
        s = re.sub(r'fo:margin-left="[^"]*"', 'fo:margin-left="2.5cm"', s, count=1)
        s = re.sub(r'fo:margin-right="[^"]*"', 'fo:margin-right="2.0cm"', s, count=1)
        hs = ('<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
              'fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #000000" '
              'fo:padding-bottom="0.1cm" style:dynamic-spacing="false"/></style:header-style>')
        fs = ('<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
              'fo:margin-top="0.4cm" style:dynamic-spacing="false"/></style:footer-style>')
        s = re.sub(r"<style:header-style\s*/>|<style:header-style>.*?</style:header-style>", hs, s, flags=re.S)
        s = re.sub(r"<style:footer-style\s*/>|<style:footer-style>.*?</style:footer-style>", fs, s, flags=re.S)
        if "<style:header-style" not in s:
            s = s.replace("</style:page-layout>", hs + fs + "</style:page-layout>")
        return s

    styles = re.sub(r"<style:page-layout .*?</style:page-layout>", fix_layout, styles, flags=re.S)
    furniture = (
        '<style:header><text:p text:style-name="SSHeader">%s</text:p></style:header>'
        '<style:header-first><text:p text:style-name="SSHeader"/></style:header-first>'
        '<style:footer><text:p text:style-name="SSFooter"><text:page-number text:select-page="current"/>'
        '</text:p></style:footer>'
        '<style:footer-first><text:p text:style-name="SSFooter"/></style:footer-first>' % escape(header))

    def fix_master(m):
        head = m.group(1)
        return "%s>%s</style:master-page>" % (head, furniture)

    styles = re.sub(r"(<style:master-page [^>]*?)\s*/>", fix_master, styles)
    styles = re.sub(r"(<style:master-page [^>]*?)>.*?</style:master-page>", fix_master, styles, flags=re.S)
    return styles


def main():
    src, dst, header = sys.argv[1:4]
    lang = sys.argv[4] if len(sys.argv) > 4 else "sc"
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, "w")
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "styles.xml":
            data = patch(data.decode("utf-8"), header, lang).encode("utf-8")
        if item.filename == "mimetype":
            zout.writestr(item, data, compress_type=zipfile.ZIP_STORED)
        else:
            zout.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    zout.close()


if __name__ == "__main__":
    main()
