# shellcheck shell=bash
# The SASL_SSL mode of kafka.sh (KAFKA_DEV_SECURITY=sasl_ssl), sourced by it: the dev broker as a
# production cluster runs it, for tests and for trying the services' Kafka security settings.
#
#   - a throw-away test CA and a broker certificate (CN=broker, SAN 127.0.0.1 and localhost),
#     made with openssl in <state dir>/security/ the first time; the broker's key store and trust
#     store are PEM files (ssl.keystore.type=PEM);
#   - one listener for clients, SASL_SSL with SCRAM-SHA-512 only (the broker's own inter-broker
#     login is User:broker), and the KRaft controller listener on mutual TLS (CN=broker);
#   - SCRAM users created when the storage is formatted (kafka-storage format --add-scram):
#     admin, broker, agencies, sessions, exchange, notifications, ops-dlq, each with a random
#     password in <state dir>/security/passwords (user=password lines, mode 600);
#   - StandardAuthorizer, allow.everyone.if.no.acl.found=false, super.users admin and broker;
#   - once the broker serves requests: deploy/kafka-acls/kafka-acls.sh all (topics and ACLs),
#     with admin.properties (written here) as its admin client settings.
#
# Nothing here is secret: the CA, keys and passwords live only in the state dir of a local test
# broker and are made anew for every new state dir.

SEC_DIR="$DIR/security"
SEC_USERS=(admin broker agencies sessions exchange notifications maturity ops-dlq)

sec_password() { # sec_password USER
  sed -n "s/^$1=//p" "$SEC_DIR/passwords"
}

sec_prepare() {
  command -v openssl >/dev/null 2>&1 || die "openssl not found (needed for KAFKA_DEV_SECURITY=sasl_ssl)"
  [[ -s "$SEC_DIR/broker.pem" && -s "$SEC_DIR/passwords" ]] && return 0
  say "making a throw-away test CA, broker certificate and SCRAM passwords in $SEC_DIR"
  mkdir -p "$SEC_DIR"
  chmod 700 "$SEC_DIR"
  (
    cd "$SEC_DIR"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 \
      -subj "/CN=kafka-dev test CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
    openssl req -newkey rsa:2048 -nodes -keyout broker.key -out broker.csr -subj "/CN=broker"
    printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
      "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth,clientAuth" \
      >broker.ext
    openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out broker.crt \
      -days 30 -extfile broker.ext
    # A PEM key store: the (PKCS#8, unencrypted) private key, then the certificate chain.
    cat broker.key broker.crt ca.pem >broker.pem
    rm -f broker.csr broker.ext ca.srl
    local user
    for user in "${SEC_USERS[@]}"; do printf '%s=%s\n' "$user" "$(openssl rand -hex 16)"; done >passwords
    chmod 600 ./*.key broker.pem passwords
  ) >"$SEC_DIR/make.log" 2>&1 || {
    cat "$SEC_DIR/make.log" >&2
    die "making the test CA and certificates failed"
  }
  cat >"$SEC_DIR/admin.properties" <<EOF
# Admin client settings of the dev broker's super user, for deploy/kafka-acls/kafka-acls.sh
# (COMMAND_CONFIG) and the tools in deploy/kafka-dev/bin (--command-config).
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(sec_password admin)";
ssl.truststore.type=PEM
ssl.truststore.location=$SEC_DIR/ca.pem
EOF
  chmod 600 "$SEC_DIR/admin.properties"
}

sec_listener_props() { # sec_listener_props CONTROLLER_PORT
  cat <<EOF
listeners=SASL_SSL://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$1
advertised.listeners=SASL_SSL://127.0.0.1:$PORT
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="$(sec_password broker)";
ssl.keystore.type=PEM
ssl.keystore.location=$SEC_DIR/broker.pem
ssl.truststore.type=PEM
ssl.truststore.location=$SEC_DIR/ca.pem
# The controller listener takes only the broker itself, by its certificate (CN=broker).
listener.name.controller.ssl.client.auth=required
ssl.principal.mapping.rules=RULE:^CN=([^,]+).*\$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:broker
EOF
}

# The SCRAM users, as arguments of kafka-storage format (one per line, for mapfile).
sec_scram_args() {
  local user
  for user in "${SEC_USERS[@]}"; do
    echo "--add-scram"
    echo "SCRAM-SHA-512=[name=$user,password=$(sec_password "$user")]"
  done
}

# Ready: a TLS handshake the test CA verifies, then an ApiVersions answer (allowed before SASL).
sec_probe() {
  local resp
  # (under pipefail the pipeline "fails" when head closes it early: only the bytes count)
  resp="$( (printf "\x00\x00\x00\x0e\x00\x12\x00\x00\x00\x00\x00\x2a\x00\x04kdev"; sleep 1) \
    | timeout 4 openssl s_client -quiet -connect "127.0.0.1:$1" -CAfile "$SEC_DIR/ca.pem" \
      -verify_return_error 2>/dev/null | head -c 10 | od -An -tx1 | tr -d ' \n')" || true
  [[ "${resp:8:12}" == "0000002a0000" ]]
}

# Topics and ACLs, once per state dir (every Kafka command is a JVM start: about a minute).
sec_apply_acls() {
  [[ -f "$SEC_DIR/acls.applied" ]] && return 0
  say "applying deploy/kafka-acls/kafka-acls.sh (topics and ACLs; log in $LOG_DIR/acls.log)"
  BOOTSTRAP_SERVER="127.0.0.1:$PORT" COMMAND_CONFIG="$SEC_DIR/admin.properties" KAFKA_BIN="$HERE/bin" \
    REPLICATION_FACTOR=1 PARTITIONS="${KAFKA_DEV_PARTITIONS:-3}" INTEGRATIONS="${KAFKA_DEV_INTEGRATIONS:-}" \
    bash "$HERE/../kafka-acls/kafka-acls.sh" all >"$LOG_DIR/acls.log" 2>&1 || {
    tail -n 30 "$LOG_DIR/acls.log" >&2
    return 1
  }
  touch "$SEC_DIR/acls.applied"
}
