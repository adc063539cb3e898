#!/usr/bin/env bash
# Peak memory of whole-process scans (issue target: both must succeed):
#   (1) 10,000 trusts with small ledgers (200 transactions each) under -Xmx256m;
#   (2) one trust with 1,000,000 transactions under -Xmx2g.
#
#   bench/memory.sh            # both cases
#   bench/memory.sh --smoke    # 1,000 trusts and one trust of 100,000 transactions, same heaps
#
# Each scan: `MATRISK_JAVA_OPTS=-Xmx.. matrisk scan FILE --format ndjson --threads 2 --no-summary
# --no-progress > /dev/null` (run as `java $MATRISK_JAVA_OPTS -jar matrisk.jar ...`, what the launcher
# execs), timed by /usr/bin/time (wall, max RSS), with a GC log (-Xlog:gc) from which the largest heap
# occupancy before and after a collection are read. Exit status 1 when a case fails (OutOfMemoryError,
# non-zero exit or a document rejected): the Maven profile -Pmemory of the benchmarks module runs this.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MANY=10000; MANY_TX=200; BIG_TX=1000000; SEED=20240831; THREADS=2
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) MANY=1000; BIG_TX=100000; shift ;;
    --threads) THREADS="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bench_jars
RUN="$BENCH_DIR/results/memory-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN"
MACHINE="$(machine_line)"
log "$MACHINE"

MANY_FILE="$BENCH_DIR/memory-${MANY}x${MANY_TX}-s${SEED}.ndjson"
BIG_FILE="$BENCH_DIR/memory-1x${BIG_TX}-s${SEED}.ndjson"
gen_input "$MANY_FILE" "$MANY" "$MANY_TX" "$SEED"
gen_input "$BIG_FILE" 1 "$BIG_TX" "$SEED"

FAILED=0
ROWS=()
# case NAME FILE XMX
case_run() {
  local name="$1" file="$2" xmx="$3"
  local load0; load0="$(load_avg)"
  log "$name: scan $(basename "$file") under -Xmx$xmx (load $load0)"
  TIMED_OUT=/dev/null timed "$RUN/$name" java -Xmx"$xmx" -Xlog:gc:file="$RUN/$name.gc.log" ${MATRISK_JAVA_OPTS:-} -jar "$MJAR" \
    scan "$file" --format ndjson --threads "$THREADS" --no-summary --no-progress
  local ok="yes"
  if [ "$T_RC" -ne 0 ] || grep -q OutOfMemoryError "$RUN/$name.err"; then ok="NO (exit $T_RC)"; FAILED=1; fi
  # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 180M->42M(256M) 12.345ms"
  local before after gcs
  before=$(grep -o '[0-9]*M->[0-9]*M' "$RUN/$name.gc.log" | sed 's/M->.*//' | sort -n | tail -1)
  after=$(grep -o '[0-9]*M->[0-9]*M' "$RUN/$name.gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  gcs=$(grep -c 'Pause' "$RUN/$name.gc.log" || true)
  ROWS+=("| $name | $(basename "$file") ($(calc "$(stat -c %s "$file") / 1e6") MB, $(meta_transactions "$file") tx) | -Xmx$xmx | $ok | $T_WALL s | $((T_RSS_KB / 1024)) MiB | ${before:-?} MiB / ${after:-?} MiB | ${gcs:-0} | $T_OTHERS (load ${load0%% *}) |")
  log "$name: ok=$ok wall=$T_WALL s maxrss=$((T_RSS_KB / 1024)) MiB heap max before/after GC=${before:-?}/${after:-?} MiB"
}

case_run many-trusts "$MANY_FILE" 256m
case_run one-big-trust "$BIG_FILE" 2g

{
  echo "### Memory: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Scan: \`java -Xmx.. -Xlog:gc -jar matrisk.jar scan FILE --format ndjson --threads $THREADS --no-summary --no-progress > /dev/null\`"
  echo "Machine: $MACHINE"
  echo
  echo "| case | input | heap | succeeded | wall | max RSS | heap max before / after a GC | GC pauses | others' CPU, cores (load 1-min) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$RUN/table.md"
log "results in $RUN"
exit "$FAILED"
