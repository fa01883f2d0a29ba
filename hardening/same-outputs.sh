#!/usr/bin/env bash
# Whether two runs' outputs say the same (issue 16: a refactoring must not change what users get):
# summary.json apart from run_id and generated_at, rejects.csv byte for byte, every cell of the
# workbook (values and formulas, read with openpyxl), and the text of every PDF (pdftotext; the
# generation time and run line masked). Prints one line per difference; exit 0 when there is none.
#
#   hardening/same-outputs.sh OUT_A/2026-10 OUT_B/2026-10
#
# Needs /usr/bin/python3 with openpyxl, and pdftotext (poppler-utils).
set -euo pipefail
a="$1"; b="$2"
/usr/bin/python3 - "$a" "$b" <<'PY'
import json, os, re, subprocess, sys
import openpyxl

a, b = sys.argv[1], sys.argv[2]
differences = []

def summary(d):
    data = json.load(open(os.path.join(d, "summary.json"), encoding="utf-8"))
    for key in ("run_id", "generated_at"):
        data.pop(key, None)
    return data

if summary(a) != summary(b):
    differences.append("summary.json differs")
if open(os.path.join(a, "rejects.csv"), "rb").read() != open(os.path.join(b, "rejects.csv"), "rb").read():
    differences.append("rejects.csv differs")

def cells(path):
    out = {}
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    out[(sheet.title, cell.coordinate)] = cell.value
    return out

VOLATILE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?|run \d+|Run id")
def masked(value):
    return VOLATILE.sub("~", value) if isinstance(value, str) else value

for name in sorted(f for f in os.listdir(a) if f.endswith(".xlsx")):
    ca, cb = cells(os.path.join(a, name)), cells(os.path.join(b, name))
    keys = sorted(set(ca) | set(cb))
    bad = [k for k in keys if masked(ca.get(k)) != masked(cb.get(k))]
    # the About sheet names the run, its time and folders: compared masked, and its run id cell skipped
    bad = [k for k in bad if not (k[0] == "About" and k[1] in ("B3", "B5", "B7", "B8", "B9"))]
    for k in bad[:10]:
        differences.append(f"{name} {k[0]}!{k[1]}: {ca.get(k)!r} != {cb.get(k)!r}")
    if len(bad) > 10:
        differences.append(f"{name}: {len(bad)} cells differ in all")

PDF_VOLATILE = re.compile(r"Generated on .*|generated .*|run \d+|\d{1,2} November 2026|\d{2}/11/2026")
def pdf_text(path):
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return PDF_VOLATILE.sub("~", text)

for root, _, files in os.walk(a):
    for f in sorted(files):
        if f.endswith(".pdf") and "history" not in root:
            pa = os.path.join(root, f)
            pb = os.path.join(b, os.path.relpath(pa, a))
            if not os.path.exists(pb):
                differences.append(f"{os.path.relpath(pa, a)} missing")
            elif pdf_text(pa) != pdf_text(pb):
                differences.append(f"{os.path.relpath(pa, a)}: text differs")

for d in differences:
    print(d)
print(f"{len(differences)} difference(s)")
sys.exit(1 if differences else 0)
PY
