#!/usr/bin/env bash
# cli_papercuts.sh - what a first user hits (issue 10): `--rules strict` /
# `--rules default` pick the bundled files by name and the text report names
# the rules file used; `--sarif -` writes the SARIF log (alone) to stdout;
# `keygen --out keys/audit` makes the folder; a single-file --baseline of
# another plugin is an error; a baseline folder without the plugin says so;
# an import imports.allow grants is not reported as new (WG1100) while an
# unlisted one is.  The module has memory max
# 2000 pages: within default.yml's max_pages 4096, over strict.yml's 1024.
set -u
: "${WASMGATE:?}" "${WAT2WASM:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/check.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
printf '(module (memory (export "memory") 1 2000) (func (export "run")))\n' >m.wat
"$WAT2WASM" m.wat -o m.wasm || exit 1

out=$("$WASMGATE" audit --rules default m.wasm 2>&1); rc=$?
[ $rc = 0 ] && [[ $out == *APPROVE* ]] && grep -q '^rules: .*/default\.yml$' <<<"$out" &&
	ok "--rules default: approve, names default.yml" || bad "--rules default: rc=$rc $out"
out=$("$WASMGATE" audit --rules strict m.wasm 2>&1); rc=$?
[ $rc = 1 ] && [[ $out == *REJECT* ]] && grep -q '^rules: .*/strict\.yml$' <<<"$out" &&
	ok "--rules strict: reject (max_pages 1024), names strict.yml" || bad "--rules strict: rc=$rc $out"
cp "$WG_SRC/rules/strict.yml" ./strict
out=$("$WASMGATE" audit --rules ./strict m.wasm 2>&1)
grep -q '^rules: \./strict$' <<<"$out" && ok "--rules ./strict is the file" || bad "--rules ./strict: $out"
out=$("$WASMGATE" audit m.wasm 2>&1)
grep -q '^rules: .*/default\.yml$' <<<"$out" && ok "no --rules: default.yml named" || bad "no --rules: $out"

"$WASMGATE" audit --rules strict --sarif - m.wasm >sarif.out 2>sarif.err; rc=$?
if [ $rc = 1 ] && node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
	process.exit(j.version==="2.1.0" && j.runs[0].results.some(r=>r.level==="error") ? 0 : 1)' sarif.out; then
	ok "--sarif -: SARIF alone on stdout"
else
	bad "--sarif -: rc=$rc $(head -c 300 sarif.out) $(cat sarif.err)"
fi
[ ! -e ./- ] && ok "--sarif -: no file named '-'" || bad "--sarif -: wrote a file '-'"
"$WASMGATE" audit --sarif - --json m.wasm >/dev/null 2>&1; rc=$?
[ $rc = 2 ] && ok "--sarif - with --json refused" || bad "--sarif - --json: rc=$rc"

"$WASMGATE" keygen --out keys/audit >/dev/null 2>&1; rc=$?
[ $rc = 0 ] && [ -s keys/audit.key ] && [ -s keys/audit.pub ] &&
	ok "keygen --out keys/audit makes keys/" || bad "keygen --out keys/audit: rc=$rc"
# --- baseline -------------------------------------------------------------
cat >new.wat <<'W'
(module
  (import "env" "log" (func (param i32)))
  (import "host" "extra" (func (param i32)))
  (memory (export "memory") 1 1) (func (export "run")))
W
printf '(module (memory (export "memory") 1 1) (func (export "run")))\n' >old.wat
mkdir -p approved empty
"$WAT2WASM" new.wat -o plug.wasm && "$WAT2WASM" old.wat -o approved/plug.wasm && cp approved/plug.wasm other.wasm || exit 1
printf 'version: 1\nname: t\nimports:\n  allow: ["env.log"]\n  unlisted: approve\n' >allow.yml
"$WASMGATE" audit --rules allow.yml --baseline other.wasm plug.wasm >b1.out 2>b1.err; rc=$?
[ $rc = 2 ] && grep -q "is plugin 'other', not 'plug'" b1.err && ok "--baseline other.wasm for plug.wasm: an error" ||
	bad "--baseline of another plugin: rc=$rc $(cat b1.out b1.err)"
out=$("$WASMGATE" audit --rules allow.yml --baseline empty plug.wasm 2>&1); rc=$?
[ $rc = 0 ] && grep -q '^  no baseline: empty/plug.wasm not found' <<<"$out" &&
	ok "baseline folder without the plugin: says so" || bad "baseline folder without plugin: rc=$rc $out"
"$WASMGATE" audit --rules allow.yml --fail-on never --json --baseline approved plug.wasm >b3.json 2>&1
new=$(node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
	console.log(JSON.stringify(j).match(/"WG1100"/g)?.length ?? 0, j.plugins[0].findings.filter(f=>f.rule==="WG1100"||f.id==="WG1100").map(f=>f.item).join(","))' b3.json 2>&1)
[ "$new" = "1 host.extra" ] && ok "baseline: allowed env.log not new, unlisted host.extra new" ||
	bad "baseline new imports: '$new' ($(head -c 400 b3.json))"
check_done
