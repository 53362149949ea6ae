#!/usr/bin/env bash
# Catalogue figures for docs/benchmarks.md ("Catalogue (issue 5)"), live server on PostgreSQL:
#   import of OFFERS generated offers (MonCompteFormation CSV, 20,000 rows a request) through the
#   partner API; full index rebuild time and index size; search (text + 2 filters + 3 facets) at
#   50/s for 60 s after warm-up with Load.java; the same queries on PostgreSQL full-text search
#   (GIN, french), each alone (PG_RATE=50: also open loop at 50/s); known-item recall of both.
# Run it from the repository root as:
#   ./parcours exec portal/src/bench/catalogue/catalogue.sh [OFFERS=200000] [STEP=all|import|rebuild|search|recall]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), the provider up (bin/idp start), the
# portal built with the bench class path (see CatalogueBench.java; M2 is the local repository):
#   ./parcours mvn -B -ntp -o -Dmaven.repo.local=$M2 -DskipTests install
#   ./parcours mvn -B -ntp -o -q -Dmaven.repo.local=$M2 -pl portal -am test-compile dependency:build-classpath \
#       -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
#   ./parcours mvn -B -ntp -o -Dmaven.repo.local=$M2 -pl portal liberty:create liberty:deploy
# The "all" step drops and creates the database parcours_bench and starts the server on port 9480.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
: "${JAVA_HOME:?run me through ./parcours exec, which finds a JDK 21+}"
offers=${1:-200000}
step=${2:-all}
export HTTP_PORT=${HTTP_PORT:-9480} HTTPS_PORT=${HTTPS_PORT:-9743}
export PORTAL_BASEURL=${PORTAL_BASEURL:-http://localhost:$HTTP_PORT}
export DB_KIND=postgresql DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=${DB_NAME:-parcours_bench} DB_USER=postgres DB_PASSWORD=trust
base=$PORTAL_BASEURL
work=${BENCH_DIR:-/tmp/parcours-catalogue-bench}
server="portal/target/liberty/wlp/bin/server"
logs=portal/target/liberty/wlp/usr/servers/portal/logs/messages.log
index=portal/target/liberty/wlp/usr/servers/portal/catalogue-index
cp="portal/target/classes:$(cat portal/target/bench.classpath)"
side() { java -Djdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" -cp "$cp" portal/src/bench/catalogue/CatalogueSideBySide.java "$@"; }
psql() { command psql -h 127.0.0.1 -U postgres "$@"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
mkdir -p "$work"

if [ "$step" = all ]; then
  psql -qc "drop database if exists $DB_NAME"
  psql -qc "create database $DB_NAME"
  "$server" stop portal >/dev/null 2>&1 || true
  rm -rf "$index"
  "$server" start portal >/dev/null
  until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do sleep 0.2; done
  # Paul's organisation, vetted by Ada (the demo data would add its own 3,000 offers).
  org=$(curl -fsS -X PUT -H "Authorization: Bearer $(bin/token partner)" -H 'Content-Type: application/json' \
    -d '{"name":"Banc d essai Formation","siret":"73282932000074","qualiopi":true,"contactEmail":"bench@parcours.invalid"}' \
    "$base/api/partner/organisation" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $(bin/token admin)" -H 'Content-Type: application/json' \
    -d '{"status":"vetted"}' "$base/api/admin/partners/$org/review"
fi

if [ "$step" = all ] || [ "$step" = import ]; then
  rm -rf "$work/csv"
  java -Dparcours.data.dir=../shared/data -cp "$cp" portal/src/bench/catalogue/CatalogueCsv.java "$offers" 2026 "$work/csv"
  echo "--- import through POST /api/partner/offers/import, one file of 20,000 rows after the other"
  t0=$(now)
  for f in "$work"/csv/offers-*.csv; do
    curl -sS -o "$work/import.json" -w "$(basename "$f"): %{http_code} in %{time_total} s " \
      -H "Authorization: Bearer $(bin/token partner)" -H 'Content-Type: text/csv' --data-binary @"$f" \
      "$base/api/partner/offers/import"
    head -c 120 "$work/import.json"; echo
  done
  echo "imported in $(since "$t0") s"
  until [ "$(psql -tAc 'select count(*) from catalogue_outbox' "$DB_NAME")" = 0 ]; do sleep 1; done
  echo "outbox drained (index caught up) $(since "$t0") s after the first request"
  psql -tAc "select 'offers in the database: ' || count(*) from catalogue_offer" "$DB_NAME"
fi

if [ "$step" = all ] || [ "$step" = rebuild ]; then
  echo "--- full rebuild"
  before=$(grep -c 'Catalogue index rebuilt: [0-9]* offers"' "$logs" || true)
  t0=$(now)
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $(bin/token admin)" "$base/api/admin/catalogue/rebuild"
  until [ "$(grep -c 'Catalogue index rebuilt: [0-9]* offers"' "$logs" || true)" -gt "$before" ]; do sleep 0.2; done
  echo "rebuild: $(since "$t0") s; $(grep 'Catalogue index rebuilt: [0-9]* offers"' "$logs" | tail -1 | sed -n 's/.*"message":"\([^"]*\)".*/\1/p')"
  sleep 2 # the old generation's files go at the next commit
  bytes=$(du -sb "$index" | cut -f1)
  n=$(psql -tAc "select count(*) from catalogue_offer where status = 'PUBLISHED'" "$DB_NAME")
  echo "index: $bytes bytes for $n offers, $(echo "scale=1; $bytes / 1000000 * 100000 / $n" | bc) MB per 100,000 offers"
fi

if [ "$step" = all ] || [ "$step" = search ]; then
  side queries 500 11 "$base" "$work"
  echo "--- GIN index for PostgreSQL full-text search"
  psql -f portal/src/bench/catalogue/catalogue-pg-fts.sql "$DB_NAME"
  # A server fresh from the import and the rebuild: 20 s of warm-up left the JIT mid-way (p50
  # 6.7 ms, against 5.0 ms once the server had served ten minutes), so the search is warmed longer.
  echo "--- Lucene through GET /api/catalogue/search: warm-up 180 s at 50/s, then 60 s at 50/s"
  java portal/src/bench/Load.java 50 180 @"$work/api-urls.txt" >/dev/null
  java portal/src/bench/Load.java 50 60 @"$work/api-urls.txt"
  # At 50/s PostgreSQL was overloaded on the 2-core machine (latencies of minutes): by default each
  # query is timed alone; PG_RATE=50 runs the open loop after that.
  echo "--- PostgreSQL, same queries, one at a time, then open loop at ${PG_RATE:-0}/s for 60 s"
  side pg "${PG_RATE:-0}" 60 "$work/queries.tsv"
  if [ -f portal/src/main/webapp/catalogue/index.xhtml ]; then
    echo "--- results page, 60 s at 50/s"
    sed 's#/api/catalogue/search?#/catalogue/index.xhtml?#' "$work/api-urls.txt" > "$work/page-urls.txt"
    java portal/src/bench/Load.java 50 20 @"$work/page-urls.txt" >/dev/null
    java portal/src/bench/Load.java 50 60 @"$work/page-urls.txt"
  else
    echo "--- no public results page (portal/src/main/webapp/catalogue/index.xhtml): not measured"
  fi
fi

if [ "$step" = all ] || [ "$step" = recall ]; then
  echo "--- known-item recall, 500 offers"
  side recall 500 5 "$base"
fi
