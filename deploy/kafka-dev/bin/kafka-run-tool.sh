#!/usr/bin/env bash
# Runs one of Kafka's command-line tools from the jars kafka.sh fetched (target/lib), the way the
# bin/ scripts of a Kafka distribution do:  kafka-run-tool.sh <main class> [arguments]
# KAFKA_TOOL_HEAP (default -Xmx256m) and KAFKA_TOOL_JVM_FLAGS replace the JVM settings.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$HERE/target/lib"
[[ -f "$LIB/.complete" ]] || bash "$HERE/kafka.sh" fetch >&2
command -v java >/dev/null 2>&1 || { echo "kafka-dev: java not found (Java 17+ is needed)" >&2; exit 1; }
main="$1"
shift
read -r -a JVM <<<"${KAFKA_TOOL_JVM_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Djava.net.preferIPv4Stack=true}"
# shellcheck disable=SC2086 # the heap setting may hold several flags
exec java ${KAFKA_TOOL_HEAP:--Xmx256m} "${JVM[@]}" -Dlog4j2.configurationFile="$HERE/tools-log4j2.properties" \
  -cp "$LIB/*" "$main" "$@"
