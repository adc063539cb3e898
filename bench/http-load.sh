#!/usr/bin/env bash
# Load on `matrisk serve` over loopback (BENCHMARKS.md, "HTTP service"): an open-loop generator
# (adapters/http/src/test/java/org/matrisk/http/bench/HttpLoad.java, JDK only) against the real service
# started from the shaded CLI jar with a token file and a fresh --data directory.
#   1. POST /v1/trusts/{id}/payments/check on a context of a 2,000-payment ledger (matrisk generate), at CHECK_RATE/s
#   2. POST /v1/assessments of examples/northgate-risky.json, at ASSESS_RATE/s
# Environment: CHECK_RATE (1000), ASSESS_RATE (50), DURATION (60 s), WARMUP (15), CHECK_THREADS (8), ASSESS_THREADS (4),
# MATRISK_JAR (adapters/cli/target/matrisk.jar; built with mvn -o package if absent).
# Usage: bench/http-load.sh            (needs adapters/http test classes: mvn -o -pl adapters/http -am test-compile)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${MATRISK_JAR:-$REPO/adapters/cli/target/matrisk.jar}"
CHECK_RATE="${CHECK_RATE:-1000}" ASSESS_RATE="${ASSESS_RATE:-50}" DURATION="${DURATION:-60}" WARMUP="${WARMUP:-15}"
CHECK_THREADS="${CHECK_THREADS:-8}" ASSESS_THREADS="${ASSESS_THREADS:-4}"
if [ ! -f "$JAR" ]; then (cd "$REPO" && mvn -q -o -B -pl adapters/cli -am package -Dmaven.test.skip=true); fi
if [ ! -f "$REPO/adapters/http/target/test-classes/org/matrisk/http/bench/HttpLoad.class" ]; then
  (cd "$REPO" && mvn -q -o -B -pl adapters/http -am test-compile)
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/matrisk-http-bench.XXXXXX")"
TOKEN="bench-$(date +%s%N)"
printf '%s assess,check load-generator\n' "$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)" > "$WORK/tokens"

java -jar "$JAR" generate --trusts 1 --transactions-per-trust 2000 --seed 14 --problem-rate 0 --out "$WORK/ledger.json" 2>/dev/null
read -r TRUST PARTY < <(python3 -c "
import json,sys
t=open('$WORK/ledger.json').read().strip()
d=json.loads(t.splitlines()[0]) if t.startswith('{') else json.loads(t)[0]
open('$WORK/context.json','w').write(json.dumps(d))
print(d['trust']['id'], d['parties'][0]['id'])")

java ${MATRISK_JAVA_OPTS:-} -jar "$JAR" serve --port 0 --tokens "$WORK/tokens" --data "$WORK/data" --max-concurrent 256 > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do grep -q 'listening on' "$WORK/serve.out" && break; sleep 0.5; done
URL="$(sed -n 's/^matrisk: listening on //p' "$WORK/serve.out")"
[ -n "$URL" ] || { echo "the service did not start" >&2; cat "$WORK/serve.err" >&2; exit 1; }
curl -sf -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$WORK/context.json" \
  "$URL/v1/trusts/$TRUST/context" >&2; echo >&2

CP="$REPO/adapters/http/target/test-classes"
echo "machine: nproc=$(nproc); java=$(java -version 2>&1 | head -1); load(1/5/15) before=$(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" org.matrisk.http.bench.HttpLoad --url "$URL" --token "$TOKEN" --mode check --trust "$TRUST" --party "$PARTY" \
  --rate "$CHECK_RATE" --seconds "$DURATION" --warmup "$WARMUP" --threads "$CHECK_THREADS"
echo "load(1/5/15) after checks=$(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" org.matrisk.http.bench.HttpLoad --url "$URL" --token "$TOKEN" --mode assess --body "$REPO/examples/northgate-risky.json" \
  --rate "$ASSESS_RATE" --seconds "$DURATION" --warmup "$WARMUP" --threads "$ASSESS_THREADS"
echo "load(1/5/15) after assessments=$(cut -d' ' -f1-3 /proc/loadavg)"
