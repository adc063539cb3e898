#!/usr/bin/env bash
# Rule evaluation: Drools against hand-coded Java for RPT-02, PAY-05, GRW-05, AUT-03, NTI-05, with the
# ratios of the issue target (Drools five-rule pack <= 3x the hand-coded time).
#
#   bench/five-rules.sh              # JMH (org.matrisk.bench.rules.FiveRulesBenchmark: 4 x 5 s warm-up,
#                                    # 5 x 5 s measured, 1 fork) then the CPU-time harness (RulesCpuTime)
#   bench/five-rules.sh --quick      # JMH 2 x 2 s warm-up, 3 x 2 s measured; CPU-time 2 + 4 rounds of 3 passes
#   bench/five-rules.sh --cpu-only   # only the CPU-time harness (robust on a shared machine)
#   bench/five-rules.sh --profile    # also: JFR of the Drools five-rule evaluation, summarised by JfrTop
#   bench/five-rules.sh -- JMH-ARGS  # anything else for JMH, e.g. -- -prof gc
#   JMH_JAVA_OPTS=-Djmh.ignoreLock=true bench/five-rules.sh   # when another JMH run holds /tmp/jmh.lock
#
# JMH scores are wall-clock time per trust; on a machine shared with other work they swing with its
# load, so RulesCpuTime measures the same variants, interleaved round by round in one JVM, in process
# CPU time per trust (JIT and GC threads included).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JMH=(); CPU_ARGS=(); RUN_JMH=1; PROFILE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) JMH+=(-wi 2 -w 2s -i 3 -r 2s); CPU_ARGS+=(--warmup 2 --rounds 4 --repeat 3); shift ;;
    --cpu-only) RUN_JMH=0; shift ;;
    --profile) PROFILE=1; shift ;;
    --) shift; JMH+=("$@"); break ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bench_jars
RUN="$BENCH_DIR/results/five-rules-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN"
MACHINE="$(machine_line)"
log "$MACHINE"
VARIANTS="handCoded droolsFiveRules droolsFiveRulesAssess droolsFullPack droolsFullPackAssess derivationsOnly"

{
  echo "### Rule evaluation: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "200 generated trusts × 2,000 transactions (seed 20240831, problem rate 0.3), pre-parsed; time per trust."
  echo "Machine: $MACHINE"
} > "$RUN/table.md"

if [ "$RUN_JMH" = 1 ]; then
  log "JMH (load $(load_avg))"
  TIMED_OUT="$RUN/jmh.out" timed "$RUN/jmh" java ${JMH_JAVA_OPTS:-} -jar "$BJAR" FiveRulesBenchmark -rf text -rff "$RUN/jmh.txt" "${JMH[@]}"
  if [ "$T_RC" -ne 0 ]; then echo "JMH failed (exit $T_RC), see $RUN/jmh.out" >&2; exit 1; fi
  # "FiveRulesBenchmark.handCoded   2000  20240831  avgt  5  123.456 ±  7.890  us/op"
  score() { awk -v b="FiveRulesBenchmark.$1" '$1 == b { print $(NF-3) }' "$RUN/jmh.txt"; }
  err() { awk -v b="FiveRulesBenchmark.$1" '$1 == b { print $(NF-1) }' "$RUN/jmh.txt"; }
  hand=$(score handCoded)
  {
    echo
    echo "JMH, wall-clock (others used $T_OTHERS cores on average during the run; load after $(load_avg)):"
    echo
    echo "| benchmark | µs per trust (± 99.9 % CI) | vs hand-coded |"
    echo "|---|---|---|"
    for b in $VARIANTS; do
      s=$(score $b)
      [ -n "$s" ] && echo "| $b | $s ± $(err $b) | $(calc "$s / $hand")× |"
    done
  } >> "$RUN/table.md"
fi

log "CPU-time harness (load $(load_avg))"
timed "$RUN/cpu" java -Xms2g -Xmx2g -cp "$BJAR" org.matrisk.bench.rules.RulesCpuTime "${CPU_ARGS[@]}"
if [ "$T_RC" -ne 0 ]; then echo "RulesCpuTime failed (exit $T_RC), see $RUN/cpu.err" >&2; exit 1; fi
{
  echo
  echo "Process CPU time (RulesCpuTime: variants interleaved, $(grep -o 'rounds=[0-9]*' "$RUN/cpu.out") measured; others used $T_OTHERS cores meanwhile):"
  echo
  echo "| variant | CPU µs per trust, median (min) | wall µs per trust, median | CPU vs hand-coded |"
  echo "|---|---|---|---|"
  awk '/variant=/{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
       printf "| %s | %s (%s) | %s | %s× |\n", v["variant"], v["cpu_us_per_trust_median"], v["cpu_us_per_trust_min"],
              v["wall_us_per_trust_median"], v["ratio_cpu_vs_handCoded"] }' "$RUN/cpu.out"
  echo
  echo "Target: droolsFiveRules / handCoded <= 3×."
} >> "$RUN/table.md"

if [ "$PROFILE" = 1 ]; then
  log "profile: JFR of droolsFiveRules (load $(load_avg))"
  awk '/<event name="jdk.ExecutionSample">/{e=1} e && /name="period"/{sub(/>[^<]*</, ">2 ms<"); e=0} {print}' \
    "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$RUN/sampling.jfc"
  for v in droolsFiveRules droolsFullPack; do
    java -Xms2g -Xmx2g -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename="$RUN/$v.jfr",settings="$RUN/sampling.jfc" \
      -cp "$BJAR" org.matrisk.bench.rules.RulesCpuTime --only "$v" --warmup 2 --rounds 4 --repeat 5 > "$RUN/$v-profile.out" 2>/dev/null
    { echo; echo "Profile of $v (JFR CPU samples, warm-up included):"; echo; echo '```';
      java -cp "$BJAR" org.matrisk.bench.scan.JfrTop "$RUN/$v.jfr" --top 20; echo '```'; } >> "$RUN/table.md"
  done
fi
cat "$RUN/table.md"
log "results in $RUN"
