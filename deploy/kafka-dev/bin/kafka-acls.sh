#!/usr/bin/env bash
# kafka-acls.sh of a Kafka distribution, from the jars in ../target/lib.
exec bash "$(dirname "${BASH_SOURCE[0]}")/kafka-run-tool.sh" org.apache.kafka.tools.AclCommand "$@"
