#!/bin/sh
# Entrypoint of the csg-backend image (runs under tini, from /app).
#
#   serve               (default) the service named by $SERVICE:
#                       node dist/apps/$SERVICE/src/main.js
#   migrate [svc...]    pending migrations, then exit (csg migrate: dist/apps/embedded/src/cli/csg.cli.js);
#                       one service with DATABASE_URL, or several with <SERVICE>_DATABASE_URL each
#   dlq [args...]       the operator's dead-letter tool (csg dlq list|replay ...)
#   anything else       executed as given (e.g. `node -e ...` for debugging)
set -eu

command="${1:-serve}"
[ "$#" -gt 0 ] && shift

case "$command" in
  serve)
    # The declared services (apps/embedded/src/services.ts) are the apps with a main.js.
    if [ -z "${SERVICE:-}" ]; then
      echo "csg-entrypoint: SERVICE is not set (the name of a folder under apps/)" >&2
      exit 64
    fi
    case "$SERVICE" in
      embedded | */* | .*) SERVICE_OK=no ;;
      *) SERVICE_OK=yes ;;
    esac
    if [ "$SERVICE_OK" != yes ] || [ ! -f "dist/apps/$SERVICE/src/main.js" ]; then
      echo "csg-entrypoint: unknown SERVICE '$SERVICE'" >&2
      exit 64
    fi
    exec node "dist/apps/$SERVICE/src/main.js" "$@"
    ;;
  migrate)
    exec node dist/apps/embedded/src/cli/csg.cli.js migrate "$@"
    ;;
  dlq)
    exec node dist/apps/embedded/src/cli/csg.cli.js dlq "$@"
    ;;
  *)
    exec "$command" "$@"
    ;;
esac
