#!/bin/sh
# Entrypoint of the csg-backend image (runs under tini, from /app).
#
#   serve               (default) the service named by $SERVICE:
#                       node dist/apps/$SERVICE/src/main.js
#   migrate [svc...]    pending migrations, then exit (node dist/libs/persistence/src/cli/migrate.js);
#                       one service with DATABASE_URL, or several with <SERVICE>_DATABASE_URL each
#   dlq [args...]       the operator's dead-letter tool (node dist/libs/messaging/src/cli/dlq.js)
#   anything else       executed as given (e.g. `node -e ...` for debugging)
set -eu

command="${1:-serve}"
[ "$#" -gt 0 ] && shift

case "$command" in
  serve)
    case "${SERVICE:-}" in
      agencies | sessions | exchange | notifications) ;;
      "")
        echo "csg-entrypoint: SERVICE is not set (agencies, sessions, exchange or notifications)" >&2
        exit 64
        ;;
      *)
        echo "csg-entrypoint: unknown SERVICE '$SERVICE' (agencies, sessions, exchange or notifications)" >&2
        exit 64
        ;;
    esac
    exec node "dist/apps/$SERVICE/src/main.js" "$@"
    ;;
  migrate)
    exec node dist/libs/persistence/src/cli/migrate.js "$@"
    ;;
  dlq)
    if [ ! -f dist/libs/messaging/src/cli/dlq.js ]; then
      echo "csg-entrypoint: this image has no dead-letter tool (dist/libs/messaging/src/cli/dlq.js)" >&2
      exit 69
    fi
    exec node dist/libs/messaging/src/cli/dlq.js "$@"
    ;;
  *)
    exec "$command" "$@"
    ;;
esac
