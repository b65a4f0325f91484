#!/usr/bin/python3
"""Opens every spreadsheet of a built candour site with openpyxl, a reader
independent of the library that wrote them, and checks what the Government
Analysis Function's spreadsheet guidance asks and what the CSVs say:

- sheets Cover, Contents, Notes, then Table_1, Table_2, ... with nothing else;
- the contents sheet lists every table sheet, linked;
- each table sheet holds exactly one Excel table, with a header row, starting
  in column A below the sheet's title, and no blank rows;
- every cell of every table equals the CSV beside the spreadsheet, row for row:
  numbers stored as numbers and equal to the CSV's figure, symbols such as
  [c] as text, so no cell holds a value the CSV hides.

Usage: check_workbooks.py SITE_DIR      exit 0 when every file passes
"""
import csv
import sys
from pathlib import Path

from openpyxl import load_workbook

HEADERS = ["Indicator", "Indicator title", "Period", "Period label", "Breakdown", "Group", "Value",
           "Numerator", "Denominator", "Unit", "Status", "Note"]
NUMERIC = {"Value", "Numerator", "Denominator"}


def spreadsheet_text(cell):
    # candour's CSVs start a cell that a spreadsheet would run as a formula
    # with an apostrophe; the spreadsheet stores the text itself.
    return cell[1:] if cell.startswith("'") and len(cell) > 1 and cell[1] in "=+-@\t\r" else cell


def check(path, problems):
    def problem(text):
        problems.append(f"{path}: {text}")

    wb = load_workbook(path)
    names = wb.sheetnames
    tables = names[3:]
    if names[:3] != ["Cover", "Contents", "Notes"]:
        problem(f"the first sheets are {names[:3]}, not Cover, Contents, Notes")
    if tables != [f"Table_{i}" for i in range(1, len(tables) + 1)] or not tables:
        problem(f"the table sheets are {tables}, not Table_1, Table_2, ...")
    if not wb.properties.title:
        problem("the file has no title in its properties")

    cover = [r[0] for r in wb["Cover"].iter_rows(values_only=True)]
    for heading in ["Period covered", "Source", "Release date", "Next release", "Contact", "Symbols used"]:
        if heading not in cover:
            problem(f"the cover sheet has no '{heading}'")

    listed = []
    contents = wb["Contents"]
    for row in contents.iter_rows(min_row=4):
        if row[0].value is None:
            continue
        listed.append(row[0].value)
        if not row[0].hyperlink or f"'{row[0].value}'!A1" not in (row[0].hyperlink.location or ""):
            problem(f"contents entry {row[0].value} is not a link to its sheet")
        if not row[1].value:
            problem(f"contents entry {row[0].value} has no description")
    if listed != tables:
        problem(f"the contents list {listed}, the workbook has {tables}")

    rows = []
    for name in ["Contents", "Notes"] + tables:
        ws = wb[name]
        if len(ws.tables) != 1:
            problem(f"sheet {name} holds {len(ws.tables)} tables, not one")
            continue
        table = next(iter(ws.tables.values()))
        if ws.merged_cells.ranges:
            problem(f"sheet {name} has merged cells")
        first, last = table.ref.split(":")
        if not first.startswith("A"):
            problem(f"sheet {name}'s table does not start in column A")
        if table.headerRowCount == 0:
            problem(f"sheet {name}'s table has no header row")
        header_row = int("".join(c for c in first if c.isdigit()))
        values = list(ws.iter_rows(min_row=header_row, values_only=True))
        if any(v[0] is None for v in ws.iter_rows(max_row=header_row - 1, values_only=True)):
            problem(f"sheet {name} has a blank row above its table")
        if name.startswith("Table_"):
            if list(values[0][:len(HEADERS)]) != HEADERS:
                problem(f"sheet {name}'s header row is {values[0]}")
            body = [v for v in values[1:] if any(c is not None for c in v)]
            if len(body) != len(values) - 1:
                problem(f"sheet {name} has a blank row inside its table")
            rows.extend(body)

    # Tables group the CSV's rows (by indicator, or by breakdown), so rows
    # are matched by their key: indicator, period, breakdown and group.
    csv_path = path.with_suffix(".csv")
    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        expected = {key(r): r for r in list(csv.reader(f))[1:]}
    if len(expected) != len(rows):
        problem(f"{len(rows)} rows in the tables, {len(expected)} in {csv_path.name}")
    for got in rows:
        want = expected.get(key(["" if c is None else str(c) for c in got]))
        if want is None:
            problem(f"a row in the tables that {csv_path.name} does not have: {got}")
            continue
        for header, text, value in zip(HEADERS, want, got):
            text = spreadsheet_text(text)
            if header in NUMERIC and text and not text.startswith("["):
                ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value == float(text)
            else:
                ok = (value or "") == text and not isinstance(value, (int, float))
            if not ok:
                problem(f"{want[0]} {want[2]} {want[4]} {want[5]}, {header}: {value!r}, but the CSV says {text!r}")


def key(row):
    return (spreadsheet_text(row[0]), row[2], spreadsheet_text(row[4]), spreadsheet_text(row[5]))


def main():
    site = Path(sys.argv[1])
    files = sorted(site.rglob("*.xlsx"))
    problems = []
    for path in files:
        check(path, problems)
    for p in problems[:50]:
        print(p)
    print(f"check_workbooks: {len(files)} spreadsheets, {len(problems)} problems")
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main())
