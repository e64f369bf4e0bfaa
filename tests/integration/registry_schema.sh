#!/usr/bin/env bash
# registry_schema.sh - the index `wasmgate registry` writes validates
# against docs/registry-index.schema.json (JSON Schema 2020-12, checked
# with Ajv in strict mode), after init, publish (with and without the
# wasmgate.plugin section, SARIF and a waiver) and yank; and the schema
# rejects indexes that break it (so the check can fail).  Ajv comes from
# npm into ${WG_CACHE_DIR:-/tmp/wasmgate-cache}/npm; no npm or no network:
# skipped (77).
set -u
command -v jq >/dev/null || { echo "SKIP: jq not found"; exit 77; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "SKIP: node/npm not installed"; exit 77; }
. "${WG_SRC:?}/tests/integration/lib/registry.sh"
PREFIX=${WG_CACHE_DIR:-/tmp/wasmgate-cache}/npm
mkdir -p "$PREFIX" || exit 77
(
	flock 9
	[ -f "$PREFIX/node_modules/ajv/dist/2020.js" ] ||
		npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error ajv@8 >&2
) 9>"$PREFIX/.lock"
[ -f "$PREFIX/node_modules/ajv/dist/2020.js" ] || { echo "SKIP: could not install ajv with npm"; exit 77; }
reg_scratch

cat >validate.js <<'JS'
// validate.js SCHEMA FILE...: exit 0 when every FILE is valid, else print the errors
const Ajv = require(process.env.AJV);
const fs = require('fs');
const ajv = new Ajv({ strict: true, allErrors: true });
const check = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
let bad = 0;
for (const f of process.argv.slice(3)) {
	if (!check(JSON.parse(fs.readFileSync(f, 'utf8')))) {
		bad++;
		console.log(f + ': ' + ajv.errorsText(check.errors));
	}
}
process.exit(bad ? 1 : 0);
JS
export AJV=$PREFIX/node_modules/ajv/dist/2020.js
SCHEMA=$WG_SRC/docs/registry-index.schema.json
valid() { node validate.js "$SCHEMA" "$@"; }

"$W" registry init R --key reg.key --audit-key audit.pub >/dev/null || exit 2
cp R/index.json s1.json
plugin p1 1; attest p1.wasm
"$W" registry publish --registry R --key reg.key --name p1 --version 1.0.0 p1.wasm \
	--attestation att/p1.intoto.json --sarif sarif/p1.sarif >/dev/null || exit 2
cp R/index.json s2.json
add_section p1.wasm '{"abi":"wasmgate-plugin/1","name":"sec","toolchain":"wasi","variant":"","version":"1.0.0-rc.1"}' sec.wasm
attest sec.wasm
printf '{"toolchain": "wasi"}\n' >build.json
"$W" registry publish --registry R --key reg.key sec.wasm --attestation att/sec.intoto.json \
	--build-json build.json >/dev/null || exit 2
printf 'version: 1\nname: w\nimports: {unlisted: flag}\nwaivers:\n  - {rule: import-unlisted, plugin: "*", item: "env.*", reason: r, approved_by: "@sec", expires: %s}\n' \
	"$(date -d '+1 year' +%F)" >w.yml
printf '(module (import "env" "f" (func)) (memory (export "memory") 1 2))\n' >w.wat
"$WAT2WASM" w.wat -o w.wasm && attest w.wasm w.yml
"$W" registry publish --registry R --key reg.key --name w --version 1 w.wasm --attestation att/w.intoto.json >/dev/null || exit 2
"$W" registry yank --registry R --key reg.key p1@1.0.0 --reason "a reason" >/dev/null || exit 2
cp R/index.json s3.json
[ "$(jq '.plugins.w["1"].waivers | length' s3.json)" = 1 ] || { echo "FAIL the fixture has no waiver"; exit 1; }
if valid s1.json s2.json s3.json >out.txt; then ok "init, publish (section, build.json, waiver) and yank indexes validate"
else bad "the indexes do not validate"; cat out.txt; fi

# The schema can fail: broken copies must not validate.
i=0
for edit in '.version = "2"' '.expires = "tomorrow"' '.previous = "abc"' '.plugins.p1["1.0.0"].sha256 = "XYZ"' \
	'.plugins.p1["1.0.0"].size = 1.5' '.plugins["Bad/Name"] = {}' '.plugins.p1["1.0.0"].decision = "flag"' \
	'.extra = 1' 'del(.plugins.p1["1.0.0"].files)' '.plugins.p1["1.0.0"].files.wasm.path = "/etc/passwd"'; do
	i=$((i + 1))
	jq -c "$edit" s3.json >broken$i.json
	if valid broken$i.json >/dev/null; then bad "the schema accepts an index with $edit"
	else ok "the schema rejects $edit"; fi
done
check_done
