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
# The Multitool is a self-contained .NET program: without libicu it stops
# at start-up unless told to run without culture data, which validation
# does not need.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
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

# sarif_validate FILE...: 0 when the Multitool reports no error and no
# warning for any of the files (one Multitool start for all of them).
# Warnings whose rule id matches $SARIF_ALLOW_WARNINGS (a regex) are
# allowed: the caller says why.  Prints what it found otherwise.
sarif_validate() {
	local out log rc
	out=$(mktemp "${TMPDIR:-/tmp}/mtout.XXXXXX") || return 2
	log=$out.log
	rm -f "$out"
	"$MULTITOOL" validate "$@" --rule-kind "Sarif;Gh" --output "$out" \
		--log ForceOverwrite >"$log" 2>&1
	# validate exits non-zero when it finds errors; its log says which.
	if [ ! -s "$out" ]; then
		cat "$log" >&2
		rm -f "$out" "$log"
		return 2
	fi
	if ! grep -q "Done. $# files\? scanned" "$log"; then
		echo "the Multitool did not scan all $# files:" >&2
		cat "$log" >&2
		rm -f "$out" "$log"
		return 2
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
				console.error(`${(loc.artifactLocation || {}).uri}: ${lvl} ${r.ruleId}: ${msg}`);
			}
		for (const run of log.runs || [])
			for (const inv of run.invocations || [])
				for (const n of inv.toolExecutionNotifications || [])
					if (n.level === "error") { bad++; console.error("tool error: " + n.message.text); }
		process.exit(bad ? 1 : 0);
	' "$out" "${SARIF_ALLOW_WARNINGS:-^$}"
	rc=$?
	rm -f "$out" "$log"
	return $rc
}

mt_install
