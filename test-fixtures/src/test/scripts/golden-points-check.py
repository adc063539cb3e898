#!/usr/bin/env python3
"""Checks that new goldens differ from old ones only by added "points" members.
usage: golden-points-check.py OLD_DIR NEW_DIR"""
import gzip, re, sys, pathlib
old_dir, new_dir = map(pathlib.Path, sys.argv[1:3])
POINTS = re.compile(r',"points":-?\d+(?=[}])')
# GoldenOutputTest compares with the built-in pack's sha256 replaced by the current one: do the same
PACK = re.compile(rb'("rulePack":\{"id":"builtin","version":"1","sha256":")[0-9a-f]{64}')
def norm(b): return PACK.sub(rb'\1<sha>', b)
ok = True
for f in sorted(old_dir.glob('*.ndjson.gz')):
    old = gzip.open(f).read()
    new = gzip.open(new_dir / f.name).read()
    n_points = len(POINTS.findall(new.decode('utf-8')))
    stripped = POINTS.sub('', new.decode('utf-8')).encode('utf-8')
    same = norm(stripped) == norm(old)
    lines = old.count(b'\n')
    print(f'{f.name}: {lines} assessments, {n_points} points members removed, identical to old bytes: {same}')
    # every assessment has one trust-level points member and one per area
    if not same: ok = False
print('OK' if ok else 'DIFFERENT')
sys.exit(0 if ok else 1)
