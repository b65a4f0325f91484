#!/usr/bin/env python3
"""Writes the synthetic sample KPI tables in data/kpi/. Deterministic: the
same seed gives the same files. Run by hand when the sample changes."""
import csv, random, pathlib

random.seed(20241114)
QUARTERS = ["2022-23 Q3", "2022-23 Q4", "2023-24 Q1", "2023-24 Q2", "2023-24 Q3", "2023-24 Q4", "2024-25 Q1", "2024-25 Q2"]
out = pathlib.Path(__file__).resolve().parent.parent / "data" / "kpi"
rows = []

def row(ind, q, breakdown="", group="", value="", numerator="", denominator="", base="", status="", note=""):
    rows.append(dict(indicator=ind, period=q, breakdown=breakdown, group=group, value=value,
                     numerator=numerator, denominator=denominator, base=base, status=status, note=note))

def split(total, shares):
    raw = [total * s for s in shares]
    parts = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)[: total - sum(parts)]:
        parts[i] += 1
    return parts

charges = [31, 29, 34, 33, 36, 39, 44, 52]
closed = [372, 360, 368, 351, 349, 352, 367, 371]
for i, q in enumerate(QUARTERS):
    provisional = "p" if q == "2024-25 Q2" else ""
    row("offences-recorded", q, value=[702, 688, 731, 745, 719, 738, 760, 790][i], status=provisional)
    status = "r" if q == "2024-25 Q1" else provisional
    note = "Revised from 41: three charges were recorded late" if q == "2024-25 Q1" else ""
    row("charges", q, value=charges[i], status=status, note=note)
    breakdowns = {
        "ethnicity": (["Asian", "Black", "Mixed", "White", "Other ethnic group", "Not recorded"], [0.07, 0.04, 0.03, 0.78, 0.02, 0.06]),
        "sex": (["Female", "Male", "Not recorded"], [0.88, 0.1, 0.02]),
        "age-band": (["Under 18", "18 to 24", "25 to 39", "40 to 59", "60 and over"], [0.22, 0.31, 0.29, 0.15, 0.03]),
        "disability": (["Disabled", "Not disabled", "Not recorded"], [0.18, 0.7, 0.12]),
        "relationship": (["Partner or ex-partner", "Family member", "Acquaintance", "Stranger", "Not recorded"], [0.36, 0.17, 0.31, 0.09, 0.07]),
    }
    for b, (groups, shares) in breakdowns.items():
        for g, v in zip(groups, split(charges[i], shares)):
            row("charges", q, b, g, value=v, status=status)
    row("charge-rate", q, numerator=charges[i], denominator=closed[i], status=status)
    rel_closed = split(closed[i], [0.4, 0.15, 0.3, 0.08, 0.07])
    rel_charged = split(charges[i], [0.36, 0.17, 0.31, 0.09, 0.07])
    for g, n, d in zip(breakdowns["relationship"][0], rel_charged, rel_closed):
        row("charge-rate", q, "relationship", g, numerator=n, denominator=d, status=status)
    row("days-to-charge", q, value=[468, 455, 441, 437, 420, 409, 401, 372][i], base=charges[i], status=provisional)
    wd = [0.47, 0.46, 0.46, 0.45, 0.45, 0.44, 0.44, 0.41][i]
    row("withdrawal-rate", q, numerator=round(closed[i] * wd), denominator=closed[i], status=provisional)
    vc = [0.66, 0.68, 0.7, 0.71, 0.73, 0.75, 0.77, 0.81][i]
    row("victims-code-compliance", q, numerator=round(60 * vc), denominator=60)
    rtr = [22, 18, 25, 27, 24, 29, 31, 33][i]
    row("right-to-review", q, value=rtr)
    for g, v in zip(["Decision upheld", "Decision overturned", "Review not yet complete"], split(rtr, [0.7, 0.12, 0.18])):
        row("right-to-review", q, "review-outcome", g, value=v)
    interviews = [11, 9, 14, 12, 16, 13, 15, 18][i]
    good_total = 0
    for theme, p in zip(["Respect", "Sensitivity", "Knowledge", "Effectiveness", "Safety"], [0.8, 0.75, 0.6, 0.45, 0.7]):
        n = min(interviews, max(0, round(interviews * (p + random.uniform(-0.1, 0.1)))))
        good_total += n
        row("survey-rating", q, "survey-theme", theme, numerator=n, denominator=interviews)
    row("survey-rating", q, numerator=good_total, denominator=interviews * 5)
    suspects = [240, 233, 251, 247, 238, 255, 262, 259][i]
    row("repeat-suspects", q, numerator=round(suspects * [0.19, 0.2, 0.2, 0.21, 0.22, 0.22, 0.23, 0.23][i]), denominator=suspects)
    row("cases-per-investigator", q, value=[14.8, 15.2, 14.9, 14.1, 13.6, 13.2, 12.7, 12.4][i])
    row("accredited-investigators", q, numerator=[41, 44, 48, 52, 55, 58, 63, 66][i], denominator=[96, 98, 97, 99, 101, 100, 102, 103][i])
    recs = [702, 688, 731, 745, 719, 738, 760, 790][i]
    for g, p in zip(["Ethnicity", "Age", "Sex", "Disability", "Relationship to suspect"], [0.14, 0.03, 0.01, 0.21, 0.09]):
        row("missing-characteristics", q, "characteristic", g, numerator=round(recs * p * (1 - i * 0.04)), denominator=recs)
    row("isva-referrals", q, value=[241, 236, 255, 262, 270, 281, 295, 310][i])

fields = ["indicator", "period", "breakdown", "group", "value", "numerator", "denominator", "base", "status", "note"]
with open(out / "rasso-kpis.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
print(f"wrote {len(rows)} rows")
