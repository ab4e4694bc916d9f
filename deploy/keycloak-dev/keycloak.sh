#!/usr/bin/env bash
# Keycloak for local sign-in and the OIDC test suite, straight from the Quarkus distribution
# fetched by Maven into target/ (no Docker). Dev mode, in-memory database, HTTP on loopback only,
# the project's realm (deploy/keycloak/csg-realm.json) imported at every start.
#
#   keycloak.sh fetch | start | stop | status
#
# Environment (all optional):
#   KEYCLOAK_DEV_PORT            HTTP port on 127.0.0.1                    (default 8180)
#   KEYCLOAK_DEV_DIR             state dir: log, pid                        (default deploy/keycloak-dev/.run/<port>)
#   KEYCLOAK_DEV_REALM_FILE      realm export to import                     (default deploy/keycloak/csg-realm.json)
#   KEYCLOAK_DEV_ADMIN           bootstrap admin of the master realm        (default admin)
#   KEYCLOAK_DEV_ADMIN_PASSWORD  its password (loopback only, dev only)     (default admin)
#   KEYCLOAK_DEV_START_TIMEOUT   seconds to wait until the realm answers    (default 180)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$HERE/pom.xml")"
HOME_DIR="$HERE/target/keycloak-$VERSION"
MARKER="$HOME_DIR/.complete"

PORT="${KEYCLOAK_DEV_PORT:-8180}"
DIR="$(realpath -m "${KEYCLOAK_DEV_DIR:-$HERE/.run/$PORT}")"
REALM_FILE="$(realpath -m "${KEYCLOAK_DEV_REALM_FILE:-$HERE/../keycloak/csg-realm.json}")"
START_TIMEOUT="${KEYCLOAK_DEV_START_TIMEOUT:-180}"
PID_FILE="$DIR/keycloak.pid"
LOG_FILE="$DIR/keycloak.log"

die() { echo "keycloak-dev: $*" >&2; exit 1; }
say() { echo "keycloak-dev: $*"; }

need_tools() {
  command -v java >/dev/null 2>&1 \
    || die "java not found. Install Java 17+ and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), or point OIDC_* at an existing identity provider."
  command -v mvn >/dev/null 2>&1 || [[ -f "$MARKER" ]] \
    || die "mvn not found (needed once to fetch Keycloak from Maven Central). Install Maven (e.g. apt-get install maven)."
}

check_port() {
  if ! [[ "$1" =~ ^[0-9]+$ ]] || (($1 < 1 || $1 > 65534)); then die "invalid port: $1"; fi
}

fetch() {
  [[ -f "$MARKER" ]] && return 0
  need_tools
  mkdir -p "$HERE/target"
  (
    # Several test processes may start at once: one fetch at a time.
    command -v flock >/dev/null 2>&1 && { exec 9>"$HERE/target/.fetch.lock"; flock 9; }
    [[ -f "$MARKER" ]] && exit 0
    say "fetching Keycloak $VERSION with Maven into $HOME_DIR (about 160 MB, once) ..."
    if ! (cd "$HERE" && mvn -q -B -ntp -Dstyle.color=never package >"$HERE/target/fetch.log" 2>&1); then
      cat "$HERE/target/fetch.log" >&2
      die "Maven could not fetch Keycloak (see the output above)."
    fi
    [[ -x "$HOME_DIR/bin/kc.sh" ]] || die "the fetched distribution has no bin/kc.sh under $HOME_DIR"
    touch "$MARKER"
  )
}

# The process group we started (the launcher forks the JVM; both are in the group).
group_id() {
  [[ -s "$PID_FILE" ]] || return 0
  local pid
  pid="$(cat "$PID_FILE")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && pgrep -g "$pid" >/dev/null 2>&1; then echo "$pid"; else rm -f "$PID_FILE"; fi
}

realm_answers() {
  curl -fs -o /dev/null --max-time 3 "http://127.0.0.1:$PORT/realms/csg/.well-known/openid-configuration"
}

start() {
  check_port "$PORT"
  fetch
  need_tools
  mkdir -p "$DIR"
  if [[ -n "$(group_id)" ]]; then
    say "already running on 127.0.0.1:$PORT (pid $(cat "$PID_FILE"))"
    return 0
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is already in use"; fi
  [[ -f "$REALM_FILE" ]] || die "realm file not found: $REALM_FILE"
  mkdir -p "$HOME_DIR/data/import"
  rm -f "$HOME_DIR"/data/import/*.json
  cp "$REALM_FILE" "$HOME_DIR/data/import/csg-realm.json"
  say "starting Keycloak $VERSION on 127.0.0.1:$PORT (log: $LOG_FILE) ..."
  local started=$SECONDS
  KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_DEV_ADMIN:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_DEV_ADMIN_PASSWORD:-admin}" \
    setsid "$HOME_DIR/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$PORT" \
    --http-management-port="$((PORT + 1))" \
    --db=dev-mem --import-realm \
    --hostname-strict=false \
    >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  while ! realm_answers; do
    if [[ -z "$(group_id)" ]]; then
      tail -n 40 "$LOG_FILE" >&2
      die "Keycloak exited during start-up (log above)"
    fi
    if ((SECONDS - started > START_TIMEOUT)); then
      tail -n 40 "$LOG_FILE" >&2
      stop >/dev/null || true
      die "Keycloak did not answer within ${START_TIMEOUT}s"
    fi
    sleep 0.5
  done
  say "Keycloak ready on http://127.0.0.1:$PORT (realm csg) after $((SECONDS - started)) s"
}

stop() {
  local pgid
  pgid="$(group_id)"
  if [[ -z "$pgid" ]]; then
    say "not running on $PORT"
    return 0
  fi
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    pgrep -g "$pgid" >/dev/null 2>&1 || break
    sleep 0.5
  done
  pgrep -g "$pgid" >/dev/null 2>&1 && kill -KILL -- "-$pgid" 2>/dev/null || true
  rm -f "$PID_FILE"
  say "stopped"
}

status() {
  if [[ -n "$(group_id)" ]] && realm_answers; then
    say "running on http://127.0.0.1:$PORT (pid $(cat "$PID_FILE"))"
  else
    say "not running on $PORT"
    return 1
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: keycloak.sh fetch|start|stop|status" ;;
esac
