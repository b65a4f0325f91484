#!/usr/bin/env python3
"""Makes the sample site's releases (releases/2024-25-q1, releases/2024-25-q2)
as they were published: for each quarter, a copy of the sample as it stood on
release day (later periods' rows and reports left out, and the April to June
charges as first counted, before the late records were added), released with
`candour release` on that day, and the release folder copied back.

Run from the repository root after building candour:
    tools/sample-releases.py [build/candour]
It refuses to replace releases that exist: a release is never remade."""
import csv, os, re, shutil, subprocess, sys, tempfile, datetime

ROOT = os.getcwd()
CANDOUR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/candour")
RELEASES = [("2024-25 Q1", "2024-08-15"), ("2024-25 Q2", "2024-11-14")]
# April to June 2024 as first counted: three charges recorded late were
# added before the July to September release, one in each breakdown's group below.
LATE = {"": "", "ethnicity": "White", "sex": "Female", "age-band": "18 to 24",
        "disability": "Not disabled", "relationship": "Partner or ex-partner"}


def quarter_end(code):  # "2024-25 Q1" -> (2024, 6)
    fy, q = int(code[:4]), int(code[-1])
    m = 3 + 3 * q
    return (fy + (m - 1) // 12, (m - 1) % 12 + 1)


def period_end(p):
    m = re.fullmatch(r"(\d{4})-\d{2} Q(\d)", p)
    if m:
        return quarter_end(p)
    m = re.fullmatch(r"(\d{4})-(\d{2})", p)
    if m and int(m[2]) == (int(m[1]) + 1) % 100 and p[5:] != "01":  # "2024-25": a financial year
        return (int(m[1]) + 1, 3)
    if m:
        return (int(m[1]), int(m[2]))
    return (0, 0)


def as_of(copy, period, day, first_counts):
    last = quarter_end(period)
    # The site's other pages (accessibility, privacy) were on the site
    # already, only written up later: their date is left out here.
    for folder, _, names in os.walk(os.path.join(copy, "content")):
        for name in names:
            path = os.path.join(folder, name)
            if "reports" in path or not name.endswith(".md"):
                continue
            text = open(path, encoding="utf-8").read()
            text = re.sub(r"^date: (\d{4}-\d{2}-\d{2})\n", lambda m: "" if m[1] > day else m[0], text, count=1,
                          flags=re.M)
            open(path, "w", encoding="utf-8").write(text)
    for folder, _, names in os.walk(os.path.join(copy, "data")):
        for name in names:
            path = os.path.join(folder, name)
            if not name.endswith(".csv"):
                continue
            rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
            if not rows or "period" not in rows[0]:
                continue
            col = {k: i for i, k in enumerate(rows[0])}
            keep = [rows[0]]
            for r in rows[1:]:
                if period_end(r[col["period"]]) > last:
                    continue
                if first_counts and r[col["period"]] == "2024-25 Q1" and "status" in col:
                    first_count(r, col)
                keep.append(r)
            with open(path, "w", newline="", encoding="utf-8") as f:
                csv.writer(f, lineterminator="\n").writerows(keep)
    reports = os.path.join(copy, "content", "reports")
    for name in os.listdir(reports):
        m = re.fullmatch(r"(\d{4})-(\d{2})-q(\d)\.md", name)
        if m and quarter_end(f"{m[1]}-{m[2]} Q{m[3]}") > last:
            os.remove(os.path.join(reports, name))
            drop_links(copy, "reports/" + name)


def first_count(r, col):
    ind, b, g = r[col["indicator"]], r[col["breakdown"]], r[col["group"]]
    late = b in LATE and LATE[b] == g
    if ind == "charges" and late:
        r[col["value"]] = str(int(r[col["value"]]) - 3)
    if ind == "charge-rate" and late:
        r[col["numerator"]] = str(int(r[col["numerator"]]) - 3)
    if ind in ("charges", "charge-rate"):
        r[col["status"]] = ""
        r[col["note"]] = ""


def drop_links(copy, target):
    """Lines of content/_index.md that link to a report not yet written."""
    home = os.path.join(copy, "content", "_index.md")
    text = open(home, encoding="utf-8").read()
    text = "".join(l for l in text.splitlines(True) if "(" + target + ")" not in l)
    open(home, "w", encoding="utf-8").write(text)


def release(period, day):
    slug = period.replace(" ", "-").lower()
    target = os.path.join(ROOT, "releases", slug)
    if os.path.exists(target):
        sys.exit(f"{target} exists: a release is never remade")
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "site")
        skip = {".git", "node_modules", "site", ".candour-cache", "tests", "docs", "generator", "charts", "releases"}
        shutil.copytree(ROOT, copy, ignore=lambda folder, names: [
            n for n in names if os.path.samefile(folder, ROOT) and (n in skip or n.startswith("build"))])
        if os.path.isdir(os.path.join(ROOT, "releases")):
            shutil.copytree(os.path.join(ROOT, "releases"), os.path.join(copy, "releases"))
        as_of(copy, period, day, first_counts=period == "2024-25 Q1")
        epoch = int(datetime.datetime.fromisoformat(day + "T12:00:00+00:00").timestamp())
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
        subprocess.run([CANDOUR, "release", "--period", period, "--source", copy], env=env, check=True)
        shutil.copytree(os.path.join(copy, "releases", slug), target)


for period, day in RELEASES:
    release(period, day)
