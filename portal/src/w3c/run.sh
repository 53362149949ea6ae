#!/bin/sh
# Runs the three W3C test suites and the independent verifier against a running portal, and writes
# a summary of pass/fail counts. See README.md (installing the suites is a separate, manual step).
#   portal/src/w3c/run.sh [BASE_URL]      BASE_URL defaults to http://localhost:9080
# Environment:
#   W3C_SUITES_DIR   where the suites are installed, one folder each (default /work/w3c/src):
#                    w3c__vc-data-model-2.0-test-suite, w3c__vc-di-eddsa-test-suite,
#                    w3c-ccg__vc-api-verifier-test-suite
#   W3C_OUT_DIR      where results go (default $W3C_SUITES_DIR/../results)
#   W3C_INDEPENDENT_DIR  where the independent verifier's npm packages go
#                    (default $W3C_SUITES_DIR/../independent; installed by `npm ci` when missing)
#   HTTPS_PORT       the portal's https port (default 9443); TLS_BASE_URL overrides the address
#   PARCOURS_DATA_DIR  the shared test data (default /work/shared/data)
#   SUITES           which suites to run (default "data-model di-eddsa verifier")
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
base=${1:-http://localhost:9080}
base=${base%/}
suites_dir=${W3C_SUITES_DIR:-/work/w3c/src}
out=${W3C_OUT_DIR:-$suites_dir/../results}
independent=${W3C_INDEPENDENT_DIR:-$suites_dir/../independent}
host=$(printf '%s' "$base" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')
case "$base" in
  https:*) tls_base=${TLS_BASE_URL:-$base} ;;
  *) tls_base=${TLS_BASE_URL:-https://$host:${HTTPS_PORT:-9443}} ;;
esac
mkdir -p "$out"
out=$(cd "$out" && pwd)

curl -fsS --max-time 10 "$base/health/ready" >/dev/null || {
  echo "run.sh: the portal does not answer at $base/health/ready" >&2
  exit 1
}
did=$(curl -fsS --max-time 10 "$base/.well-known/did.json" | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))')
echo "run.sh: portal $base (tls $tls_base), issuer $did"

# suite name, folder, extra environment
run_suite() {
  name=$1
  dir=$suites_dir/$2
  [ -d "$dir/node_modules" ] || {
    echo "run.sh: $dir is not installed (see README.md)" >&2
    return 1
  }
  cp "$here/localConfig.cjs" "$dir/localConfig.cjs"
  # A fresh token for each suite: tokens of the cli client last 5 minutes.
  token=$("$root/bin/token" partner)
  echo "run.sh: $name ..."
  (
    cd "$dir"
    PARCOURS_TLS_BASE_URL=$tls_base PARCOURS_DID=$did PARCOURS_TOKEN=$token \
      ISSUER_NAME=Parcours ISSUER_NAME_JWT=Parcours ISSUER_NAME_JCS=Parcours \
      npx mocha tests/ --timeout 15000 --preserve-symlinks \
      --reporter json --reporter-option "output=$out/$name.json" \
      >"$out/$name.log" 2>&1 || true
  )
  rm -f "$dir/localConfig.cjs"
  node - "$out/$name.json" "$name" "$(git -C "$dir" rev-parse --short HEAD 2>/dev/null ||
    cat "$dir/.commit" 2>/dev/null || echo '?')" >>"$out/summary.txt" <<'EOF'
const [file, name, commit] = process.argv.slice(2);
const r = JSON.parse(require('fs').readFileSync(file, 'utf8'));
const s = r.stats;
console.log(`${name} (${commit}): ${s.passes} passed, ${s.failures} failed, ` +
  `${s.pending} pending, ${s.tests} tests`);
for (const t of r.failures) {
  const msg = (t.err && t.err.message || '').split('\n')[0].slice(0, 160);
  console.log(`  FAIL ${t.fullTitle}\n       ${msg}`);
}
EOF
}

: >"$out/summary.txt"
for suite in ${SUITES:-data-model di-eddsa verifier}; do
  case "$suite" in
    data-model) run_suite vc-data-model-2.0 w3c__vc-data-model-2.0-test-suite ;;
    di-eddsa) run_suite vc-di-eddsa w3c__vc-di-eddsa-test-suite ;;
    verifier) run_suite vc-api-verifier w3c-ccg__vc-api-verifier-test-suite ;;
    *) echo "run.sh: unknown suite $suite" >&2; exit 2 ;;
  esac
done

# The independent verifier: its pinned npm packages, installed outside the repository.
mkdir -p "$independent"
cp "$here/package.json" "$here/package-lock.json" "$here/verify-independently.mjs" "$independent/"
[ -d "$independent/node_modules" ] || (cd "$independent" && npm ci --no-audit --no-fund >/dev/null)
echo "independent verifier (@digitalbazaar/vc, jose):" >>"$out/summary.txt"
PARCOURS_TOKEN=$("$root/bin/token" partner) PARCOURS_TOKEN_BIN="$root/bin/token" \
  node "$independent/verify-independently.mjs" "$base" 2>&1 | sed 's/^/  /' >>"$out/summary.txt" || true

grep -E '^[a-z].*passed|^  \{' "$out/summary.txt"
echo "run.sh: details in $out/summary.txt and $out/*.json"
