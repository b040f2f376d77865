#!/usr/bin/env python3
"""Build medicion-NN.docx from medicion-NN.txt, independently of the importer.

Only Python's standard library is used (zipfile + hand-written WordprocessingML).
The .txt files follow the layout of the real evaluation (tab-prefixed cells);
this script reads that layout back and writes a Word document the way Word
itself tends to store one:

  * the unit heading, the objective boxes and every criterion are tables; a
    criterion is a two-cell table: header row «Desarrollo alcanzado» |
    «Recomendaciones …» and one content row with the two cells;
  * some words are split mid-word across several runs (<w:r>), with Word's
    rsid attributes and <w:proofErr> marks in between;
  * some paragraphs of a cell are joined with soft line breaks (<w:br/>)
    instead of being separate <w:p>;
  * curly quotes and non-breaking spaces are kept as the text has them
    (the .txt files already contain “ ” ‘ ’ and U+00A0 where Word puts them);
  * empty cells are an empty <w:p/>.

The text content is the same as the .txt, so medicion-NN.esperado.yaml is the
expected answer for both. Output is deterministic (fixed seed, fixed zip dates).

Usage:  python3 generar_docx.py [01 02 ...]   (default: 01 02), run from this folder.
"""
import random
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CRIT_RE = re.compile(r"^(\d\.\d)\. ")
UNIT_RE = re.compile(r"^\t\s*DIRECCION REGIONAL:\s*(.*)$")
FIXED_DATE = (2008, 12, 15, 10, 30, 0)


# ---------------------------------------------------------------- parsing
def parse(txt):
    """Return a list of blocks: ('p', text, style) | ('unit', name) |
    ('objetivo', [lines]) | ('crit', title, question, (h1, h2), desarrollo[], recomendaciones[])
    | ('obj3', [lines])."""
    lines = txt.split("\n")
    out, i, n = [], 0, len(lines)
    while i < n:
        ln = lines[i]
        if ln.startswith("OBJETIVO Nº 3") or ln.startswith("OBJETIVO N° 3"):
            out.append(("obj3", [l for l in lines[i:]]))
            break
        m = UNIT_RE.match(ln)
        if m:
            out.append(("unit", m.group(1).strip())); i += 1; continue
        if ln.startswith("\tOBJETIVO N"):
            box = [ln.strip()]
            if i + 1 < n and lines[i + 1].startswith("\t"):
                box.append(lines[i + 1].strip()); i += 1
            out.append(("objetivo", box)); i += 1; continue
        m = CRIT_RE.match(ln)
        if m:
            title = ln.rstrip()
            i += 1
            question = None
            heads = []
            while i < n and len(heads) < 2:
                l = lines[i]
                if l.startswith("¿"):
                    question = l.rstrip()
                elif l.startswith("\t") and l.strip():
                    heads.append(l.strip())
                i += 1
            cells = []          # list of list of paragraphs
            while i < n:
                l = lines[i]
                if (CRIT_RE.match(l) or UNIT_RE.match(l) or l.startswith("\tOBJETIVO N")
                        or l.startswith("OBJETIVO Nº 3")):
                    break
                if l.startswith("\t"):
                    cells.append([l[1:].strip()] if l.strip() else [])
                elif l.strip():
                    cells[-1].append(l.strip())
                i += 1
            while len(cells) < 2:
                cells.append([])
            if len(cells) > 2:
                raise SystemExit(f"criterio {title!r}: {len(cells)} celdas")
            out.append(("crit", title, question, tuple(heads), cells[0], cells[1]))
            continue
        if ln.strip():
            out.append(("p", ln.strip(), "title" if i == 0 else "service"))
        i += 1
    return out


# ---------------------------------------------------------------- xml helpers
class Word:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def rsid(self):
        return "00%06X" % self.rng.randrange(0x100000, 0xFFFFFF)

    def runs(self, text, bold=False):
        """Text as Word stores it: several runs, some words cut mid-word."""
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else "<w:rPr><w:lang w:val=\"es-CL\"/></w:rPr>"
        pieces, buf = [], ""
        for tok in re.split(r"(\s+)", text):
            if len(tok) >= 7 and self.rng.random() < 0.08:
                cut = self.rng.randrange(2, len(tok) - 2)
                pieces.append(buf + tok[:cut]); buf = ""
                pieces.append(None)           # proofErr / rsid change marker
                buf = tok[cut:]
            else:
                buf += tok
        pieces.append(buf)
        xml = []
        for p in pieces:
            if p is None:
                if self.rng.random() < 0.5:
                    xml.append('<w:proofErr w:type="spellStart"/>')
                continue
            if p == "":
                continue
            xml.append(f'<w:r w:rsidR="{self.rsid()}">{rpr}<w:t xml:space="preserve">{escape(p)}</w:t></w:r>')
        return "".join(xml)

    def para(self, texts, bold=False, style=None, jc=None):
        """One <w:p>; several texts are joined with soft line breaks <w:br/>."""
        ppr = ""
        if style or jc:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
        body = '<w:r><w:br/></w:r>'.join(self.runs(t, bold) for t in texts)
        return f'<w:p w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}">{ppr}{body}</w:p>'

    def cell_paras(self, paras):
        if not paras:
            return "<w:p/>"
        out, k = [], 0
        while k < len(paras):
            group = [paras[k]]
            # Word users often press Shift+Enter: join with a soft break
            while k + 1 < len(paras) and self.rng.random() < 0.4:
                k += 1; group.append(paras[k])
            out.append(self.para(group, jc="both"))
            k += 1
        return "".join(out)

    @staticmethod
    def tbl(rows, widths):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                          for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        trs = []
        for cells in rows:
            tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{c}</w:tc>'
                          for c, w in zip(cells, widths))
            trs.append(f"<w:tr>{tcs}</w:tr>")
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Tablaconcuadrcula"/><w:tblW w:w="0" w:type="auto"/>'
                f'<w:tblBorders>{borders}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
                f'<w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def document_xml(blocks, seed):
    w = Word(seed)
    body = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            body.append(w.para([b[1]], bold=True, jc="center" if b[2] == "title" else None))
        elif kind == "unit":
            body.append(w.tbl([[w.para(["DIRECCION REGIONAL: " + b[1]], bold=True)]], [9576]))
            body.append("<w:p/>")
        elif kind == "objetivo":
            body.append(w.tbl([[w.para([b[1][0]], bold=True)], [w.para(b[1][1:])]], [9576]))
            body.append("<w:p/>")
        elif kind == "crit":
            _, title, question, heads, d, r = b
            body.append(w.para([title], bold=True))
            if question:
                body.append(w.para([question]))
            h1 = heads[0] if heads else "Desarrollo alcanzado"
            h2 = heads[1] if len(heads) > 1 else "Recomendaciones"
            body.append(w.tbl([[w.para([h1], bold=True), w.para([h2], bold=True)],
                               [w.cell_paras(d), w.cell_paras(r)]], [4788, 4788]))
            body.append("<w:p/>")
        elif kind == "obj3":
            for l in b[1]:
                if l.strip():
                    body.append(w.para([l.strip()], bold=l.startswith("OBJETIVO")))
    sect = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1417" w:right="1701" '
            'w:bottom="1417" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>')


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:lang w:val="es-CL"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:styleId="Tablaconcuadrcula"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>ETAPA N°4 - EVALUACIÓN</dc:title><dc:creator>Encargado Regional de Gestión Territorial</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2008-12-15T10:30:00Z</dcterms:created></cp:coreProperties>"""
APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>"""


def build(nn):
    src = f"medicion-{nn}.txt"
    dst = f"medicion-{nn}.docx"
    blocks = parse(open(src, encoding="utf-8").read())
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/document.xml", document_xml(blocks, seed=int(nn))),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
             ("docProps/core.xml", CORE), ("docProps/app.xml", APP)]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    units = sum(1 for b in blocks if b[0] == "unit")
    crits = sum(1 for b in blocks if b[0] == "crit")
    print(f"{dst}: {units} unidades, {crits} criterios")


if __name__ == "__main__":
    for nn in (sys.argv[1:] or ["01", "02"]):
        build(nn)
