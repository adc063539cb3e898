#!/usr/bin/env bash
# End-to-end throughput of `matrisk stream` (issue 15, item 6): a KRaft broker, the application (the shaded
# CLI jar, exactly-once, with the heap you set) and a producer/consumer harness, each a process of its own
# on this machine. The ledger is produced first; then the application starts and the harness drains its
# committed outputs (read_committed): events/s, CPU-s per event (app and broker, from /proc) and the app's
# peak RSS. At the end the application gets SIGTERM and must exit 0 after a clean close.
#
#   bench/kafka-throughput.sh [TRUSTS=40] [EVENTS_PER_TRUST=5000] [PARTITIONS=2]
# Environment: APP_HEAP (default 512m), APP_THREADS (num.stream.threads, default 2),
#   COMMIT_MS (commit.interval.ms, default 100: Kafka's exactly-once default), MATRISK_BUILD=1 to rebuild,
#   APP_JAVA_OPTS (more JVM options for the app, e.g. a JFR recording, or -XX:+UseG1GC instead of the launcher's ParallelGC), APP_PROPS (more lines for the app's properties, e.g. "matrisk.ledger.cached-payments=60000").
# Output: bench results in $MATRISK_BENCH_DIR/kafka-<time>/ (the app's stderr log there too).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUSTS="${1:-40}" PER="${2:-5000}" PARTS="${3:-2}"
# the collector ./matrisk gives `stream` (ParallelGC) unless APP_JAVA_OPTS names one
GC="-XX:+UseParallelGC"; case "${APP_JAVA_OPTS:-}" in *Use*GC*) GC="" ;; esac
HEAP="${APP_HEAP:-512m}" THREADS="${APP_THREADS:-2}" COMMIT_MS="${COMMIT_MS:-100}"
OUT="${MATRISK_BENCH_DIR:-${TMPDIR:-/tmp}/matrisk-bench}/kafka-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/result.txt" >&2; }

cd "$REPO"
JAR=adapters/cli/target/matrisk.jar
if [ "${MATRISK_BUILD:-0}" = 1 ] || [ ! -f "$JAR" ] || [ ! -f adapters/kafka-streams/target/cp.txt ]; then
  # the CLI jar, and the kafka-streams test classes (the broker and the harness) compiled on the way
  mvn -B -o -q -pl adapters/cli -am package -DskipTests
  (cd adapters/kafka-streams && mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt)
fi
cp "$JAR" "$OUT/matrisk.jar"     # snapshots: a rebuild during the run cannot change what is measured
cp -r adapters/kafka-streams/target/test-classes "$OUT/test-classes"
cp -r adapters/kafka-streams/target/classes "$OUT/classes"
CP="$OUT/test-classes:$OUT/classes:$(cat adapters/kafka-streams/target/cp.txt)"
QUIET=-Dorg.slf4j.simpleLogger.defaultLogLevel=error

log "machine: nproc=$(nproc); java=$(java -version 2>&1 | head -1); load(1/5/15)=$(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m $QUIET -cp "$CP" org.matrisk.kafka.KafkaBench broker "$OUT/broker" "$OUT/bootstrap" > "$OUT/broker.log" 2>&1 &
BROKER=$!
cleanup() { kill "$BROKER" 2>/dev/null || true; [ -n "${APP:-}" ] && kill -9 "$APP" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do [ -s "$OUT/bootstrap" ] && break; sleep 1; done
B="$(cat "$OUT/bootstrap")"
log "broker on $B (pid $BROKER)"
java -Xmx1g $QUIET -cp "$CP" org.matrisk.kafka.KafkaBench produce "$B" "$TRUSTS" "$PER" "$PARTS" | tee -a "$OUT/result.txt"
N=$(( TRUSTS * (PER + 1) ))

cat > "$OUT/stream.properties" <<PROPS
application.id=matrisk-bench
replication.factor=1
num.stream.threads=$THREADS
commit.interval.ms=$COMMIT_MS
consumer.auto.offset.reset=earliest
# Kafka Streams' exactly-once default is 10 s: on a machine shared with other work a commit can take longer,
# the broker aborts it, and the app spends its time being fenced and rebalancing
producer.transaction.timeout.ms=60000
matrisk.flows=documents,ledger
${APP_PROPS:-}
PROPS
log "app: java -Xmx$HEAP -jar matrisk.jar stream --config stream.properties ($THREADS threads, commit.interval.ms $COMMIT_MS)"
T0=$(date +%s.%N)
java -Xmx"$HEAP" $GC ${APP_JAVA_OPTS:-} -jar "$OUT/matrisk.jar" stream --bootstrap-servers "$B" --config "$OUT/stream.properties" \
  --state-dir "$OUT/state" --status-interval 10 2> "$OUT/app.log" &
APP=$!
java -Xmx512m $QUIET -cp "$CP" org.matrisk.kafka.KafkaBench drain "$B" "$N" "$APP" "$BROKER" | tee -a "$OUT/result.txt"
T1=$(date +%s.%N)
log "$(awk -v n="$N" -v a="$T0" -v b="$T1" 'BEGIN { printf "counting the app start-up: %d events in %.1f s = %.0f events/s", n, b - a, n / (b - a) }')"
log "app peak RSS: $(grep VmHWM /proc/$APP/status | awk '{print $2/1024 " MiB"}'); load(1/5/15)=$(cut -d' ' -f1-3 /proc/loadavg)"
grep "status:" "$OUT/app.log" | tail -2 | tee -a "$OUT/result.txt" || true
kill -TERM "$APP"
set +e; wait "$APP"; STATUS=$?; set -e
APP=
log "app exit status after SIGTERM: $STATUS"
log "results: $OUT/result.txt"
