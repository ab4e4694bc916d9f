#!/usr/bin/env bash
# npm run kafka:consume -- <topic> [console-consumer options]
#
# Prints every message of a topic from the beginning, one line each: partition, offset, key,
# the headers (the CloudEvents ce_* attributes, and the csg_dlq_* ones on dead letters) and the
# value, then keeps following the topic (Ctrl-C ends it; --max-messages N or --timeout-ms N stop
# it earlier). It connects with the same settings the services read:
#   KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME,
#   KAFKA_SASL_PASSWORD, KAFKA_SSL, KAFKA_SSL_CA_FILE, KAFKA_SSL_CERT_FILE, KAFKA_SSL_KEY_FILE,
#   KAFKA_SSL_REJECT_UNAUTHORIZED (false here only turns off the host name check).
# KAFKA_CONSUME_GROUP: the consumer group (default csg.reader.console-<time>-<pid>, a prefix the
# operator principal User:ops-dlq may use under the project's ACLs).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() { echo "kafka:consume: $*" >&2; exit 2; }
[[ $# -ge 1 && "$1" != -* ]] || die "usage: npm run kafka:consume -- <topic> [--max-messages N] [--timeout-ms N] [other kafka-console-consumer options]"
topic="$1"
shift

lower() { tr '[:upper:]' '[:lower:]' <<<"$1"; }
ssl="$(lower "${KAFKA_SSL:-}")"
if [[ -z "$ssl" ]]; then
  [[ -n "${KAFKA_SSL_CA_FILE:-}${KAFKA_SSL_CERT_FILE:-}" ]] && ssl=true || ssl=false
fi
mechanism="$(lower "${KAFKA_SASL_MECHANISM:-}")"

config="$(mktemp)"
keystore=""
cleanup() { rm -f "$config" ${keystore:+"$keystore"}; }
trap cleanup EXIT
chmod 600 "$config"

case "$ssl:${mechanism:+sasl}" in
  true:sasl) protocol=SASL_SSL ;;
  true:) protocol=SSL ;;
  false:sasl) protocol=SASL_PLAINTEXT ;;
  false:) protocol=PLAINTEXT ;;
  *) die "KAFKA_SSL must be true or false" ;;
esac
echo "security.protocol=$protocol" >>"$config"

if [[ -n "$mechanism" ]]; then
  case "$mechanism" in
    scram-sha-256) module=org.apache.kafka.common.security.scram.ScramLoginModule; m=SCRAM-SHA-256 ;;
    scram-sha-512) module=org.apache.kafka.common.security.scram.ScramLoginModule; m=SCRAM-SHA-512 ;;
    plain) module=org.apache.kafka.common.security.plain.PlainLoginModule; m=PLAIN ;;
    *) die "KAFKA_SASL_MECHANISM must be scram-sha-512, scram-sha-256 or plain" ;;
  esac
  [[ -n "${KAFKA_SASL_USERNAME:-}" && -n "${KAFKA_SASL_PASSWORD:-}" ]] \
    || die "KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are needed with KAFKA_SASL_MECHANISM"
  quote() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' <<<"$1"; }
  {
    echo "sasl.mechanism=$m"
    echo "sasl.jaas.config=$module required username=\"$(quote "$KAFKA_SASL_USERNAME")\" password=\"$(quote "$KAFKA_SASL_PASSWORD")\";"
  } >>"$config"
fi

if [[ "$ssl" == true ]]; then
  if [[ -n "${KAFKA_SSL_CA_FILE:-}" ]]; then
    [[ -r "$KAFKA_SSL_CA_FILE" ]] || die "cannot read KAFKA_SSL_CA_FILE=$KAFKA_SSL_CA_FILE"
    printf 'ssl.truststore.type=PEM\nssl.truststore.location=%s\n' "$KAFKA_SSL_CA_FILE" >>"$config"
  fi
  if [[ -n "${KAFKA_SSL_CERT_FILE:-}" ]]; then
    [[ -r "$KAFKA_SSL_CERT_FILE" && -r "${KAFKA_SSL_KEY_FILE:-}" ]] \
      || die "KAFKA_SSL_CERT_FILE needs a readable KAFKA_SSL_KEY_FILE (PKCS#8 PEM)"
    keystore="$(mktemp)"
    chmod 600 "$keystore"
    cat "$KAFKA_SSL_KEY_FILE" "$KAFKA_SSL_CERT_FILE" >"$keystore"
    printf 'ssl.keystore.type=PEM\nssl.keystore.location=%s\n' "$keystore" >>"$config"
  fi
  if [[ "$(lower "${KAFKA_SSL_REJECT_UNAUTHORIZED:-true}")" == false ]]; then
    echo "ssl.endpoint.identification.algorithm=" >>"$config"
  fi
fi

# Not exec: the trap removes the config (it may hold a password) when the consumer ends.
bash "$HERE/kafka-run-tool.sh" org.apache.kafka.tools.consumer.ConsoleConsumer \
  --bootstrap-server "${KAFKA_BROKERS:-127.0.0.1:9092}" \
  --consumer.config "$config" \
  --topic "$topic" --from-beginning \
  --group "${KAFKA_CONSUME_GROUP:-csg.reader.console-$(date +%s)-$$}" \
  --property print.partition=true --property print.offset=true \
  --property print.key=true --property print.headers=true --property print.value=true \
  "$@"
