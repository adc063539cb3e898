#!/usr/bin/env python3
"""Generate a GIAS download set of the national size for bench/import-bench.sh (fictional data).

  bench/import-gen.py DIR [ESTABLISHMENTS [TRUSTS]]

Writes into DIR: edubasealldata20250915.csv (ESTABLISHMENTS rows, default 50,000, with a UTF-8 BOM and
about 120 columns as the real file has), allgroupsdata20250915.csv (TRUSTS academy trusts, default 2,700,
plus federations), alllinksdata20250915.csv (about 10,000 academies linked to the trusts) and
governance20250915.csv (about 12 records per trust). Deterministic (seeded).
"""
import csv, os, random, sys

out = sys.argv[1]
n_est = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
n_trusts = int(sys.argv[3]) if len(sys.argv) > 3 else 2700
rnd = random.Random(20250915)
os.makedirs(out, exist_ok=True)

def d(y, m, day): return "%02d/%02d/%04d" % (day, m, y)

core = ["URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName", "TypeOfEstablishment (code)",
        "TypeOfEstablishment (name)", "EstablishmentTypeGroup (code)", "EstablishmentTypeGroup (name)",
        "EstablishmentStatus (code)", "EstablishmentStatus (name)", "OpenDate", "CloseDate", "PhaseOfEducation (code)",
        "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge", "NumberOfPupils", "Trusts (code)", "Trusts (name)"]
extra = ["Extra%03d (name)" % i for i in range(100)]
phases = [("2", "Primary"), ("4", "Secondary"), ("7", "All-through"), ("0", "Not applicable"), ("1", "Nursery")]
types = [("28", "Academy sponsor led"), ("34", "Academy converter"), ("35", "Free schools"), ("1", "Community school"),
         ("36", "Academy special converter")]
academies = []
with open(os.path.join(out, "edubasealldata20250915.csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(core + extra)
    for i in range(n_est):
        urn = 100000 + i
        ph = rnd.choice(phases); ty = rnd.choice(types)
        closed = rnd.random() < 0.15
        if ty[1].startswith("Academy") or ty[1] == "Free schools":
            academies.append(urn)
        w.writerow([urn, 800 + i % 150, "Authority %d" % (i % 150), 2000 + i % 7000, "School %d, Town %d" % (i, i % 900),
                    ty[0], ty[1], "10", "Academies", "2" if closed else "1", "Closed" if closed else "Open",
                    d(2000 + i % 24, 1 + i % 12, 1), d(2022, 7, 31) if closed else "", ph[0], ph[1], 4, 11,
                    "" if rnd.random() < 0.05 else rnd.randint(40, 1800), "", ""] + ["value %d" % (i % 97)] * len(extra))

rnd.shuffle(academies)
per_trust = max(1, min(len(academies), 10000) // n_trusts)
groups = os.path.join(out, "allgroupsdata20250915.csv")
links = os.path.join(out, "alllinksdata20250915.csv")
gov = os.path.join(out, "governance20250915.csv")
roles = ["Member"] * 4 + ["Trustee"] * 5 + ["Chair of Trustees", "Accounting Officer", "Chief Financial Officer", "Local Governor"]
with open(groups, "w", newline="", encoding="utf-8") as g, open(links, "w", newline="", encoding="utf-8") as l, \
        open(gov, "w", newline="", encoding="utf-8") as v:
    gw, lw, vw = csv.writer(g), csv.writer(l), csv.writer(v)
    gw.writerow(["Group UID", "Group ID", "Group Name", "Companies House Number", "Group Type (code)", "Group Type", "Closed Date", "Group Status"])
    lw.writerow(["URN", "Group UID", "Group ID", "Group Name", "Companies House Number", "Group Type", "Closed Date", "Joined date",
                 "EstablishmentName", "TypeOfEstablishment (name)", "PhaseOfEducation (name)"])
    vw.writerow(["GID", "URN", "UID", "Companies House Number", "Role", "Title", "Forename 1", "Forename 2", "Surname",
                 "Date of appointment", "Date term of office ends/ended", "Appointing body"])
    gid = 1
    for t in range(n_trusts):
        uid = 10000 + t; ch = "%08d" % (9000000 + t); mat = per_trust > 1 and t % 5 != 0
        gtype = "Multi-academy trust" if mat else "Single-academy trust"
        gw.writerow([uid, "TR%05d" % t, "Trust %d (fictional)" % t, ch, "06" if mat else "10", gtype, "", "Open"])
        mine = academies[t * per_trust:(t + 1) * per_trust] if mat else academies[t * per_trust:t * per_trust + 1]
        for k, urn in enumerate(mine):
            lw.writerow([urn, uid, "TR%05d" % t, "Trust %d (fictional)" % t, ch, gtype, "", d(2015 + (k + t) % 11, 1 + k % 12, 1),
                         "School %d" % urn, "Academy converter", "Primary"])
        for r in roles:
            vw.writerow([gid, mine[0] if r == "Local Governor" and mine else "", uid, ch, r, "Ms", "Name%d" % (gid % 5000),
                         "", "Surname%d" % t, d(2016 + gid % 9, 1 + gid % 12, 1), "" if gid % 7 else d(2025, 2, 14), "Members"])
            gid += 1
    for t in range(200):
        gw.writerow([90000 + t, "FED%04d" % t, "Federation %d" % t, "", "01", "Federation", "", "Open"])
