# multitool.sh - sourced by the SARIF tests: makes Microsoft's SARIF
# Multitool available as $MULTITOOL (npm package
# @microsoft/sarif-multitool-linux, a self-contained Sarif.Multitool binary)
# and defines sarif_validate FILE, which runs it with the SARIF schema rules
# plus GitHub's ingestion rules (--rule-kind "Sarif;Gh").
#
# The package is installed once into ${WG_CACHE_DIR:-/tmp/wasmgate-cache}/npm
# (npm install --prefix) and reused.  No npm, or no way to install it:
# exit 77, which ctest reports as skipped.

WG_CACHE_DIR=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
MT_PREFIX="$WG_CACHE_DIR/npm"
MT_PKG="@microsoft/sarif-multitool-linux"
MULTITOOL="$MT_PREFIX/node_modules/$MT_PKG/Sarif.Multitool"

mt_install() {
	[ -x "$MULTITOOL" ] && return 0
	if ! command -v npm >/dev/null 2>&1; then
		echo "SKIP: npm is not installed (needed for $MT_PKG)" >&2
		exit 77
	fi
	mkdir -p "$MT_PREFIX" || exit 77
	# A lock so parallel tests do not install over each other.
	(
		flock 9
		[ -x "$MULTITOOL" ] ||
			npm install --prefix "$MT_PREFIX" --no-audit --no-fund \
				--loglevel=error "$MT_PKG" >&2
	) 9>"$MT_PREFIX/.lock"
	if [ ! -x "$MULTITOOL" ]; then
		echo "SKIP: could not install $MT_PKG with npm" >&2
		exit 77
	fi
}

# sarif_validate FILE [ALLOWED_WARNINGS_REGEX]: 0 when the Multitool reports
# no error and no warning (warnings whose rule id matches the regex are
# allowed; the caller says why).  Prints what it found otherwise.
sarif_validate() {
	local file=$1 allow=${2:-^$} out
	out=$(mktemp "${TMPDIR:-/tmp}/mtout.XXXXXX") || return 2
	rm -f "$out"
	if ! "$MULTITOOL" validate "$file" --rule-kind "Sarif;Gh" \
		--output "$out" --log ForceOverwrite >/dev/null 2>"$out.err"; then
		# validate exits non-zero when it finds errors; the log says which.
		[ -s "$out" ] || { cat "$out.err" >&2; rm -f "$out" "$out.err"; return 2; }
	fi
	node -e '
		const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		const allow = new RegExp(process.argv[2]);
		let bad = 0;
		for (const run of log.runs || [])
			for (const r of run.results || []) {
				const lvl = r.level || "warning";
				if (lvl !== "error" && lvl !== "warning") continue;
				if (lvl === "warning" && allow.test(r.ruleId)) continue;
				bad++;
				const loc = (((r.locations || [])[0] || {}).physicalLocation || {});
				const msg = r.message && (r.message.text ||
					(r.message.arguments || []).join(" | "));
				console.error(`${lvl} ${r.ruleId}: ${msg} ${JSON.stringify(loc.region || {})}`);
			}
		for (const run of log.runs || [])
			for (const inv of run.invocations || [])
				for (const n of inv.toolExecutionNotifications || [])
					if (n.level === "error") { bad++; console.error("tool error: " + n.message.text); }
		process.exit(bad ? 1 : 0);
	' "$out" "$allow"
	local rc=$?
	rm -f "$out" "$out.err"
	return $rc
}

mt_install
