#!/usr/bin/env bash
# Credential figures for docs/benchmarks.md ("Credentials (issue 4)"): COUNT VC-JWTs issued by
# Parcours (POST /api/vc/credentials/issue as paul), then imported into camille's portfolio on
# PostgreSQL (POST /api/me/credentials, text/plain) CONCURRENCY at a time, timed. One worker may
# have 2 imports in flight (parcours.plugins.perCaller): a CONCURRENCY above it gets 429s.
# Run it from the repository root, with the server of catalogue.sh running (port 9480, database
# parcours_bench) and the provider up (bin/idp start):
#   ./parcours exec portal/src/bench/credentials.sh [COUNT=10000] [CONCURRENCY=2] [WARMUP=10000]
# WARMUP more credentials are issued and imported first, untimed: right after a start the server's
# JIT is still compiling (measured: the first 10,000 after 2,000 took 54 s, the next 34 s).
# The connector's own rates (VC-JWT and eddsa-rdfc-2022 verifications per second, in process) come
# from VerifyBench, run with the server stopped, on the test class path written by the
# build-classpath command of CatalogueBench.java (the same "-pl portal -am" command):
#   ob=connectors/openbadges/target; ./parcours exec java -Dparcours.data.dir=../shared/data \
#     -cp "$ob/test-classes:$ob/classes:$(cat $ob/bench.classpath)" \
#     org.parcours.connector.openbadges.VerifyBench
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
: "${JAVA_HOME:?run me through ./parcours exec, which finds a JDK 21+}"
count=${1:-10000}
concurrency=${2:-2}
warmup=${3:-10000}
base=${PORTAL_BASEURL:-http://localhost:9480}
file=$(mktemp)
# The load tool shares the 2 cores with the server and PostgreSQL: a serial collector and C1 only
# keep its own cost from being counted as the portal's (measured: the CPU left to everything but
# the server and PostgreSQL fell from 39 % to 30 % of the machine).
client="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
java $client portal/src/bench/CredentialImports.java issue "$base" "$((count + warmup))" 4 "$file"
java $client portal/src/bench/CredentialImports.java import "$base" "$concurrency" "$file" "$warmup"
rm -f "$file"
