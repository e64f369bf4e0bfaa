#!/usr/bin/env bash
# cli_audit.sh - `wasmgate audit` as a command: exit codes for each
# --fail-on, --json that parses and does not depend on -j, argument
# expansion (files, directories, globs with **), the bundled rules lookup,
# --baseline with a directory, and bad input (missing file, glob matching
# nothing, bad rules, bad options): exit 2 with one line on stderr.
# Env (from ctest): WASMGATE, WG_SRC, WAT2WASM.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
WASMGATE=$(realpath "$WASMGATE")
command -v node >/dev/null 2>&1 || { echo "SKIP: node is needed to parse JSON" >&2; exit 77; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
. "${WG_SRC:?}/tests/integration/lib/check.sh"

# expect_exit CODE NAME CMD...: the command exits with CODE.
expect_exit() {
	local want=$1 name=$2 got
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"
	got=$?
	if [ "$got" = "$want" ]; then ok "$name"; else bad "$name (exit $got, want $want)"; cat "$TMP/err"; fi
}

# expect_error NAME CMD...: exit 2, exactly one line on stderr, nothing on stdout.
expect_error() {
	local name=$1
	shift
	"$@" >"$TMP/out" 2>"$TMP/err"
	local rc=$? lines
	lines=$(wc -l <"$TMP/err")
	if [ "$rc" = 2 ] && [ "$lines" = 1 ] && [ ! -s "$TMP/out" ]; then
		ok "$name: $(cat "$TMP/err")"
	else
		bad "$name (exit $rc, $lines stderr lines)"; cat "$TMP/err" "$TMP/out"
	fi
}

wat() {   # wat NAME TEXT: compile to $TMP/NAME.wasm
	printf '%s\n' "$2" >"$TMP/$1.wat"
	mkdir -p "$(dirname "$TMP/$1")"
	"$WAT2WASM" --enable-all "$TMP/$1.wat" -o "$TMP/$1.wasm" || { echo "wat2wasm failed on $1"; exit 1; }
}

RULES="$WG_SRC/rules/default.yml"
mkdir -p "$TMP/plugins/sub/deeper" "$TMP/plugins/.hidden"
# approve, flag (memory.grow), reject (filesystem) under default.yml
wat plugins/clean '(module (memory (export "memory") 1 1) (func (export "run")))'
wat plugins/sub/grow '(module (memory (export "memory") 1 2) (func (export "run") (drop (memory.grow (i32.const 1)))))'
wat plugins/sub/deeper/files '(module (import "wasi_snapshot_preview1" "path_open" (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32))) (memory (export "memory") 1 1))'
wat plugins/.hidden/skipped '(module)'
C=$TMP/plugins/clean.wasm G=$TMP/plugins/sub/grow.wasm F=$TMP/plugins/sub/deeper/files.wasm

# --- exit codes --------------------------------------------------------
expect_exit 0 "approve, default --fail-on" "$WASMGATE" audit --rules "$RULES" "$C"
expect_exit 0 "approve, --fail-on flag" "$WASMGATE" audit --rules "$RULES" --fail-on flag "$C"
expect_exit 0 "flag, default --fail-on (reject)" "$WASMGATE" audit --rules "$RULES" "$G"
expect_exit 1 "flag, --fail-on flag" "$WASMGATE" audit --rules "$RULES" --fail-on flag "$G"
expect_exit 1 "reject, --fail-on reject" "$WASMGATE" audit --rules "$RULES" --fail-on reject "$F"
expect_exit 0 "reject, --fail-on never" "$WASMGATE" audit --rules "$RULES" --fail-on never "$F"
expect_exit 1 "batch: worst decision counts" "$WASMGATE" audit --rules "$RULES" "$C" "$F"
expect_exit 0 "--help" "$WASMGATE" audit --help

# --- text output -----------------------------------------------------------
"$WASMGATE" audit --rules "$RULES" "$C" "$G" "$F" >"$TMP/text" 2>&1
if grep -q '^clean (.*): APPROVE' "$TMP/text" && grep -q '^grow (.*): FLAG' "$TMP/text" &&
   grep -q 'WG1041 opcode-flagged  memory.grow' "$TMP/text" &&
   grep -q 'WG1003 capability-denied  wasi_snapshot_preview1.path_open' "$TMP/text" &&
   grep -q '^3 plugins: 1 approve, 1 flag, 1 reject -> reject' "$TMP/text" &&
   ! grep -q $'\033' "$TMP/text"; then
	ok "text report (no colour when not a terminal)"
else
	bad "text report"; cat "$TMP/text"
fi
"$WASMGATE" audit --rules "$RULES" --quiet --fail-on never "$F" >"$TMP/q" 2>&1
if [ ! -s "$TMP/q" ]; then ok "--quiet prints nothing"; else bad "--quiet"; cat "$TMP/q"; fi

# --- JSON ------------------------------------------------------------------
"$WASMGATE" audit --rules "$RULES" --json --fail-on never "$C" "$G" "$F" >"$TMP/j.json" 2>"$TMP/err"
if node -e '
const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const d = j.plugins.map(p => p.plugin + "=" + p.decision).join(",");
if (j.decision !== "reject" || d !== "clean=approve,grow=flag,files=reject") throw new Error(d);
const f = j.plugins[2].findings.find(x => x.rule === "WG1003");
if (!f || f.severity !== "error" || f.item !== "wasi_snapshot_preview1.path_open" ||
    typeof f.offset !== "number" || f.waived !== false) throw new Error(JSON.stringify(f));
if (j.plugins[1].counts.warning !== 1 || j.rules.name !== "default") throw new Error("counts");
' "$TMP/j.json"; then ok "--json parses, decisions and findings as expected"; else bad "--json"; fi

# -j 1 and -j 4 give the same bytes over every fixture
mkdir -p "$TMP/fx"
for w in "$WG_SRC"/tests/fixtures/*.wat; do
	"$WAT2WASM" --enable-all "$w" -o "$TMP/fx/$(basename "$w" .wat).wasm" 2>/dev/null
done
"$WASMGATE" audit --rules "$RULES" --json --fail-on never -j 1 "$TMP/fx/*.wasm" >"$TMP/j1" 2>&1
"$WASMGATE" audit --rules "$RULES" --json --fail-on never -j 4 "$TMP/fx/*.wasm" >"$TMP/j4" 2>&1
n=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).plugins.length)' "$TMP/j1" 2>/dev/null)
if cmp -s "$TMP/j1" "$TMP/j4" && [ "${n:-0}" -gt 10 ]; then
	ok "-j 1 and -j 4 --json identical ($n plugins)"
else
	bad "-j 1 vs -j 4 differ or too few plugins (${n:-none})"; diff "$TMP/j1" "$TMP/j4" | head
fi

# --- arguments: directories, globs, ** -------------------------------------
names() { node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).plugins.map(p => p.plugin).join(","))'; }
got=$("$WASMGATE" audit --rules "$RULES" --json --fail-on never "$TMP/plugins/**/*.wasm" | names)
[ "$got" = "clean,files,grow" ] && ok "** glob (hidden dirs skipped, sorted): $got" || bad "** glob: $got"
got=$("$WASMGATE" audit --rules "$RULES" --json --fail-on never "$TMP/plugins" | names)
[ "$got" = "clean,files,grow" ] && ok "directory argument: $got" || bad "directory: $got"
got=$("$WASMGATE" audit --rules "$RULES" --json --fail-on never "$TMP/plugins/s?b/*.wasm" "$G" | names)
[ "$got" = "grow" ] && ok "glob(3) pattern, each file once: $got" || bad "glob(3): $got"
got=$(cd "$TMP/plugins" && "$WASMGATE" audit --rules "$RULES" --json --fail-on never '**/*.wasm' |
      node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).plugins.map(p => p.path).join(","))')
[ "$got" = "clean.wasm,sub/deeper/files.wasm,sub/grow.wasm" ] && ok "relative **: $got" || bad "relative **: $got"

# --- bundled rules and WASMGATE_RULES_DIR ----------------------------------
expect_exit 0 "bundled default rules found" "$WASMGATE" audit "$C"
mkdir -p "$TMP/rulesdir"
printf 'version: 1\nname: lenient\n' >"$TMP/rulesdir/default.yml"
expect_exit 0 "WASMGATE_RULES_DIR picks default.yml" env WASMGATE_RULES_DIR="$TMP/rulesdir" "$WASMGATE" audit "$F"

# --- baseline directory ----------------------------------------------------
mkdir -p "$TMP/approved"
cp "$C" "$TMP/approved/grow.wasm"     # the approved grow had no memory.grow... and no imports
"$WASMGATE" audit --rules "$RULES" --json --fail-on never --baseline "$TMP/approved" "$G" "$C" >"$TMP/b.json"
if node -e '
const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
if (!j.plugins[0].baseline || j.plugins[1].baseline !== null) throw new Error("baseline fields");
' "$TMP/b.json"; then ok "--baseline DIR: <plugin>.wasm used, absent one means no baseline"; else bad "--baseline DIR"; fi

# --- bad input: exit 2, one line -------------------------------------------
expect_error "missing file" "$WASMGATE" audit --rules "$RULES" "$TMP/nope.wasm"
expect_error "glob matching nothing" "$WASMGATE" audit --rules "$RULES" "$TMP/nothing*/x?.wasm"
expect_error "** matching nothing" "$WASMGATE" audit --rules "$RULES" "$TMP/plugins/**/*.none"
printf 'version: 1\nimports:\n  alow: []\n' >"$TMP/bad.yml"
expect_error "bad rules" "$WASMGATE" audit --rules "$TMP/bad.yml" "$C"
grep -q 'bad.yml:3:3' "$TMP/err" && ok "bad rules message has file:line:col" || bad "bad rules position: $(cat "$TMP/err")"
expect_error "missing rules" "$WASMGATE" audit --rules "$TMP/none.yml" "$C"
expect_error "bad --fail-on" "$WASMGATE" audit --rules "$RULES" --fail-on sometimes "$C"
expect_error "bad -j" "$WASMGATE" audit --rules "$RULES" -j 0 "$C"
expect_error "no file" "$WASMGATE" audit --rules "$RULES"
expect_error "missing baseline" "$WASMGATE" audit --rules "$RULES" --baseline "$TMP/none.wasm" "$C"
expect_error "directory without .wasm" "$WASMGATE" audit --rules "$RULES" "$TMP/rulesdir"

check_done
