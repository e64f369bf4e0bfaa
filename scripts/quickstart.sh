#!/usr/bin/env bash
# quickstart.sh - the README's first command: install what is missing, build
# wasmgate and the example plugins, and audit the examples with the default
# rules: prints each decision and writes SARIF, signed attestations and a job
# summary under out/ (a demo signing key is made in out/ on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
OUT=${OUT:-out}

scripts/deps.sh
echo "== build ($BUILD)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$BUILD.configure.log" 2>&1 \
  || { cat "$BUILD.configure.log" >&2; exit 1; }
rm -f "$BUILD.configure.log"
cmake --build "$BUILD" -j"$(nproc)" 2>&1 | grep -E 'error:|warning:|WARNING|Built target (wasmgate|examples)$' || true
[ "${PIPESTATUS[0]}" = 0 ] || { echo "build failed: run 'cmake --build $BUILD' to see why" >&2; exit 1; }

mkdir -p "$OUT"
[ -f "$OUT/demo.key" ] || "$BUILD/wasmgate" keygen --out "$OUT/demo" >/dev/null
: >"$OUT/summary.md"
echo "== audit examples/plugins with rules/default.yml"
rc=0
GITHUB_STEP_SUMMARY="$OUT/summary.md" "$BUILD/wasmgate" audit \
  --rules rules/default.yml --fail-on never \
  --sarif "$OUT/wasmgate.sarif" --sign-key "$OUT/demo.key" --attest-dir "$OUT" \
  "$BUILD"/examples/*.wasm || rc=$?
echo "== wrote $OUT/wasmgate.sarif, $OUT/*.intoto.json (key $OUT/demo.pub), $OUT/summary.md"
exit $rc
