#!/usr/bin/env python3
"""Coherence check for the measurement set (does NOT use the importer).

For every medicion-NN.txt / medicion-NN.esperado.yaml pair:
  * the YAML loads, has formato 1, and as many units as the text has
    «DIRECCION REGIONAL:» headings;
  * every quoted sentence «…» in a comment above a value is found (whitespace
    normalised; «…» inside a quote stands for an elision) in the text block of
    the same unit and the same criterion;
  * counts are printed (units, criterion blocks, labelled true/false values,
    self-grades, noAplica).
Usage: python3 verificar.py  (run from this folder)
"""
import glob, re, sys, unicodedata
import yaml

TITLES = {"1.1": "1.1. Perspectiva territorial", "1.2": "1.2. Articulación territorial",
          "1.3": "1.3. Grado de complementariedad", "2.1": "2.1. Cumplimiento de las medidas"}

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()

def blocks(txt):
    txt = txt.split("OBJETIVO Nº 3")[0]
    parts = re.split(r"^\s*DIRECCION REGIONAL:\s*(.*)$", txt, flags=re.M)
    units = []
    for i in range(1, len(parts), 2):
        name, body = parts[i].strip(), parts[i + 1]
        crit, pos = {}, []
        for code, t in TITLES.items():
            m = re.search("^" + re.escape(t), body, flags=re.M)
            if m: pos.append((m.start(), code))
        pos.sort()
        for j, (p, code) in enumerate(pos):
            end = pos[j + 1][0] if j + 1 < len(pos) else len(body)
            crit[code] = norm(body[p:end])
        units.append((name, crit))
    return units

def quotes_by_path(yaml_text):
    """Map 'u<i>/<crit>/<key>' -> list of quotes, from comments above a key."""
    out, unit, crit, pending = {}, -1, None, []
    for line in yaml_text.splitlines():
        s = line.strip()
        if s.startswith("- id:"):
            unit += 1; crit = None; pending = []
        m = re.match(r'"(\d\.\d)":', s)
        if m: crit = m.group(1); pending = []
        if s.startswith("#"):
            pending += re.findall(r"«(.*?)»", s)
            continue
        m = re.match(r"([A-Z_]+|autoevaluacion|noAplica):", s)
        if m and crit:
            out[f"{unit}/{crit}/{m.group(1)}"] = pending
        pending = []
    return out

def main():
    bad = 0
    tot = dict(unidades=0, bloques=0, true=0, false=0, autoev=0, noaplica=0)
    for txtf in sorted(glob.glob("medicion-[0-9][0-9].txt")):
        yf = txtf.replace(".txt", ".esperado.yaml")
        txt = open(txtf, encoding="utf-8").read()
        ytxt = open(yf, encoding="utf-8").read()
        data = yaml.safe_load(ytxt)
        ub = blocks(txt)
        assert data["formato"] == 1 and data["anio"] == 2008, yf
        if len(ub) != len(data["unidades"]):
            print(f"{yf}: {len(data['unidades'])} unidades, texto tiene {len(ub)}"); bad += 1
        q = quotes_by_path(ytxt)
        c = dict(unidades=len(data["unidades"]), bloques=0, true=0, false=0, autoev=0, noaplica=0)
        for i, u in enumerate(data["unidades"]):
            crit_txt = ub[i][1] if i < len(ub) else {}
            c["bloques"] += len(crit_txt)
            for code, cr in (u.get("criterios") or {}).items():
                keys = list((cr.get("indicadores") or {}).items())
                for k, v in keys:
                    c["true" if v else "false"] += 1
                if "autoevaluacion" in cr: c["autoev"] += 1
                if "noAplica" in cr: c["noaplica"] += 1
                for k in [k for k, _ in keys] + [k for k in ("autoevaluacion", "noAplica") if k in cr]:
                    qs = q.get(f"{i}/{code}/{k}")
                    if not qs:
                        print(f"{yf}: {u['id']} {code} {k}: sin cita"); bad += 1; continue
                    for quote in qs:
                        pieces = [norm(p) for p in quote.split("…") if norm(p)]
                        hay, at = crit_txt.get(code, ""), 0
                        for p in pieces:
                            at = hay.find(p, at)
                            if at < 0:
                                print(f"{yf}: {u['id']} {code} {k}: cita no encontrada en su bloque: «{quote}»"); bad += 1; break
        print(f"{txtf}: " + ", ".join(f"{k}={v}" for k, v in c.items()))
        for k in tot: tot[k] += c[k]
    print("TOTAL: " + ", ".join(f"{k}={v}" for k, v in tot.items()))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
