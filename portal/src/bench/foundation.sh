#!/usr/bin/env bash
# Foundation figures for docs/benchmarks.md: start to ready (cold, warm), RSS after sign-in,
# warm latency of the portfolio page and of GET /api/me/experiences.
# Run it as: ./parcours exec portal/src/bench/foundation.sh
# Needs: the portal built (./parcours mvn -DskipTests install liberty:create liberty:deploy -pl ...
# see docs/benchmarks.md), the provider up (bin/idp start), wrk (apt-get install wrk), port 9080 free.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
server="portal/target/liberty/wlp/bin/server"
base=http://localhost:9080
: "${JAVA_HOME:?run me through ./parcours exec, which finds a JDK 21+}"

ms() { date +%s%3N; }
wait_ready() {
  until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do sleep 0.05; done
}
start_and_time() { # $1 = label
  local t0; t0=$(ms)
  "$server" start portal >/dev/null
  wait_ready
  echo "$1 start to ready: $(( $(ms) - t0 )) ms"
}

"$server" stop portal >/dev/null 2>&1 || true
# Cold: a server that has never run (no OSGi cache, no JIT-warm class data, new database).
rm -rf portal/target/liberty/wlp/usr/servers/portal/workarea portal/target/liberty/wlp/usr/servers/portal/data
start_and_time "cold"
"$server" stop portal >/dev/null
start_and_time "warm"

# Sign in through the provider's real form with curl, keep the session cookies.
jar=$(mktemp)
login_page=$(curl -s -c "$jar" -b "$jar" -L "$base/portfolio/")
action=$(printf '%s' "$login_page" | sed -n 's/.*id="kc-form-login"[^>]*action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')
curl -s -c "$jar" -b "$jar" -L -o /dev/null --data-urlencode username=camille --data-urlencode password=camille "$action"
cookies=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF>=7 && $1 ~ /localhost/ {printf "%s=%s; ", $6, $7}')
test "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookies" "$base/portfolio/")" = 200

token=$(bin/token worker)
for i in $(seq 1 5); do
  curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Expérience $i\",\"employer\":\"Employeur $i\",\"startDate\":\"201$i-01-01\"}" "$base/api/me/experiences"
done

pid=$(cat portal/target/liberty/wlp/usr/servers/.pid/portal.pid)
echo "RSS after sign-in: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"

# Warm up, then measure with 2 connections for 20 s each.
wrk -t1 -c2 -d10s -H "Cookie: $cookies" "$base/portfolio/" >/dev/null
echo "--- portfolio page (5 experiences), 2 connections, 20 s"
wrk -t1 -c2 -d20s --latency -H "Cookie: $cookies" "$base/portfolio/" | sed -n '/Latency Distribution/,/Requests\/sec/p'
wrk -t1 -c2 -d10s -H "Authorization: Bearer $token" "$base/api/me/experiences" >/dev/null
echo "--- GET /api/me/experiences (5 experiences), 2 connections, 20 s"
wrk -t1 -c2 -d20s --latency -H "Authorization: Bearer $token" "$base/api/me/experiences" | sed -n '/Latency Distribution/,/Requests\/sec/p'
"$server" stop portal >/dev/null
rm -f "$jar"
