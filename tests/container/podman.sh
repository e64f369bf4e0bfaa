#!/usr/bin/env bash
# tests/container/podman.sh - build and run the wasmgate Docker action with
# rootful podman, offline, on a machine without a Docker engine or registry.
# Used by tests/integration/container.sh; usable by hand:
#
#   podman.sh check                 exit 0 when podman + runc + debootstrap are here (or installable)
#   podman.sh setup                 install them (apt) and write our containers.conf
#   podman.sh base                  make the Debian bookworm base image (debootstrap) if missing,
#                                   tagged so "FROM debian:bookworm[-slim]" resolves locally
#   podman.sh probe                 exit 0 when podman can start a container from the base here
#                                   (inside another container it often cannot: no overlay, no fuse)
#   podman.sh build SRC [TAG]       podman build --pull=never of SRC/Dockerfile; prints TAG
#   podman.sh run IMAGE WS [ARGS]   run IMAGE the way the GitHub runner runs a Docker action:
#                                   --workdir /github/workspace, WS mounted there, the caller's
#                                   INPUT_* passed, file-command files mounted, --network none.
#                                   Exits with the container's code; the GITHUB_OUTPUT and
#                                   GITHUB_STEP_SUMMARY files are copied to $CTR_OUT_DIR if set.
#   podman.sh size IMAGE            the image size in bytes
#
# Facts this relies on (this VM: cgroups v1/v2 hybrid, no CAP_SYS_RESOURCE):
# crun fails, runc works; podman's default rlimits exceed the hard limits, so
# containers.conf caps them; cgroupfs and a file event logger avoid systemd.
# We point CONTAINERS_CONF at our own file: the system config is untouched.
# Env: WG_CACHE_DIR (/tmp/wasmgate-cache), CTR_BASE (localhost/debian:bookworm).
set -euo pipefail

WG_CACHE_DIR=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
CTR_DIR=$WG_CACHE_DIR/podman
CTR_BASE=${CTR_BASE:-localhost/debian:bookworm}
export CONTAINERS_CONF=$CTR_DIR/containers.conf
mkdir -p "$CTR_DIR"

log() { echo "[podman.sh] $*" >&2; }

have_tools() {
	local c
	for c in podman runc debootstrap; do command -v "$c" >/dev/null || return 1; done
}

check() {
	have_tools && return 0
	[ "$(id -u)" = 0 ] && command -v apt-get >/dev/null
}

setup() {
	if ! have_tools; then
		[ "$(id -u)" = 0 ] || { log "podman/runc/debootstrap missing and not root"; return 1; }
		log "installing podman runc debootstrap (apt)"
		(
			flock 9
			have_tools || {
				DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap ||
				{ DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
				  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap; }
			} >"$CTR_DIR/apt.log" 2>&1
		) 9>"$CTR_DIR/.apt.lock" || { tail -5 "$CTR_DIR/apt.log" >&2; return 1; }
	fi
	local nofile nproc
	nofile=$(ulimit -Hn); [ "$nofile" = unlimited ] && nofile=1048576
	nproc=$(ulimit -Hu); { [ "$nproc" = unlimited ] || [ "$nproc" -gt 32768 ]; } && nproc=32768
	cat >"$CONTAINERS_CONF.tmp" <<EOF
# written by wasmgate tests/container/podman.sh
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
	mv "$CONTAINERS_CONF.tmp" "$CONTAINERS_CONF"
	podman info --format '{{.Host.OCIRuntime.Name}}' >/dev/null ||
		{ log "podman info failed"; return 1; }
}

mirror() {
	local m=
	m=$(awk '$1=="URIs:"{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
	[ -n "$m" ] || m=$(awk '$1=="deb"{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
	echo "${m:-http://deb.debian.org/debian}"
}

base() {
	if ! podman image exists "$CTR_BASE"; then
		local root m
		m=$(mirror)
		root=$(mktemp -d "$CTR_DIR/rootfs.XXXXXX")
		log "debootstrap bookworm from $m (about a minute)"
		if ! debootstrap --variant=minbase bookworm "$root" "$m" >"$CTR_DIR/debootstrap.log" 2>&1; then
			tail -5 "$CTR_DIR/debootstrap.log" >&2; rm -rf "$root"; return 1
		fi
		rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root/etc/apt/sources.list"
		printf 'Types: deb\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
			"$m" >"$root/etc/apt/sources.list.d/debian.sources"
		tar --numeric-owner -C "$root" -c . | podman import -q --change 'CMD ["bash"]' \
			--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
			- "$CTR_BASE" >/dev/null
		rm -rf "$root"
	fi
	local t
	for t in bookworm bookworm-slim 12 12-slim; do
		podman image exists "docker.io/library/debian:$t" || podman tag "$CTR_BASE" "docker.io/library/debian:$t"
	done
}

probe() {
	if ! podman run --rm --network none "$CTR_BASE" true >"$CTR_DIR/probe.log" 2>&1; then
		tail -3 "$CTR_DIR/probe.log" >&2
		return 1
	fi
}

build() {
	local src=${1:?build SRC [TAG]} tag=${2:-localhost/wasmgate-action:test}
	if ! podman build --pull=never -t "$tag" -f "$src/Dockerfile" "$src" >"$CTR_DIR/build.log" 2>&1; then
		tail -30 "$CTR_DIR/build.log" >&2
		log "build failed (log: $CTR_DIR/build.log)"
		return 1
	fi
	echo "$tag"
}

size() {
	podman image inspect -f '{{.Size}}' "${1:?size IMAGE}"
}

run() {
	local img=${1:?run IMAGE WS [ARGS]} ws=${2:?run IMAGE WS [ARGS]}; shift 2
	ws=$(realpath "$ws")
	local d guid fc rc=0 v envs=()
	d=$(mktemp -d "$CTR_DIR/run.XXXXXX")
	guid=$(cat /proc/sys/kernel/random/uuid)
	fc=$d/file_commands
	mkdir -p "$d/home" "$d/workflow" "$fc"
	echo '{}' >"$d/workflow/event.json"
	for v in set_output save_state set_env add_path step_summary; do : >"$fc/${v}_$guid"; done
	# env -0, not compgen: input names keep their hyphens (INPUT_FAIL-ON),
	# which are no shell variables but are passed on in the environment.
	while IFS= read -r -d '' v; do
		case $v in INPUT_*) envs+=(-e "$v") ;; esac
	done < <(env -0)
	podman run --name "wgtest_${d##*.}" --rm --workdir /github/workspace --network none \
		"${envs[@]}" \
		-e HOME=/github/home -e GITHUB_WORKSPACE=/github/workspace \
		-e GITHUB_EVENT_PATH=/github/workflow/event.json \
		-e GITHUB_OUTPUT="/github/file_commands/set_output_$guid" \
		-e GITHUB_STATE="/github/file_commands/save_state_$guid" \
		-e GITHUB_ENV="/github/file_commands/set_env_$guid" \
		-e GITHUB_PATH="/github/file_commands/add_path_$guid" \
		-e GITHUB_STEP_SUMMARY="/github/file_commands/step_summary_$guid" \
		-e GITHUB_ACTIONS=true -e CI=true -e RUNNER_OS=Linux -e RUNNER_ARCH=X64 \
		-v "$d/home:/github/home" -v "$d/workflow:/github/workflow" \
		-v "$fc:/github/file_commands" -v "$ws:/github/workspace" \
		"$img" "$@" || rc=$?
	if [ -n "${CTR_OUT_DIR:-}" ]; then
		cp "$fc/set_output_$guid" "$CTR_OUT_DIR/output"
		cp "$fc/step_summary_$guid" "$CTR_OUT_DIR/summary"
	fi
	rm -rf "$d"
	return $rc
}

cmd=${1:-}; shift || true
case $cmd in
check | setup | base | probe | build | run | size) "$cmd" "$@" ;;
*) sed -n '2,22p' "$0" >&2; exit 2 ;;
esac
