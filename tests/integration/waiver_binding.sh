#!/usr/bin/env bash
# waiver_binding.sh - what a waiver binds to besides the plugin name
# (issue 9, item 7).  The review's case: a waiver for plugin pdf-export
# must not approve a brand-new plugins/other/pdf-export.wasm with more
# imports.  A path glob (relative to the repository root, '*' stops at
# '/') or the module's sha256 binds it to one file or to exact bytes; a
# path outside the root or with a '..' segment matches no path glob.
# Env (from ctest): WASMGATE, WG_SRC, WAT2WASM.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
W=$(realpath "$WASMGATE")
T=$(mktemp -d "${TMPDIR:-/tmp}/waiver_binding.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
export GITHUB_WORKSPACE=$T
. "$WG_SRC/tests/integration/lib/check.sh"

mkdir -p plugins/pdf-export plugins/other plugins/pdf-export/sub
cat >pdf.wat <<'W'
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1 1))
W
cat >evil.wat <<'W'
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_unlink_file" (func (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1 1))
W
"$WAT2WASM" pdf.wat -o plugins/pdf-export/pdf-export.wasm && "$WAT2WASM" evil.wat -o plugins/other/pdf-export.wasm || exit 2
cp plugins/pdf-export/pdf-export.wasm plugins/pdf-export/sub/pdf-export.wasm
sha=$(sha256sum plugins/pdf-export/pdf-export.wasm | cut -c1-64)
SHA=$(echo "$sha" | tr a-f A-F)

rules() {   # rules FILE KEY: VALUE... : default rules + one path_open/unlink waiver
	{ grep -v '^waivers:' "$WG_SRC/rules/default.yml"
	  echo "waivers:"
	  echo "  - rule: WG1003"
	  shift_out=("${@:2}"); for kv in "${shift_out[@]}"; do echo "    $kv"; done
	  echo '    item: "wasi_snapshot_preview1.path_*"'
	  echo '    reason: "writes the PDF into its preopened output directory"'
	  echo '    approved_by: "@reviewer"'
	  echo '    expires: 2099-12-31'; } >"$1"
	"$W" rules check "$1" >/dev/null 2>&1 || { bad "rules $1 do not load"; "$W" rules check "$1"; }
}
decision() { "$W" audit --fail-on never --rules "$1" "$2" 2>&1 | sed -n 's/.*: \(APPROVE\|FLAG\|REJECT\) .*/\1/p' | head -1; }
expect() {  # expect RULES FILE DECISION WHAT
	local d; d=$(decision "$1" "$2")
	[ "$d" = "$3" ] && ok "$4 ($2: $d)" || bad "$4 ($2: got '$d', want $3)"
}

rules by-name.yml 'plugin: pdf-export'
expect by-name.yml plugins/pdf-export/pdf-export.wasm APPROVE "plugin-name waiver approves its plugin"
expect by-name.yml plugins/other/pdf-export.wasm APPROVE "plugin-name waiver also approves a same-named new file (why path/sha256 exist)"

rules by-path.yml 'path: "plugins/pdf-export/*.wasm"'
expect by-path.yml plugins/pdf-export/pdf-export.wasm APPROVE "path waiver approves the file under its path"
expect by-path.yml ./plugins/pdf-export/pdf-export.wasm APPROVE "path waiver: ./ prefix is the same path"
expect by-path.yml "$T/plugins/pdf-export/pdf-export.wasm" APPROVE "path waiver: absolute path under the workspace"
GITHUB_WORKSPACE=$T/ expect by-path.yml "$T/plugins/pdf-export/pdf-export.wasm" APPROVE "path waiver: workspace given with a trailing '/'"
expect by-path.yml plugins/other/pdf-export.wasm REJECT "path waiver does not approve plugins/other/pdf-export.wasm"
expect by-path.yml plugins/pdf-export/sub/pdf-export.wasm REJECT "path waiver: '*' does not cross '/'"
expect by-path.yml plugins/other/../pdf-export/pdf-export.wasm REJECT "path waiver: a '..' path matches no path glob"
cp plugins/pdf-export/pdf-export.wasm "$T/../outside-$$.wasm"
expect by-path.yml "$T/../outside-$$.wasm" REJECT "path waiver: a file outside the workspace matches no path glob"
rm -f "$T/../outside-$$.wasm"

rules by-sha.yml "sha256: \"$SHA\""
expect by-sha.yml plugins/pdf-export/pdf-export.wasm APPROVE "sha256 waiver (upper-case hex) approves these bytes"
expect by-sha.yml plugins/pdf-export/sub/pdf-export.wasm APPROVE "sha256 waiver approves the same bytes anywhere"
expect by-sha.yml plugins/other/pdf-export.wasm REJECT "sha256 waiver does not approve other bytes with the same name"

rules by-both.yml 'plugin: pdf-export' 'path: "plugins/pdf-export/*.wasm"' "sha256: \"$sha\""
expect by-both.yml plugins/pdf-export/pdf-export.wasm APPROVE "plugin + path + sha256: all match"
expect by-both.yml plugins/pdf-export/sub/pdf-export.wasm REJECT "plugin + path + sha256: path differs"
rules wrong-sha.yml "sha256: \"$(echo "$sha" | tr 0-9a-f 1-9a-f0)\""
expect wrong-sha.yml plugins/pdf-export/pdf-export.wasm REJECT "another sha256 approves nothing"
check_done
