#!/usr/bin/env bash
# Scan throughput of version 2 documents against version 1 documents of the same generator size.
#
#   bench/v2-throughput.sh                  # 300 trusts x 1,000 transactions, 3 rounds
#   bench/v2-throughput.sh --trusts N --transactions-per-trust M --rounds R --seed S [--cpu-rounds C]
#
# The same options generate both files (`matrisk generate ... --schema 1` and `--schema 2`: the version 2
# file has the same trusts and ledgers plus declared coverage with partial sections, month dates, money
# bands, documented nulls, dated roles, family and links). A third file, "2c", is the version 2 file with
# every coverage section declared complete whose collection is present (bench/CompleteCoverage.java; the
# data unchanged): a second mix, a trust's own full export, reported beside the generated mix, not instead.
# Each round scans each file as a whole process
# (`java -jar matrisk.jar scan FILE --format ndjson --threads 2 --no-summary --no-progress > /dev/null`)
# and the file's first document alone (start-up), alternating v1 and v2. Steady state = whole minus
# start-up. Then (--cpu-rounds, default 3; 0 skips) bench/ScanCpu.java measures each file in one JVM:
# the thread CPU time of read + assess + write after a warm-up round, which a loaded machine disturbs
# far less than wall time. Results: markdown on stdout, also saved in $MATRISK_BENCH_DIR/results/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TRUSTS=300; TX=1000; SEED=20240831; ROUNDS=3; CPU_ROUNDS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --trusts) TRUSTS="$2"; shift 2 ;;
    --transactions-per-trust) TX="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --cpu-rounds) CPU_ROUNDS="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bench_jars
mkdir -p "$BENCH_DIR/results" "$BENCH_DIR/v2"
declare -A FILE ONE
for v in 1 2; do
  FILE[$v]="$BENCH_DIR/v2/scan-v$v-${TRUSTS}x${TX}-s${SEED}.ndjson"
  gen_input "${FILE[$v]}" "$TRUSTS" "$TX" "$SEED" --schema "$v"
  ONE[$v]="${FILE[$v]}.first.ndjson"
  head -n 1 "${FILE[$v]}" > "${ONE[$v]}"
done
FILE[2c]="$BENCH_DIR/v2/scan-v2c-${TRUSTS}x${TX}-s${SEED}.ndjson"
[ -s "${FILE[2c]}" ] || java -cp "$MJAR" "$BENCH_REPO/bench/CompleteCoverage.java" < "${FILE[2]}" > "${FILE[2c]}"
ONE[2c]="${FILE[2c]}.first.ndjson"
head -n 1 "${FILE[2c]}" > "${ONE[2c]}"

RES="$BENCH_DIR/results/v2-throughput-$(date +%Y%m%d-%H%M%S).md"
{
  echo "machine: $(machine_line)"
  echo "input: $TRUSTS trusts x $TX transactions, seed $SEED; v1 $(stat -c %s "${FILE[1]}") bytes, v2 $(stat -c %s "${FILE[2]}") bytes, v2 all complete (2c) $(stat -c %s "${FILE[2c]}") bytes"
  echo
  echo "| round | schema | scan wall s (CPU s; others) | 1-doc start-up wall s (CPU s) | steady state s (CPU s) | trusts/s steady | peak RSS MiB |"
  echo "|---|---|---|---|---|---|---|"
} | tee "$RES"
for r in $(seq 1 "$ROUNDS"); do
  for v in 1 2 2c; do
    TIMED_OUT=/dev/null timed "$BENCH_DIR/v2/run" java -jar "$MJAR" scan "${FILE[$v]}" --format ndjson --threads 2 --no-summary --no-progress
    [ "$T_RC" = 0 ] || [ "$T_RC" = 1 ] || { echo "scan failed (exit $T_RC): $(tail -3 "$BENCH_DIR/v2/run.err")" >&2; exit 1; }
    W=$T_WALL C=$T_CPU O=$T_OTHERS RSS=$((T_RSS_KB / 1024))
    TIMED_OUT=/dev/null timed "$BENCH_DIR/v2/one" java -jar "$MJAR" scan "${ONE[$v]}" --format ndjson --no-summary --no-progress
    S=$T_WALL SC=$T_CPU
    STEADY=$(calc "$W - $S" 2)
    echo "| $r | $v | $W ($C; $O) | $S ($SC) | $STEADY ($(calc "$C - $SC" 2)) | $(calc "$TRUSTS / ($STEADY > 0 ? $STEADY : 1)" 0) | $RSS |" | tee -a "$RES"
  done
done
if [ "$CPU_ROUNDS" -gt 0 ]; then
  { echo; echo "One JVM, one thread (bench/ScanCpu.java, $CPU_ROUNDS measured rounds after a warm-up; load $(load_avg)):"; echo; } | tee -a "$RES"
  for v in 1 2 2c; do
    java -Xmx3g -cp "$MJAR" "$BENCH_REPO/bench/ScanCpu.java" "${FILE[$v]}" "$CPU_ROUNDS" 2>/dev/null | sed "s/^/    [$v] /" | tee -a "$RES"
  done
fi
log "results: $RES"
