#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Regenerates the intake corpus: submissions made the way agency officers make them, with the real tools.

Run from this folder:  /usr/bin/python3 make.py

Writes reference/*.csv, inbox/* (the submissions), expected.csv and README.md, then reads every file back
(openpyxl for .xlsx/.xlsm, LibreOffice for .xls, plain Python for .csv) with an independent reference reader
and fails if what the bytes hold does not give exactly the outcomes declared in expected.csv.

Tools: openpyxl, XlsxWriter and LibreOffice (through its Python UNO bridge; needs /usr/bin/python3, which has
`uno`). LibreOffice runs twice, headless, with throwaway profiles: one whose locale setting is en-US, one vi-VN.
What an officer "typed" into LibreOffice is fed through LibreOffice's own CSV import with "detect special
numbers" in that locale, which parses input the way typing into a cell does (24.7% -> 0.247 in a percent
format; 1.000 -> 1 in en-US, 1000 in vi-VN).
"""
import csv
import datetime as dt
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from decimal import Decimal

import openpyxl
import xlsxwriter
from openpyxl.chartsheet import Chartsheet
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
INBOX = os.path.join(HERE, 'inbox')
REFDIR = os.path.join(HERE, 'reference')
CREATED = dt.datetime(2026, 11, 3, 9, 0, 0)
ZIP_TIME = (2026, 11, 3, 9, 0, 0)

# ---------------------------------------------------------------------------------------------- reference data

AGENCIES = [
    # code, name, name_vi, kind, parent
    ('VN', 'Viet Nam', 'Việt Nam', 'nation', ''),
    ('HN', 'Hanoi', 'Hà Nội', 'province', 'VN'),
    ('LC', 'Lao Cai', 'Lào Cai', 'province', 'VN'),
    ('DLK', 'Dak Lak', 'Đắk Lắk', 'province', 'VN'),
    ('MOIT', 'Ministry of Industry and Trade', 'Bộ Công Thương', 'ministry', ''),
    ('MOIT-DOI', 'Department of Industry', 'Cục Công nghiệp', 'department', 'MOIT'),
    ('MOIT-DTP', 'Trade Promotion Agency', 'Cục Xúc tiến thương mại', 'department', 'MOIT'),
]

INDICATORS = [
    # code, name, name_vi, unit, aggregation, numerator, denominator, direction, decimals
    ('EXPORTS', 'Export turnover', 'Kim ngạch xuất khẩu', 'USD_M', 'sum', '', '', 'up', 2),
    ('IMPORTS', 'Import turnover', 'Kim ngạch nhập khẩu', 'USD_M', 'sum', '', '', 'up', 2),
    ('PROC_TOTAL', 'Administrative procedures in force', 'Tổng số thủ tục hành chính', 'COUNT', 'last', '', '',
     'down', 0),
    ('PROC_DEC', 'Administrative procedures decentralised to localities',
     'Số thủ tục hành chính được phân cấp cho địa phương', 'COUNT', 'last', '', '', 'up', 0),
    ('DEC_SHARE', 'Share of administrative procedures decentralised', 'Tỷ lệ thủ tục hành chính được phân cấp',
     'PERCENT', 'ratio', 'PROC_DEC', 'PROC_TOTAL', 'up', 1),
    ('GDP_SHARE', 'Processing and manufacturing share of GDP', 'Tỷ trọng công nghiệp chế biến, chế tạo trong GDP',
     'PERCENT', 'avg', '', '', 'up', 1),
    ('IIP', 'Index of Industrial Production (2020 = 100)', 'Chỉ số sản xuất công nghiệp (IIP)', 'INDEX', 'avg', '',
     '', 'up', 1),
    ('COST', 'Compliance cost saved for businesses', 'Chi phí tuân thủ cắt giảm cho doanh nghiệp', 'VND_BN', 'sum',
     '', '', 'up', 3),
]
IND = {i[0]: i for i in INDICATORS}
AGENCY_CODES = {a[0] for a in AGENCIES}


def write_reference():
    os.makedirs(REFDIR, exist_ok=True)

    def put(name, header, rows):
        with open(os.path.join(REFDIR, name), 'w', encoding='utf-8', newline='') as out:
            w = csv.writer(out, lineterminator='\n')
            w.writerow(header)
            w.writerows(rows)

    put('agencies.csv', ['code', 'name', 'name_vi', 'kind', 'parent', 'email', 'reports'],
        [list(a) + ['', 'yes'] for a in AGENCIES])
    put('indicators.csv', ['code', 'name', 'name_vi', 'unit', 'aggregation', 'numerator', 'denominator',
                           'direction', 'decimals'], [list(i) for i in INDICATORS])
    put('targets.csv', ['indicator', 'agency', 'year', 'measure', 'operator', 'value', 'value_max', 'tolerance'],
        [['EXPORTS', 'HN', '2026', 'growth_ytd', '>=', '5', '', '']])
    put('tasks.csv', ['id', 'title', 'source', 'lead_agency', 'due_date', 'completed_on'],
        [['T1', 'Report trade', 'Resolution 59', 'HN', '2026-06-30', '']])


# ------------------------------------------------------------------------------------------------- expectations

EXPECTED = []   # dicts with the expected.csv columns
README = []     # (file, made with, typed, outcome)
COLUMNS = ['file', 'sheet', 'line', 'outcome', 'agency', 'period', 'indicator', 'value', 'says']


def expect(file, outcome, sheet='', line='', agency='', period='', indicator='', value='', says=''):
    EXPECTED.append(dict(file=file, sheet=sheet, line=str(line), outcome=outcome, agency=agency, period=period,
                         indicator=indicator, value=value, says=says))


def readme(file, tool, typed, outcome):
    README.append((file, tool, typed, outcome))


def path(name):
    return os.path.join(INBOX, name)


# ------------------------------------------------------------------------------------------------- form model

PREPARED = 'Nguyễn Thị Lan, P. Tổng hợp, ĐT 024 3825 1234'
COLS = ['Indicator', 'Name', 'Unit', 'Value', 'Note']
HEADER_ROW = 6


class V:
    """A cell value with a number format (openpyxl/XlsxWriter: the Python value; LibreOffice: the typed text)."""

    def __init__(self, v, fmt=None):
        self.v = v
        self.fmt = fmt


class R:
    """A data row. value: the Value cell (None = empty, so not a data row); expect: the accepted value as a
    decimal string, or (CODE, says). extra: {column letter: value} helper cells to the right of the table."""

    def __init__(self, ind, value=None, expect=None, note=None, extra=None, unit=None, name=None):
        self.ind = ind
        self.value = value
        self.expect = expect
        self.note = note
        self.extra = extra or {}
        code = ind.strip() if isinstance(ind, str) else ind
        known = IND.get(code)
        self.unit = unit if unit is not None else (known[3] if known else '')
        self.name = name if name is not None else (known[2] if known else '')


class Form:
    kind = 'form'

    def __init__(self, name, rows, agency='HN', period='2026-10', submitted='2026-11-03', prepared=PREPARED,
                 state='visible', cols=COLS, labels=('Agency', 'Period', 'Submitted at', 'Prepared by'),
                 ex_agency=None, ex_period=None, hints=False):
        self.name = name
        self.rows = rows
        self.labels = list(zip(labels, [agency, period, submitted, prepared]))
        self.state = state
        self.cols = cols
        self.hints = hints
        self.ex_agency = ex_agency if ex_agency is not None else (agency.strip() if isinstance(agency, str) else '')
        self.ex_period = ex_period if ex_period is not None else (period if isinstance(period, str) else '')

    def col(self, title):
        """1-based column of a header title (titles may carry stray spaces)."""
        return [c.strip() for c in self.cols].index(title) + 1


class Text:
    """A sheet that is not a form: instructions, a list of codes, or nothing at all."""
    kind = 'text'

    def __init__(self, name, lines=(), state='visible'):
        self.name = name
        self.lines = [line if isinstance(line, tuple) else (line,) for line in lines]
        self.state = state


class Chart:
    kind = 'chart'

    def __init__(self, name, values, categories):
        self.name = name
        self.values = values
        self.categories = categories
        self.state = 'visible'


HINTS = {'Agency': 'mã đơn vị / agency code', 'Period': 'YYYY-MM',
         'Submitted at': 'YYYY-MM-DD', 'Prepared by': 'họ tên, điện thoại'}

INSTRUCTIONS = [
    'HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO THÁNG',
    '1. Điền mã đơn vị, kỳ báo cáo (năm-tháng) và ngày gửi ở sheet Báo cáo.',
    '2. Nhập số liệu vào cột Value theo đúng đơn vị tính; không gõ dấu phân cách hàng nghìn.',
    '3. Tỷ lệ phần trăm nhập số, ví dụ 24,7 hoặc 24,7%.',
    '4. Không đổi tên, không xoá các dòng mã chỉ tiêu.',
]


def expect_book(file, sheets):
    """SHEET_READ / SHEET_SKIPPED for every sheet and one line per data row of every form that is read."""
    read = 0
    for sh in sheets:
        if sh.kind == 'chart':
            expect(file, 'SHEET_SKIPPED', sheet=sh.name, says='not a worksheet')
        elif sh.state != 'visible':
            expect(file, 'SHEET_SKIPPED', sheet=sh.name, says='hidden')
        elif sh.kind != 'form':
            expect(file, 'SHEET_SKIPPED', sheet=sh.name, says='no header row')
        else:
            read += 1
            expect(file, 'SHEET_READ', sheet=sh.name)
            for k, row in enumerate(sh.rows):
                line = HEADER_ROW + 1 + k
                if row.value is None:
                    assert row.expect is None, (file, line)
                    continue
                assert row.expect is not None, (file, line)
                if isinstance(row.expect, tuple):
                    expect(file, row.expect[0], sheet=sh.name, line=line, says=row.expect[1])
                else:
                    expect(file, 'ACCEPTED', sheet=sh.name, line=line, agency=sh.ex_agency, period=sh.ex_period,
                           indicator=row.ind.strip(), value=row.expect)
    if read == 0:
        expect(file, 'UNREADABLE_FILE', says='no form sheet')


def col_letter(n):
    return chr(ord('A') + n - 1)


def col_number(letter):
    return ord(letter) - ord('A') + 1


# ---------------------------------------------------------------------------------------------------- openpyxl

BOLD = Font(bold=True)


def op_put(cell, value):
    fmt = None
    if isinstance(value, V):
        value, fmt = value.v, value.fmt
    cell.value = value
    if fmt:
        cell.number_format = fmt


def op_book(name, sheets, keep=True):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        ws.sheet_state = sh.state
        if sh.kind == 'text':
            for r, line in enumerate(sh.lines, 1):
                for c, text in enumerate(line, 1):
                    ws.cell(r, c, text)
            continue
        for r, (label, value) in enumerate(sh.labels, 1):
            ws.cell(r, 1, label).font = BOLD
            op_put(ws.cell(r, 2), value)
            if sh.hints:
                ws.cell(r, 3, HINTS[label.strip()])
        for c, title in enumerate(sh.cols, 1):
            ws.cell(HEADER_ROW, c, title).font = BOLD
        for k, row in enumerate(sh.rows):
            r = HEADER_ROW + 1 + k
            op_put(ws.cell(r, 1), row.ind)
            op_put(ws.cell(r, sh.col('Name')), row.name)
            op_put(ws.cell(r, sh.col('Unit')), row.unit)
            op_put(ws.cell(r, sh.col('Value')), row.value)
            if row.note:
                ws.cell(r, sh.col('Note'), row.note)
            for letter, v in row.extra.items():
                op_put(ws.cell(r, col_number(letter)), v)
        ws.column_dimensions['A'].width = 14
        ws.column_dimensions['B'].width = 40
    visible = [i for i, sh in enumerate(sheets) if sh.state == 'visible']
    for i, ws in enumerate(wb.worksheets):
        ws.sheet_view.tabSelected = bool(visible) and i == visible[0]
    if visible:
        wb.active = visible[0]
    wb.properties.creator = 'Nguyễn Thị Lan'
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    wb.save(path(name))
    if keep:
        expect_book(name, sheets)


# -------------------------------------------------------------------------------------------------- XlsxWriter

def xw_book(name, sheets):
    wb = xlsxwriter.Workbook(path(name))
    wb.set_properties({'author': 'Trần Văn Minh', 'created': CREATED})
    formats = {}
    bold = wb.add_format({'bold': True})

    def fmt(code):
        if code not in formats:
            formats[code] = wb.add_format({'num_format': code})
        return formats[code]

    def put(ws, r, c, value):   # 1-based r, c
        f = None
        if isinstance(value, V):
            value, f = value.v, fmt(value.fmt)
        if value is None:
            return
        if isinstance(value, (dt.date, dt.datetime)):
            ws.write_datetime(r - 1, c - 1, value, f)
        elif isinstance(value, str) and value.startswith('='):
            ws.write_formula(r - 1, c - 1, value, f)
        elif isinstance(value, str):
            ws.write_string(r - 1, c - 1, value, f)
        else:
            ws.write_number(r - 1, c - 1, value, f)

    first_visible = True
    for sh in sheets:
        if sh.kind == 'chart':
            cs = wb.add_chartsheet(sh.name)
            chart = wb.add_chart({'type': 'column'})
            chart.add_series({'name': 'Kim ngạch', 'categories': sh.categories, 'values': sh.values})
            cs.set_chart(chart)
            continue
        ws = wb.add_worksheet(sh.name)
        if sh.state == 'hidden':
            ws.hide()
        elif first_visible:
            ws.activate()
            first_visible = False
        if sh.kind == 'text':
            for r, line in enumerate(sh.lines, 1):
                for c, text in enumerate(line, 1):
                    put(ws, r, c, text)
            continue
        for r, (label, value) in enumerate(sh.labels, 1):
            ws.write_string(r - 1, 0, label, bold)
            put(ws, r, 2, value)
            if sh.hints:
                put(ws, r, 3, HINTS[label.strip()])
        for c, title in enumerate(sh.cols, 1):
            ws.write_string(HEADER_ROW - 1, c - 1, title, bold)
        for k, row in enumerate(sh.rows):
            r = HEADER_ROW + 1 + k
            put(ws, r, 1, row.ind)
            put(ws, r, sh.col('Name'), row.name)
            put(ws, r, sh.col('Unit'), row.unit)
            put(ws, r, sh.col('Value'), row.value)
            if row.note:
                put(ws, r, sh.col('Note'), row.note)
            for letter, v in row.extra.items():
                put(ws, r, col_number(letter), v)
        ws.set_column(0, 0, 14)
        ws.set_column(1, 1, 40)
    wb.close()
    expect_book(name, sheets)


# ------------------------------------------------------------------------------------------------- LibreOffice

XCU = '''<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
<value>{0}</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse">\
<value>{0}</value></prop></item>
</oor:items>
'''


class LibreOffice:
    """One headless soffice with a throwaway profile whose locale setting is `locale`."""

    def __init__(self, tag, locale, lang_id, tmp):
        import uno
        from com.sun.star.beans import PropertyValue
        from com.sun.star.lang import Locale
        self.uno = uno
        self.PropertyValue = PropertyValue
        self.locale = Locale(*locale.split('-'), '')
        self.lang_id = lang_id
        self.tmp = tmp
        self.tag = tag
        self.profile = os.path.join(tmp, 'profile-' + tag)
        os.makedirs(os.path.join(self.profile, 'user'))
        with open(os.path.join(self.profile, 'user', 'registrymodifications.xcu'), 'w', encoding='utf-8') as out:
            out.write(XCU.format(locale))
        pipe = 'intake-%s-%d' % (tag, os.getpid())
        self.proc = subprocess.Popen(
            ['soffice', '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
             '-env:UserInstallation=' + uno.systemPathToFileUrl(self.profile), '--accept=pipe,name=%s;urp;' % pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(240):
            try:
                ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise RuntimeError('soffice exited with %s' % self.proc.returncode)
                time.sleep(0.5)
        else:
            raise RuntimeError('soffice did not answer on pipe ' + pipe)
        self.desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        self.count = 0

    def props(self, **kw):
        out = []
        for k, v in kw.items():
            p = self.PropertyValue()
            p.Name, p.Value = k, v
            out.append(p)
        return tuple(out)

    def url(self, file):
        return self.uno.systemPathToFileUrl(os.path.abspath(file))

    def load(self, file, **kw):
        return self.desktop.loadComponentFromURL(self.url(file), '_blank', 0, self.props(Hidden=True, **kw))

    def new(self):
        return self.desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, self.props(Hidden=True))

    def typed(self, grid):
        """A document whose first sheet holds `grid` (rows of typed texts) as this locale's input parser reads
        it: LibreOffice's CSV import with 'detect special numbers' (token 8) in this language (token 6)."""
        self.count += 1
        src = os.path.join(self.tmp, 'typed-%s-%d.csv' % (self.tag, self.count))
        with open(src, 'w', encoding='utf-8', newline='') as out:
            csv.writer(out, lineterminator='\n').writerows(grid)
        return self.load(src, FilterName='Text - txt - csv (StarCalc)',
                         FilterOptions='44,34,76,1,,%d,false,true' % self.lang_id)

    def store(self, doc, file, filter_name, options=None):
        kw = dict(FilterName=filter_name, Overwrite=True)
        if options is not None:
            kw['FilterOptions'] = options
        doc.storeToURL(self.url(file), self.props(**kw))

    def format_key(self, doc, code):
        """The number format `code`, written in this locale's notation (vi-VN: '#.##0,00')."""
        formats = doc.NumberFormats
        key = formats.queryKey(code, self.locale, False)
        if key == -1:
            key = formats.addNew(code, self.locale)
        return key

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def lo_grid(sh):
    """The typed texts of a sheet (strings only; None -> empty), and post-typing actions."""
    grid = {}
    actions = []   # (row, col, kind, arg) 1-based; kind: formula | format

    def put(r, c, value):
        fmt = None
        if isinstance(value, V):
            value, fmt = value.v, value.fmt
        if value is None:
            return
        assert isinstance(value, str), value
        if value.startswith('=') or value.startswith("'"):
            actions.append((r, c, 'formula', value))   # typed into the cell; the CSV import would keep it text
        else:
            grid[(r, c)] = value
        if fmt:
            actions.append((r, c, 'format', fmt))

    if sh.kind == 'text':
        for r, line in enumerate(sh.lines, 1):
            for c, text in enumerate(line, 1):
                put(r, c, text)
    else:
        for r, (label, value) in enumerate(sh.labels, 1):
            put(r, 1, label)
            put(r, 2, value)
            if sh.hints:
                put(r, 3, HINTS[label.strip()])
        for c, title in enumerate(sh.cols, 1):
            put(HEADER_ROW, c, title)
        for k, row in enumerate(sh.rows):
            r = HEADER_ROW + 1 + k
            put(r, 1, row.ind)
            put(r, sh.col('Name'), row.name)
            put(r, sh.col('Unit'), row.unit)
            put(r, sh.col('Value'), row.value)
            if row.note:
                put(r, sh.col('Note'), row.note)
            for letter, v in row.extra.items():
                put(r, col_number(letter), v)
    rows = max([r for r, _ in grid] + [1])
    cols = max([c for _, c in grid] + [1])
    table = [[grid.get((r, c), '') for c in range(1, cols + 1)] for r in range(1, rows + 1)]
    return table, actions


def lo_doc(lo, sheets):
    """Builds the workbook in LibreOffice: every sheet typed in lo's locale, then assembled into one document."""
    first_visible = next((i for i, sh in enumerate(sheets) if sh.state == 'visible'), 0)
    if first_visible == 0:
        doc = lo.new()
    else:
        # LibreOffice's Excel export always makes the "displayed" sheet visible, and headless LibreOffice has no
        # view to say which sheet is displayed, so it takes sheet 0 and un-hides it (XclExpTabInfo; see README).
        # Starting from a workbook whose stored active tab is the first visible form gives the bytes LibreOffice
        # writes when an officer saves with that form on screen.
        skeleton = os.path.join(lo.tmp, 'skeleton-%d.xlsx' % first_visible)
        wb = openpyxl.Workbook()
        for i in range(1, first_visible + 1):
            wb.create_sheet('spare%d' % i)
        wb.active = first_visible
        wb.save(skeleton)
        doc = lo.load(skeleton)
    spares = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
    for sh in sheets:
        table, actions = lo_grid(sh)
        src = lo.typed(table)
        at = doc.Sheets.importSheet(src, src.Sheets.getByIndex(0).Name, doc.Sheets.Count)
        src.close(True)
        sheet = doc.Sheets.getByIndex(at)
        sheet.Name = sh.name
        for r, c, kind, arg in actions:
            cell = sheet.getCellByPosition(c - 1, r - 1)
            if kind == 'formula':
                cell.setFormula(arg)
            else:
                cell.NumberFormat = lo.format_key(doc, arg)
    for spare in spares:
        doc.Sheets.removeByName(spare)
    for sh in sheets:
        if sh.state != 'visible':
            doc.Sheets.getByName(sh.name).IsVisible = False
    return doc


FILTERS = {'.xlsx': 'Calc MS Excel 2007 XML', '.xls': 'MS Excel 97', '.xlsm': 'Calc MS Excel 2007 VBA XML',
           '.ods': 'calc8'}


def lo_book(lo, names, sheets, expected=True):
    doc = lo_doc(lo, sheets)
    for name in names:
        lo.store(doc, path(name), FILTERS[os.path.splitext(name)[1]])
        if expected:
            expect_book(name, sheets)
    doc.close(True)


def lo_csv(lo, name, rows, options, expectations):
    """A flat CSV sheet typed in lo's locale (header + rows of typed texts), formats applied, exported with the
    CSV filter `options`. rows: lists of 7 typed texts, or V(text, format) for a cell."""
    header = ['agency', 'period', 'indicator', 'value', 'unit', 'submitted_at', 'note']
    table, actions = [header], []
    for r, row in enumerate(rows, 2):
        line = []
        for c, value in enumerate(row, 1):
            if isinstance(value, V):
                actions.append((r, c, value.fmt))
                value = value.v
            line.append(value)
        table.append(line)
    doc = lo.typed(table)
    sheet = doc.Sheets.getByIndex(0)
    for r, c, code in actions:
        sheet.getCellByPosition(c - 1, r - 1).NumberFormat = lo.format_key(doc, code)
    lo.store(doc, path(name), 'Text - txt - csv (StarCalc)', options)
    doc.close(True)
    for line, exp in enumerate(expectations, 2):
        csv_expect(name, line, rows[line - 2], exp)


def csv_expect(name, line, row, exp):
    if isinstance(exp, tuple):
        expect(name, exp[0], line=line, says=exp[1])
    else:
        agency, period, indicator = (x.v if isinstance(x, V) else x for x in row[:3])
        expect(name, 'ACCEPTED', line=line, agency=agency.strip(), period=period.strip(),
               indicator=indicator.strip(), value=exp)


# ---------------------------------------------------------------------------------------- files written by hand

def zip_write(file, members):
    with zipfile.ZipFile(file, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)


def xml_text(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def excel_shared_formula(name):
    """An .xlsx the way Excel 2016+ writes a filled-down formula: the first cell holds the shared formula with its
    range, the others only <f t="shared" si="0"/>, each with its cached <v>. Strings are shared, the date is a
    serial number in style numFmtId 14, calcChain.xml lists the formula cells, no fullCalcOnLoad."""
    strings = []

    def s(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    rows = {
        1: [('A1', 's', s('Agency'), 1), ('B1', 's', s('HN'), 0)],
        2: [('A2', 's', s('Period'), 1), ('B2', 's', s('2026-10'), 0)],
        3: [('A3', 's', s('Submitted at'), 1), ('B3', 'n', '46329', 2)],
        4: [('A4', 's', s('Prepared by'), 1), ('B4', 's', s('Trần Văn Minh, Sở Công Thương'), 0)],
        6: [('A6', 's', s('Indicator'), 1), ('B6', 's', s('Name'), 1), ('C6', 's', s('Unit'), 1),
            ('D6', 's', s('Value'), 1), ('E6', 's', s('Note'), 1),
            ('G6', 's', s('Số liệu gốc (nghìn USD; triệu đồng)'), 1)],
    }
    data = [('EXPORTS', 'USD_M', 1520350, '1520.35'), ('IMPORTS', 'USD_M', 1380200, '1380.2'),
            ('COST', 'VND_BN', 2500, '2.5')]
    for k, (code, unit, raw, cached) in enumerate(data):
        r = 7 + k
        f = ('<f t="shared" ref="D7:D9" si="0">G7/1000</f>' if k == 0 else '<f t="shared" si="0"/>')
        rows[r] = [('A%d' % r, 's', s(code), 0), ('B%d' % r, 's', s(IND[code][2]), 0),
                   ('C%d' % r, 's', s(unit), 0), ('D%d' % r, 'f', f + '<v>%s</v>' % cached, 0),
                   ('G%d' % r, 'n', str(raw), 0)]
    xml_rows = []
    for r in sorted(rows):
        cells = []
        for ref, kind, v, style in rows[r]:
            st = ' s="%d"' % style if style else ''
            if kind == 's':
                cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, v))
            elif kind == 'n':
                cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, v))
            else:
                cells.append('<c r="%s"%s>%s</c>' % (ref, st, v))
        xml_rows.append('<row r="%d" spans="1:7" x14ac:dyDescent="0.25">%s</row>' % (r, ''.join(cells)))
    main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<worksheet xmlns="%s" xmlns:r="%s" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
             'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
             'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
             'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
             'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
             'xr:uid="{8A3C1F52-6E0B-4C8E-9F0D-2B7E5A1C3D40}">'
             '<dimension ref="A1:G9"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
             '<selection activeCell="D7" sqref="D7"/></sheetView></sheetViews>'
             '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
             '<cols><col min="1" max="1" width="14.7109375" customWidth="1"/>'
             '<col min="2" max="2" width="40.7109375" customWidth="1"/></cols>'
             '<sheetData>%s</sheetData>'
             '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
             '</worksheet>') % (main, rel, ''.join(xml_rows))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s'
           '</sst>') % (main, len(strings), len(strings), ''.join('<si><t>%s</t></si>' % xml_text(t) for t in strings))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<workbook xmlns="%s" xmlns:r="%s" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
                'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
                'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
                'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
                'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
                'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
                '<workbookPr defaultThemeVersion="166925"/>'
                '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720"/>'
                '</bookViews><sheets><sheet name="Báo cáo T10" sheetId="1" r:id="rId1"/></sheets>'
                '<calcPr calcId="191029"/></workbook>') % (main, rel)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="%s"><fonts count="2">'
              '<font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
              'defaultPivotStyle="PivotStyleLight16"/></styleSheet>') % main
    calc_chain = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                  '<calcChain xmlns="%s"><c r="D7" i="1"/><c r="D8"/><c r="D9"/></calcChain>') % main
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/calcChain.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/>'
               '<Relationship Id="rId4" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
               '<Relationship Id="rId5" Type="%s/calcChain" Target="calcChain.xml"/>'
               '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
               '</Relationships>') % (rel, rel, rel, rel)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Trần Văn Minh</dc:creator><cp:lastModifiedBy>Trần Văn Minh</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-03T02:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-03T02:10:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
           '<AppVersion>16.0300</AppVersion></Properties>')
    zip_write(path(name), [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/app.xml', app),
                           ('docProps/core.xml', core), ('xl/workbook.xml', workbook),
                           ('xl/_rels/workbook.xml.rels', wb_rels), ('xl/worksheets/sheet1.xml', sheet),
                           ('xl/styles.xml', styles), ('xl/sharedStrings.xml', sst), ('xl/calcChain.xml', calc_chain)])
    expect(name, 'SHEET_READ', sheet='Báo cáo T10')
    for k, (code, _, _, cached) in enumerate(data):
        expect(name, 'ACCEPTED', sheet='Báo cáo T10', line=7 + k, agency='HN', period='2026-10', indicator=code,
               value=cached)


def excel_owner_file(user):
    """Excel's '~$' owner file: 1 length byte, the user name padded with spaces to 54 bytes, then the name again
    as a 2-byte length and UTF-16LE, padded with spaces to 165 bytes."""
    ascii_name = user.encode('ascii')
    head = bytes([len(ascii_name)]) + ascii_name
    head += b' ' * (54 - len(head))
    wide = struct.pack('<H', len(user)) + user.encode('utf-16-le')
    out = head + wide
    return out + b'\x20\x00' * ((165 - len(out)) // 2) + b'\x20' * ((165 - len(out)) % 2)


def apple_double():
    """The AppleDouble '._' companion macOS writes on FAT/exFAT/SMB shares: header, one Finder Info entry."""
    header = struct.pack('>II16sH', 0x00051607, 0x00020000, b'Mac OS X        ', 1)
    entry = struct.pack('>III', 9, 26 + 12, 32)
    finder = b'XLSXXCEL' + b'\x00' * 24
    return header + entry + finder


def thumbs_db():
    """A Windows thumbnail cache: an OLE compound-file header and one empty sector."""
    header = bytes.fromhex('D0CF11E0A1B11AE1') + b'\x00' * 16 + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6)
    header += b'\x00' * 6 + struct.pack('<IIIIIIIII', 0, 1, 0xFFFFFFFE, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header += b'\xff' * (512 - len(header))
    return header + b'\xff' * 512


def ds_store():
    return bytes.fromhex('00000001') + b'Bud1' + b'\x00' * 24


# ---------------------------------------------------------------------------------------------------- the cases

def r(ind, value=None, exp=None, **kw):
    return R(ind, value, exp, **kw)


def simple_rows():
    return [r('EXPORTS', 1520.35, '1520.35'), r('IMPORTS', 1380.2, '1380.2'), r('IIP', 108.4, '108.4')]


def make_openpyxl():
    # 1. a blank copy of the form first, the filled one second
    blank = Form('Mẫu trống', [r('EXPORTS'), r('IMPORTS'), r('IIP')], submitted=None, prepared=None, hints=True)
    op_book('op-blank-copy-then-filled.xlsx', [blank, Form('Báo cáo T10', simple_rows())])
    readme('op-blank-copy-then-filled.xlsx', 'openpyxl', 'sheet "Mẫu trống" = the form with labels and codes but no '
           'values; sheet "Báo cáo T10" filled with numbers', 'both SHEET_READ; 3 rows ACCEPTED from sheet 2')

    # 3. instructions first
    op_book('op-instructions-sheet-first.xlsx', [Text('Hướng dẫn', INSTRUCTIONS), Form('Báo cáo', simple_rows())])
    readme('op-instructions-sheet-first.xlsx', 'openpyxl', '"Hướng dẫn" (Vietnamese instructions, no Indicator '
           'header) then the form', '"Hướng dẫn" SHEET_SKIPPED no header row; form read, 3 ACCEPTED')

    # 4. a hidden list sheet first
    codes = Text('DanhMuc', [('Mã', 'Tên đơn vị')] + [(a[0], a[2]) for a in AGENCIES], state='hidden')
    op_book('op-hidden-list-sheet-first.xlsx', [codes, Form('Báo cáo', simple_rows())])
    readme('op-hidden-list-sheet-first.xlsx', 'openpyxl', 'hidden sheet "DanhMuc" (agency code list, used by a '
           'drop-down) first, then the form', 'DanhMuc SHEET_SKIPPED hidden; form read, 3 ACCEPTED')

    # 6. a veryHidden filled form
    draft = Form('Nháp', [r('EXPORTS', 999.99), r('IMPORTS', 888.88)], state='veryHidden')
    op_book('op-veryhidden-filled-form.xlsx', [draft, Form('Báo cáo', simple_rows())])
    readme('op-veryhidden-filled-form.xlsx', 'openpyxl', 'sheet "Nháp" = a complete filled form (EXPORTS 999.99, '
           'IMPORTS 888.88) with state veryHidden, then the visible form',
           'Nháp SHEET_SKIPPED hidden (its rows are not read); form read, 3 ACCEPTED')

    # 7. no form sheet at all
    op_book('op-instructions-and-empty-sheet.xlsx', [Text('Hướng dẫn', INSTRUCTIONS), Text('Sheet1')])
    readme('op-instructions-and-empty-sheet.xlsx', 'openpyxl', 'an instruction sheet and an empty "Sheet1"',
           'both SHEET_SKIPPED no header row; UNREADABLE_FILE no form sheet')

    # 8, 9. a percentage as Excel stores it: the fraction, in a percent format
    op_book('op-percent-format.xlsx', [Form('Báo cáo', [
        r('GDP_SHARE', V(0.247, '0.0%'), '24.7'),
        r('EXPORTS', V(0.05, '0%'), ('BAD_VALUE', 'percentage')),
        r('IIP', 108.4, '108.4')])])
    readme('op-percent-format.xlsx', 'openpyxl', 'GDP_SHARE 0.247 format 0.0% (shows 24.7%); EXPORTS 0.05 format 0% '
           '(shows 5%); IIP 108.4', 'GDP_SHARE ACCEPTED 24.7; EXPORTS BAD_VALUE percentage; IIP ACCEPTED 108.4')

    # 12. a formula with no cached value
    op_book('op-formula-no-cached-value.xlsx', [Form('Báo cáo', [
        r('EXPORTS', '=SUM(G7:H7)', ('BAD_VALUE', 'save it again'), extra={'G': 812.5, 'H': 707.85}),
        r('IMPORTS', 1380.2, '1380.2')])])
    readme('op-formula-no-cached-value.xlsx', 'openpyxl', 'EXPORTS =SUM(G7:H7) over G7 812.5, H7 707.85 (openpyxl '
           'writes <f> with an empty <v></v> and fullCalcOnLoad="1"); IMPORTS 1380.2',
           'EXPORTS BAD_VALUE save it again; IMPORTS ACCEPTED 1380.2')

    # 14. dates as Vietnamese officers format them
    op_book('op-submitted-date-ngay-thang-nam.xlsx', [Form('Báo cáo', simple_rows(),
            submitted=V(dt.date(2026, 11, 3), '"ngày "d" tháng "m" năm "yyyy'))])
    readme('op-submitted-date-ngay-thang-nam.xlsx', 'openpyxl', 'Submitted at = date cell 2026-11-03, format '
           '"ngày "d" tháng "m" năm "yyyy (shows ngày 3 tháng 11 năm 2026)', '3 ACCEPTED (submitted 2026-11-03)')
    op_book('op-submitted-datetime-dd-mm-yyyy-hh-mm.xlsx', [Form('Báo cáo', simple_rows(),
            submitted=V(dt.datetime(2026, 11, 3, 9, 30), 'dd/mm/yyyy hh:mm'))])
    readme('op-submitted-datetime-dd-mm-yyyy-hh-mm.xlsx', 'openpyxl', 'Submitted at = date-time cell 2026-11-03 '
           '09:30, format dd/mm/yyyy hh:mm', '3 ACCEPTED (submitted 2026-11-03T09:30 Asia/Ho_Chi_Minh)')
    op_book('op-period-date-cell-mm-yyyy.xlsx', [Form('Báo cáo', simple_rows(),
            period=V(dt.date(2026, 10, 1), 'mm/yyyy'), ex_period='2026-10')])
    readme('op-period-date-cell-mm-yyyy.xlsx', 'openpyxl', 'Period = date cell 2026-10-01, format mm/yyyy (shows '
           '10/2026)', '3 ACCEPTED with period 2026-10')

    # 15. numbers in text cells
    op_book('op-text-cells.xlsx', [Form('Báo cáo', [
        r('EXPORTS', V('1.000', '@'), ('BAD_VALUE', '1000')),
        r('IMPORTS', V('12.500', '@'), ('BAD_VALUE', '12500')),
        r('COST', V('1.235', '@'), '1.235'),
        r('IIP', V('108.4', '@'), '108.4')])])
    readme('op-text-cells.xlsx', 'openpyxl', 'Value cells formatted @ (text) holding the strings 1.000 (EXPORTS), '
           '12.500 (IMPORTS), 1.235 (COST, 3 decimals), 108.4 (IIP)',
           'EXPORTS BAD_VALUE 1000; IMPORTS BAD_VALUE 12500; COST ACCEPTED 1.235; IIP ACCEPTED 108.4')

    # 16. odd spaces
    op_book('op-odd-spaces-trimmed.xlsx', [Form('Báo cáo', [
        r('\u2009EXPORTS', 1520.35, '1520.35'),
        r('IMPORTS\u202f', V('1380.2\u00a0', '@'), '1380.2'),
        r('\u3000IIP\u3000', 108.4, '108.4')], agency='HN\u00a0')])
    readme('op-odd-spaces-trimmed.xlsx', 'openpyxl', 'Agency "HN" + U+00A0; indicator codes with U+2009 before, '
           'U+202F after, U+3000 around; IMPORTS value the text "1380.2" + U+00A0',
           '3 ACCEPTED (agency HN, codes and value trimmed)')
    op_book('op-nbsp-inside-agency-code.xlsx', [Form('Báo cáo', [
        r('EXPORTS', 1520.35, ('UNKNOWN_AGENCY', '\\u00a0')),
        r('IMPORTS', 1380.2, ('UNKNOWN_AGENCY', '\\u00a0'))], agency='H\u00a0N')])
    readme('op-nbsp-inside-agency-code.xlsx', 'openpyxl', 'Agency "H" U+00A0 "N"',
           'both rows UNKNOWN_AGENCY \\u00a0')
    op_book('op-zero-width-space-after-agency.xlsx', [Form('Báo cáo', [
        r('EXPORTS', 1520.35, ('UNKNOWN_AGENCY', '\\u200b')),
        r('IMPORTS', 1380.2, ('UNKNOWN_AGENCY', '\\u200b'))], agency='HN\u200b')])
    readme('op-zero-width-space-after-agency.xlsx', 'openpyxl', 'Agency "HN" + U+200B (zero-width space, not '
           'white space)', 'both rows UNKNOWN_AGENCY \\u200b')

    # 17. empty fields
    op_book('op-empty-agency.xlsx', [Form('Báo cáo', [
        r('EXPORTS', 1520.35, ('UNKNOWN_AGENCY', 'empty')),
        r('IMPORTS', 1380.2, ('UNKNOWN_AGENCY', 'empty'))], agency=None)])
    readme('op-empty-agency.xlsx', 'openpyxl', 'label Agency with an empty B1', 'both rows UNKNOWN_AGENCY empty')
    op_book('op-empty-indicator-cell.xlsx', [Form('Báo cáo', [
        r('EXPORTS', 1520.35, '1520.35'),
        r(None, 45, ('UNKNOWN_INDICATOR', 'empty'), name='', unit=''),
        r('IIP', 108.4, '108.4')])])
    readme('op-empty-indicator-cell.xlsx', 'openpyxl', 'row 8: empty Indicator cell, Value 45',
           'row 8 UNKNOWN_INDICATOR empty; rows 7 and 9 ACCEPTED')

    # extras
    op_book('op-labels-trailing-spaces.xlsx', [Form('Báo cáo', simple_rows(),
            labels=('Agency ', 'Period ', 'Submitted at ', 'Prepared by  '),
            cols=['Indicator ', 'Name', 'Unit', 'Value ', 'Note'])])
    readme('op-labels-trailing-spaces.xlsx', 'openpyxl', 'labels "Agency ", "Period ", "Submitted at ", '
           '"Prepared by  " and headers "Indicator ", "Value " with trailing spaces', '3 ACCEPTED')
    op_book('op-derived-share-filled.xlsx', [Form('Báo cáo', [
        r('PROC_TOTAL', 120, '120'), r('PROC_DEC', 45, '45'),
        r('DEC_SHARE', V(0.375, '0.0%'), ('DERIVED_INDICATOR', 'computed'))])])
    readme('op-derived-share-filled.xlsx', 'openpyxl', 'PROC_TOTAL 120, PROC_DEC 45, and the derived DEC_SHARE '
           'filled in as 0.375 (format 0.0%)', 'PROC_TOTAL, PROC_DEC ACCEPTED; DEC_SHARE DERIVED_INDICATOR computed')


def make_xlsxwriter():
    # 2. last month's sheet, then this month's
    last = Form('T9-2026', [r('EXPORTS', 1480.6, '1480.6'), r('IMPORTS', 1402.15, '1402.15')],
                period='2026-09', submitted='2026-10-04')
    this = Form('T10-2026', [r('EXPORTS', 1520.35, '1520.35'), r('IMPORTS', 1380.2, '1380.2')])
    xw_book('xw-last-month-then-this-month.xlsx', [last, this])
    readme('xw-last-month-then-this-month.xlsx', 'XlsxWriter', 'sheet "T9-2026" (Period 2026-09, submitted '
           '2026-10-04) then "T10-2026" (2026-10, submitted 2026-11-03)', 'both read; 4 rows ACCEPTED, each with '
           'its own sheet\'s period')

    # 5. a ministry's two departments
    doi = Form('Cục Công nghiệp', [r('IIP', 108.4, '108.4'), r('PROC_TOTAL', 245, '245'),
                                    r('PROC_DEC', 112, '112')], agency='MOIT-DOI')
    dtp = Form('Cục XTTM', [r('EXPORTS', 3120.5, '3120.5'), r('COST', 12.375, '12.375')], agency='MOIT-DTP')
    xw_book('xw-ministry-two-departments.xlsx', [doi, dtp])
    readme('xw-ministry-two-departments.xlsx', 'XlsxWriter', 'sheet "Cục Công nghiệp" (Agency MOIT-DOI) and '
           '"Cục XTTM" (Agency MOIT-DTP)', 'both read; 5 rows ACCEPTED under their own agencies')

    # 7. chart sheets
    xw_book('xw-chartsheet-beside-form.xlsx', [Form('Báo cáo', simple_rows()),
                                               Chart('Biểu đồ', "='Báo cáo'!$D$7:$D$8", "='Báo cáo'!$A$7:$A$8")])
    readme('xw-chartsheet-beside-form.xlsx', 'XlsxWriter', 'the form, then a chartsheet "Biểu đồ" (add_chartsheet) '
           'charting D7:D8', 'form read, 3 ACCEPTED; Biểu đồ SHEET_SKIPPED not a worksheet')
    example = Text('Hướng dẫn', INSTRUCTIONS + [('Ví dụ', 'Tháng 9', 'Tháng 10'), ('Kim ngạch', 1480.6, 1520.35)])
    xw_book('xw-instructions-and-chartsheet-only.xlsx', [example,
            Chart('Biểu đồ', "='Hướng dẫn'!$B$7:$C$7", "='Hướng dẫn'!$B$6:$C$6")])
    readme('xw-instructions-and-chartsheet-only.xlsx', 'XlsxWriter', 'an instruction sheet with an example table, '
           'and a chartsheet', 'SHEET_SKIPPED no header row, SHEET_SKIPPED not a worksheet; UNREADABLE_FILE no '
           'form sheet')

    # 8. percent format
    xw_book('xw-percent-format.xlsx', [Form('Báo cáo', [
        r('GDP_SHARE', V(0.247, '0.0%'), '24.7'), r('EXPORTS', 1520.35, '1520.35')])])
    readme('xw-percent-format.xlsx', 'XlsxWriter', 'GDP_SHARE 0.247 with format 0.0%; EXPORTS 1520.35',
           'GDP_SHARE ACCEPTED 24.7; EXPORTS ACCEPTED 1520.35')

    # 12. formula: XlsxWriter caches 0 and asks for a full calculation on load
    xw_book('xw-formula-cached-zero.xlsx', [Form('Báo cáo', [
        r('EXPORTS', '=SUM(G7:H7)', ('BAD_VALUE', 'save it again'), extra={'G': 812.5, 'H': 707.85}),
        r('IMPORTS', 1380.2, '1380.2')])])
    readme('xw-formula-cached-zero.xlsx', 'XlsxWriter', 'EXPORTS =SUM(G7:H7) over 812.5 and 707.85 (XlsxWriter '
           'writes <v>0</v> and fullCalcOnLoad="1"); IMPORTS 1380.2',
           'EXPORTS BAD_VALUE save it again; IMPORTS ACCEPTED 1380.2')

    # 14. dates
    xw_book('xw-submitted-date-ngay-thang-nam.xlsx', [Form('Báo cáo', simple_rows(),
            submitted=V(dt.date(2026, 11, 3), '"ngày "d" tháng "m" năm "yyyy'))])
    readme('xw-submitted-date-ngay-thang-nam.xlsx', 'XlsxWriter', 'Submitted at = date 2026-11-03 with format '
           '"ngày "d" tháng "m" năm "yyyy', '3 ACCEPTED')
    xw_book('xw-period-date-cell-mmm-yy.xlsx', [Form('Báo cáo', simple_rows(),
            period=V(dt.date(2026, 10, 1), 'mmm-yy'), ex_period='2026-10')])
    readme('xw-period-date-cell-mmm-yy.xlsx', 'XlsxWriter', 'Period = date 2026-10-01 with format mmm-yy (what '
           'Excel en-US makes of a typed 10/2026; shows Oct-26)', '3 ACCEPTED with period 2026-10')

    # extras
    xw_book('xw-columns-reordered.xlsx', [Form('Báo cáo', simple_rows(),
                                               cols=['Indicator', 'Name', 'Value', 'Unit', 'Note'])])
    readme('xw-columns-reordered.xlsx', 'XlsxWriter', 'header Indicator, Name, Value, Unit, Note (Value in column '
           'C)', '3 ACCEPTED')


def make_libreoffice(en, vi):
    # 1, 18. blank copy then the filled form, LibreOffice en-US, as .xlsx and .xls
    blank = Form('Mẫu trống', [r('EXPORTS'), r('IMPORTS'), r('IIP')], submitted=None, prepared=None, hints=True)
    filled = Form('Báo cáo T10', [r('EXPORTS', '1520.35', '1520.35'), r('IMPORTS', '1380.2', '1380.2'),
                                  r('IIP', '108.4', '108.4')])
    lo_book(en, ['lo-en-blank-copy-then-filled.xlsx', 'lo-en-blank-copy-then-filled.xls'], [blank, filled])
    for ext in ('xlsx', 'xls'):
        readme('lo-en-blank-copy-then-filled.' + ext, 'LibreOffice 7.4 en-US', 'blank form (labels, codes, no '
               'values) first, then the form with 1520.35 / 1380.2 / 108.4 typed', 'both SHEET_READ; 3 ACCEPTED')

    # 4, 18. hidden code list, LibreOffice vi-VN
    codes = Text('DanhMuc', [('Mã', 'Tên đơn vị')] + [(a[0], a[2]) for a in AGENCIES], state='hidden')
    form = Form('Báo cáo tháng 10', [r('EXPORTS', '1520,35', '1520.35'), r('IMPORTS', '1380,2', '1380.2'),
                                     r('IIP', '108,4', '108.4')])
    lo_book(vi, ['lo-vi-hidden-list-sheet-first.xlsx', 'lo-vi-hidden-list-sheet-first.xls'], [codes, form])
    for ext in ('xlsx', 'xls'):
        readme('lo-vi-hidden-list-sheet-first.' + ext, 'LibreOffice 7.4 vi-VN', 'hidden "DanhMuc" list, then '
               'form "Báo cáo tháng 10" with 1520,35 / 1380,2 / 108,4 typed', 'DanhMuc SHEET_SKIPPED hidden; 3 '
               'ACCEPTED (1520.35, 1380.2, 108.4)')

    # 8, 9, 18. 24.7% typed in en-US
    form = Form('Báo cáo', [r('GDP_SHARE', '24.7%', '24.7'), r('EXPORTS', '24.7%', ('BAD_VALUE', 'percentage')),
                            r('IIP', '108.4', '108.4')])
    lo_book(en, ['lo-en-percent-typed.xlsx', 'lo-en-percent-typed.xls'], [form])
    for ext in ('xlsx', 'xls'):
        readme('lo-en-percent-typed.' + ext, 'LibreOffice 7.4 en-US', 'typed 24.7% for GDP_SHARE and for EXPORTS '
               '(both become 0.247 in format 0.00%); IIP 108.4', 'GDP_SHARE ACCEPTED 24.7; EXPORTS BAD_VALUE '
               'percentage; IIP ACCEPTED 108.4')

    # 10. vi-VN typing
    form = Form('Báo cáo', [r('GDP_SHARE', '24,7%', '24.7'), r('EXPORTS', '1.000', '1000'),
                            r('IMPORTS', '1.234,5', '1234.5'), r('IIP', '108,4', '108.4'),
                            r('COST', '1234.5', '1234.5')])
    lo_book(vi, ['lo-vi-typed-numbers.xlsx'], [form])
    readme('lo-vi-typed-numbers.xlsx', 'LibreOffice 7.4 vi-VN', 'typed 24,7% (GDP_SHARE), 1.000 (EXPORTS), 1.234,5 '
           '(IMPORTS), 108,4 (IIP), 1234.5 (COST: stays a text cell in vi-VN)', 'all ACCEPTED: 24.7, 1000, 1234.5, '
           '108.4, 1234.5 (the last from the text)')

    # 11. en-US typing 1.000
    form = Form('Báo cáo', [r('EXPORTS', '1.000', '1'), r('IMPORTS', '1,234.5', '1234.5')])
    lo_book(en, ['lo-en-typed-1.000.xlsx'], [form])
    readme('lo-en-typed-1.000.xlsx', 'LibreOffice 7.4 en-US', 'typed 1.000 for EXPORTS (becomes the number 1), '
           '1,234.5 for IMPORTS (becomes 1234.5)', 'EXPORTS ACCEPTED 1; IMPORTS ACCEPTED 1234.5')

    # 12, 18. formulas, cached by LibreOffice
    form = Form('Báo cáo', [
        r('EXPORTS', '=SUM(G7:H7)', '1520.35', extra={'G': '812.5', 'H': '707.85'}),
        r('IMPORTS', '1380.2', '1380.2'),
        r('COST', '=G9+H9', '0.3', extra={'G': '0.1', 'H': '0.2'})])
    lo_book(en, ['lo-en-formula-sum.xlsx', 'lo-en-formula-sum.xls'], [form])
    for ext in ('xlsx', 'xls'):
        readme('lo-en-formula-sum.' + ext, 'LibreOffice 7.4 en-US', 'EXPORTS =SUM(G7:H7) over 812.5 and 707.85; '
               'IMPORTS 1380.2; COST =G9+H9 over 0.1 and 0.2', 'EXPORTS ACCEPTED 1520.35 (cached value); IMPORTS '
               '1380.2; COST ACCEPTED 0.3')

    # 12. openpyxl and XlsxWriter formula files opened in LibreOffice and saved again
    for src, out, value, note in [
            ('op-formula-no-cached-value.xlsx', 'lo-en-resaved-op-formula.xlsx', '1520.35',
             'LibreOffice computes the formula that has no cached value and stores 1520.35'),
            ('xw-formula-cached-zero.xlsx', 'lo-en-resaved-xw-formula.xlsx', '0',
             'LibreOffice keeps XlsxWriter\'s cached 0 (it does not honour fullCalcOnLoad) and writes no '
             'fullCalcOnLoad, so the file says 0')]:
        doc = en.load(path(src))
        en.store(doc, path(out), FILTERS['.xlsx'])
        doc.close(True)
        expect(out, 'SHEET_READ', sheet='Báo cáo')
        expect(out, 'ACCEPTED', sheet='Báo cáo', line=7, agency='HN', period='2026-10', indicator='EXPORTS',
               value=value)
        expect(out, 'ACCEPTED', sheet='Báo cáo', line=8, agency='HN', period='2026-10', indicator='IMPORTS',
               value='1380.2')
        readme(out, 'LibreOffice 7.4 en-US', '%s opened and saved again as .xlsx; %s' % (src, note),
               'EXPORTS ACCEPTED %s; IMPORTS ACCEPTED 1380.2' % value)

    # 14, 18. dates typed in vi-VN, one shown with a Vietnamese format
    form = Form('Báo cáo', simple_lo_rows_vi(), submitted=V('03/11/2026', '"ngày "D" tháng "M" năm "YYYY'))
    lo_book(vi, ['lo-vi-submitted-date-ngay-thang-nam.xlsx', 'lo-vi-submitted-date-ngay-thang-nam.xls'], [form])
    for ext in ('xlsx', 'xls'):
        readme('lo-vi-submitted-date-ngay-thang-nam.' + ext, 'LibreOffice 7.4 vi-VN', 'Submitted at typed 03/11/2026 '
               '(vi-VN reads 3 November 2026) then formatted "ngày "D" tháng "M" năm "YYYY', '3 ACCEPTED (submitted '
               '2026-11-03)')

    # extras: en-US typing of a day-first date; Period typed "Oct 2026"; thousands format on a numeric cell
    form = Form('Báo cáo', [r('EXPORTS', '1520.35', ('FUTURE_PERIOD', '2026-03-11')),
                            r('IMPORTS', '1380.2', ('FUTURE_PERIOD', '2026-03-11'))], submitted='03/11/2026')
    lo_book(en, ['lo-en-submitted-typed-day-first.xlsx'], [form])
    readme('lo-en-submitted-typed-day-first.xlsx', 'LibreOffice 7.4 en-US', 'Submitted at typed 03/11/2026 meaning 3 '
           'November; en-US reads it as March 11, 2026 (a date cell MM/DD/YY)',
           'both rows FUTURE_PERIOD (2026-10 begins after 2026-03-11)')
    # LibreOffice shows the typed month as the day 10/01/26: a day is not a month, so the rows are refused
    # with a message that says how to write the period (a guess of the month would be a silent reading)
    form = Form('Báo cáo', [r('EXPORTS', '1520.35', ('BAD_PERIOD', '2026-10-01')),
                            r('IMPORTS', '1380.2', ('BAD_PERIOD', '2026-10-01'))],
                period='Oct 2026', ex_period='2026-10')
    lo_book(en, ['lo-en-period-typed-oct-2026.xlsx'], [form])
    readme('lo-en-period-typed-oct-2026.xlsx', 'LibreOffice 7.4 en-US', 'Period typed Oct 2026 (becomes the date '
           '2026-10-01, format MM/DD/YY, shown 10/01/26); a Period typed 2026-10 in a General cell stays text (all '
           'other lo- files)', '2 BAD_PERIOD: a day is not a month, the message says to write 2026-10')
    form = Form('Báo cáo', [r('EXPORTS', V('1234.5', '#,##0'), '1234.5'), r('IMPORTS', '1380.2', '1380.2')])
    lo_book(en, ['lo-en-value-format-thousands.xlsx'], [form])
    readme('lo-en-value-format-thousands.xlsx', 'LibreOffice 7.4 en-US', 'EXPORTS 1234.5 typed into a cell '
           'formatted #,##0 (shows 1,235)', 'EXPORTS ACCEPTED 1234.5 (the number, not the display); IMPORTS 1380.2')

    # 15. text typed with a leading apostrophe
    form = Form('Báo cáo', [r('EXPORTS', "'1.000", ('BAD_VALUE', '1000')), r('COST', "'1.235", '1.235'),
                            r('IIP', "'108.4", '108.4')])
    lo_book(en, ['lo-en-apostrophe-text.xlsx'], [form])
    readme('lo-en-apostrophe-text.xlsx', 'LibreOffice 7.4 en-US', "typed '1.000 (EXPORTS), '1.235 (COST), "
           "'108.4 (IIP): text cells", 'EXPORTS BAD_VALUE 1000; COST ACCEPTED 1.235; IIP ACCEPTED 108.4')

    # 19, 20. .xlsm and .ods of a simple form
    form = Form('Báo cáo', [r('EXPORTS', '1520.35', '1520.35'), r('IMPORTS', '1380.2', '1380.2')])
    lo_book(en, ['lo-en-simple-form.xlsm'], [form])
    readme('lo-en-simple-form.xlsm', 'LibreOffice 7.4 en-US (Calc MS Excel 2007 VBA XML)', 'a simple filled form',
           'read like .xlsx: 2 ACCEPTED')
    lo_book(en, ['lo-en-simple-form.ods'], [form], expected=False)
    expect('lo-en-simple-form.ods', 'UNREADABLE_FILE', says='.xlsx')
    readme('lo-en-simple-form.ods', 'LibreOffice 7.4 en-US (calc8)', 'the same simple form saved as ODF',
           'UNREADABLE_FILE .xlsx')

    # 22. CSV with other separators (vi-VN)
    rows = [['HN', '2026-10', 'EXPORTS', '1520,35', 'USD_M', '2026-11-03', ''],
            ['HN', '2026-10', 'IMPORTS', '1380,2', 'USD_M', '2026-11-03', 'Số liệu sơ bộ']]
    lo_csv(vi, 'lo-vi-semicolon-separated.csv', rows, '59,34,76,1,,1066,false,true,true',
           [('MALFORMED_ROW', 'semicolon')] * 2)
    readme('lo-vi-semicolon-separated.csv', 'LibreOffice 7.4 vi-VN, CSV export 59,34,76,1,,1066,false,true,true',
           'rows typed with 1520,35 / 1380,2, exported with ; as separator (values come out 1520,35)',
           'both data rows MALFORMED_ROW semicolon')
    lo_csv(vi, 'lo-vi-tab-separated.csv', rows, '9,34,76,1,,1066,false,true,true', [('MALFORMED_ROW', 'tab')] * 2)
    readme('lo-vi-tab-separated.csv', 'LibreOffice 7.4 vi-VN, CSV export 9,34,76,1,,1066,false,true,true',
           'the same rows exported with TAB as separator', 'both data rows MALFORMED_ROW tab')

    # 23. vi-VN comma CSV, cell content as shown
    rows = [['HN', '2026-10', 'EXPORTS', V('1234,5', '#.##0'), 'USD_M', '2026-11-03', ''],
            ['HN', '2026-10', 'IMPORTS', V('1234,5', '#.##0,00'), 'USD_M', '2026-11-03', ''],
            ['HN', '2026-10', 'PROC_TOTAL', V('1000', '#.##0'), 'COUNT', '2026-11-03', ''],
            ['HN', '2026-10', 'IIP', '108,4', 'INDEX', '2026-11-03', ''],
            ['HN', '2026-10', 'COST', '12', 'VND_BN', '03/11/2026', ''],
            ['HN', '2026-10', 'PROC_DEC', '45', 'COUNT', '2026-11-03', 'Đã đối chiếu']]
    lo_csv(vi, 'lo-vi-comma-as-shown.csv', rows, '44,34,76,1,,1066,false,true,true',
           [('BAD_VALUE', '1235'), ('BAD_VALUE', 'comma'), ('BAD_VALUE', '1000'), ('BAD_VALUE', 'comma'),
            ('BAD_DATE', '03/11/26'), '45'])
    readme('lo-vi-comma-as-shown.csv', 'LibreOffice 7.4 vi-VN, CSV export 44,34,76,1,,1066,false,true,true (token 9: '
           'save cell content as shown)', 'EXPORTS 1234,5 formatted #.##0 -> 1.235; IMPORTS 1234,5 formatted '
           '#.##0,00 -> "1.234,50"; PROC_TOTAL 1000 formatted #.##0 -> 1.000; IIP 108,4 General -> "108,4"; COST '
           'submitted_at typed 03/11/2026 -> 03/11/26; PROC_DEC 45', 'BAD_VALUE 1235, BAD_VALUE comma, BAD_VALUE '
           '1000, BAD_VALUE comma, BAD_DATE 03/11/26, PROC_DEC ACCEPTED 45')

    # 24. en-US comma CSV, as shown
    rows = [['HN', '2026-10', 'EXPORTS', V('1234.5', '#,##0.00'), 'USD_M', '2026-11-03', ''],
            ['HN', '2026-10', 'IMPORTS', '980.5', 'USD_M', '2026-11-03', '']]
    lo_csv(en, 'lo-en-comma-as-shown.csv', rows, '44,34,76,1,,1033,false,true,true', [('BAD_VALUE', 'comma'), '980.5'])
    readme('lo-en-comma-as-shown.csv', 'LibreOffice 7.4 en-US, CSV export 44,34,76,1,,1033,false,true,true',
           'EXPORTS 1234.5 formatted #,##0.00 -> "1,234.50"; IMPORTS 980.5 General',
           'EXPORTS BAD_VALUE comma; IMPORTS ACCEPTED 980.5')


def simple_lo_rows_vi():
    return [r('EXPORTS', '1520,35', '1520.35'), r('IMPORTS', '1380,2', '1380.2'), r('IIP', '108,4', '108.4')]


def make_by_hand():
    # 13. Excel's shared formula
    excel_shared_formula('hand-excel-shared-formula.xlsx')
    readme('hand-excel-shared-formula.xlsx', 'hand-written XML, as Excel 2016+ writes it', 'D7 <f t="shared" '
           'ref="D7:D9" si="0">G7/1000</f><v>1520.35</v>, D8 and D9 <f t="shared" si="0"/> with cached 1380.2 and '
           '2.5; G7:G9 the raw figures', 'EXPORTS 1520.35, IMPORTS 1380.2, COST 2.5 ACCEPTED')

    # 20. formats that are not read
    zip_write(path('hand-binary-workbook.xlsb'), [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://'
         'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/'
         'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'),
        ('xl/workbook.bin', b'\x83\x01\x00\x80\x01\x00\x84\x01\x00'),
        ('xl/worksheets/sheet1.bin', b'\x81\x01\x00\x82\x01\x00')])
    expect('hand-binary-workbook.xlsb', 'UNREADABLE_FILE', says='.xlsx')
    readme('hand-binary-workbook.xlsb', 'hand (a zip with .bin parts, like Excel Binary Workbook)', '-',
           'UNREADABLE_FILE .xlsx')
    zip_write(path('hand-apple-numbers.numbers'), [
        ('Index/Document.iwa', b'\x00\x1f\x00\x00'), ('Metadata/Properties.plist', '<plist version="1.0"/>')])
    expect('hand-apple-numbers.numbers', 'UNREADABLE_FILE', says='.xlsx')
    readme('hand-apple-numbers.numbers', 'hand (a zip like an Apple Numbers package)', '-', 'UNREADABLE_FILE .xlsx')

    # 21. lock and system files
    for name, data, says, what in [
            ('~$HN-2026-10.xlsx', excel_owner_file('Nguyen Thi Lan'), 'lock', 'Excel owner file (165 bytes)'),
            # LibreOffice's lock: "<name in Tools > Options > User Data>,<login>,<host>,<dd.mm.yyyy hh:mm>,<profile
            # URL>;" -- the name is empty by default (checked against the lock LibreOffice 7.4 writes next to an
            # opened file)
            ('.~lock.HN-2026-10.xlsx#', ',lan.nt,PC-SOCONGTHUONG,03.11.2026 09:12,file:///C:/Users/lan.nt/AppData/'
             'Roaming/LibreOffice/4;'.encode('utf-8'), 'lock', 'LibreOffice lock file ",login,host,date,profile;"'),
            ('._HN-2026-10.xlsx', apple_double(), 'system file', 'macOS AppleDouble companion'),
            ('Thumbs.db', thumbs_db(), 'system file', 'Windows thumbnail cache (OLE header)'),
            ('.DS_Store', ds_store(), 'system file', 'macOS Finder metadata')]:
        with open(path(name), 'wb') as out:
            out.write(data)
        expect(name, 'FILE_SKIPPED', says=says)
        readme(name, 'hand', what, 'FILE_SKIPPED ' + says)

    # 25. CSV as Excel's "CSV UTF-8" writes it
    name = 'hand-excel-csv-utf8-bom-crlf.csv'
    lines = ['agency,period,indicator,value,unit,submitted_at,note',
             'HN\u00a0,2026-10,EXPORTS,1520.35\u00a0,USD_M,2026-11-03,Số liệu sơ bộ',
             'HN,2026-10,\u3000IMPORTS\u3000,1380.2,USD_M,2026-11-03,',
             'HN,2026-10,IIP,108.4,INDEX,2026-11-03T16:45,"Ước tính, chờ số chính thức"']
    with open(path(name), 'wb') as out:
        out.write(b'\xef\xbb\xbf' + '\r\n'.join(lines).encode('utf-8') + b'\r\n')
    for line, (ind, value) in enumerate([('EXPORTS', '1520.35'), ('IMPORTS', '1380.2'), ('IIP', '108.4')], 2):
        expect(name, 'ACCEPTED', line=line, agency='HN', period='2026-10', indicator=ind, value=value)
    readme(name, 'hand, as Excel "CSV UTF-8" (BOM, CRLF)', 'HN + U+00A0; 1520.35 + U+00A0; U+3000 around IMPORTS; a '
           'quoted note with a comma', '3 ACCEPTED')

    # 26. CSV problems typed by hand
    name = 'hand-csv-empty-agency.csv'
    with open(path(name), 'w', encoding='utf-8', newline='') as out:
        out.write('agency,period,indicator,value,unit,submitted_at,note\n'
                  ',2026-10,EXPORTS,1520.35,USD_M,2026-11-03,\n'
                  'HN,2026-10,IMPORTS,1380.2,USD_M,2026-11-03,\n')
    expect(name, 'UNKNOWN_AGENCY', line=2, says='empty')
    expect(name, 'ACCEPTED', line=3, agency='HN', period='2026-10', indicator='IMPORTS', value='1380.2')
    readme(name, 'hand', 'line 2 with an empty agency field', 'line 2 UNKNOWN_AGENCY empty; line 3 ACCEPTED')
    name = 'hand-csv-percent-value.csv'
    with open(path(name), 'w', encoding='utf-8', newline='') as out:
        out.write('agency,period,indicator,value,unit,submitted_at,note\n'
                  'HN,2026-10,GDP_SHARE,24.7%,PERCENT,2026-11-03,\n'
                  'HN,2026-10,IIP,108.4,INDEX,2026-11-03,\n')
    expect(name, 'BAD_VALUE', line=2, says='%')
    expect(name, 'ACCEPTED', line=3, agency='HN', period='2026-10', indicator='IIP', value='108.4')
    readme(name, 'hand', 'GDP_SHARE value 24.7%', 'line 2 BAD_VALUE %; line 3 ACCEPTED')


# ---------------------------------------------------------------------------------------- the reference reader
# An independent reading of the bytes, used only to check the declared expectations.

class Cell:
    def __init__(self, kind, value, fmt='General', pct=False, cached=None, has_cached=False):
        self.kind = kind            # num | text | date | bool | formula
        self.value = value
        self.fmt = fmt
        self.pct = pct
        self.cached = cached        # formula: the cached result (num, text or None)
        self.has_cached = has_cached


def percent_format(code):
    return '%' in re.sub(r'"[^"]*"|\\.', '', code or '')


def read_openpyxl(file):
    wbf = openpyxl.load_workbook(file, data_only=False)
    wbv = openpyxl.load_workbook(file, data_only=True)
    with zipfile.ZipFile(file) as z:
        workbook_xml = z.read('xl/workbook.xml').decode('utf-8')
    full_calc = bool(re.search(r'<calcPr[^>]*fullCalcOnLoad="(1|true)"', workbook_xml))
    sheets = []
    for shf, shv in zip(wbf._sheets, wbv._sheets):
        if isinstance(shf, Chartsheet):
            sheets.append((shf.title, 'chart', shf.sheet_state, {}))
            continue
        cells = {}
        for row in shf.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cached = shv.cell(c.row, c.column).value
                if c.data_type == 'f':
                    ok = cached is not None and cached != '' and not full_calc
                    cells[(c.row, c.column)] = Cell('formula', c.value, c.number_format,
                                                    percent_format(c.number_format), cached, ok)
                elif isinstance(c.value, (dt.datetime, dt.date)):
                    cells[(c.row, c.column)] = Cell('date', c.value, c.number_format)
                elif isinstance(c.value, bool):
                    cells[(c.row, c.column)] = Cell('bool', c.value, c.number_format)
                elif isinstance(c.value, (int, float)):
                    cells[(c.row, c.column)] = Cell('num', float(c.value), c.number_format,
                                                    percent_format(c.number_format))
                else:
                    cells[(c.row, c.column)] = Cell('text', str(c.value), c.number_format)
        sheets.append((shf.title, 'worksheet', shf.sheet_state, cells))
    return sheets


def read_uno(lo, file):
    """Reads a workbook through LibreOffice (for .xls): cell types, values, format types, sheet visibility."""
    doc = lo.load(file)
    try:
        formats = doc.NumberFormats
        sheets = []
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.RangeAddress
            cells = {}
            for rr in range(end.EndRow + 1):
                for cc in range(end.EndColumn + 1):
                    cell = sheet.getCellByPosition(cc, rr)
                    kind = cell.Type.value
                    if kind == 'EMPTY':
                        continue
                    f = formats.getByKey(cell.NumberFormat)
                    ftype, code = f.Type, f.FormatString
                    pct = bool(ftype & 128)
                    if kind == 'TEXT':
                        cells[(rr + 1, cc + 1)] = Cell('text', cell.getString(), code)
                    elif kind == 'FORMULA':
                        result = cell.getPropertyValue('FormulaResultType2')
                        cached = cell.getValue() if result == 1 else cell.getString()
                        cells[(rr + 1, cc + 1)] = Cell('formula', cell.getFormula(), code, pct, cached, True)
                    elif ftype & 6:
                        cells[(rr + 1, cc + 1)] = Cell('date', dt.datetime(1899, 12, 30) +
                                                       dt.timedelta(days=cell.getValue()), code)
                    else:
                        cells[(rr + 1, cc + 1)] = Cell('num', cell.getValue(), code, pct)
            sheets.append((sheet.Name, 'worksheet', 'visible' if sheet.IsVisible else 'hidden', cells))
        return sheets
    finally:
        doc.close(True)


def decimal_of(x):
    """A double as the spreadsheet shows it at most: 15 significant digits."""
    return Decimal('%.15g' % x)


def plain(d):
    d = d.normalize()
    return format(d, 'f')


def escaped(text):
    if text == '':
        return 'empty'
    odd = [ch for ch in text if not re.match(r'[A-Za-z0-9_\-]', ch)]
    return '\\u%04x' % ord(odd[0]) if odd else text


NUMBER = re.compile(r'[+-]?\d+(\.\d+)?')
SEPARATED = re.compile(r'[+-]?[\d.,]*\d[\d.,]*')


def text_value(text, code):
    """(None, stored decimal string) or (code, says) for a value given as text."""
    t = text.strip()
    unit, decimals = IND[code][3], IND[code][8]
    if '%' in t:
        return 'BAD_VALUE', '%'
    if not NUMBER.fullmatch(t):
        if SEPARATED.fullmatch(t) and ',' in t:
            return 'BAD_VALUE', 'comma'
        return 'BAD_VALUE', 'not a decimal'
    if re.fullmatch(r'[+-]?\d{1,3}\.\d{3}', t) and decimals < 3:
        return 'BAD_VALUE', t.replace('.', '')
    if unit == 'COUNT' and Decimal(t) != Decimal(t).to_integral_value():
        return 'BAD_VALUE', 'whole number'
    return None, t


def number_value(x, pct, code):
    unit = IND[code][3]
    if pct and unit != 'PERCENT':
        return 'BAD_VALUE', 'percentage'
    d = decimal_of(x) * 100 if pct else decimal_of(x)
    if unit == 'COUNT' and d != d.to_integral_value():
        return 'BAD_VALUE', 'whole number'
    return None, plain(d)


def parse_submitted(text):
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?', text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def check_row(agency, period, submitted, indicator, value):
    """value: ('text', str) | ('num', float, pct) | ('bad', says). Returns (outcome, says or stored value)."""
    if agency not in AGENCY_CODES:
        return 'UNKNOWN_AGENCY', escaped(agency)
    if indicator not in IND:
        return 'UNKNOWN_INDICATOR', escaped(indicator)
    if IND[indicator][4] == 'ratio':
        return 'DERIVED_INDICATOR', 'computed'
    if not re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', period):
        return 'BAD_PERIOD', period
    when = parse_submitted(submitted)
    if when is None:
        return 'BAD_DATE', submitted
    start = dt.date(int(period[:4]), int(period[5:]), 1)
    if start > when:
        return 'FUTURE_PERIOD', when.isoformat()
    if value[0] == 'bad':
        return 'BAD_VALUE', value[1]
    code, stored = text_value(value[1], indicator) if value[0] == 'text' else number_value(value[1], value[2],
                                                                                             indicator)
    if code:
        return code, stored
    if Decimal(stored) < 0 and IND[indicator][3] in ('USD_M', 'VND_BN', 'COUNT'):
        return 'NEGATIVE_VALUE', 'below zero'
    return 'ACCEPTED', stored


def shows_day(code):
    """Whether a number format shows a day or a time: its d/h/s tokens outside quotes, brackets and escapes."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', '', code or '').replace('General', '')
    return re.search(r'[dDhHsS]', code) is not None


def label_text(cell, what):
    if cell is None:
        return ''
    if cell.kind == 'date':
        v = cell.value
        if what == 'Period' and not shows_day(cell.fmt):
            # a month-only format (mm/yyyy, mmm-yy) shows a month; one that shows a day is a day, not a period
            return '%04d-%02d' % (v.year, v.month)
        if isinstance(v, dt.datetime) and (v.hour, v.minute, v.second) != (0, 0, 0):
            return v.strftime('%Y-%m-%dT%H:%M:%S')
        return '%04d-%02d-%02d' % (v.year, v.month, v.day)
    if cell.kind == 'num':
        return repr(cell.value)
    return str(cell.value).strip()


def outcomes_of_book(file, sheets):
    out = []
    read = 0
    for name, kind, state, cells in sheets:
        if kind == 'chart':
            out.append(dict(sheet=name, outcome='SHEET_SKIPPED', says='not a worksheet'))
            continue
        if state != 'visible':
            out.append(dict(sheet=name, outcome='SHEET_SKIPPED', says='hidden'))
            continue
        header = None
        for (rr, cc), cell in sorted(cells.items()):
            if cc == 1 and cell.kind == 'text' and cell.value.strip() == 'Indicator':
                header = rr
                break
        if header is None:
            out.append(dict(sheet=name, outcome='SHEET_SKIPPED', says='no header row'))
            continue
        read += 1
        out.append(dict(sheet=name, outcome='SHEET_READ'))
        labels = {}
        for (rr, cc), cell in cells.items():
            if rr < header and cc == 1 and cell.kind == 'text':
                labels[cell.value.strip()] = cells.get((rr, 2))
        cols = {cell.value.strip(): cc for (rr, cc), cell in cells.items() if rr == header and cell.kind == 'text'}
        agency = label_text(labels.get('Agency'), 'Agency')
        period = label_text(labels.get('Period'), 'Period')
        submitted = label_text(labels.get('Submitted at'), 'Submitted at')
        last = max(rr for rr, _ in cells)
        for rr in range(header + 1, last + 1):
            vc = cells.get((rr, cols['Value']))
            if vc is None or (vc.kind == 'text' and vc.value.strip() == ''):
                continue
            ic = cells.get((rr, 1))
            indicator = '' if ic is None else str(ic.value).strip()
            if vc.kind == 'formula':
                if not vc.has_cached:
                    value = ('bad', 'save it again')
                elif isinstance(vc.cached, str):
                    value = ('text', vc.cached)
                else:
                    value = ('num', float(vc.cached), vc.pct)
            elif vc.kind == 'text':
                value = ('text', vc.value)
            elif vc.kind == 'num':
                value = ('num', vc.value, vc.pct)
            else:
                value = ('bad', 'not a number')
            code, res = check_row(agency, period, submitted, indicator, value)
            if code == 'ACCEPTED':
                out.append(dict(sheet=name, line=str(rr), outcome=code, agency=agency, period=period,
                                indicator=indicator, value=res))
            else:
                out.append(dict(sheet=name, line=str(rr), outcome=code, says=res))
    if read == 0:
        out.append(dict(outcome='UNREADABLE_FILE', says='no form sheet'))
    return out


def outcomes_of_csv(file):
    text = open(file, 'rb').read().decode('utf-8-sig')
    lines = text.splitlines()
    out = []
    if ',' not in lines[0]:
        sep = 'semicolon' if ';' in lines[0] else 'tab' if '\t' in lines[0] else 'separator'
        return [dict(line=str(n), outcome='MALFORMED_ROW', says=sep) for n, l in enumerate(lines[1:], 2) if l.strip()]
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader)]
    for fields in reader:
        row = dict(zip(header, (f.strip() for f in fields)))
        code, res = check_row(row['agency'], row['period'], row['submitted_at'], row['indicator'],
                              ('text', row['value']))
        if code == 'ACCEPTED':
            out.append(dict(line=str(reader.line_num), outcome=code, agency=row['agency'], period=row['period'],
                            indicator=row['indicator'], value=res))
        else:
            out.append(dict(line=str(reader.line_num), outcome=code, says=res))
    return out


def outcomes_of(file, uno_reader):
    name = os.path.basename(file)
    ext = os.path.splitext(name)[1].lower()
    if name.startswith('~$') or name.startswith('.~lock.'):
        return [dict(outcome='FILE_SKIPPED', says='lock')]
    if name.startswith('._') or name in ('Thumbs.db', '.DS_Store'):
        return [dict(outcome='FILE_SKIPPED', says='system file')]
    if ext in ('.xlsx', '.xlsm'):
        return outcomes_of_book(file, read_openpyxl(file))
    if ext == '.xls':
        return outcomes_of_book(file, read_uno(uno_reader, file))
    if ext == '.csv':
        return outcomes_of_csv(file)
    return [dict(outcome='UNREADABLE_FILE', says='.xlsx')]


def verify(uno_reader):
    declared = {}
    for e in EXPECTED:
        declared.setdefault(e['file'], []).append(tuple(e[c] for c in COLUMNS))
    problems = []
    names = sorted(os.listdir(INBOX))
    if sorted(declared) != names:
        problems.append('files without expectations: %s; expectations without files: %s'
                        % (sorted(set(names) - set(declared)), sorted(set(declared) - set(names))))
    for name in names:
        got = [tuple(([name] + [o.get(c, '') for c in COLUMNS[1:]])) for o in outcomes_of(path(name), uno_reader)]
        want = declared.get(name, [])
        if sorted(got) != sorted(want):
            problems.append('%s\n  declared: %s\n  read:     %s' % (
                name, sorted(set(want) - set(got)), sorted(set(got) - set(want))))
    return problems


# ------------------------------------------------------------------------------------------------------ output

def write_expected():
    rows = sorted(EXPECTED, key=lambda e: e['file'])   # stable: keeps each file's own order
    with open(os.path.join(HERE, 'expected.csv'), 'w', encoding='utf-8', newline='') as out:
        w = csv.DictWriter(out, COLUMNS, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)


TOOL_NOTES = [
    'openpyxl writes a formula as `<f>SUM(G7:H7)</f><v></v>` (no cached value) and sets '
    '`<calcPr calcId="124519" fullCalcOnLoad="1"/>` in workbook.xml.',
    'XlsxWriter writes `<f>SUM(G7:H7)</f><v>0</v>` (a cached 0) and the same `fullCalcOnLoad="1"`.',
    'LibreOffice 7.4 opening the openpyxl file computes the formula that has no cached value and saves '
    '`<f aca="false">SUM(G7:H7)</f><v>1520.35</v>`; opening the XlsxWriter file it keeps the cached 0 (it does not '
    'honour fullCalcOnLoad; only a hard recalculation gives 1520.35) and saves `<v>0</v>` with no fullCalcOnLoad, '
    'so lo-en-resaved-xw-formula.xlsx truthfully says 0.',
    'LibreOffice writes every formula cell on its own (`<f aca="false">`), never shared formulas, and caches values '
    'rounded to 15 significant digits (=0.1+0.2 is cached as 0.3). It sets no fullCalcOnLoad.',
    'LibreOffice\'s Excel export (.xlsx and .xls) makes the "displayed" sheet visible even if it is hidden; headless, '
    'with no view, the displayed sheet is sheet 0, so a hidden first sheet came out visible. make.py starts such '
    'workbooks from a skeleton whose stored active tab is the first visible sheet, which is what LibreOffice records '
    'when an officer saves with the form on screen.',
    'Typed in LibreOffice en-US: 24.7% -> 0.247 in format 0.00%; 1.000 -> 1; 1,234.5 -> 1234.5 (General); '
    '03/11/2026 -> 2026-03-11 (MM/DD/YY); Oct 2026 -> 2026-10-01 (MM/DD/YY); 2026-11-03 -> a date in `yyyy\\-mm\\-dd`; '
    '2026-10 and 10/2026 stay text.',
    'Typed in LibreOffice vi-VN: 24,7% -> 0.247 (0,00%, saved as `0.00%`); 1.000 -> 1000; 1.234,5 -> 1234.5; 1234.5 '
    'stays text; 03/11/2026 -> 2026-11-03 (DD/MM/YY).',
    'Number format codes given to LibreOffice are read in the locale\'s notation: in vi-VN `#,##0` means three '
    'decimals (saved as `[$-42A]#.##0`, shows 1000,000); the thousands format there is `#.##0`. Saved codes carry '
    'locale prefixes: `[$-409]#,##0`, `[$-42A]"ngày "d" tháng "m" năm "yyyy`.',
    'LibreOffice CSV export in vi-VN writes decimals with a comma even when "save cell content as shown" (token 9) '
    'is false ("1234,5", quoted when the separator is a comma). With only four tokens (`59,34,76,1`) it quotes every '
    'text field; with token 7 = false it does not. Lines end in LF, no BOM.',
    'A cell typed with a leading apostrophe (XCell.setFormula("\'1.000")) is saved as a text cell with number format '
    '`@`.',
    'The "Calc MS Excel 2007 VBA XML" filter writes the macro-enabled content type '
    '(`application/vnd.ms-excel.sheet.macroEnabled.main+xml`) even without macros.',
]


def write_readme():
    lines = ['# Intake corpus', '',
             'Submissions made the way agency officers make them, with the real tools, and `expected.csv`: what a '
             'correct reader must get from each file (one line per data row, sheet and file outcome).', '',
             'Regenerate: `/usr/bin/python3 make.py` in this folder (needs openpyxl, XlsxWriter and LibreOffice with '
             'its Python UNO bridge). It rewrites `reference/`, `inbox/`, `expected.csv` and this file, then reads '
             'every file back with an independent reader (openpyxl for .xlsx/.xlsm, LibreOffice for .xls, Python '
             'for .csv) and fails if the bytes do not give exactly the declared outcomes. Bytes differ between runs '
             '(timestamps inside zips and documents); the outcomes do not.', '',
             'Conventions: forms have the labels in rows 1-4 (Agency, Period, Submitted at, Prepared by), the '
             'header row 6 (Indicator, Name, Unit, Value, Note) and data from row 7; Period 2026-10 and Submitted at '
             '2026-11-03 unless said otherwise. "typed" means entered in LibreOffice in that locale (simulated with '
             'LibreOffice\'s CSV import with "detect special numbers", which parses like cell input). `line` in '
             'expected.csv is the Excel row or the physical CSV line; `value` is the decimal stored (compare '
             'numerically); `says` is a lowercase fragment of the message.', '',
             'The outcomes are per file, as `scorecard validate FILE` sees one file: many files submit the same '
             'agency, period and indicator (HN 2026-10 EXPORTS above all), so ingesting the whole inbox in one run '
             'would add DUPLICATE / CONFLICT outcomes across files that are not listed here.', '',
             '## What the tools did (seen while making this corpus)', '']
    lines += ['- ' + note for note in TOOL_NOTES]
    lines += ['', '## Files (inbox/)', '',
             'file — made with — what was typed / written — expected outcome', '']
    for file, tool, typed, outcome in sorted(README):
        lines.append('- `%s` — %s — %s — %s' % (file, tool, typed, outcome))
    lines.append('')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as out:
        out.write('\n'.join(lines))


def main():
    os.chdir(HERE)
    shutil.rmtree(INBOX, ignore_errors=True)
    shutil.rmtree(REFDIR, ignore_errors=True)
    os.makedirs(INBOX)
    write_reference()
    tmp = tempfile.mkdtemp(prefix='intake-make-')
    en = vi = None
    try:
        make_openpyxl()
        make_xlsxwriter()
        en = LibreOffice('en', 'en-US', 1033, tmp)
        vi = LibreOffice('vi', 'vi-VN', 1066, tmp)
        make_libreoffice(en, vi)
        make_by_hand()
        write_expected()
        write_readme()
        problems = verify(en)
    finally:
        for lo in (en, vi):
            if lo is not None:
                lo.close()
        shutil.rmtree(tmp, ignore_errors=True)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(HERE) for f in fs)
    print('%d files in inbox/, %d expected outcomes, %d bytes in all' % (len(os.listdir(INBOX)), len(EXPECTED), size))
    if problems:
        print('THE BYTES DISAGREE WITH THE EXPECTATIONS:\n' + '\n'.join(problems))
        sys.exit(1)
    print('verified: every file reads back to exactly its expected outcomes')


if __name__ == '__main__':
    main()
