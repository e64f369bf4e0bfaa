#!/bin/bash
# github_outputs.sh - `wasmgate audit` in a GitHub Actions step: with
# GITHUB_ACTIONS, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_WORKSPACE
# pointing at temporary files it prints annotations, appends the job summary
# and the step outputs; read back with lib/ghfiles.js (the runner's formats,
# from GitHub's docs).  Names carry the characters that break naive writers:
# a plugin file "we%ird::p.wasm" and an import "host%::x<LF>"."f,1:2".
# Without those variables the terminal output is unchanged.
# Skipped (77) without node, jq or the CLI's audit command.
set -u
: "${WASMGATE:?}" "${WAT2WASM:=wat2wasm}"
here=$(cd "$(dirname "$0")" && pwd)
for t in node jq; do command -v $t >/dev/null || { echo "$t not found: skipped"; exit 77; }; done
"$WASMGATE" audit --help >/dev/null 2>&1 || { echo "audit not implemented: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/ws
mkdir -p "$ws/plugins" "$ws/out"
cd "$ws" || exit 2
. "${WG_SRC:?}/tests/integration/lib/check.sh"
gh() { node "$here/lib/ghfiles.js" "$@"; }

weird='we%ird::p'
cat > "$tmp/weird.wat" <<'W'
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "host%::x\0a" "f,1:2" (func))
  (memory (export "memory") 1 2))
W
printf '(module (memory (export "memory") 1 2))' > "$tmp/hello.wat"
"$WAT2WASM" "$tmp/weird.wat" -o "plugins/$weird.wasm" && "$WAT2WASM" "$tmp/hello.wat" -o plugins/hello.wasm || exit 2

printf 'earlier=1\n' > "$tmp/output"
printf 'previous step\n' > "$tmp/summary.md"
env GITHUB_ACTIONS=true GITHUB_OUTPUT="$tmp/output" GITHUB_STEP_SUMMARY="$tmp/summary.md" \
	GITHUB_WORKSPACE="$ws" "$WASMGATE" audit --sarif out/a.sarif "plugins/$weird.wasm" \
	plugins/hello.wasm > "$tmp/log" 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] || bad "exit code $rc, want 1 (reject): $(cat "$tmp/err")"

# ---- GITHUB_OUTPUT ---------------------------------------------------------
gh output "$tmp/output" > "$tmp/out.json" || bad "GITHUB_OUTPUT does not parse"
o() { jq -r --arg k "$1" '.[$k] // "(missing)"' "$tmp/out.json"; }
[ "$(o earlier)" = 1 ] || bad "earlier output lost (file not appended)"
[ "$(o decision)" = reject ] || bad "decision=$(o decision)"
[ "$(o sarif)" = out/a.sarif ] || bad "sarif=$(o sarif)"
[ "$(o errors)" = 1 ] || bad "errors=$(o errors), want 1 (path_open: filesystem denied)"
[ "$(o warnings)" = 1 ] || bad "warnings=$(o warnings), want 1 (unlisted import)"
[ "$(o findings)" = 2 ] || bad "findings=$(o findings)"
case "$(o summary)" in reject:*) ;; *) bad "summary=$(o summary)" ;; esac
o plugins | jq -e --arg w "$weird" 'length == 2 and .[0].plugin == $w and .[0].decision == "reject"
	and .[1].plugin == "hello" and .[1].decision == "approve" and .[0].counts.error == 1' >/dev/null ||
	bad "plugins output: $(o plugins)"
o attestations | jq -e 'type == "array"' >/dev/null || bad "attestations output: $(o attestations)"

# ---- annotations -----------------------------------------------------------
gh commands "$tmp/log" > "$tmp/cmds.json" || bad "annotations do not parse"
jq -e --arg f "plugins/$weird.wasm" 'map(select(.command == "error")) | length == 1
	and .[0].properties.file == $f and (.[0].properties.title | startswith("WG1003"))' \
	"$tmp/cmds.json" >/dev/null || bad "error annotation: $(cat "$tmp/cmds.json")"
jq -e --arg w "$weird" 'map(select(.command == "warning")) | length == 1
	and (.[0].properties.title | startswith("WG1002"))
	and (.[0].data | startswith($w + ": ")) and (.[0].data | contains("host%::x\n.f,1:2"))' \
	"$tmp/cmds.json" >/dev/null || bad "warning annotation: $(cat "$tmp/cmds.json")"
# besides the annotations: the text report's ::stop-commands::TOKEN fence and its ::TOKEN:: resume
jq -e '(map(select(.command == "stop-commands") | .data)) as $tok
	| ($tok | length) == 1 and ($tok[0] | test("^[0-9a-f]{32}$"))
	and all(.command == "error" or .command == "warning" or .command == "notice"
		or .command == "stop-commands" or .command == $tok[0])' \
	"$tmp/cmds.json" >/dev/null || bad "unexpected workflow commands: $(cat "$tmp/cmds.json")"
grep -q '^\.f,1:2' "$tmp/log" && bad "a raw newline of an import name broke an annotation line"

# ---- job summary -----------------------------------------------------------
s=$tmp/summary.md
[ "$(head -n1 "$s")" = "previous step" ] || bad "summary: earlier content lost"
grep -qx '## wasmgate audit: REJECT' "$s" || bad "summary: no overall decision"
grep -qF '| hello | APPROVE | 0 | 0 | 0 | 0 |' "$s" || bad "summary: hello row"
grep -qF "| $weird | REJECT | 1 | 1 | 0 | 0 |" "$s" || bad "summary: $weird row"
grep -qF "### $weird: REJECT" "$s" || bad "summary: $weird section"
grep -q "Rejected because of 1 unwaived error: WG1003" "$s" || bad "summary: reason"
grep -qF 'host%::x<br>.f,1:2' "$s" || bad "summary: import name not escaped as expected"
# every row of a findings table has exactly 6 unescaped pipes
while IFS= read -r row; do
	n=$(printf '%s' "$row" | sed 's/\\|//g' | tr -cd '|' | wc -c)
	[ "$n" -eq 6 ] || bad "summary row with $n cells separators: $row"
done < <(grep '^| WG' "$s")
[ "$(stat -c %s "$s")" -lt 1048576 ] || bad "summary over 1 MiB"

# ---- --json keeps stdout JSON; annotations go to stderr ----------------------
env GITHUB_ACTIONS=true "$WASMGATE" audit --json --fail-on never plugins/hello.wasm \
	"plugins/$weird.wasm" > "$tmp/json" 2>"$tmp/jerr"
jq -e . "$tmp/json" >/dev/null || bad "--json stdout is not JSON under GITHUB_ACTIONS"
grep -q '^::error ' "$tmp/jerr" || bad "--json: annotations not on stderr"

# ---- no GitHub variables: the plain terminal output ---------------------------
env -u GITHUB_ACTIONS -u GITHUB_OUTPUT -u GITHUB_STEP_SUMMARY "$WASMGATE" audit \
	"plugins/$weird.wasm" plugins/hello.wasm > "$tmp/plain" 2>&1
grep -q '^::' "$tmp/plain" && bad "annotations printed outside GitHub Actions"
diff <(grep -v '^::' "$tmp/log") "$tmp/plain" >/dev/null || bad "terminal output differs with GitHub variables set"

# ---- an unwritable GITHUB_OUTPUT: exit 2, one line naming it ------------------
env GITHUB_OUTPUT=/nonexistent/dir/out "$WASMGATE" audit -q plugins/hello.wasm 2>"$tmp/err2"
rc=$?
[ $rc -eq 2 ] || bad "unwritable GITHUB_OUTPUT: exit $rc, want 2"
grep -q 'GITHUB_OUTPUT.*/nonexistent/dir/out' "$tmp/err2" || bad "error does not name GITHUB_OUTPUT: $(cat "$tmp/err2")"

check_done
