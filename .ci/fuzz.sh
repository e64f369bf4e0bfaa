#!/bin/bash
# .ci/fuzz.sh - build the libFuzzer targets of tests/fuzz/ (clang, ASan +
# UBSan + coverage) in their own build directory and run each for a bounded
# time, seeded from the fixtures (tests/fixtures/**/*.wat compiled with
# wat2wasm), the rules files (rules/*.yml, tests/rules/**) and the
# regression inputs (tests/fuzz/regressions/<target>/).  Fails on any
# crash, leak, timeout or out-of-memory; the input that did it is kept in
# $WG_FUZZ_OUT/artifacts and printed.
#
# Environment:
#   WG_FUZZ_SECONDS  seconds per target (default 60)
#   WG_FUZZ_TIMEOUT  seconds one input may take (default 10)
#   WG_FUZZ_RSS_MB   memory cap per target process (default 2048)
#   WG_FUZZ_BUILD    build directory (default <src>/build-fuzz)
#   WG_FUZZ_OUT      corpora and artifacts (default /tmp/wasmgate-cache/fuzz;
#                    the corpora grow from run to run there)
#   WG_FUZZ_TARGETS  targets to run (default: every fuzz_* built)
#   WG_CORPUS        real-world modules; those under 64 KB are module seeds too
# Usage: .ci/fuzz.sh     (from anywhere)
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_PER=${WG_FUZZ_SECONDS:-60}
TIMEOUT=${WG_FUZZ_TIMEOUT:-10}
RSS_MB=${WG_FUZZ_RSS_MB:-2048}
BUILD=${WG_FUZZ_BUILD:-$SRC/build-fuzz}
OUT=${WG_FUZZ_OUT:-/tmp/wasmgate-cache/fuzz}
WAT2WASM=${WAT2WASM:-wat2wasm}

say() { printf 'fuzz: %s\n' "$*"; }
command -v clang >/dev/null || { say "clang not found"; exit 2; }

mkdir -p "$OUT"
say "configure $BUILD (clang, -DWG_FUZZ=ON)"
CC=clang CXX=clang++ cmake -S "$SRC" -B "$BUILD" -DWG_FUZZ=ON -DWG_EXAMPLES=OFF \
	-DWG_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$OUT/configure.log" 2>&1 ||
	{ cat "$OUT/configure.log"; exit 2; }
targets=${WG_FUZZ_TARGETS:-$(cmake --build "$BUILD" --target help | sed -n 's/^\.\.\. \(fuzz_[a-z0-9_]*\).*/\1/p' | sort)}
[ -n "$targets" ] || { say "no fuzz targets configured"; exit 2; }
say "build $(echo $targets)"
cmake --build "$BUILD" -j2 --target $targets >"$OUT/build.log" 2>&1 ||
	{ tail -40 "$OUT/build.log"; exit 2; }

# Seed corpora: fresh each run, from what is in the tree now.
SEEDS=$(mktemp -d); trap 'rm -rf "$SEEDS"' EXIT
mkdir -p "$SEEDS/module" "$SEEDS/rules" "$SEEDS/attest" "$OUT/artifacts"
n=0
while IFS= read -r -d '' wat; do
	dst="$SEEDS/module/$(echo "${wat#$SRC/}" | tr '/' '_').wasm"
	"$WAT2WASM" --enable-all "$wat" -o "$dst" 2>/dev/null ||
		"$WAT2WASM" --enable-all --no-check "$wat" -o "$dst" 2>/dev/null || continue
	n=$((n + 1))
done < <(find "$SRC/tests/fixtures" "$SRC/examples" -name '*.wat' -print0 2>/dev/null)
find "$SRC/tests/fixtures" -name '*.wasm' -exec cp -t "$SEEDS/module" {} + 2>/dev/null || true
# small real-world modules (bench corpus, when it has been fetched)
find "${WG_CORPUS:-/tmp/wasmgate-cache/corpus/npm}" -maxdepth 1 -name '*.wasm' -size -64k \
	-exec cp -t "$SEEDS/module" {} + 2>/dev/null || true
find "$SRC/rules" "$SRC/tests/rules" "$SRC/tests/fixtures" \( -name '*.yml' -o -name '*.yaml' \) \
	-exec cp --backup=numbered -t "$SEEDS/rules" {} + 2>/dev/null || true
find "$SRC/tests" \( -name '*.intoto.json' -o -name '*.dsse.json' -o -name '*.dsse' \) \
	-exec cp --backup=numbered -t "$SEEDS/attest" {} + 2>/dev/null || true
mkdir -p "$SEEDS/manifest"   # plugin.yml: the examples' and the bad-manifest fixtures
find "$SRC/examples" "$SRC/tests/manifest" \( -name 'plugin.yml' -o -path '*/tests/manifest/*.yml' \) \
	-exec cp --backup=numbered -t "$SEEDS/manifest" {} + 2>/dev/null || true
ln -s module "$SEEDS/modsig"       # module signatures parse modules too
ln -s module "$SEEDS/interp"       # the interpreter runs modules
ln -s module "$SEEDS/fastpath"     # the fast path against wabt: the same modules
mkdir -p "$SEEDS/key"
if command -v openssl >/dev/null; then   # real keys and a real envelope signed by openssl
	k=$SEEDS/key
	openssl genpkey -algorithm ed25519 -out "$k/ed.key" 2>/dev/null &&
	openssl pkey -in "$k/ed.key" -pubout -out "$k/ed.pub" 2>/dev/null &&
	openssl genpkey -algorithm ec -pkeyopt ec_paramgen_curve:P-256 -out "$k/ec.key" 2>/dev/null || true
	body='{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"p","digest":{"sha256":"00"}}]}'
	type=application/vnd.in-toto+json
	printf 'DSSEv1 %d %s %d %s' ${#type} "$type" ${#body} "$body" > "$SEEDS/pae"
	if openssl pkeyutl -sign -rawin -inkey "$k/ed.key" -in "$SEEDS/pae" -out "$SEEDS/sig" 2>/dev/null; then
		printf '{"payload":"%s","payloadType":"%s","signatures":[{"keyid":"k","sig":"%s"}]}' \
			"$(printf %s "$body" | base64 -w0)" "$type" "$(base64 -w0 < "$SEEDS/sig")" > "$SEEDS/attest/openssl.json"
	fi
fi
say "seeds: $n module(s) from .wat, $(ls "$SEEDS/module" | wc -l) in all, $(ls "$SEEDS/rules" | wc -l) rules file(s), $(ls "$SEEDS/attest" | wc -l) envelope(s), $(ls "$SEEDS/key" | wc -l) key(s)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=""
for t in $targets; do
	name=${t#fuzz_}
	exe=$(find "$BUILD" -type f -name "$t" -perm -u+x | head -1)
	corpus="$OUT/corpus/$name"; mkdir -p "$corpus"
	regress="$SRC/tests/fuzz/regressions/$name"
	dict=(); [ -f "$SRC/tests/fuzz/$name.dict" ] && dict=(-dict="$SRC/tests/fuzz/$name.dict")
	args=(-max_total_time="$SECONDS_PER" -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB"
	      -malloc_limit_mb="$RSS_MB" -print_final_stats=1 -detect_leaks=1
	      -artifact_prefix="$OUT/artifacts/$name-" "${dict[@]}")
	say "run $t ${args[*]} $corpus $SEEDS/$name $regress"
	log="$OUT/$name.log"
	mkdir -p "$SEEDS/$name"   # a target without seeds of its own starts from its corpus
	if "$exe" "${args[@]}" "$corpus" "$SEEDS/$name" $( [ -d "$regress" ] && echo "$regress") >"$log" 2>&1; then
		say "$t: ok, $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') inputs, corpus $(ls "$corpus" | wc -l)"
	else
		say "$t: FAILED (log $log)"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' "$log" | head -20 || true
		grep -A25 -m1 -E '==ERROR|runtime error' "$log" | grep -E '^ *#[0-9]+ ' | head -15 || true
		say "minimise: $exe -minimize_crash=1 -runs=20000 -exact_artifact_path=$SRC/tests/fuzz/regressions/$name/<bug> <artifact>"
		failed="$failed $t"
	fi
done
if [ -n "$failed" ]; then
	say "FAILED:$failed"
	exit 1
fi
say "all targets clean ($SECONDS_PER s each)"
