#!/usr/bin/env python3
"""Writes catalogue/jl-catalogue-national.xlsx: a small catalogue workbook as a national platform exports it.

Standard library only (no openpyxl): the parts of a minimal SpreadsheetML package are written by hand. Strings go
to the shared-string table, dates are serial numbers with the built-in date format 14, and row 6 has no id (the
importer must report it by its row number and keep the others).
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

ROWS = [
    ["国家标准目录导出（示例数据）"],
    ["标准编号", "中文名称", "状态", "发布日期", "实施日期", "替代标准"],
    ["GB/T 31999—2015", "食用植物油散装储存技术规范", "被代替", datetime.date(2015, 9, 11), datetime.date(2016, 4, 1), "GB/T 31999—2021"],
    ["GB/T 31999—2021", "食用植物油散装储存技术规范", "现行", datetime.date(2021, 3, 9), datetime.date(2021, 10, 1), ""],
    ["LS/T 1998—2016", "粮油储藏 储油罐清洗作业规程", "废止", datetime.date(2016, 3, 1), datetime.date(2016, 6, 1), ""],
    ["", "没有编号的一行", "现行", datetime.date(2020, 1, 1), datetime.date(2020, 2, 1), ""],
    ["WB/T 1999—2020", "冷链物流 温度监测技术要求", "现行", datetime.date(2020, 12, 14), datetime.date(2021, 4, 1), ""],
]

def col(i):
    return chr(ord("A") + i)

strings, index = [], {}
def sid(s):
    if s not in index:
        index[s] = len(strings)
        strings.append(s)
    return index[s]

sheet_rows = []
for r, row in enumerate(ROWS, start=1):
    cells = []
    for c, value in enumerate(row):
        ref = f"{col(c)}{r}"
        if isinstance(value, datetime.date):
            serial = (value - datetime.date(1899, 12, 30)).days
            cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
        elif value != "":
            cells.append(f'<c r="{ref}" t="s"><v>{sid(value)}</v></c>')
    sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {NS} {REL}>'
        '<sheets><sheet name="标准目录" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
    "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {NS}>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>',
    "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}>'
        f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>",
}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "catalogue", "jl-catalogue-national.xlsx")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, xml in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2025, 11, 20, 0, 0, 0))  # fixed time: the same bytes on every run
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, xml)
print(out)
