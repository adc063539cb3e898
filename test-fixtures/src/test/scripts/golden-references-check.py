#!/usr/bin/env python3
"""Checks that new goldens differ from old ones only in findings' "reference" members, and that every
changed reference is the one its rule now declares.
usage: golden-references-check.py OLD_DIR NEW_DIR [DRL_DIR]

Byte-level: in both files every finding's "reference":{...} object is replaced by a placeholder (and the
built-in pack's sha256 by <sha>, as GoldenOutputTest does); the results must be byte-identical. So outcomes,
findings, evidence, parameters, messages, points, ratings and member order are all unchanged.
DRL_DIR (optional; e.g. rules/src/main/resources/org/matrisk/rules/builtin) checks that each new reference is
exactly the @source/@edition/@paragraph/@url its primary rule declares there."""
import gzip, json, re, sys, pathlib, collections

old_dir, new_dir = map(pathlib.Path, sys.argv[1:3])
declared = {}
if len(sys.argv) > 3:
    for drl in sorted(pathlib.Path(sys.argv[3]).glob('*.drl')):
        text = drl.read_text(encoding='utf-8')
        for m in re.finditer(r'^rule\s+"[^"]*"(.*?)^\s*when', text, re.S | re.M):
            head = m.group(1)
            if '@area(' not in head: continue
            get = lambda k: re.search(r'@' + k + r'\("((?:[^"\\]|\\.)*)"\)', head).group(1)
            declared[get('id')] = {k: get(k) for k in ('source', 'edition', 'paragraph', 'url')}

STR = r'"(?:[^"\\]|\\.)*"'
REF = re.compile(r'"reference":\{"source":' + STR + r',"edition":' + STR + r',"paragraph":' + STR + r',"url":' + STR + r'\}')
RULE_THEN_REF = re.compile(r'"ruleId":(' + STR + r')(?:(?!"ruleId").)*?("reference":\{"source":' + STR + r',"edition":' + STR
                           + r',"paragraph":' + STR + r',"url":' + STR + r'\})')
PACK = re.compile(r'("rulePack":\{"id":"builtin","version":"1","sha256":")[0-9a-f]{64}')

def masked(text):
    return PACK.sub(r'\1<sha>', REF.sub('"reference":<ref>', text))

ok = True
changed = collections.Counter()
for f in sorted(old_dir.glob('*.ndjson.gz')):
    old = gzip.open(f).read().decode('utf-8')
    new = gzip.open(new_dir / f.name).read().decode('utf-8')
    same = masked(old) == masked(new)
    refs_old = REF.findall(old)
    refs_new = REF.findall(new)
    pairs = 0
    bad = 0
    for (rid_o, ref_o), (rid_n, ref_n) in zip(RULE_THEN_REF.findall(old), RULE_THEN_REF.findall(new)):
        pairs += 1
        rid = json.loads(rid_n)
        if rid_o != rid_n:
            bad += 1
        if ref_o != ref_n:
            changed[rid] += 1
        if declared and rid in declared and json.loads('{' + ref_n + '}')['reference'] != declared[rid]:
            bad += 1
            if bad < 5: print(f'  {f.name}: {rid} reference is not the declared one: {ref_n}')
    lines = old.count('\n')
    print(f'{f.name}: {lines} assessments, {len(refs_old)} references, identical outside references: {same}, '
          f'findings paired: {pairs}, mismatches: {bad}')
    if not same or len(refs_old) != len(refs_new) or bad: ok = False
print('references changed, by rule:', dict(sorted(changed.items())))
print('OK' if ok else 'DIFFERENT')
sys.exit(0 if ok else 1)
