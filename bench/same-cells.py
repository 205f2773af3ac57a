#!/usr/bin/env python3
"""Compares two .xlsx files cell by cell: each cell's value, type and look (number format, font, fill, border,
alignment, resolved through each file's own style table, so two files that number their styles differently still
compare equal), each sheet's settings outside its cells (widths, freeze panes, page set-up, header and footer) and
the workbook part (the sheets' names and order, the print titles). Exit 0 when the same. For a speed change to a writer, where the files' bytes differ (timestamps, style order) but what a reader
sees must not.  Usage: same-cells.py a.xlsx b.xlsx"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def looks(z):
    styles = ET.fromstring(z.read("xl/styles.xml"))

    def parts(tag):
        e = styles.find("m:" + tag, NS)
        return [ET.tostring(x) for x in e] if e is not None else []

    declared = styles.find("m:numFmts", NS)
    formats = {x.get("numFmtId"): x.get("formatCode") for x in (declared if declared is not None else [])}
    fonts, fills, borders = parts("fonts"), parts("fills"), parts("borders")
    result = []
    for xf in styles.find("m:cellXfs", NS):
        alignment = xf.find("m:alignment", NS)
        result.append((formats.get(xf.get("numFmtId"), xf.get("numFmtId")), fonts[int(xf.get("fontId", 0))],
                       fills[int(xf.get("fillId", 0))], borders[int(xf.get("borderId", 0))],
                       None if alignment is None else tuple(sorted(alignment.attrib.items()))))
    return result


def sheets(path):
    z = zipfile.ZipFile(path)
    xf = looks(z)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        shared = ["".join(si.itertext()) for si in ET.fromstring(z.read("xl/sharedStrings.xml"))]
    # the sheets' names and order, and the print titles (defined names), live in the workbook part
    result = {"xl/workbook.xml": ({}, z.read("xl/workbook.xml"))}
    for name in sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet")):
        xml = z.read(name)
        cells = {}
        for c in ET.fromstring(xml).iter("{%s}c" % NS["m"]):
            value = "".join(c.itertext())
            kind = c.get("t")
            if kind == "s":
                value, kind = shared[int(value)], "str"
            elif kind == "inlineStr":
                kind = "str"
            cells[c.get("r")] = (value, kind, xf[int(c.get("s", 0))])
        result[name] = (cells, re.sub(rb"<sheetData>.*</sheetData>", b"", xml, flags=re.S))
    return result


a, b = sheets(sys.argv[1]), sheets(sys.argv[2])
differences = 0
if a.keys() != b.keys():
    print("sheets differ:", sorted(a.keys()), sorted(b.keys()))
    sys.exit(1)
for name in a:
    for ref in sorted(set(a[name][0]) | set(b[name][0])):
        if a[name][0].get(ref) != b[name][0].get(ref):
            differences += 1
            if differences <= 5:
                x, y = a[name][0].get(ref), b[name][0].get(ref)
                what = "look" if x and y and x[:2] == y[:2] else "value"
                print(f"{name} {ref}: {what} differs: {x and x[0]!r} | {y and y[0]!r}")
    if a[name][1] != b[name][1]:
        differences += 1
        print(f"{name}: the settings outside the cells differ")
cells = sum(len(c) for c, _ in a.values())
print(f"{'same' if differences == 0 else str(differences) + ' differences'}: {sys.argv[2]} ({cells} cells)")
sys.exit(0 if differences == 0 else 1)
