#!/usr/bin/env bash
# release_pin.sh - scripts/release-pin-action.sh on a copy of action.yml:
# the release rewrite changes exactly `runs.image` to
# docker://IMAGE:X.Y.Z@sha256:..., keeps every other line, and refuses a bad
# image, version or digest, or an action.yml it cannot place the line in,
# leaving the file as it was.
set -uo pipefail
: "${WG_SRC:?}"
source "$WG_SRC/tests/integration/lib/check.sh"
PIN=$WG_SRC/scripts/release-pin-action.sh
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-pin.XXXXXX")
trap 'rm -rf "$T"' EXIT
D=sha256:$(printf '0123456789abcdef%.0s' 1 2 3 4)

cp "$WG_SRC/action.yml" "$T/action.yml"
grep -qx '  image: Dockerfile' "$T/action.yml" && ok "main's action.yml builds from the Dockerfile" ||
	bad "main's action.yml does not say image: Dockerfile"
if bash "$PIN" ghcr.io/wasmgate/wasmgate 1.2.3 "$D" "$T/action.yml" >/dev/null; then
	grep -qx "  image: docker://ghcr.io/wasmgate/wasmgate:1.2.3@$D" "$T/action.yml" &&
		ok "image pinned to tag and digest" || bad "pinned image line: $(grep image: "$T/action.yml")"
	changed=$(diff "$WG_SRC/action.yml" "$T/action.yml" | grep -c '^[<>]')
	[ "$changed" = 2 ] && ok "only the image line changed" || bad "$changed lines changed"
	# parsed as YAML, runs.image is the pinned reference (python3 + PyYAML when present)
	if python3 -c 'import yaml' 2>/dev/null; then
		got=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["runs"]["image"])' "$T/action.yml")
		[ "$got" = "docker://ghcr.io/wasmgate/wasmgate:1.2.3@$D" ] && ok "YAML runs.image" || bad "YAML runs.image: $got"
	fi
else
	bad "the pin script failed on a copy of action.yml"
fi

# bad arguments and files: refused, file untouched
cp "$WG_SRC/action.yml" "$T/fresh.yml"
refuse() {
	local what=$1; shift
	cp "$T/fresh.yml" "$T/try.yml"
	if bash "$PIN" "$@" >"$T/out" 2>&1; then
		bad "$what: accepted"
	elif ! cmp -s "$T/fresh.yml" "$T/try.yml"; then
		bad "$what: file changed"
	elif [ "$(wc -l <"$T/out")" != 1 ]; then
		bad "$what: not one line: $(cat "$T/out")"
	else
		ok "$what: refused ($(cat "$T/out"))"
	fi
}
refuse "upper-case image" ghcr.io/WasmGate/wasmgate 1.2.3 "$D" "$T/try.yml"
refuse "image with a tag" ghcr.io/wasmgate/wasmgate:latest 1.2.3 "$D" "$T/try.yml"
refuse "version with a v" ghcr.io/wasmgate/wasmgate v1.2.3 "$D" "$T/try.yml"
refuse "version X.Y" ghcr.io/wasmgate/wasmgate 1.2 "$D" "$T/try.yml"
refuse "short digest" ghcr.io/wasmgate/wasmgate 1.2.3 sha256:abc "$T/try.yml"
refuse "digest with a newline" ghcr.io/wasmgate/wasmgate 1.2.3 "$D"$'\nx: y' "$T/try.yml"
refuse "missing file" ghcr.io/wasmgate/wasmgate 1.2.3 "$D" "$T/none.yml"
sed -i '/^  image:/d' "$T/fresh.yml"
refuse "no image line" ghcr.io/wasmgate/wasmgate 1.2.3 "$D" "$T/try.yml"
cp "$WG_SRC/action.yml" "$T/fresh.yml"; printf '  image: Dockerfile\n' >>"$T/fresh.yml"
refuse "two image lines" ghcr.io/wasmgate/wasmgate 1.2.3 "$D" "$T/try.yml"
check_done
