#!/usr/bin/env bash
# Whole-process scan throughput against the raw Parsson parse of the same NDJSON file, in one run.
#
#   bench/scan-throughput.sh                 # >= 2 GiB file (3,500 trusts x 5,300 transactions), 3 rounds
#   bench/scan-throughput.sh --smoke         # ~200 MB file, 2 rounds: checks the harness end to end
#   bench/scan-throughput.sh --trusts N --transactions-per-trust M --rounds R --threads T --profile
#
# Each round, alternating: (a) RawParse: the file split into documents by the scan's own splitter and
# each parsed by Parsson with a cached factory, next() to the end, one thread (in-process timer);
# (b) `java -jar matrisk.jar scan FILE --format ndjson --threads 2 --no-summary --no-progress > /dev/null`
# timed as a whole process; (c) the same scan of the file's first document alone (start-up cost, so
# the steady-state rate can be given too). Ratio = scan MB/s / raw MB/s of the same round.
# --profile adds, after the rounds: the production reader alone (RawParse --mode read, one thread) and
# one scan under JFR, summarised by org.matrisk.bench.scan.JfrTop (where the time goes).
# Results: a markdown table on stdout, also saved in $MATRISK_BENCH_DIR/results/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TRUSTS=3500; TX=5300; SEED=20240831; ROUNDS=3; THREADS=2; PROFILE=0; MIN_BYTES=$((2 * 1024 * 1024 * 1024))
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) TRUSTS=550; TX=3000; ROUNDS=2; MIN_BYTES=$((190 * 1000 * 1000)); shift ;;
    --trusts) TRUSTS="$2"; MIN_BYTES=0; shift 2 ;;
    --transactions-per-trust) TX="$2"; MIN_BYTES=0; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bench_jars
FILE="$BENCH_DIR/scan-${TRUSTS}x${TX}-s${SEED}.ndjson"
gen_input "$FILE" "$TRUSTS" "$TX" "$SEED"
BYTES=$(stat -c %s "$FILE")
if [ "$BYTES" -lt "$MIN_BYTES" ]; then echo "input is $BYTES bytes, under the $MIN_BYTES required" >&2; exit 1; fi
NTX=$(meta_transactions "$FILE")
ONE="$FILE.first.ndjson"
head -n 1 "$FILE" > "$ONE"
log "warming the page cache with $FILE"
cat "$FILE" > /dev/null

RUN="$BENCH_DIR/results/scan-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN"
MACHINE="$(machine_line)"
log "$MACHINE"
SCAN=(scan "$FILE" --format ndjson --threads "$THREADS" --no-summary --no-progress)

ROWS=(); CPUROWS=(); RAW=(); WHOLE=(); STEADY=(); TXS=(); TXS_STEADY=(); RATIO=(); RATIO_STEADY=(); EST=(); EST_TX=(); EST_RATIO=()
for r in $(seq 1 "$ROUNDS"); do
  l0="$(load_avg)"
  log "round $r/$ROUNDS: raw parse (load $l0)"
  timed "$RUN/raw-$r" java -cp "$BJAR" org.matrisk.bench.scan.RawParse "$FILE" --mode raw
  if [ "$T_RC" -ne 0 ]; then echo "RawParse failed (exit $T_RC), see $RUN/raw-$r.err" >&2; exit 1; fi
  raw_mbps=$(grep -o 'MBps=[0-9.]*' "$RUN/raw-$r.out" | cut -d= -f2)
  raw_s=$(grep -o 'seconds=[0-9.]*' "$RUN/raw-$r.out" | cut -d= -f2)
  raw_cpu=$T_CPU; raw_others=$T_OTHERS
  raw_cpu_mbps=$(calc "$BYTES / 1e6 / $raw_cpu")

  log "round $r/$ROUNDS: matrisk scan --threads $THREADS (load $(load_avg))"
  TIMED_OUT=/dev/null timed "$RUN/scan-$r" java ${MATRISK_JAVA_OPTS:-} -jar "$MJAR" "${SCAN[@]}"
  if [ "$T_RC" -ne 0 ]; then echo "scan failed (exit $T_RC), see $RUN/scan-$r.err" >&2; exit 1; fi
  s_wall=$T_WALL; s_cpu=$T_CPU; s_rss=$T_RSS_KB; s_others=$T_OTHERS

  log "round $r/$ROUNDS: matrisk scan of the first document alone (start-up)"
  TIMED_OUT=/dev/null timed "$RUN/one-$r" java ${MATRISK_JAVA_OPTS:-} -jar "$MJAR" scan "$ONE" --format ndjson --threads "$THREADS" --no-summary --no-progress
  o_wall=$T_WALL; o_cpu=$T_CPU

  scan_mbps=$(calc "$BYTES / 1e6 / $s_wall")
  steady_s=$(calc "$s_wall - $o_wall" 2)
  steady_mbps=$(calc "$BYTES / 1e6 / $steady_s")
  tx_s=$(calc "$NTX / $s_wall" 0)
  tx_steady=$(calc "$NTX / $steady_s" 0)
  ratio=$(calc "100 * $scan_mbps / $raw_mbps")
  ratio_steady=$(calc "100 * $steady_mbps / $raw_mbps")
  # CPU-time view (independent of how much of the machine others took): MB per CPU-second, and what
  # $THREADS dedicated cores would give if the scan kept them busy (an estimate, not a measurement)
  steady_cpu=$(calc "$s_cpu - $o_cpu" 2)
  scan_cpu_mbps=$(calc "$BYTES / 1e6 / $steady_cpu")
  est_mbps=$(calc "$THREADS * $scan_cpu_mbps")
  est_tx=$(calc "$THREADS * $NTX / $steady_cpu" 0)
  est_ratio=$(calc "100 * $est_mbps / $raw_cpu_mbps")
  RAW+=("$raw_mbps"); WHOLE+=("$scan_mbps"); STEADY+=("$steady_mbps"); TXS+=("$tx_s"); TXS_STEADY+=("$tx_steady")
  RATIO+=("$ratio"); RATIO_STEADY+=("$ratio_steady"); EST+=("$est_mbps"); EST_TX+=("$est_tx"); EST_RATIO+=("$est_ratio")
  ROWS+=("| $r | $raw_mbps ($raw_s s; others $raw_others) | $s_wall s (CPU $s_cpu s, RSS $((s_rss / 1024)) MiB; others $s_others) | $o_wall s (CPU $o_cpu s) | $scan_mbps / $steady_mbps | $tx_s / $tx_steady | $ratio % / $ratio_steady % | ${l0%% *} |")
  CPUROWS+=("| $r | $raw_cpu s → $raw_cpu_mbps | $steady_cpu s → $scan_cpu_mbps | $est_mbps | $est_tx | $est_ratio % |")
  log "round $r: raw $raw_mbps MB/s; scan $scan_mbps MB/s whole ($steady_mbps excl. start-up); $tx_s tx/s ($tx_steady); ratio $ratio % ($ratio_steady %); others used $s_others cores during the scan"
done

{
  echo "### Scan throughput: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Input: \`$(basename "$FILE")\`: $BYTES bytes ($(calc "$BYTES / 1073741824" 2) GiB), $TRUSTS trusts, $NTX transactions (generate --trusts $TRUSTS --transactions-per-trust $TX --seed $SEED)."
  echo "Scan: \`java ${MATRISK_JAVA_OPTS:-}-jar matrisk.jar scan FILE --format ndjson --threads $THREADS --no-summary --no-progress > /dev/null\`; raw: \`RawParse FILE --mode raw\` (1 thread)."
  echo "Machine: $MACHINE"
  echo "\"others\" = CPU used by other processes on the machine during the run, in cores (from /proc/stat; 0 = idle machine, 2 = a second machine's worth)."
  echo
  echo "| round | raw Parsson MB/s (wall; others) | scan, whole process (others) | start-up: scan of 1 doc | scan MB/s whole / excl. start-up | tx/s whole / excl. start-up | ratio whole / excl. start-up | load 1-min |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "CPU-time view (MB per CPU-second; the scan's start-up CPU, from the 1-doc scan, taken off; estimate for $THREADS dedicated cores = $THREADS × scan MB per CPU-s):"
  echo
  echo "| round | raw: CPU s → MB per CPU-s | scan excl. start-up: CPU s → MB per CPU-s | est. MB/s on $THREADS free cores | est. tx/s | est. ratio |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${CPUROWS[@]}"
  echo
  echo "Ranges over $ROUNDS rounds (measured): raw $(range "${RAW[@]}") MB/s; scan $(range "${WHOLE[@]}") MB/s whole process ($(range "${STEADY[@]}") excl. start-up);"
  echo "$(range "${TXS[@]}") tx/s ($(range "${TXS_STEADY[@]}") excl. start-up); ratio $(range "${RATIO[@]}") % ($(range "${RATIO_STEADY[@]}") % excl. start-up)."
  echo "Estimated on $THREADS free cores: $(range "${EST[@]}") MB/s, $(range "${EST_TX[@]}") tx/s, ratio $(range "${EST_RATIO[@]}") %."
  echo "Targets: ratio >= 40 %, >= 300,000 tx/s on 2 cores."
} | tee "$RUN/table.md"

if [ "$PROFILE" = 1 ]; then
  log "profile: the production reader alone (RawParse --mode read, 1 thread), load $(load_avg)"
  timed "$RUN/read" java -cp "$BJAR" org.matrisk.bench.scan.RawParse "$FILE" --mode read
  echo "reader alone: $(cat "$RUN/read.out") (CPU $T_CPU s; others $T_OTHERS cores)" | tee "$RUN/profile.txt"
  log "profile: scan under JFR, load $(load_avg)"
  # the JDK's "profile" settings with CPU samples every 2 ms instead of 10 ms
  awk '/<event name="jdk.ExecutionSample">/{e=1} e && /name="period"/{sub(/>[^<]*</, ">2 ms<"); e=0} {print}' \
    "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$RUN/sampling.jfc"
  TIMED_OUT=/dev/null timed "$RUN/scan-jfr" java ${MATRISK_JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=256 \
    -XX:StartFlightRecording=filename="$RUN/scan.jfr",settings="$RUN/sampling.jfc" -jar "$MJAR" "${SCAN[@]}"
  echo "JFR scan: wall $T_WALL s, CPU $T_CPU s (user $T_USER, sys $T_SYS); others $T_OTHERS cores" | tee -a "$RUN/profile.txt"
  java -cp "$BJAR" org.matrisk.bench.scan.JfrTop "$RUN/scan.jfr" --top 25 | tee -a "$RUN/profile.txt"
fi
log "results in $RUN"
