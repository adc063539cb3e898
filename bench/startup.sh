#!/usr/bin/env bash
# Start-up: `matrisk scan examples/riverside-clean.json` as a whole process against a bare JVM
# (`java -cp DIR Hello`) measured in the same run (issue 13 target: scan <= 10x the bare JVM), JVM
# option variants, and where the time goes.
#
#   bench/startup.sh [--runs N] [--no-variants] [--no-profile] [--baseline JAR]
#
# 1. Interleaved rounds (so that load from other processes falls on every command alike): in each round
#    the bare JVM, then `java [OPTIONS] -jar matrisk.jar scan examples/riverside-clean.json --format ndjson`
#    (output discarded) for each variant, under /usr/bin/time; median wall and CPU (user+sys) per command
#    over N rounds (default 5), the ratio of the median wall to the bare JVM's, and the load average.
#    Variants (JVM options only, no code change): C1 only (-XX:TieredStopAtLevel=1), SerialGC, an AppCDS
#    archive of the classes a scan loads (-XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile;
#    Java 17 has no -XX:+AutoCreateSharedArchive, that is Java 19+), and AppCDS + C1. --baseline JAR adds
#    the same scan with another build's jar (e.g. one built from main before a change) to every round.
# 2. Breakdown in one fresh JVM (org.matrisk.bench.scan.StartupBreakdown), default options and C1 only:
#    JVM start to main, reading and verifying the built-in pack, RiskEngine.builtin() (compiling it),
#    parsing, first assessment, writing, second assessment, with the number of classes loaded after each
#    step; the classes the real CLI run loads (-Xlog:class+load); and a JFR profile of the CLI run
#    (org.matrisk.bench.scan.JfrTop) unless --no-profile.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=5; VARIANTS=1; PROFILE=1; BASELINE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --no-variants) VARIANTS=0; shift ;;
    --no-profile) PROFILE=0; shift ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bench_jars
DOC="$BENCH_REPO/examples/riverside-clean.json"
RUN="$BENCH_DIR/results/startup-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN/hello"
MACHINE="$(machine_line)"
log "$MACHINE"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$RUN/hello/Hello.java"
javac -d "$RUN/hello" "$RUN/hello/Hello.java"

CDS="$RUN/matrisk-scan.jsa"
NAMES=("bare JVM (java -cp DIR Hello)" "matrisk scan (default)")
OPTS=("" "")
JARS=("" "$MJAR")
if [ -n "$BASELINE" ]; then
  cp "$BASELINE" "$BENCH_DIR/jars/baseline.jar"
  NAMES+=("baseline jar ($(basename "$BASELINE"), default options)"); OPTS+=(""); JARS+=("$BENCH_DIR/jars/baseline.jar")
fi
if [ "$VARIANTS" = 1 ]; then
  log "AppCDS: dumping the classes of one scan to $CDS"
  java -XX:ArchiveClassesAtExit="$CDS" -jar "$MJAR" scan "$DOC" --format ndjson > /dev/null 2> "$RUN/cds-dump.err" || true
  NAMES+=("C1 only (-XX:TieredStopAtLevel=1)" "SerialGC (-XX:+UseSerialGC)")
  OPTS+=("-XX:TieredStopAtLevel=1" "-XX:+UseSerialGC"); JARS+=("$MJAR" "$MJAR")
  if [ -s "$CDS" ]; then
    NAMES+=("AppCDS (-XX:SharedArchiveFile)" "AppCDS + C1 only")
    OPTS+=("-XX:SharedArchiveFile=$CDS" "-XX:SharedArchiveFile=$CDS -XX:TieredStopAtLevel=1"); JARS+=("$MJAR" "$MJAR")
  fi
fi

{
  echo "### Start-up: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Command: \`java [OPTIONS] -jar matrisk.jar scan examples/riverside-clean.json --format ndjson\` (output discarded),"
  echo "against \`java -cp DIR Hello\` in the same rounds; $RUNS interleaved rounds (\`bench/startup.sh --runs $RUNS\`)."
  echo "Machine: $MACHINE"
  echo
} > "$RUN/table.md"

loads=()
for r in $(seq 1 "$RUNS"); do
  loads+=("$(load_avg | cut -d' ' -f1)")
  for i in "${!NAMES[@]}"; do
    # shellcheck disable=SC2086
    if [ "$i" = 0 ]; then TIMED_OUT=/dev/null timed "$RUN/v$i-r$r" java -cp "$RUN/hello" Hello
    else TIMED_OUT=/dev/null timed "$RUN/v$i-r$r" java ${OPTS[$i]} -jar "${JARS[$i]}" scan "$DOC" --format ndjson; fi
    [ "$T_RC" = 0 ] || log "warning: ${NAMES[$i]} exited $T_RC (see $RUN/v$i-r$r.err)"
    echo "$T_WALL $T_CPU $T_OTHERS" >> "$RUN/v$i.times"
    log "round $r: ${NAMES[$i]}: wall $T_WALL s, cpu $T_CPU s, others ${T_OTHERS} cores"
  done
done
median() { sort -g | awk '{v[NR]=$1} END{ if (NR%2) printf "%.2f", v[(NR+1)/2]; else printf "%.2f", (v[NR/2]+v[NR/2+1])/2 }'; }
BARE=$(cut -d' ' -f1 "$RUN/v0.times" | median)
{
  echo "Load average (1 min) at the start of each round: ${loads[*]}; after the rounds: $(load_avg)."
  echo
  echo "| command | wall median [s] | wall min – max [s] | CPU user+sys median [s] | × bare JVM (median wall) | other processes' CPU, median [cores] |"
  echo "|---|---|---|---|---|---|"
  for i in "${!NAMES[@]}"; do
    w=$(cut -d' ' -f1 "$RUN/v$i.times" | median)
    c=$(cut -d' ' -f2 "$RUN/v$i.times" | median)
    o=$(cut -d' ' -f3 "$RUN/v$i.times" | median)
    printf '| %s | %s | %s | %s | %s | %s |\n' "${NAMES[$i]}" "$w" "$(range $(cut -d' ' -f1 "$RUN/v$i.times"))" "$c" \
      "$(calc "$w / ($BARE > 0 ? $BARE : 1)" 1)" "$o"
  done
} >> "$RUN/table.md"

for mode in default c1; do
  [ "$mode" = c1 ] && [ "$VARIANTS" = 0 ] && continue
  jopts=""; [ "$mode" = c1 ] && jopts="-XX:TieredStopAtLevel=1"
  log "breakdown (StartupBreakdown $jopts, load $(load_avg))"
  {
    echo
    echo "Breakdown, one fresh JVM each (\`java $jopts -cp benchmarks.jar org.matrisk.bench.scan.StartupBreakdown examples/riverside-clean.json\`), 3 runs, load $(load_avg):"
    echo
    echo "| step | run 1 ms | run 2 ms | run 3 ms | classes loaded after the step |"
    echo "|---|---|---|---|---|"
  } >> "$RUN/table.md"
  # shellcheck disable=SC2086
  for i in 1 2 3; do java $jopts -cp "$BJAR" org.matrisk.bench.scan.StartupBreakdown "$DOC" > "$RUN/breakdown-$mode-$i.out"; done
  paste -d' ' "$RUN/breakdown-$mode-1.out" "$RUN/breakdown-$mode-2.out" "$RUN/breakdown-$mode-3.out" | awk '{
    step = $2; sub("step=", "", step); k = 0; ms[1] = ms[2] = ms[3] = ""; cls = "";
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^ms=/) { v = $i; sub("ms=", "", v); ms[++k] = v }
      if ($i ~ /^classes=/ && cls == "") { cls = $i; sub("classes=", "", cls) }
    }
    printf "| %s | %s | %s | %s | %s |\n", step, ms[1], ms[2], ms[3], cls }' >> "$RUN/table.md"
done

if [ "$PROFILE" = 0 ]; then
  cat "$RUN/table.md"
  log "results in $RUN"
  exit 0
fi
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
