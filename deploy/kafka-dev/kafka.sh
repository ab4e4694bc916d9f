#!/usr/bin/env bash
# Single-node Apache Kafka (KRaft, combined broker+controller) for tests and local runs,
# straight from Kafka's own jars (fetched by Maven into target/lib), no Docker.
#
#   kafka.sh fetch | start | stop | status | consume <topic> [console-consumer options]
#
# Environment (all optional):
#   KAFKA_DEV_PORT             broker port on 127.0.0.1            (default 9092)
#   KAFKA_DEV_CONTROLLER_PORT  KRaft controller port on 127.0.0.1  (default port+1000, or the
#                              one recorded in the state dir when it was formatted)
#   KAFKA_DEV_DIR              state dir: data, logs, pid          (default deploy/kafka-dev/.run/<port>)
#   KAFKA_DEV_HEAP             JVM heap flags                      (default "-Xmx512m -Xms256m")
#   KAFKA_DEV_START_TIMEOUT    seconds to wait for readiness       (default 60)
#   KAFKA_DEV_JVM_FLAGS        other JVM flags, replace the defaults below
#   KAFKA_DEV_CDS=0            no class-data-sharing archive (see cds_flag)
#   KAFKA_DEV_SECURITY         plaintext (default) or sasl_ssl: a broker as a production cluster
#                              runs it (see security.sh): SASL/SCRAM-SHA-512 over TLS with a
#                              throw-away test CA, SCRAM users per service, the StandardAuthorizer
#                              and deploy/kafka-acls/kafka-acls.sh applied. Fixed when the state
#                              dir is formatted.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIB="$HERE/target/lib"
MARKER="$LIB/.complete"

PORT="${KAFKA_DEV_PORT:-9092}"
# Absolute, so the pid check below matches however the dir was spelled.
DIR="$(realpath -m "${KAFKA_DEV_DIR:-$HERE/.run/$PORT}")"
HEAP="${KAFKA_DEV_HEAP:--Xmx512m -Xms256m}"
START_TIMEOUT="${KAFKA_DEV_START_TIMEOUT:-60}"
STOP_TIMEOUT=20
# Fast start for a short-lived test broker: C1 only, serial GC, no JIT warm-up wait.
# KAFKA_DEV_JVM_FLAGS replaces these (space separated).
read -r -a JVM_FLAGS <<<"${KAFKA_DEV_JVM_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true}"

PID_FILE="$DIR/kafka.pid"
CDS_DUMP="$DIR/cds-dump.jsa"
LOG_DIR="$DIR/logs"
DATA_DIR="$DIR/data"
PROPS="$DIR/server.properties"
CPORT_FILE="$DIR/controller.port"
SECURITY_FILE="$DIR/security.mode"
SECURITY="${KAFKA_DEV_SECURITY:-}"
if [[ -z "$SECURITY" && -s "$SECURITY_FILE" ]]; then SECURITY="$(cat "$SECURITY_FILE")"; fi
SECURITY="${SECURITY:-plaintext}"

die() { echo "kafka-dev: $*" >&2; exit 1; }
say() { echo "kafka-dev: $*"; }

# kill -0 also succeeds on a zombie (an exited process nobody reaped yet): not alive.
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$1/stat" 2>/dev/null || echo X)"
  [[ "$state" != Z && "$state" != X ]]
}

need_java() {
  command -v java >/dev/null 2>&1 \
    || die "java not found. Install Java 17+ and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), or set KAFKA_BROKERS to an existing Kafka broker."
}

need_mvn() {
  command -v mvn >/dev/null 2>&1 \
    || die "mvn not found (needed once to fetch Kafka's jars). Install Java 17+ and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), or set KAFKA_BROKERS to an existing Kafka broker."
}

check_port() {
  if ! [[ "$1" =~ ^[0-9]+$ ]] || (($1 < 1 || $1 > 65535)); then die "invalid port: $1"; fi
}

controller_port() {
  if [[ -n "${KAFKA_DEV_CONTROLLER_PORT:-}" ]]; then
    echo "$KAFKA_DEV_CONTROLLER_PORT"
  elif [[ -s "$CPORT_FILE" ]]; then
    cat "$CPORT_FILE"
  elif ((PORT + 1000 < 65536)); then
    echo $((PORT + 1000))
  else
    echo $((PORT - 1000))
  fi
}

fingerprint() { sha256sum "$HERE/pom.xml" | cut -d' ' -f1; }

# Class-data sharing: the first broker run dumps the classes it loaded (at exit, on a clean
# stop) into an archive that later JVMs map, which halves start-up time. The archive only
# fits the same jars and the same JDK, hence the key. KAFKA_DEV_CDS=0 turns it off.
cds_archive() {
  local java_bin key
  java_bin="$(readlink -f "$(command -v java)")"
  key="$(printf '%s %s %s' "$(cat "$MARKER" 2>/dev/null)" "$java_bin" "$(stat -c %Y "$java_bin")" \
    | sha256sum | cut -c1-16)"
  echo "$HERE/target/cds/kafka-$key.jsa"
}

# Prints the CDS flag for a JVM: use the archive if there is one, else (broker only) dump one.
cds_flag() {
  [[ "${KAFKA_DEV_CDS:-1}" == 1 ]] || return 0
  local archive
  archive="$(cds_archive)"
  if [[ -s "$archive" ]]; then
    echo "-XX:SharedArchiveFile=$archive"
  elif [[ "$1" == broker ]]; then
    rm -f "$CDS_DUMP"
    echo "-XX:ArchiveClassesAtExit=$CDS_DUMP"
  fi
}

# After a clean stop, keep the archive the broker dumped (first one wins).
cds_keep() {
  [[ -s "$CDS_DUMP" ]] || return 0
  local archive
  archive="$(cds_archive)"
  if [[ ! -s "$archive" ]]; then
    mkdir -p "$(dirname "$archive")"
    mv -f "$CDS_DUMP" "$archive.$$" && mv -f "$archive.$$" "$archive"
  fi
  rm -f "$CDS_DUMP"
}

fetch() {
  if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$(fingerprint)" ]]; then
    return 0
  fi
  need_java
  need_mvn
  mkdir -p "$HERE/target"
  (
    # Several test processes may start at once: one fetch at a time.
    command -v flock >/dev/null 2>&1 && { exec 9>"$HERE/target/.fetch.lock"; flock 9; }
    if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$(fingerprint)" ]]; then exit 0; fi
    say "fetching Kafka jars with Maven into $LIB ..."
    # Into a staging folder first: a broker may be running from $LIB right now (another test run,
    # the shared broker), so $LIB is never emptied; new jars are added, unwanted ones removed.
    staging="$HERE/target/lib.fetch"
    rm -rf "$staging"
    if ! (cd "$HERE" && mvn -q -B -ntp -Dstyle.color=never -Dlib.dir="$staging" package >"$HERE/target/fetch.log" 2>&1); then
      cat "$HERE/target/fetch.log" >&2
      die "Maven could not fetch Kafka's jars (see the output above)."
    fi
    mkdir -p "$LIB"
    for jar in "$staging"/*.jar; do
      [[ -e "$LIB/${jar##*/}" ]] || cp "$jar" "$LIB/"
    done
    for jar in "$LIB"/*.jar; do
      [[ -e "$staging/${jar##*/}" ]] || rm -f "$jar"
    done
    rm -rf "$staging"
    fingerprint >"$MARKER"
  )
}

# True when a Kafka broker really answers on 127.0.0.1:$1: send an ApiVersions v0 request
# (correlation id 42) and expect a response with that id and error code 0. A bare TCP connect
# is not enough: Kafka binds its port long before it processes requests.
probe() {
  if [[ "$SECURITY" == sasl_ssl ]]; then
    sec_probe "$1"
    return
  fi
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x00\x00\x00\x0e\x00\x12\x00\x00\x00\x00\x00\x2a\x00\x04kdev" >&3
    resp="$(timeout 2 head -c 10 <&3 | od -An -tx1 | tr -d " \n")"
    [[ "${resp:8:12}" == "0000002a0000" ]]
  ' probe "$1" 2>/dev/null
}

# Pid of our broker for this state dir, or nothing (a stale pid file is removed).
broker_pid() {
  [[ -s "$PID_FILE" ]] || return 0
  local pid
  pid="$(cat "$PID_FILE")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$PROPS"; then
    echo "$pid"
  else
    rm -f "$PID_FILE"
  fi
}

write_props() {
  local cport="$1"
  {
    echo "# Written by deploy/kafka-dev/kafka.sh on every start; edits are overwritten."
    echo "process.roles=broker,controller"
    echo "node.id=1"
    if [[ "$SECURITY" == sasl_ssl ]]; then
      sec_listener_props "$cport"
    else
      cat <<EOF
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
EOF
    fi
    cat <<EOF
controller.listener.names=CONTROLLER
controller.quorum.bootstrap.servers=127.0.0.1:$cport
log.dirs=$DATA_DIR

# Single-node test broker.
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=5
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=24
EOF
  } >"$PROPS"
}

format_storage() {
  local cport="$1"
  [[ -f "$DATA_DIR/meta.properties" ]] && return 0
  local cluster_id
  # A Kafka cluster id is 16 random bytes in base64url. One that starts with '-' would be read as
  # an option by the storage tool, so the first character is kept alphanumeric.
  cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  case "$cluster_id" in -*|_*) cluster_id="A${cluster_id:1}" ;; esac
  say "formatting $DATA_DIR (cluster $cluster_id)"
  local cds=()
  mapfile -t cds < <(cds_flag format)
  local scram=()
  [[ "$SECURITY" == sasl_ssl ]] && mapfile -t scram < <(sec_scram_args)
  java -Xmx256m "${JVM_FLAGS[@]}" "${cds[@]}" -Dlog4j2.configurationFile="$HERE/log4j2.properties" \
    -Dkafka.logs.dir="$LOG_DIR" -cp "$LIB/*" kafka.tools.StorageTool \
    format --config "$PROPS" --cluster-id "$cluster_id" --standalone --ignore-formatted "${scram[@]}" \
    >"$LOG_DIR/format.log" 2>&1 || {
    cat "$LOG_DIR/format.log" >&2
    die "formatting the storage in $DATA_DIR failed"
  }
  echo "$cport" >"$CPORT_FILE"
  echo "$SECURITY" >"$SECURITY_FILE"
}

show_log_tail() {
  echo "---- last lines of $LOG_DIR/server.log ----" >&2
  tail -n 40 "$LOG_DIR/server.log" >&2 2>/dev/null || true
  if [[ -s "$LOG_DIR/stdout.log" ]]; then
    echo "---- last lines of $LOG_DIR/stdout.log ----" >&2
    tail -n 20 "$LOG_DIR/stdout.log" >&2
  fi
}

start() {
  check_port "$PORT"
  need_java
  local pid cport
  pid="$(broker_pid)"
  if [[ -n "$pid" ]] && probe "$PORT"; then
    say "already running (pid $pid)"
    echo "Kafka broker ready on 127.0.0.1:$PORT"
    return 0
  fi
  [[ -n "$pid" ]] && die "a broker (pid $pid) is running for $DIR but does not answer on $PORT; run 'kafka.sh stop' first"
  fetch
  cport="$(controller_port)"
  check_port "$cport"
  [[ "$cport" != "$PORT" ]] || die "broker and controller ports are both $PORT"
  for p in "$PORT" "$cport"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      die "port $p is already in use by another process (set KAFKA_DEV_PORT / KAFKA_DEV_CONTROLLER_PORT)"
    fi
  done

  mkdir -p "$DATA_DIR" "$LOG_DIR"
  [[ "$SECURITY" == plaintext || "$SECURITY" == sasl_ssl ]] \
    || die "KAFKA_DEV_SECURITY must be plaintext or sasl_ssl, not $SECURITY"
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    local formatted
    formatted="$(cat "$SECURITY_FILE" 2>/dev/null || echo plaintext)"
    [[ "$formatted" == "$SECURITY" ]] || die "$DIR was formatted for $formatted, not $SECURITY; use another KAFKA_DEV_DIR"
  fi
  if [[ "$SECURITY" == sasl_ssl ]]; then sec_prepare; fi
  write_props "$cport"
  format_storage "$cport"

  local log="$LOG_DIR/server.log" from=0
  [[ -f "$log" ]] && from="$(stat -c %s "$log")"
  local cds=()
  mapfile -t cds < <(cds_flag broker)
  # The inner bash writes its pid (= the JVM's, after exec) so we never track a wrapper.
  # shellcheck disable=SC2086,SC2016 # HEAP holds several flags on purpose; $$ is the inner one
  nohup setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
    java $HEAP "${JVM_FLAGS[@]}" "${cds[@]}" \
    -Dlog4j2.configurationFile="$HERE/log4j2.properties" -Dkafka.logs.dir="$LOG_DIR" \
    -cp "$LIB/*" kafka.Kafka "$PROPS" \
    </dev/null >"$LOG_DIR/stdout.log" 2>&1 &

  local deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    sleep 0.2
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if [[ -n "$pid" ]] && ! alive "$pid"; then
      rm -f "$PID_FILE"
      show_log_tail
      die "the broker exited during start"
    fi
    # "Kafka Server started" is logged once the broker is unfenced and serving.
    if [[ -f "$log" ]] && tail -c +"$((from + 1))" "$log" | grep -q "Kafka Server started" \
      && probe "$PORT"; then
      if [[ "$SECURITY" == sasl_ssl ]]; then
        sec_apply_acls || { stop >&2 || true; die "applying the ACLs failed"; }
        echo "Kafka broker ready on 127.0.0.1:$PORT (SASL_SSL, credentials in $SEC_DIR)"
      else
        echo "Kafka broker ready on 127.0.0.1:$PORT"
      fi
      return 0
    fi
  done
  show_log_tail
  stop >&2 || true
  die "the broker did not become ready within ${START_TIMEOUT}s"
}

stop() {
  local pid
  pid="$(broker_pid)"
  if [[ -z "$pid" ]]; then
    say "not running ($DIR)"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  if alive "$pid"; then
    say "broker (pid $pid) still alive after ${STOP_TIMEOUT}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while alive "$pid"; do sleep 0.1; done
    rm -f "$CDS_DUMP" # possibly cut short
  fi
  rm -f "$PID_FILE"
  cds_keep
  say "stopped (pid $pid)"
}

status() {
  local pid
  pid="$(broker_pid)"
  if [[ -n "$pid" ]] && probe "$PORT"; then
    say "running on 127.0.0.1:$PORT (pid $pid, dir $DIR)"
    return 0
  fi
  if [[ -n "$pid" ]]; then
    say "process $pid is alive but the broker does not answer on 127.0.0.1:$PORT"
  else
    say "not running ($DIR)"
  fi
  return 1
}

# shellcheck source=security.sh
source "$HERE/security.sh"

case "${1:-}" in
  fetch) fetch && say "jars ready in $LIB" ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  consume)
    shift
    fetch >&2
    exec bash "$HERE/bin/kafka-consume.sh" "$@"
    ;;
  *)
    echo "usage: $0 fetch|start|stop|status|consume <topic>" >&2
    exit 2
    ;;
esac
