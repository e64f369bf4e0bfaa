#!/usr/bin/env bash
# release-pin-action.sh IMAGE VERSION DIGEST [ACTION_YML] - point the Docker
# action at a released image: replaces action.yml's `runs.image` (the
# Dockerfile on main) with `docker://IMAGE:VERSION@DIGEST`, so a workflow
# that uses the release tag pulls that exact image instead of building one.
# Run by .github/workflows/release.yml on the tagged tree; the tests run it
# on a copy (tests/integration/release_pin.sh).
#   IMAGE    lower-case registry path, e.g. ghcr.io/owner/wasmgate
#   VERSION  X.Y.Z
#   DIGEST   sha256:<64 hex> (the multi-arch index digest that was pushed)
# Refuses anything else, and an action.yml without exactly one `image:` line
# under `runs:`; the file is replaced atomically and only that line changes.
set -euo pipefail
die() { echo "release-pin-action: $*" >&2; exit 2; }
q() { printf '%q' "$1"; }   # a value as one shell-quoted word (no raw newlines in messages)
[ $# = 3 ] || [ $# = 4 ] || die "usage: release-pin-action.sh IMAGE VERSION DIGEST [ACTION_YML]"
image=$1 version=$2 digest=$3 action=${4:-action.yml}

[[ $image =~ ^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$ ]] ||
	die "image $(q "$image") is not a lower-case registry path (host/owner/name)"
[[ $version =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || die "version $(q "$version") is not X.Y.Z"
[[ $digest =~ ^sha256:[0-9a-f]{64}$ ]] || die "digest $(q "$digest") is not sha256:<64 hex>"
[ -f "$action" ] || die "$(q "$action"): no such file"

# the `image:` lines inside the top-level `runs:` block
n=$(awk '/^[^ #]/ { inruns = ($0 ~ /^runs:/) } inruns && /^  image:/ { n++ } END { print n + 0 }' "$action")
[ "$n" = 1 ] || die "$action: expected one 'image:' under 'runs:', found $n"

tmp=$(mktemp "$(dirname "$action")/.action.yml.XXXXXX")
trap 'rm -f "$tmp"' EXIT
awk -v ref="docker://$image:$version@$digest" '
	/^[^ #]/ { inruns = ($0 ~ /^runs:/) }
	inruns && /^  image:/ { print "  image: " ref; next }
	{ print }' "$action" >"$tmp"
chmod --reference="$action" "$tmp"
mv -f "$tmp" "$action"
trap - EXIT
echo "release-pin-action: $action runs docker://$image:$version@$digest"
