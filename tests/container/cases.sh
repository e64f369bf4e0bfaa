# tests/container/cases.sh - sourced by the action tests (action_entrypoint.sh,
# container.sh, smoke.sh): the workspace fixture, the table of cases with
# what rules/default.yml says about each, a parser of the runner's
# GITHUB_OUTPUT file-command format and the checks of one run.
#
# A runner is a function `RUN WS OUT ENV...`: run the action on workspace
# WS with exactly the environment entries ENV ("INPUT_FAIL-ON=flag": every
# input of action.yml with its default, overridden by the case, named as the
# runner names them), leave GITHUB_OUTPUT in OUT/output, the step summary in
# OUT/summary, stdout in OUT/stdout; return the action's exit code.

WG_CASES_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WG_ACTION_YML=${WG_ACTION_YML:-$WG_CASES_DIR/../../action.yml}

# wg_make_workspace DIR: the plugins, compiled from WAT by $WAT2WASM.
#   hello   imports env.log + fd_write (allowed), memory 1..16, exports memory: approve
#   grow    memory without maximum (WG1011) + memory.grow (WG1041):              flag
#   fileio  imports wasi path_open, capability filesystem denied (WG1003):        reject
#   deep/a/b/nested  hello again, three directories down: found by '**'
#   node_modules/junk.wasm, .git/junk.wasm: garbage the default glob must skip
#   rules/lenient.yml (allows every WASI import), rules/bad.yml (unknown key at 2:1)
wg_make_workspace() {
	local ws=$1 src=$1/src
	mkdir -p "$src" "$ws/plugins/deep/a/b" "$ws/node_modules" "$ws/.git" "$ws/rules"
	cat >"$src/hello.wat" <<'EOF'
(module
  (import "env" "log" (func $log (param i32 i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1 16)
  (data (i32.const 16) "hello")
  (func (export "run") (result i32)
    (call $log (i32.const 16) (i32.const 5))
    (i32.const 0)))
EOF
	cat >"$src/grow.wat" <<'EOF'
(module
  (memory (export "memory") 1)
  (func (export "grow") (param i32) (result i32)
    (memory.grow (local.get 0))))
EOF
	cat >"$src/fileio.wat" <<'EOF'
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1 16)
  (func (export "open") (result i32)
    (call $path_open (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 16) (i32.const 0)
                     (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 32))))
EOF
	# Allows every WASI import: fileio becomes acceptable (no other key: nothing else checked).
	cat >"$ws/rules/lenient.yml" <<'EOF'
version: 1
name: lenient
imports:
  allow: ["env.*", "wasi_snapshot_preview1.*"]
EOF
	printf 'version: 1\nbogus: 1\n' >"$ws/rules/bad.yml"
	local p
	for p in hello grow fileio; do
		"$WAT2WASM" "$src/$p.wat" -o "$ws/plugins/$p.wasm" || return 1
	done
	cp "$ws/plugins/hello.wasm" "$ws/plugins/deep/a/b/nested.wasm"
	# symlinks out of the workspace (a hostile pull request): never audited
	ln -s /etc/passwd "$ws/plugins/outside.wasm"
	ln -s /etc "$ws/plugins/etc"
	printf 'not wasm' >"$ws/node_modules/junk.wasm"
	printf 'not wasm' >"$ws/.git/junk.wasm"
	# hostile names (a pull request chooses them): glob characters next to
	# the harmless file they would match, workflow commands, newline, CR,
	# tab, invalid UTF-8.  Each is audited under its own name, never as a
	# pattern, and none may become a workflow command in the log.
	mkdir -p "$ws/hostile"
	cp "$ws/plugins/hello.wasm" "$ws/hostile/resize_x.wasm"
	cp "$ws/plugins/fileio.wasm" "$ws/hostile/resize[_]x.wasm"
	cp "$ws/plugins/fileio.wasm" "$ws/hostile/star*.wasm"
	cp "$ws/plugins/hello.wasm" "$ws/hostile/star_ok.wasm"
	cp "$ws/plugins/fileio.wasm" "$ws/hostile/nl"$'\n'"::notice title=pwned::x.wasm"
	cp "$ws/plugins/fileio.wasm" "$ws/hostile/##[add-mask]pwned.wasm"
	cp "$ws/plugins/hello.wasm" "$ws/hostile/::set-output name=decision::pwned.wasm"
	cp "$ws/plugins/hello.wasm" "$ws/hostile/%0A::notice title=pwned::x.wasm"
	cp "$ws/plugins/hello.wasm" "$ws/hostile/tab"$'\t'"::notice title=pwned::.wasm"
	cp "$ws/plugins/fileio.wasm" "$ws/hostile/bad"$'\xff\r'"::notice title=pwned::.wasm"
	# blanks at a name's ends: the name, not the trimmed one beside it
	cp "$ws/plugins/hello.wasm" "$ws/lead.wasm"
	cp "$ws/plugins/fileio.wasm" "$ws/ lead.wasm"
	# outputs through symlinks committed in a pull request: never written
	ln -s ../outside "$ws/evil-results"
	ln -s ../outside/stolen.sarif "$ws/evil.sarif"
}

# The cases.  Fields: name | inputs (";"-separated NAME=value) | exit code |
# decision | number of plugins | rule ids the SARIF must hold | ids it must not.
WG_CASES=(
	"approve|PATH=plugins/hello.wasm|0|approve|1||WG1011 WG1041 WG1003"
	"flag|PATH=plugins/grow.wasm|0|flag|1|WG1011 WG1041|WG1003"
	"flag-fails|PATH=plugins/grow.wasm;FAIL-ON=flag|1|flag|1|WG1011 WG1041|"
	"reject|PATH=plugins/fileio.wasm|1|reject|1|WG1003|WG1011"
	"all-default-glob||1|reject|16|WG1003 WG1011 WG1041|WG1000"
	"all-never|PATH=plugins/**/*.wasm;FAIL-ON=never|0|reject|4|WG1003 WG1011 WG1041|WG1000"
	"two-lines|PATH=plugins/hello.wasm
plugins/grow.wasm|0|flag|2|WG1011|WG1003"
	"custom-rules|PATH=plugins/fileio.wasm;RULES=rules/lenient.yml|0|approve|1||WG1003"
	"sarif-elsewhere|PATH=plugins/grow.wasm;SARIF-FILE=out/audit.sarif;SUMMARY=false|0|flag|1|WG1011|"
	"literal-bracket|PATH=hostile/resize[_]x.wasm|1|reject|1|WG1003|"
	"literal-star|PATH=hostile/star*.wasm|1|reject|1|WG1003|"
	"hostile-names|PATH=hostile/**/*.wasm;FAIL-ON=never|0|reject|10|WG1003|"
	"literal-blank|PATH= lead.wasm|1|reject|1|WG1003|"
)

# Bad inputs.  Fields: name | inputs | regex the ::error line must match.
WG_BAD_CASES=(
	"bad-fail-on|FAIL-ON=sometimes|^::error.*fail-on.*sometimes"
	"missing-rules|RULES=rules/nope.yml|^::error.*rules.*nope.yml"
	"no-match|PATH=nothing/**/*.wasm|^::error.*path.*nothing/"
	"no-match-glob|PATH=plugins/*.txt|^::error.*plugins/\\*\\.txt"
	"missing-file|PATH=plugins/absent.wasm|^::error.*absent.wasm"
	"bad-summary|SUMMARY=maybe|^::error.*summary"
	"bad-rules|RULES=rules/bad.yml|^::error.*rules/bad.yml:2:1"
	"symlink-outside|PATH=plugins/outside.wasm|^::error.*plugins/outside.wasm.*outside the workspace"
	"symlink-dir-outside|PATH=plugins/etc/*|^::error.*plugins/etc/.*outside the workspace"
	"sarif-through-symlink-dir|PATH=plugins/hello.wasm;SARIF-FILE=evil-results/x.sarif|^::error.*evil-results"
	"sarif-symlink-file|PATH=plugins/hello.wasm;SARIF-FILE=evil.sarif|^::error.*evil.sarif.*symbolic link"
	"sarif-dotdot|PATH=plugins/hello.wasm;SARIF-FILE=../x.sarif|^::error.*'\\.\\.' in an output path"
)

# wg_check_commands NAME FILE...: read the files as the runner reads a step's
# log (lines split at LF, CR or CRLF; a line is a workflow command when it
# starts with "::" after blanks, else when it holds "##[" anywhere) and fail on any
# command wasmgate does not write: only ::error / ::warning / ::notice with
# a title, ::stop-commands::TOKEN and its ::TOKEN:: resume; no title may
# hold "pwned" (the hostile names' payload).
wg_check_commands() {
	local name=$1 bad; shift
	bad=$(node -e '
		const fs = require("fs"), out = [];
		for (const f of process.argv.slice(1)) {
			const text = fs.readFileSync(f).toString("utf8");
			for (const raw of text.split(/\r\n|\r|\n/)) {
				const line = raw.trimStart(), end = line.indexOf("::", 2);
				if (!line.startsWith("::") || end < 0) {   /* not a "::" command: "##[" is one */
					if (raw.includes("##[")) out.push("##[ in: " + JSON.stringify(raw));
					continue;
				}
				const info = line.slice(2, end), sp = info.indexOf(" ");
				const cmd = sp < 0 ? info : info.slice(0, sp);
				const props = sp < 0 ? [] : info.slice(sp + 1).split(",").map((p) => p.split("="));
				const title = props.find((p) => p[0] === "title");
				if (/^[0-9a-f]{32}$/.test(cmd) || cmd === "stop-commands") continue;
				if (!["error", "warning", "notice"].includes(cmd) || !title ||
				    decodeURIComponent(title[1] || "").includes("pwned"))
					out.push(JSON.stringify(raw));
			}
		}
		console.log(out.join("\n"));' "$@")
	[ -z "$bad" ] || wg_fail "$name: workflow commands from file names: $bad"
}

# wg_outputs_parse FILE: fill the associative array WG_OUT from a
# GITHUB_OUTPUT file ("name=value" lines and "name<<DELIM" heredocs, as the
# runner reads them).  Returns 1 on a malformed file.
declare -gA WG_OUT
wg_outputs_parse() {
	local line name="" delim="" val="" first=1
	WG_OUT=()
	while IFS= read -r line || [ -n "$line" ]; do
		if [ -n "$delim" ]; then
			if [ "$line" = "$delim" ]; then
				WG_OUT[$name]=$val
				delim=""
			elif [ $first = 1 ]; then
				val=$line first=0
			else
				val+=$'\n'$line
			fi
		elif [[ $line =~ ^([^=]+)\<\<(.+)$ ]]; then
			name=${BASH_REMATCH[1]} delim=${BASH_REMATCH[2]} val="" first=1
		elif [[ $line =~ ^([^=]+)=(.*)$ ]]; then
			WG_OUT[${BASH_REMATCH[1]}]=${BASH_REMATCH[2]}
		elif [ -n "$line" ]; then
			echo "GITHUB_OUTPUT: malformed line: $line" >&2
			return 1
		fi
	done <"$1"
	[ -z "$delim" ] || { echo "GITHUB_OUTPUT: heredoc '$delim' not closed" >&2; return 1; }
}

# wg_node FILE EXPR: evaluate EXPR with `j` = the parsed JSON of FILE; print it.
wg_node() {
	node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		 const v = eval(process.argv[2]); console.log(typeof v === "string" ? v : JSON.stringify(v));' "$1" "$2"
}

WG_FAILS=0
WG_PASSES=0
wg_fail() { echo "FAIL $*"; WG_FAILS=$((WG_FAILS + 1)); }

# wg_action_env ACTION_YML "A=1;B=2": fill WG_ENV with one INPUT_<NAME>=value
# per input of action.yml (its default), the case's inputs (";"-separated,
# values may hold newlines) overriding.  Names as the runner makes them:
# upper case, spaces to '_', hyphens kept.
declare -ga WG_ENV
wg_action_env() {
	local yml=$1 spec=$2 kv name
	local -A env=()
	while IFS='|' read -r name kv; do
		env[$name]=$kv
	done < <(awk '/^inputs:/ {in_inputs = 1; next}
		in_inputs && /^[^ #]/ {exit}
		in_inputs && /^  [a-z][a-z -]*:[ ]*$/ {name = $1; sub(/:$/, "", name); print name "|"}
		in_inputs && /^    default:/ {v = $0; sub(/^    default:[ ]*/, "", v); gsub(/^"|"$/, "", v); print name "|" v}' "$yml")
	if [ -n "$spec" ]; then
		local parts=()
		IFS=';' read -r -d '' -a parts < <(printf '%s' "$spec") || true
		for kv in "${parts[@]}"; do name=${kv%%=*}; env[${name,,}]=${kv#*=}; done
	fi
	WG_ENV=()
	for name in "${!env[@]}"; do
		kv=${name^^}
		WG_ENV+=("INPUT_${kv// /_}=${env[$name]}")
	done
}

# wg_check_case RUN TEMPLATE WORK CASE: run one WG_CASES entry in a fresh copy of TEMPLATE.
wg_check_case() {
	local run=$1 tmpl=$2 work=$3 spec=$4 name inputs rc want_rc decision nplugins want absent
	IFS='|' read -r -d '' name inputs want_rc decision nplugins want absent <<<"$spec" || true
	absent=${absent%$'\n'}
	local ws=$work/$name/ws out=$work/$name/out before=$WG_FAILS
	rm -rf "$work/$name"; mkdir -p "$out" "$work/$name/outside"; cp -a "$tmpl" "$ws"
	wg_action_env "$WG_ACTION_YML" "$inputs"
	rc=0; "$run" "$ws" "$out" "${WG_ENV[@]}" || rc=$?
	[ "$rc" = "$want_rc" ] || wg_fail "$name: exit $rc, want $want_rc ($(head -c 600 "$out/stdout"))"
	wg_outputs_parse "$out/output" || wg_fail "$name: GITHUB_OUTPUT does not parse"
	[ "${WG_OUT[decision]:-}" = "$decision" ] || wg_fail "$name: decision '${WG_OUT[decision]:-}', want $decision"
	local sarif=${WG_OUT[sarif-file]:-} want_sarif=wasmgate.sarif
	[[ $inputs == *SARIF-FILE=out/audit.sarif* ]] && want_sarif=out/audit.sarif
	[ "$sarif" = "$want_sarif" ] || wg_fail "$name: sarif-file output '$sarif', want $want_sarif"
	if [ -s "$ws/$want_sarif" ]; then
		local ids n
		ids=" $(wg_node "$ws/$want_sarif" 'j.runs.flatMap(r => r.results.map(x => x.ruleId)).join(" ")') "
		for n in $want; do [[ $ids == *" $n "* ]] || wg_fail "$name: SARIF lacks $n (has$ids)"; done
		for n in $absent; do [[ $ids != *" $n "* ]] || wg_fail "$name: SARIF has $n, which the rules do not give"; done
	else
		wg_fail "$name: no SARIF at $want_sarif"
	fi
	if [ -n "${WG_OUT[plugins]:-}" ]; then
		printf '%s' "${WG_OUT[plugins]}" >"$out/plugins.json"
		n=$(wg_node "$out/plugins.json" 'j.length')
		[ "$n" = "$nplugins" ] || wg_fail "$name: $n plugins in the output, want $nplugins"
	else
		wg_fail "$name: no plugins output"
	fi
	wg_check_commands "$name" "$out/stdout" "$out/stderr"
	[ -z "$(ls -A "$work/$name/outside")" ] || wg_fail "$name: wrote outside the workspace"
	[ "$decision" != approve ] || [ "${WG_OUT[findings]:-}" = 0 ] ||
		wg_fail "$name: approve with findings=${WG_OUT[findings]:-unset}"
	if [[ $inputs == *SUMMARY=false* ]]; then
		[ ! -s "$out/summary" ] || wg_fail "$name: summary written though summary=false"
	else
		grep -qi "$decision" "$out/summary" || wg_fail "$name: the summary does not say $decision"
	fi
	[ "$WG_FAILS" = "$before" ] && { WG_PASSES=$((WG_PASSES + 1)); echo "ok   $name"; }
	return 0
}

# wg_check_bad RUN TEMPLATE WORK CASE: bad input -> exit 2, one ::error line, no output files.
wg_check_bad() {
	local run=$1 tmpl=$2 work=$3 spec=$4 name inputs regex rc
	IFS='|' read -r name inputs regex <<<"$spec"
	local ws=$work/$name/ws out=$work/$name/out before=$WG_FAILS
	rm -rf "$work/$name"; mkdir -p "$out" "$work/$name/outside"; cp -a "$tmpl" "$ws"
	wg_action_env "$WG_ACTION_YML" "$inputs"
	rc=0; "$run" "$ws" "$out" "${WG_ENV[@]}" || rc=$?
	[ "$rc" = 2 ] || wg_fail "$name: exit $rc, want 2"
	grep -Eq "$regex" "$out/stdout" || wg_fail "$name: no line matching /$regex/ in: $(head -c 400 "$out/stdout")"
	[ ! -e "$ws/wasmgate.sarif" ] || wg_fail "$name: a SARIF file was written"
	[ ! -s "$out/output" ] || wg_fail "$name: outputs were written"
	[ -z "$(ls -A "$work/$name/outside")" ] || wg_fail "$name: wrote outside the workspace"
	wg_check_commands "$name" "$out/stdout" "$out/stderr"
	[ "$WG_FAILS" = "$before" ] && { WG_PASSES=$((WG_PASSES + 1)); echo "ok   $name"; }
	return 0
}

# wg_run_all RUN TEMPLATE WORK: every case; prints "N passed, N failed"; 0 when none failed.
wg_run_all() {
	local c
	for c in "${WG_CASES[@]}"; do wg_check_case "$@" "$c"; done
	for c in "${WG_BAD_CASES[@]}"; do wg_check_bad "$@" "$c"; done
	echo "$WG_PASSES passed, $WG_FAILS failed"
	[ "$WG_FAILS" = 0 ]
}

# wg_check_runner_owner RUN TEMPLATE WORK: the GitHub runner's ownership.
# The workspace belongs to the runner's user (uid 1001, gid 121), the action
# runs as root (RUN must run it as root), and the next `run:` steps run as
# 1001:121 (setpriv) and write into the folder the action made for its SARIF
# (the reusable workflow's `jq ... > wasmgate-results/result.json`), replace
# its files and remove it.  Prints "ok"/"FAIL"; returns 1 on failure, 77
# when not root or setpriv is missing.
wg_check_runner_owner() {
	local run=$1 tmpl=$2 work=$3 ws out rc bad
	[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null || { echo "skip runner-owner: needs root and setpriv"; return 77; }
	ws=$work/owner/ws out=$work/owner/out
	rm -rf "$work/owner"; mkdir -p "$out"; cp -a "$tmpl" "$ws"
	chmod 0755 "$(dirname "$work")" "$work" "$work/owner"   # the step must reach the workspace
	chown -R 1001:121 "$ws"
	wg_action_env "$WG_ACTION_YML" "PATH=plugins/hello.wasm;SARIF-FILE=wasmgate-results/hello.sarif"
	rc=0; "$run" "$ws" "$out" "${WG_ENV[@]}" || rc=$?
	if [ "$rc" != 0 ] || [ ! -s "$ws/wasmgate-results/hello.sarif" ]; then
		echo "FAIL runner-owner: the action exited $rc without wasmgate-results/hello.sarif"; return 1
	fi
	bad=$(find "$ws" \( ! -uid 1001 -o ! -gid 121 \) -printf '%u:%g %p\n' | head -5)
	[ -z "$bad" ] || { echo "FAIL runner-owner: not owned like the workspace (1001:121): $bad"; return 1; }
	if ! (cd "$ws" && setpriv --reuid 1001 --regid 121 --clear-groups sh -c \
		'echo "{}" > wasmgate-results/result.json && echo x > wasmgate-results/hello.sarif && rm -r wasmgate-results') \
		>"$out/step" 2>&1; then
		echo "FAIL runner-owner: the next step (uid 1001) cannot write: $(head -c 300 "$out/step")"; return 1
	fi
	echo "ok   runner-owner (workspace 1001:121, action as root, next step as 1001)"
}
