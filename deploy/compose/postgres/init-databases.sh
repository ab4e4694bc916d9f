#!/bin/sh
# Runs once, when the PostgreSQL data volume is first initialised (docker-entrypoint-initdb.d).
#
# One database per service and one login role per service that can reach only its own
# database: the role owns it (so the service's migrations can create tables in its `public`
# schema), CONNECT is revoked from PUBLIC on every database, and the roles can neither create
# databases nor roles. The services therefore run with DATABASE_CREATE_IF_MISSING=false: the
# databases exist already, and their roles may not connect to the `postgres` maintenance database
# that the create-if-missing check uses.
#
# Passwords come from the container environment: <SERVICE>_DB_PASSWORD (see compose.yaml).
# Changing them later does not change the roles: this script does not run on an existing volume
# (ALTER ROLE ... PASSWORD by hand, or `docker compose down -v` to start over).
#
# Executable, so the image's entrypoint runs it in its own shell (a non-executable *.sh would be
# sourced into the entrypoint's shell instead).
set -e

create_service_database() {
  service="$1"
  password="$2"
  # psql variables: :"name" is quoted as an identifier, :'name' as a literal.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$service" -v db="csg_$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"role";
SQL
}

create_service_database agencies "${AGENCIES_DB_PASSWORD:?}"
create_service_database sessions "${SESSIONS_DB_PASSWORD:?}"
create_service_database exchange "${EXCHANGE_DB_PASSWORD:?}"
create_service_database notifications "${NOTIFICATIONS_DB_PASSWORD:?}"
create_service_database maturity "${MATURITY_DB_PASSWORD:?}"

# PUBLIC may connect to the postgres and template1 databases by default: close both, so a service
# role reaches nothing but its own database. The superuser (POSTGRES_USER) is not affected.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<'SQL'
REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;
REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;
SQL
