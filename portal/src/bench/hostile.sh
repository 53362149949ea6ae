#!/usr/bin/env bash
# Other people's latency while someone sends credentials whose issuer's server never answers
# (docs/benchmarks.md, "Credentials (issue 4)", bad input). A tarpit on 127.0.0.1:8999 accepts
# connections and never answers; it stands for a slow public host, so the fetcher is allowed
# loopback for this run only (PARCOURS_FETCH_ALLOW). HOSTILE clients post to the public
# POST /api/vc/credentials/verify, each in a loop, a VC-JWT whose key (did:web:localhost%3A8999)
# and status list live on the tarpit. Meanwhile Camille's API (GET /api/me/entries) is read at
# 20/s and she imports 300 VC-JWTs issued by Parcours, one at a time: both are measured once
# without the hostile clients and once with them.
# Run it as: ./parcours exec portal/src/bench/hostile.sh [HOSTILE=16] [SECONDS=60]
# Needs: the portal built and deployed (see pushes.sh), the provider up (bin/idp start),
# PostgreSQL on 127.0.0.1:5432, ports 9080 and 8999 free.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
: "${JAVA_HOME:?run me through ./parcours exec, which finds a JDK 21+}"
hostile=${1:-16}
seconds=${2:-60}
server="portal/target/liberty/wlp/bin/server"
base=http://localhost:9080
db=parcours_bench_hostile
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db"
psql -h 127.0.0.1 -U postgres -qc "create database $db"
export DB_KIND=postgresql DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=$db DB_USER=postgres DB_PASSWORD=trust
export PARCOURS_DEMO=true PARCOURS_FETCH_ALLOW=127.0.0.1/32
work=$(mktemp -d)
cleanup() {
  touch "$work/stop"
  [ -n "${tarpit:-}" ] && kill "$tarpit" 2>/dev/null || true
  "$server" stop portal >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

python3 - <<'PY' &
import socket, threading, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 8999)); s.listen(512)
def hold(c):
    time.sleep(3600); c.close()
while True:
    c, _ = s.accept(); threading.Thread(target=hold, args=(c,), daemon=True).start()
PY
tarpit=$!

"$server" stop portal >/dev/null 2>&1 || true
"$server" start portal >/dev/null
until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do sleep 0.2; done

b64() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"EdDSA","typ":"vc+jwt","kid":"did:web:localhost%%3A8999#key-1"}' | b64)
payload=$(printf '%s' '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],
 "issuer":"did:web:localhost%3A8999","validFrom":"2026-01-01T00:00:00Z","credentialSubject":{"id":"did:example:someone"},
 "credentialStatus":{"type":"BitstringStatusListEntry","statusPurpose":"revocation","statusListIndex":"7",
 "statusListCredential":"https://localhost:8999/status/1"}}' | b64)
signature=$(head -c 64 /dev/urandom | b64)
printf '{"verifiableCredential":{"@context":"https://www.w3.org/ns/credentials/v2","type":"EnvelopedVerifiableCredential","id":"data:application/vc+jwt,%s.%s.%s"}}' \
  "$header" "$payload" "$signature" > "$work/hostile.json"

client="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
java $client portal/src/bench/CredentialImports.java issue "$base" 2600 4 "$work/jwts"
# Warm-up: 2,000 imports and 30 s of reads, untimed.
head -2000 "$work/jwts" > "$work/warm"
java $client portal/src/bench/CredentialImports.java import "$base" 2 "$work/warm" >/dev/null
token=$(bin/token worker)
java $client portal/src/bench/Load.java 20 30 "$base/api/me/entries" "Authorization: Bearer $token" >/dev/null

measure() { # $1 = label, $2 = file of 300 JWTs
  echo "--- $1"
  java $client portal/src/bench/Load.java 20 "$seconds" "$base/api/me/entries" "Authorization: Bearer $(bin/token worker)" \
    | sed 's/^/reads:   /' &
  local reader=$!
  sleep 5
  java $client portal/src/bench/CredentialImports.java import "$base" 1 "$2" | sed 's/^/imports: /'
  wait "$reader"
}

sed -n 2001,2300p "$work/jwts" > "$work/quiet"
sed -n 2301,2600p "$work/jwts" > "$work/flood"
measure "without hostile clients" "$work/quiet"

for i in $(seq 1 "$hostile"); do
  ( while [ ! -e "$work/stop" ]; do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 60 -H 'Content-Type: application/json' \
        --data-binary @"$work/hostile.json" "$base/api/vc/credentials/verify" >> "$work/hostile-$i.log"
      sleep 0.5
    done ) &
done
sleep 10
measure "with $hostile hostile clients" "$work/flood"
touch "$work/stop"
sleep 1
echo "--- hostile answers (status: count, mean seconds)"
cat "$work"/hostile-*.log | awk '{n[$1]++; t[$1]+=$2} END {for (s in n) printf "%s: %d, %.2f s\n", s, n[s], t[s]/n[s]}'
echo "--- plugins after the run"
curl -s -H "Authorization: Bearer $(bin/token admin)" "$base/api/admin/plugins" | python3 -c '
import json, sys
for p in json.load(sys.stdin):
    print(p["id"], p["state"], p.get("reason") or "")'
