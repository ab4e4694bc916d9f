#!/usr/bin/env bash
# Topics and ACLs that keep the CyberSecureGov service topics internal (see README.md here).
#
#   kafka-acls.sh [all|topics|acls|remove|list]
#
#   all     (default) topics, then acls
#   topics  pre-create every topic the platform uses (idempotent: --if-not-exists)
#   acls    add the ACLs (adding an existing ACL is a no-op)
#   remove  remove the ACLs this script adds (topics are kept)
#   list    show the ACLs of every principal this script knows
#
# Environment:
#   BOOTSTRAP_SERVER    broker(s) to talk to, host:port[,host:port]         (required unless DRY_RUN=1)
#   COMMAND_CONFIG      admin client properties: the SASL/TLS settings of a super user (or a
#                       principal with Alter on the cluster and Create on the topics); see
#                       admin.properties.example                             (default: none)
#   KAFKA_BIN           folder with kafka-acls.sh and kafka-topics.sh        (default: found on PATH,
#                                                                             else /opt/kafka/bin)
#   DRY_RUN=1           print the commands instead of running them
#   PARTITIONS          partitions of every topic; caps each consumer group's parallelism (default 6)
#   REPLICATION_FACTOR  replicas of every topic                              (default 3)
#   MIN_INSYNC_REPLICAS min.insync.replicas of every topic (the services produce with acks=all)
#                                                                            (default 2, 1 when RF is 1)
#   DLQ_RETENTION_MS    retention of the dead-letter topics, so operators have time to look at
#                       them                                                 (default 30 days)
#   GRANT_CREATE=1      also let each service create its own topics (then `topics` is optional);
#                       default 0: topics are pre-created here and no service may create topics
#   CONSUMES_<SERVICE>  services whose topic <service> reads, space-separated, or "none";
#                       default: DEFAULT_CONSUMES below, the topics of the event types its
#                       handlers take (a service missing there reads every other service's).
#   INTEGRATIONS        integration principals and the curated topics each may read:
#                       "name:clear,green other:clear" gives User:integration-name Read on
#                       csg.integration.clear and csg.integration.green, and User:integration-other
#                       Read on csg.integration.clear; each gets consumer groups integration.<name>.*
#                                                                            (default: none)
#
# Principals (SASL/SCRAM user names, or mTLS certificate names mapped by
# ssl.principal.mapping.rules): User:agencies, User:sessions, User:exchange, User:notifications,
# User:maturity, User:ops-dlq (the operator's dead-letter tool), User:integration-<name>.
set -euo pipefail

SERVICES=(agencies sessions exchange notifications maturity)
# The topics a service's consumer group reads, when CONSUMES_<SERVICE> is not set: those of the
# event types its handlers take (apps/<service>/src, @OnIntegrationEvent). A service not listed
# reads every other service's topic.
# "none": the service handles no other service's events (its consumer reads only its own replay
# topic). A test (apps/embedded/src/deploy-manifests.spec.ts) keeps this table equal to what the
# handlers take, libs/auth's membership projection included.
declare -A DEFAULT_CONSUMES=(
  [agencies]="none"                                  # authorises from its own members table
  [sessions]="agencies"                              # agency directory, memberships
  [exchange]="agencies sessions"                     # memberships, known sessions (ADR 50)
  [notifications]="agencies sessions exchange maturity" # every platform event (integration feed)
  [maturity]="agencies sessions exchange"            # agency directory, session attendance, practices
)
# Services whose consumer group also reads their own topic: notifications logs every platform
# event, its own announcements and webhook events included, for the integration feed
# (apps/notifications/src/event-feed), so it subscribes to csg.notifications too.
READS_OWN_TOPIC=(notifications)
MARKINGS=(clear green)

ACTION="${1:-all}"
DRY_RUN="${DRY_RUN:-0}"
PARTITIONS="${PARTITIONS:-6}"
REPLICATION_FACTOR="${REPLICATION_FACTOR:-3}"
if [[ "$REPLICATION_FACTOR" == 1 ]]; then MIN_INSYNC_DEFAULT=1; else MIN_INSYNC_DEFAULT=2; fi
MIN_INSYNC_REPLICAS="${MIN_INSYNC_REPLICAS:-$MIN_INSYNC_DEFAULT}"
DLQ_RETENTION_MS="${DLQ_RETENTION_MS:-2592000000}"
GRANT_CREATE="${GRANT_CREATE:-0}"
INTEGRATIONS="${INTEGRATIONS:-}"

die() { echo "kafka-acls: $*" >&2; exit 1; }

# --- where the Kafka tools are ------------------------------------------------------------------
if [[ -n "${KAFKA_BIN:-}" ]]; then
  ACLS_CMD="$KAFKA_BIN/kafka-acls.sh"
  TOPICS_CMD="$KAFKA_BIN/kafka-topics.sh"
elif command -v kafka-acls.sh >/dev/null 2>&1; then
  ACLS_CMD=kafka-acls.sh
  TOPICS_CMD=kafka-topics.sh
else
  ACLS_CMD=/opt/kafka/bin/kafka-acls.sh
  TOPICS_CMD=/opt/kafka/bin/kafka-topics.sh
fi

if [[ "$DRY_RUN" == 1 ]]; then
  BOOTSTRAP_SERVER="${BOOTSTRAP_SERVER:-\$BOOTSTRAP_SERVER}"
else
  [[ -n "${BOOTSTRAP_SERVER:-}" ]] || die "BOOTSTRAP_SERVER is not set (host:port of the brokers)"
  [[ -x "$ACLS_CMD" ]] || command -v "$ACLS_CMD" >/dev/null 2>&1 \
    || die "kafka-acls.sh not found: set KAFKA_BIN to the bin/ folder of a Kafka 4.x distribution"
fi

CONNECT=(--bootstrap-server "$BOOTSTRAP_SERVER")
if [[ -n "${COMMAND_CONFIG:-}" ]]; then
  [[ "$DRY_RUN" == 1 || -r "$COMMAND_CONFIG" ]] || die "cannot read COMMAND_CONFIG=$COMMAND_CONFIG"
  CONNECT+=(--command-config "$COMMAND_CONFIG")
fi

# --- helpers ------------------------------------------------------------------------------------
run() {
  if [[ "$DRY_RUN" == 1 ]]; then
    # Shell-quoted, except that the $BOOTSTRAP_SERVER placeholder stays a variable.
    # shellcheck disable=SC2016
    printf '%q ' "$@" | sed -e 's/ $//' -e 's/\\\$BOOTSTRAP_SERVER/$BOOTSTRAP_SERVER/g'
    echo
  else
    "$@"
  fi
}

note() { echo "# $*"; }

ACL_MODE=(--add)
acl() { run "$ACLS_CMD" "${CONNECT[@]}" "${ACL_MODE[@]}" "$@"; }

topic() { # topic NAME [--config k=v ...]
  local name="$1"
  shift
  run "$TOPICS_CMD" "${CONNECT[@]}" --create --if-not-exists --topic "$name" \
    --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" \
    --config "min.insync.replicas=$MIN_INSYNC_REPLICAS" "$@"
}

service_topic() { echo "csg.$1"; }
group_of() { echo "csg.$1"; }                     # a service's consumer group
dlq_topic() { echo "csg.dlq.$(group_of "$1")"; }  # that group's dead letters
replay_topic() { echo "csg.replay.$(group_of "$1")"; }

consumed_by() { # the services whose topic $1 reads
  local service="$1" variable
  variable="CONSUMES_${service^^}"
  if [[ -n "${!variable:-}" ]]; then
    [[ "${!variable}" == none ]] || echo "${!variable}"
  elif [[ -n "${DEFAULT_CONSUMES[$service]:-}" ]]; then
    [[ "${DEFAULT_CONSUMES[$service]}" == none ]] || echo "${DEFAULT_CONSUMES[$service]}"
  else
    local other
    for other in "${SERVICES[@]}"; do [[ "$other" != "$service" ]] && printf '%s ' "$other"; done
    echo
  fi
}

integration_names() {
  local entry
  for entry in $INTEGRATIONS; do echo "${entry%%:*}"; done
}

integration_markings() { # the markings integration $1 may read
  local entry
  for entry in $INTEGRATIONS; do
    if [[ "${entry%%:*}" == "$1" ]]; then
      [[ "$entry" == *:* ]] || die "INTEGRATIONS entry '$entry' has no markings (name:clear[,green])"
      echo "${entry#*:}" | tr ',' ' '
    fi
  done
}

validate() {
  local service other entry marking name
  for service in "${SERVICES[@]}"; do
    for other in $(consumed_by "$service"); do
      [[ " ${SERVICES[*]} " == *" $other "* ]] || die "CONSUMES_${service^^}: unknown service '$other'"
      [[ "$other" != "$service" ]] || die "CONSUMES_${service^^}: a service does not consume its own topic"
    done
  done
  for entry in $INTEGRATIONS; do
    name="${entry%%:*}"
    [[ "$name" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "integration name '$name': use lower-case letters, digits and dashes"
    for marking in $(integration_markings "$name"); do
      [[ " ${MARKINGS[*]} " == *" $marking "* ]] || die "integration '$name': unknown marking '$marking' (clear, green)"
    done
  done
}

# --- topics -------------------------------------------------------------------------------------
create_topics() {
  local service marking
  note "Topics: $PARTITIONS partitions, replication factor $REPLICATION_FACTOR, min.insync.replicas $MIN_INSYNC_REPLICAS"
  for service in "${SERVICES[@]}"; do
    note "$service: its event topic, its consumer group's dead letters and replays"
    topic "$(service_topic "$service")"
    topic "$(dlq_topic "$service")" --config "retention.ms=$DLQ_RETENTION_MS"
    topic "$(replay_topic "$service")"
  done
  note "curated integration topics (written by notifications only)"
  for marking in "${MARKINGS[@]}"; do topic "csg.integration.$marking"; done
}

# --- ACLs ---------------------------------------------------------------------------------------
service_acls() {
  local service="$1" principal="User:$1" other consumed=()
  note "---- $principal (consumer group $(group_of "$service"))"

  if [[ " ${READS_OWN_TOPIC[*]} " == *" $service "* ]]; then
    note "1. produce its own event topic (Write; Describe to look it up) and consume it (Read)"
    acl --allow-principal "$principal" --operation Write --operation Read --operation Describe \
      --topic "$(service_topic "$service")"
  else
    note "1. produce its own event topic (Write; Describe to look it up)"
    acl --allow-principal "$principal" --operation Write --operation Describe --topic "$(service_topic "$service")"
  fi

  for other in $(consumed_by "$service"); do consumed+=(--topic "$(service_topic "$other")"); done
  if ((${#consumed[@]} > 0)); then
    note "2. consume the other services' event topics (Read, Describe)"
    acl --allow-principal "$principal" --operation Read --operation Describe "${consumed[@]}"
  fi

  note "3. join and commit offsets in its own consumer group only"
  acl --allow-principal "$principal" --operation Read --operation Describe --group "$(group_of "$service")"

  note "4. its dead-letter topic: written through its outbox relay; Read to list its own dead letters"
  acl --allow-principal "$principal" --operation Write --operation Read --operation Describe --topic "$(dlq_topic "$service")"

  note "5. its replay topic: read by its consumer group; Write to replay its own dead letters"
  acl --allow-principal "$principal" --operation Write --operation Read --operation Describe --topic "$(replay_topic "$service")"

  if [[ "$service" == notifications ]]; then
    note "6. notifications alone writes the curated integration topics"
    acl --allow-principal "$principal" --operation Write --operation Describe \
      --topic csg.integration.clear --topic csg.integration.green
  fi

  if [[ "$GRANT_CREATE" == 1 ]]; then
    local own=(--topic "$(service_topic "$service")" --topic "$(dlq_topic "$service")" --topic "$(replay_topic "$service")")
    [[ "$service" == notifications ]] && own+=(--topic csg.integration.clear --topic csg.integration.green)
    note "7. GRANT_CREATE=1: create its own topics at start"
    acl --allow-principal "$principal" --operation Create "${own[@]}"
  fi
}

ops_dlq_acls() {
  local principal="User:ops-dlq"
  note "---- $principal: the operator's dead-letter tool (npm run dlq), for every consumer group"
  note "list dead letters: Read on every csg.dlq.* topic"
  acl --allow-principal "$principal" --operation Read --operation Describe \
    --resource-pattern-type prefixed --topic csg.dlq.
  note "replay them to the one group that failed them: Write on every csg.replay.* topic"
  acl --allow-principal "$principal" --operation Write --operation Describe \
    --resource-pattern-type prefixed --topic csg.replay.
  note "it reads through throw-away consumer groups csg.reader.<uuid> and deletes them afterwards"
  acl --allow-principal "$principal" --operation Read --operation Describe --operation Delete \
    --resource-pattern-type prefixed --group csg.reader.
}

integration_acls() {
  local name="$1" principal="User:integration-$1" marking topics=()
  for marking in $(integration_markings "$name"); do topics+=(--topic "csg.integration.$marking"); done
  note "---- $principal: reads $(integration_markings "$name")"
  note "read the curated topics it is cleared for, nothing else"
  acl --allow-principal "$principal" --operation Read --operation Describe "${topics[@]}"
  note "its own consumer groups, integration.$name.*"
  acl --allow-principal "$principal" --operation Read --operation Describe \
    --resource-pattern-type prefixed --group "integration.$name."
}

all_acls() {
  local service name
  for service in "${SERVICES[@]}"; do service_acls "$service"; done
  ops_dlq_acls
  for name in $(integration_names); do integration_acls "$name"; done
}

list_acls() {
  local principal
  for principal in "${SERVICES[@]}" ops-dlq $(integration_names | sed 's/^/integration-/'); do
    note "---- User:$principal"
    run "$ACLS_CMD" "${CONNECT[@]}" --list --principal "User:$principal"
  done
}

validate
case "$ACTION" in
  all)
    create_topics
    all_acls
    ;;
  topics) create_topics ;;
  acls) all_acls ;;
  remove)
    ACL_MODE=(--remove --force)
    all_acls
    ;;
  list) list_acls ;;
  *) die "unknown action '$ACTION' (all, topics, acls, remove, list)" ;;
esac
