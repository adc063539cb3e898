# Shared by the whole-process benchmarks in bench/ (sourced, not run).
#
# Environment:
#   MATRISK_BENCH_DIR  work directory for generated inputs, jar snapshots and results
#                      (default ${TMPDIR:-/tmp}/matrisk-bench; outside the repository: inputs are GBs)
#   MATRISK_JAR        the shaded CLI jar to measure (default: adapters/cli/target/matrisk.jar, built if absent)
#   BENCH_JAR          the shaded benchmarks jar (default: benchmarks/target/benchmarks.jar, built if absent)
#   MATRISK_BUILD=1    rebuild both jars first (mvn -o package, tests skipped)
#
# The jars are copied into the work directory before measuring, so that a rebuild in the working tree
# during a long run cannot change what is measured. `java -jar matrisk.jar ARGS` is exactly what the
# ./matrisk launcher runs (`exec java $MATRISK_JAVA_OPTS -jar $jar "$@"`) once the jar is built.

set -euo pipefail

BENCH_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="${MATRISK_BENCH_DIR:-${TMPDIR:-/tmp}/matrisk-bench}"
mkdir -p "$BENCH_DIR/jars"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# load1 load5 load15, from /proc/loadavg
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }

machine_line() {
  local cpu
  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || true)"
  printf 'nproc=%s; cpu=%s; mem=%s; java=%s; load(1/5/15)=%s' "$(nproc)" "${cpu:-unknown}" \
    "$(free -g | awk '/^Mem:/{print $2 " GiB"}')" \
    "$(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')" "$(load_avg)"
}

# Sets MJAR and BJAR to snapshots of the CLI and benchmarks jars in $BENCH_DIR/jars.
bench_jars() {
  local cli="${MATRISK_JAR:-$BENCH_REPO/adapters/cli/target/matrisk.jar}"
  local bj="${BENCH_JAR:-$BENCH_REPO/benchmarks/target/benchmarks.jar}"
  if [ "${MATRISK_BUILD:-0}" = 1 ] || [ ! -f "$cli" ] || [ ! -f "$bj" ]; then
    if [ -n "${MATRISK_JAR:-}" ] && [ ! -f "$cli" ]; then echo "MATRISK_JAR=$cli does not exist" >&2; exit 2; fi
    log "building the CLI and benchmarks jars (mvn -o package, tests skipped)"
    (cd "$BENCH_REPO" && mvn -q -o -B -pl adapters/cli,benchmarks -am package -Dmaven.test.skip=true) >&2
  fi
  MJAR="$BENCH_DIR/jars/matrisk.jar"
  BJAR="$BENCH_DIR/jars/benchmarks.jar"
  # copy then rename: a JVM still running from an earlier snapshot keeps its file
  cp "$cli" "$MJAR.$$" && mv -f "$MJAR.$$" "$MJAR"
  cp "$bj" "$BJAR.$$" && mv -f "$BJAR.$$" "$BJAR"
}

# gen_input FILE TRUSTS TX_PER_TRUST SEED [extra generate options...]: generates FILE unless present
# (with FILE.meta holding the generator's summary line).
gen_input() {
  local file="$1" trusts="$2" tx="$3" seed="$4"; shift 4
  if [ -s "$file" ] && [ -s "$file.meta" ]; then
    log "input exists: $file ($(stat -c %s "$file") bytes)"
    return
  fi
  log "generating $file: --trusts $trusts --transactions-per-trust $tx --seed $seed $*"
  java -jar "$MJAR" generate --trusts "$trusts" --transactions-per-trust "$tx" --seed "$seed" "$@" --out "$file.tmp" 2> "$file.meta.tmp"
  mv "$file.tmp" "$file"
  mv "$file.meta.tmp" "$file.meta"
  cat "$file.meta" >&2
}

# transactions written, from the generator's summary line
meta_transactions() { grep -o '[0-9]* transactions' "$1.meta" | head -1 | cut -d' ' -f1; }

# busy CPU seconds of the whole machine so far (all cores; user+nice+system+irq+softirq+steal), from /proc/stat
cpu_busy() { awk '/^cpu /{ printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / 100 }' /proc/stat; }

# timed PREFIX CMD...: runs CMD under /usr/bin/time; stdout to PREFIX.out (or to $TIMED_OUT, e.g.
# TIMED_OUT=/dev/null timed ...), stderr to PREFIX.err; sets
# T_WALL T_USER T_SYS T_CPU (user+sys) T_RSS_KB T_RC, and T_OTHERS: the CPU the rest of the machine used
# meanwhile, in cores (busy CPU of all processes during the run, less this command's, over the wall time):
# 0 on an idle machine; on 2 cores, 1.0 means half the machine was taken by others.
timed() {
  local prefix="$1"; shift
  local busy0 busy1
  busy0=$(cpu_busy)
  set +e
  /usr/bin/time -f 'TIME wall=%e user=%U sys=%S maxrss_kb=%M' -o "$prefix.time" "$@" > "${TIMED_OUT:-$prefix.out}" 2> "$prefix.err"
  T_RC=$?
  set -e
  busy1=$(cpu_busy)
  local line
  line="$(grep '^TIME' "$prefix.time" | tail -1)"
  T_WALL="$(sed 's/.*wall=\([^ ]*\).*/\1/' <<<"$line")"
  T_USER="$(sed 's/.*user=\([^ ]*\).*/\1/' <<<"$line")"
  T_SYS="$(sed 's/.*sys=\([^ ]*\).*/\1/' <<<"$line")"
  T_RSS_KB="$(sed 's/.*maxrss_kb=\([^ ]*\).*/\1/' <<<"$line")"
  T_CPU=$(calc "$T_USER + $T_SYS" 2)
  T_OTHERS=$(calc "($busy1 - $busy0 - $T_CPU) / ($T_WALL > 0 ? $T_WALL : 1)" 2)
  case "$T_OTHERS" in -*) T_OTHERS=0.00 ;; esac
}

# calc EXPR: floating-point arithmetic
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }

# range v1 v2 ...: "min–max" (one decimal)
range() { printf '%s\n' "$@" | sort -g | awk 'NR==1{min=$1} {max=$1} END{ if (min==max) printf "%s", min; else printf "%s–%s", min, max }'; }
