#!/usr/bin/env bash
# Push figures for docs/benchmarks.md ("Partners pushing certificates (issue 6)"), on PostgreSQL:
#   COUNT VC-JWTs issued by Parcours, pushed by Paul's API client (client credentials) in bulk
#   requests of 1,000 to 1,000 recipients, timed; then the same COUNT pushed again with new keys,
#   the server killed (kill -9) in the middle, restarted, and every push retried with its key:
#   each acknowledged item must be stored exactly once.
# Run it as: ./parcours exec portal/src/bench/pushes.sh [COUNT]   (default 10000)
# Needs: the portal built (./parcours mvn -pl portal -am package -DskipTests, then
# liberty:create liberty:deploy), the provider up (bin/idp start), PostgreSQL on 127.0.0.1:5432,
# port 9080 free.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
: "${JAVA_HOME:?run me through ./parcours exec, which finds a JDK 21+}"
count=${1:-10000}
server="portal/target/liberty/wlp/bin/server"
base=http://localhost:9080
db=parcours_bench_push
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db"
psql -h 127.0.0.1 -U postgres -qc "create database $db"
export DB_KIND=postgresql DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=$db DB_USER=postgres DB_PASSWORD=trust
export PARCOURS_DEMO=true
start() {
  "$server" start portal >/dev/null
  until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do sleep 0.2; done
}
"$server" stop portal >/dev/null 2>&1 || true
start
client_token() {
  curl -fsS -d grant_type=client_credentials -d client_id=parcours-partner-paul \
    -d client_secret=partner-paul-local-secret \
    http://127.0.0.1:8180/realms/parcours/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
# Paul's organisation and its API client come with the demo catalogue, filled in the background.
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(client_token)" "$base/api/partner/pushes")" = 200 ]; do sleep 1; done

# The 1,000 recipients are workers who signed in once: their verified addresses are known (a push
# to an address that leads to nobody is refused).
psql -h 127.0.0.1 -U postgres -q $db <<'SQL'
insert into worker (id, subject, created_at)
  select gen_random_uuid(), 'bench-worker-' || n, now() from generate_series(0, 999) n
  on conflict do nothing;
insert into worker_address (address_key, worker_id, seen_at)
  select 'email:' || encode(sha256(convert_to(w.subject || '@bench.invalid', 'UTF8')), 'hex'), w.id, now()
  from worker w where w.subject like 'bench-worker-%'
  on conflict do nothing;
SQL

file=$(mktemp)
java portal/src/bench/CredentialImports.java issue "$base" "$count" 4 "$file"
echo "--- $count pushes, bulk of 1000, 2 at a time"
java portal/src/bench/Pushes.java "$base" "$(client_token)" "$file" run1 1000 1000 2
psql -h 127.0.0.1 -U postgres -tA $db -c "select 'stored: ' || count(*) || ' items, ' || count(distinct idempotency_key) || ' keys' from inbox_item where idempotency_key like 'run1-%'"

echo "--- kill -9 in the middle of a bulk push, restart, retry everything"
pid() { cat portal/target/liberty/wlp/usr/servers/.pid/portal.pid; }
java portal/src/bench/Pushes.java "$base" "$(client_token)" "$file" run2 1000 500 1 > /tmp/pushes-run2.log 2>&1 &
pusher=$!
sleep 5
kill -9 "$(pid)"
wait "$pusher" || true
cat /tmp/pushes-run2.log | tail -1
echo "stored before the retry: $(psql -h 127.0.0.1 -U postgres -tA $db -c "select count(*) from inbox_item where idempotency_key like 'run2-%'")"
start
java portal/src/bench/Pushes.java "$base" "$(client_token)" "$file" run2 1000 1000 2
psql -h 127.0.0.1 -U postgres -tA $db -c "select 'after the retry: ' || count(*) || ' items, ' || count(distinct idempotency_key) || ' keys' from inbox_item where idempotency_key like 'run2-%'"
rm -f "$file"
"$server" stop portal >/dev/null
