#!/usr/bin/env bash
# Start-up figures for docs/benchmarks.md: `server start` to the first 200 on /health/ready, cold
# (no workarea, new database) and warm, RUNS times each, alternating; with the server's CPU at
# that moment (all threads, from /proc, less sensitive than wall time to other work on the
# machine) and the share of the JIT compiler threads.
# Run it as: HTTP_PORT=9380 HTTPS_PORT=9743 ./parcours exec portal/src/bench/startup.sh [RUNS]
# Needs the portal built and deployed (see docs/benchmarks.md); the provider is not needed.
# With PORTAL_APP=none the server starts the same features and configuration without the
# application: the floor that no change to the application can go below.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
server="portal/target/liberty/wlp/bin/server"
output="portal/target/liberty/wlp/usr/servers/portal"
base="http://localhost:${HTTP_PORT:-9080}"
runs=${1:-3}
tick=$(getconf CLK_TCK)

ms() { date +%s%3N; }
one() { # $1 = cold|warm
  "$server" stop portal >/dev/null 2>&1 || true
  if [ "$1" = cold ]; then
    rm -rf "$output/workarea" "$output/data" "$output/catalogue-index"
  fi
  local load t0 t1 pid
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(ms)
  "$server" start portal >/dev/null
  until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do sleep 0.05; done
  t1=$(ms)
  pid=$(cat portal/target/liberty/wlp/usr/servers/.pid/portal.pid)
  # utime + stime of the process (threads that ended included), then of the live JIT threads.
  awk -v tick="$tick" '{printf "%s %.1f", "cpu_s", ($14 + $15) / tick}' "/proc/$pid/stat"
  cat /proc/"$pid"/task/*/stat 2>/dev/null | awk -v tick="$tick" '
    /\(C[12] CompilerThre/ { jit += $(NF - 38) + $(NF - 37) }
    END { printf " jit_s %.1f", jit / tick }'
  echo " wall_ms $((t1 - t0)) load $load $1"
}

for i in $(seq 1 "$runs"); do
  one cold
  one warm
done
"$server" stop portal >/dev/null
