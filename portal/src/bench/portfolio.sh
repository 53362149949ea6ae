#!/usr/bin/env bash
# Portfolio figures for docs/benchmarks.md, on PostgreSQL with generated workers:
#   portfolio page of a 40-entry portfolio at 100 requests/s; GET /api/me/entries throughput and
#   latency at 1,500 requests/s; evidence upload rate of 20 MB files and the heap around it.
# Run it as: ./parcours exec portal/src/bench/portfolio.sh [WORKERS]   (default 100000)
# Needs: the portal built and deployed as for foundation.sh, the provider up (bin/idp start),
# PostgreSQL on 127.0.0.1:5432 (user postgres, trust), port 9080 free.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
: "${JAVA_HOME:?run me through ./parcours exec, which finds a JDK 21+}"
workers=${1:-100000}
server="portal/target/liberty/wlp/bin/server"
base=http://localhost:9080
load() { java portal/src/bench/Load.java "$@"; }

psql -h 127.0.0.1 -U postgres -qc "drop database if exists parcours_bench"
psql -h 127.0.0.1 -U postgres -qc "create database parcours_bench"
export DB_KIND=postgresql DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=parcours_bench DB_USER=postgres DB_PASSWORD=trust
"$server" stop portal >/dev/null 2>&1 || true
"$server" start portal >/dev/null
until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do sleep 0.2; done

t0=$(date +%s)
psql -h 127.0.0.1 -U postgres -q -v workers="$workers" -f portal/src/bench/portfolio-data.sql parcours_bench
echo "generated $workers workers in $(( $(date +%s) - t0 )) s; database size: $(psql -h 127.0.0.1 -U postgres -tAc "select pg_size_pretty(pg_database_size('parcours_bench'))")"
psql -h 127.0.0.1 -U postgres -tA parcours_bench -c "select 'rows: entries=' || (select count(*) from portfolio_entry) || ' skills=' || (select count(*) from entry_skill) || ' files=' || (select count(*) from evidence_file) || ' grants=' || (select count(*) from share_grant) || ' audit=' || (select count(*) from audit_event)"

# Camille's portfolio: 40 entries through the API.
token=$(bin/token camille)
for i in $(seq 1 40); do
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Expérience $i\",\"employer\":\"Employeur $i\",\"place\":\"Lyon\",\"startDate\":\"2010-01-0$(( i % 9 + 1 ))\",\"description\":\"Description de l'expérience $i.\"}" \
    "$base/api/me/experiences"
done

# Sign in through the provider's real form with curl, keep the session cookies.
jar=$(mktemp)
login_page=$(curl -s -c "$jar" -b "$jar" -L "$base/portfolio/")
action=$(printf '%s' "$login_page" | sed -n 's/.*id="kc-form-login"[^>]*action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')
curl -s -c "$jar" -b "$jar" -L -o /dev/null --data-urlencode username=camille --data-urlencode password=camille "$action"
cookies=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF>=7 && $1 ~ /localhost/ {printf "%s=%s; ", $6, $7}')
test "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookies" "$base/portfolio/")" = 200

# The JIT needs minutes: after 20 s of warm-up the page cost twice its steady CPU.
echo "--- warm-up"
load 50 90 "$base/portfolio/" "Cookie: $cookies" >/dev/null
token=$(bin/token camille)
load 0 40 "$base/api/me/entries" "Authorization: Bearer $token" >/dev/null
echo "--- portfolio page (40+ entries), open loop at 100 requests/s for 30 s"
load 100 30 "$base/portfolio/" "Cookie: $cookies"
token=$(bin/token camille)
echo "--- GET /api/me/entries, 16 clients as fast as they go for 20 s"
load 0 20 "$base/api/me/entries" "Authorization: Bearer $token"
if command -v wrk >/dev/null; then
  # A load tool in C: at these rates Load.java's own CPU is a large share of the 2 cores.
  echo "--- GET /api/me/entries, wrk: 16 connections, 2 threads, 20 s"
  wrk -c16 -t2 -d20s --latency -H "Authorization: Bearer $token" "$base/api/me/entries"
fi
echo "--- GET /api/me/entries, open loop at 1500 requests/s for 20 s"
load 1500 20 "$base/api/me/entries" "Authorization: Bearer $token"

echo "--- evidence upload: 5 files of 20 MB (under the 20 MB limit), one after the other"
token=$(bin/token camille)
entry=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/me/entries" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
file=$(mktemp)
{ printf '%%PDF-1.4\n'; head -c $(( 20 * 1024 * 1024 - 100 )) /dev/urandom; } > "$file"
pid=$(cat portal/target/liberty/wlp/usr/servers/.pid/portal.pid)
heap() { jcmd "$pid" GC.heap_info | sed -n "s/.*\(def new generation\|DefNew\).*used \([0-9]*K\).*/young \2/p; s/.*\(tenured generation\|Tenured\).*used \([0-9]*K\).*/old \2/p" | tr "\n" " "; }
echo "heap before: $(heap)"
t0=$(date +%s%3N)
for i in 1 2 3 4 5; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/octet-stream' \
    --data-binary @"$file" "$base/api/me/entries/$entry/files?name=piece-$i.pdf"
done
ms=$(( $(date +%s%3N) - t0 ))
echo "uploaded 100 MB in $ms ms: $(( 100 * 1000 / ms )) MB/s"
echo "heap after: $(heap)"
rm -f "$file" "$jar"
"$server" stop portal >/dev/null
