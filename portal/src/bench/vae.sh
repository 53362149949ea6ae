#!/usr/bin/env bash
# VAE figures for docs/benchmarks.md ("VAE dossiers and consent in person (issue 7)"), on PostgreSQL
# with 100,000 generated workers, each with a 30-entry portfolio and a 5-bloc dossier:
#   the adviser's client view (GET /api/adviser/shares/{grant}, a whole-portfolio consent) and the
#   dossier coverage (GET /api/me/dossiers/{id}/coverage) at 50 requests/s; the PDF export of a
#   10-bloc dossier, 20 times one after the other.
# Run it as: ./parcours exec portal/src/bench/vae.sh [WORKERS]   (default 100000)
# Needs: the portal built (./parcours mvn -pl portal -am package -DskipTests), the provider up
# (bin/idp start), PostgreSQL on 127.0.0.1:5432 (user postgres, trust), port 9080 free.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
: "${JAVA_HOME:?run me through ./parcours exec, which finds a JDK 21+}"
workers=${1:-100000}
server="portal/target/liberty/wlp/bin/server"
base=http://localhost:9080
load() { java portal/src/bench/Load.java "$@"; }
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -1; }

psql -h 127.0.0.1 -U postgres -qc "drop database if exists parcours_bench"
psql -h 127.0.0.1 -U postgres -qc "create database parcours_bench"
export DB_KIND=postgresql DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=parcours_bench DB_USER=postgres DB_PASSWORD=trust
export PARCOURS_DEMO=true
"$server" stop portal >/dev/null 2>&1 || true
"$server" start portal >/dev/null
until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do sleep 0.2; done

t0=$(date +%s)
psql -h 127.0.0.1 -U postgres -q -v workers="$workers" -f portal/src/bench/portfolio-data.sql parcours_bench
psql -h 127.0.0.1 -U postgres -q -f portal/src/bench/vae-data.sql parcours_bench
echo "generated $workers workers in $(( $(date +%s) - t0 )) s; database size: $(psql -h 127.0.0.1 -U postgres -tAc "select pg_size_pretty(pg_database_size('parcours_bench'))")"
psql -h 127.0.0.1 -U postgres -tA parcours_bench -c "select 'rows: entries=' || (select count(*) from portfolio_entry) || ' dossiers=' || (select count(*) from vae_dossier) || ' blocs=' || (select count(*) from vae_dossier_bloc) || ' links=' || (select count(*) from vae_dossier_link) || ' grants=' || (select count(*) from share_grant) || ' audit=' || (select count(*) from audit_event)"

camille=$(bin/token camille)
nadia=$(bin/token nadia)
auth() { printf 'Authorization: Bearer %s' "$1"; }
post() { curl -fsS -H "$(auth "$1")" -H 'Content-Type: application/json' -d "$3" "$base$2"; }
put() { curl -fsS -o /dev/null -X PUT -H "$(auth "$1")" -H 'Content-Type: application/json' -d "$3" "$base$2"; }

# Camille: 40 entries; a 10-bloc dossier (RNCP5831) with 4 links, a 1,500-character narrative and
# assessments on every bloc.
entries=()
for i in $(seq 1 40); do
  entries+=("$(post "$camille" /api/me/experiences "{\"title\":\"Expérience $i\",\"employer\":\"Employeur $i\",\"startDate\":\"2010-01-0$(( i % 9 + 1 ))\",\"description\":\"Description de l'expérience $i.\"}" | json id)")
done
dossier=$(post "$camille" /api/me/dossiers '{"certification":"RNCP5831"}')
id=$(printf '%s' "$dossier" | json id)
codes=$(printf '%s' "$dossier" | grep -o '"code":"RNCP5831BC[0-9]*"' | sed 's/"code":"\(.*\)"/\1/')
narrative=$(printf 'J’ai conduit ce travail au quotidien, seule puis en équipe. %.0s' $(seq 1 25))
n=0
for code in $codes; do
  for k in 0 1 2 3; do
    post "$camille" "/api/me/dossiers/$id/blocs/$code/links" "{\"kind\":\"entry\",\"target\":\"${entries[$(( (n * 4 + k) % 40 ))]}\"}" >/dev/null
  done
  put "$camille" "/api/me/dossiers/$id/blocs/$code/narrative" "{\"text\":\"$narrative\"}"
  put "$camille" "/api/me/dossiers/$id/blocs/$code/competences/0" '{"assessment":"acquired"}'
  n=$(( n + 1 ))
done
echo "dossier $id: $n blocs"

# Nadia asks in person; Camille consents to her whole portfolio for a day.
code=$(post "$nadia" /api/adviser/consents '' | json code)
grant=$(post "$camille" /api/me/consents "{\"code\":\"$code\",\"scope\":\"whole\",\"durationMinutes\":1440}" | json id)
echo "consent $grant"

echo "--- warm-up"
load 50 15 "$base/api/adviser/shares/$grant" "$(auth "$nadia")" >/dev/null
load 50 15 "$base/api/me/dossiers/$id/coverage" "$(auth "$camille")" >/dev/null
camille=$(bin/token camille)
nadia=$(bin/token nadia)
echo "--- adviser's client view (40 entries, logged), open loop at 50 requests/s for 30 s"
load 50 30 "$base/api/adviser/shares/$grant" "$(auth "$nadia")"
echo "--- dossier coverage (10 blocs, 40 links, catalogue offers for the gaps), 50 requests/s for 30 s"
load 50 30 "$base/api/me/dossiers/$id/coverage" "$(auth "$camille")"
echo "--- PDF export of the 10-bloc dossier, 20 times one after the other"
camille=$(bin/token camille)
times=()
for i in $(seq 1 20); do
  times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "$(auth "$camille")" "$base/api/me/dossiers/$id/pdf")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "first-sorted: min %.0f ms, p50 %.0f ms, max %.0f ms\n", a[1]*1000, a[int((NR+1)/2)]*1000, a[NR]*1000}'
echo "first export after start (includes warm-up by then): ${times[0]} s"
curl -fsS -o /tmp/dossier-bench.pdf -H "$(auth "$camille")" "$base/api/me/dossiers/$id/pdf"
echo "PDF size: $(stat -c %s /tmp/dossier-bench.pdf) bytes"
"$server" stop portal >/dev/null
