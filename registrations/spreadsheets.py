"""The one writer of the staff spreadsheets: CSV as a French spreadsheet opens it and XLSX.

Callers give rows of plain values (text, numbers, dates, datetimes already in the time
zone they mean: a datetime is written as it reads, never converted to UTC). Every text
cell is formula-safe (CSV injection): in CSV a text starting with = + - @, a tab or a
carriage return gets a leading apostrophe; in XLSX every text is a string cell, and those
get the "quote prefix" style, the apostrophe's own XLSX form (kept when the cell is edited,
not shown as a character).
"""

import csv
import datetime
import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value):
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return safe_text(value)


def csv_content(*tables) -> str:
    """Tables one after another, a blank line between them (";", UTF-8 BOM for Excel)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    for index, rows in enumerate(tables):
        if index:
            writer.writerow([])
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
    return out.getvalue()


def xlsx_content(*sheets) -> bytes:
    """``sheets``: (title, rows) pairs; the first row of each is its header, kept in view."""
    workbook = Workbook()
    for index, (title, rows) in enumerate(sheets):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = str(title)[:31]
        for row in rows:
            sheet.append(
                [
                    ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
                    for value in row
                ]
            )
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text
                    cell.quotePrefix = cell.value[:1] in FORMULA_STARTS
                elif isinstance(cell.value, datetime.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(cell.value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
    content = io.BytesIO()
    workbook.save(content)
    return content.getvalue()
