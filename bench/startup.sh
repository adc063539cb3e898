#!/usr/bin/env bash
# Start-up: `matrisk scan examples/riverside-clean.json` as a whole process (target <= 2 s), and where
# the time goes.
#
#   bench/startup.sh [--runs N] [--no-variants]
#
# 1. hyperfine (Debian package `hyperfine`) over `java -jar matrisk.jar scan examples/riverside-clean.json
#    --format ndjson` (output discarded); without hyperfine, a loop of /usr/bin/time.
#    Variants measured the same way (JVM options only, no code change): C1 only
#    (-XX:TieredStopAtLevel=1), SerialGC, and an AppCDS archive of the classes a scan loads
#    (-XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile).
# 2. Breakdown in one fresh JVM (org.matrisk.bench.scan.StartupBreakdown): JVM start to main, reading and
#    verifying the built-in pack, compiling it, parsing, first assessment, writing, second assessment,
#    with the number of classes loaded after each step; and the classes the real CLI run loads
#    (-Xlog:class+load); and a JFR profile of the CLI run (org.matrisk.bench.scan.JfrTop).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=10; VARIANTS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --no-variants) VARIANTS=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bench_jars
DOC="$BENCH_REPO/examples/riverside-clean.json"
RUN="$BENCH_DIR/results/startup-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN"
MACHINE="$(machine_line)"
log "$MACHINE"
CMD="java -jar $MJAR scan $DOC --format ndjson"

CDS="$RUN/matrisk-scan.jsa"
if [ "$VARIANTS" = 1 ]; then
  log "AppCDS: dumping the classes of one scan to $CDS"
  java -XX:ArchiveClassesAtExit="$CDS" -jar "$MJAR" scan "$DOC" --format ndjson > /dev/null 2> "$RUN/cds-dump.err" || true
fi

{
  echo "### Start-up: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`java -jar matrisk.jar scan examples/riverside-clean.json --format ndjson\` (output discarded)."
  echo "Machine: $MACHINE"
  echo
} > "$RUN/table.md"

if command -v hyperfine > /dev/null; then
  args=(--warmup 1 --runs "$RUNS" --style basic --export-markdown "$RUN/hyperfine.md" --export-json "$RUN/hyperfine.json"
        -n default "$CMD")
  if [ "$VARIANTS" = 1 ]; then
    args+=(-n "C1 only (-XX:TieredStopAtLevel=1)" "java -XX:TieredStopAtLevel=1 -jar $MJAR scan $DOC --format ndjson")
    args+=(-n "SerialGC" "java -XX:+UseSerialGC -jar $MJAR scan $DOC --format ndjson")
    [ -s "$CDS" ] && args+=(-n "AppCDS archive" "java -XX:SharedArchiveFile=$CDS -jar $MJAR scan $DOC --format ndjson")
    [ -s "$CDS" ] && args+=(-n "AppCDS + C1 only" "java -XX:SharedArchiveFile=$CDS -XX:TieredStopAtLevel=1 -jar $MJAR scan $DOC --format ndjson")
  fi
  log "hyperfine, $RUNS runs each (load $(load_avg))"
  hyperfine "${args[@]}" >&2
  echo "load average after hyperfine: $(load_avg)" >> "$RUN/table.md"
  echo >> "$RUN/table.md"
  {
    echo "| variant | wall mean ± σ [s] | wall median [s] | min – max [s] | CPU user + sys [s] |"
    echo "|---|---|---|---|---|"
    # hyperfine's JSON: one "key": value per line inside each result
    awk -F': ' '
      /"command":/ { c = $2; gsub(/[",]/, "", c) }
      /"mean":/ { m = $2 + 0 } /"stddev":/ { sd = $2 + 0 } /"median":/ { md = $2 + 0 }
      /"user":/ { u = $2 + 0 } /"system":/ { sy = $2 + 0 } /"min":/ { mn = $2 + 0 } /"max":/ { mx = $2 + 0 }
      /"times":/ { printf "| %s | %.2f ± %.2f | %.2f | %.2f – %.2f | %.2f + %.2f |\n", c, m, sd, md, mn, mx, u, sy }
    ' "$RUN/hyperfine.json"
  } >> "$RUN/table.md"
else
  log "hyperfine not installed (apt-get install -y hyperfine); /usr/bin/time loop, $RUNS runs"
  walls=()
  for i in $(seq 1 "$RUNS"); do
    TIMED_OUT=/dev/null timed "$RUN/run-$i" $CMD
    walls+=("$T_WALL")
  done
  echo "wall over $RUNS runs: $(range "${walls[@]}") s (load $(load_avg))" >> "$RUN/table.md"
fi

log "breakdown (StartupBreakdown, load $(load_avg))"
{
  echo
  echo "Breakdown, one fresh JVM each (\`java -cp benchmarks.jar org.matrisk.bench.scan.StartupBreakdown examples/riverside-clean.json\`), 3 runs, load $(load_avg):"
  echo
  echo "| step | run 1 ms | run 2 ms | run 3 ms | classes loaded after the step |"
  echo "|---|---|---|---|---|"
} >> "$RUN/table.md"
for i in 1 2 3; do java -cp "$BJAR" org.matrisk.bench.scan.StartupBreakdown "$DOC" > "$RUN/breakdown-$i.out"; done
paste -d' ' "$RUN/breakdown-1.out" "$RUN/breakdown-2.out" "$RUN/breakdown-3.out" | awk '{
  step = $2; sub("step=", "", step); k = 0; ms[1] = ms[2] = ms[3] = ""; cls = "";
  for (i = 1; i <= NF; i++) {
    if ($i ~ /^ms=/) { v = $i; sub("ms=", "", v); ms[++k] = v }
    if ($i ~ /^classes=/ && cls == "") { cls = $i; sub("classes=", "", cls) }
  }
  printf "| %s | %s | %s | %s | %s |\n", step, ms[1], ms[2], ms[3], cls }' >> "$RUN/table.md"

java -Xlog:class+load:file="$RUN/classload.log" -jar "$MJAR" scan "$DOC" --format ndjson > /dev/null 2>&1 || true
{
  echo
  echo "Classes loaded by the CLI scan of one document: $(grep -c 'source:' "$RUN/classload.log") ($(grep -c 'source: shared objects file' "$RUN/classload.log" || true) from the JDK's CDS archive)."
} >> "$RUN/table.md"
log "profile: JFR of the CLI scan of one document (load $(load_avg))"
awk '/<event name="jdk.ExecutionSample">/{e=1} e && /name="period"/{sub(/>[^<]*</, ">2 ms<"); e=0} {print}' \
  "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$RUN/sampling.jfc"
java -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename="$RUN/startup.jfr",settings="$RUN/sampling.jfc" \
  -jar "$MJAR" scan "$DOC" --format ndjson > /dev/null 2>&1 || true
{
  echo
  echo "Profile of the one-document CLI scan (JFR CPU samples of Java threads; JIT and GC threads are not sampled, their totals are on the first line):"
  echo
  echo '```'
  java -cp "$BJAR" org.matrisk.bench.scan.JfrTop "$RUN/startup.jfr" --top 15 | grep -v '^self-method'
  echo '```'
} >> "$RUN/table.md"
cat "$RUN/table.md"
log "results in $RUN"
