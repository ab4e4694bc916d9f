#!/usr/bin/env bash
# Runs one of Kafka's command-line tools from the jars kafka.sh fetched (target/lib), the way the
# bin/ scripts of a Kafka distribution do:  kafka-run-tool.sh <main class> [arguments]
# KAFKA_TOOL_HEAP (default -Xmx256m) and KAFKA_TOOL_JVM_FLAGS replace the JVM settings.
# The first run saves a class-data-sharing archive (target/cds/tools-*.jsa) that later runs map,
# which halves a tool's start (the ACL script starts about 35 of them); KAFKA_DEV_CDS=0: none.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$HERE/target/lib"
[[ -f "$LIB/.complete" ]] || bash "$HERE/kafka.sh" fetch >&2
command -v java >/dev/null 2>&1 || { echo "kafka-dev: java not found (Java 17+ is needed)" >&2; exit 1; }
main="$1"
shift
read -r -a JVM <<<"${KAFKA_TOOL_JVM_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Djava.net.preferIPv4Stack=true}"

cds=()
archive=""
dump=""
if [[ "${KAFKA_DEV_CDS:-1}" == 1 ]]; then
  java_bin="$(readlink -f "$(command -v java)")"
  key="$(printf '%s %s %s' "$(cat "$LIB/.complete")" "$java_bin" "$(stat -c %Y "$java_bin")" | sha256sum | cut -c1-16)"
  archive="$HERE/target/cds/tools-$key.jsa"
  if [[ -s "$archive" ]]; then
    cds=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
  elif mkdir -p "$HERE/target/cds" 2>/dev/null; then
    dump="$archive.$$"
    cds=(-XX:ArchiveClassesAtExit="$dump" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
fi

status=0
# shellcheck disable=SC2086 # the heap setting may hold several flags
java ${KAFKA_TOOL_HEAP:--Xmx256m} "${JVM[@]}" "${cds[@]}" \
  -Dlog4j2.configurationFile="$HERE/tools-log4j2.properties" -cp "$LIB/*" "$main" "$@" || status=$?
if [[ -n "$dump" ]]; then
  # First one wins; a half-written archive (killed tool) is never kept.
  if [[ -s "$dump" && ! -s "$archive" ]]; then mv -f "$dump" "$archive"; else rm -f "$dump"; fi
fi
exit "$status"
