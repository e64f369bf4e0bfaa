#!/usr/bin/env bash
# registry-publish.sh - what .github/workflows/registry-publish.yml runs
# (and tests/integration/registry_example.sh runs locally): audit each
# plugin with the registry's rules, sign the attestation with the audit
# key, publish every approved one into the registry (flagged and rejected
# ones are listed and left out: the pull request's audit gates them), then
# regenerate the status page and verify the whole registry.
#
#   scripts/registry-publish.sh REGISTRY_DIR RULES.yml PLUGIN.wasm...
# Env: WASMGATE (default: wasmgate on PATH), WASMGATE_SIGNING_KEY (the
# audit key, PEM) and WASMGATE_REGISTRY_KEY (the registry key, PEM), or
# AUDIT_KEY_FILE / REGISTRY_KEY_FILE naming key files.
# A plugin's name is its file name; its version is the `version:` line of
# the plugin.yml beside it, else the module's wasmgate.plugin section
# (`wasmgate build`).  Exit 0 when every approved plugin is in the registry
# (published now, or the same bytes already), 1 otherwise.
set -uo pipefail
WG=${WASMGATE:-wasmgate}
[ $# -ge 2 ] || { echo "usage: $0 REGISTRY_DIR RULES.yml PLUGIN.wasm..." >&2; exit 2; }
REG=$1 RULES=$2
shift 2
OUT=$(mktemp -d "${TMPDIR:-/tmp}/registry-publish.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
audit_key=() registry_key=()
[ -n "${AUDIT_KEY_FILE:-}" ] && audit_key=(--sign-key "$AUDIT_KEY_FILE")
[ -n "${REGISTRY_KEY_FILE:-}" ] && registry_key=(--key "$REGISTRY_KEY_FILE")
status=0
for wasm in "$@"; do
	name=$(basename "$wasm" .wasm)
	version=()
	yml=$(dirname "$wasm")/plugin.yml
	if [ -f "$yml" ]; then
		v=$(sed -n 's/^version:[[:space:]]*"\{0,1\}\([^"#[:space:]]*\).*/\1/p' "$yml" | head -1)
		[ -n "$v" ] && version=(--version "$v")
	fi
	mkdir -p "$OUT/$name"
	"$WG" audit --rules "$RULES" "${audit_key[@]}" --fail-on flag --attest-dir "$OUT/$name" \
		--sarif "$OUT/$name/$name.sarif" "$wasm" >"$OUT/$name/audit.txt" 2>&1
	case $? in
	0) ;;
	1) echo "$name: not approved, not published ($(grep -m1 -oE '(FLAG|REJECT)' "$OUT/$name/audit.txt" || echo '?'))"
	   continue ;;
	*) echo "$name: the audit failed:"; cat "$OUT/$name/audit.txt"; status=1; continue ;;
	esac
	"$WG" registry publish --registry "$REG" "${registry_key[@]}" --name "$name" "${version[@]}" "$wasm" \
		--attestation "$OUT/$name/$name.intoto.json" --sarif "$OUT/$name/$name.sarif" || status=1
done
"$WG" registry status-page "$REG" || status=1
"$WG" registry verify "$REG" || status=1
exit $status
