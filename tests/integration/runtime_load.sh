#!/bin/bash
# runtime_load.sh - `wasmgate runtime load` (wg_runtime_load) on a
# generation installed by a real `runtime init`: an untouched generation
# loads and prints the verified paths; then each change made on disk after
# install (a plugin byte, a swapped or deleted attestation, a deleted
# plugin, `current` pointing elsewhere or to an older generation, symlinks,
# a cut-off manifest or state.json, a host profile that no longer fits) is
# refused with exit 1, a precise reason and no path for that plugin.  Each
# case works on a fresh copy of the installed DIR.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/runtime.sh"
rt_setup
trap ctl_cleanup EXIT

set_plugins '[{"name":"good","version":"1.0.0"},{"name":"good2","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt || { bad "init"; cat err.txt; exit 1; }
gen1=$(readlink inst/current)
cp inst/state.json state1.json
set_plugins '[{"name":"good2","version":"1.0.0"},{"name":"good","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt || { bad "second init"; cat err.txt; exit 1; }
gen2=$(readlink inst/current)
[ "$gen1" != "$gen2" ] && [ -d "inst/$gen1" ] || { bad "two generations ($gen1, $gen2)"; exit 1; }

# ---- an untouched generation loads ------------------------------------------
"$W" runtime load --host host.yml >out.txt 2>err.txt
rc=$?
G=$(realpath "inst/$gen2")
if [ "$rc" = 0 ] && [ ! -s err.txt ] && [ "$(wc -l <out.txt)" = 2 ] &&
	grep -qx "good 1.0.0 $(sha256sum <good.wasm | cut -c1-64) $G/good.wasm" out.txt &&
	grep -qx "good2 1.0.0 $(sha256sum <good2.wasm | cut -c1-64) $G/good2.wasm" out.txt; then
	ok "an untouched generation loads: $(tr '\n' ';' <out.txt | cut -c1-120)..."
else
	bad "untouched load: exit $rc"; cat out.txt err.txt
fi
"$W" runtime load --host host.yml --json >load.json 2>err.txt &&
	[ "$(jq -r '[.plugins[].path] | map(select(. != null)) | length' load.json)" = 2 ] &&
	[ "$(jq -r .generation load.json)" = "$G" ] && [ "$(jq -r .revision load.json)" = "$(jq .revision inst/state.json)" ] &&
	ok "--json: two paths, the generation and its revision" || { bad "--json"; cat load.json err.txt; }
while read -r n v s p; do cmp -s "$p" "$n.wasm" || bad "$p is not $n.wasm"; done <out.txt
"$W" runtime load --host host.yml --dir inst >/dev/null 2>&1 && ok "--dir names the same folder" || bad "--dir inst"
cp -a inst inst_moved
"$W" runtime load --host host.yml --dir inst_moved >out.txt 2>&1 && grep -q "$T/inst_moved/generations" out.txt &&
	ok "a moved install folder loads (current is relative)" || { bad "moved folder"; cat out.txt; }

# ---- changes on disk after install: refused, precise reason -------------------
before=$(installed inst)
# case NAME WANT-REGEX [HOST] -- the mutation ran on L (a copy of inst) already
refused() {
	local name=$1 want=$2 hostf=${3:-host.yml} rc
	"$W" runtime load --host "$hostf" --dir L >out.txt 2>err.txt
	rc=$?
	"$W" runtime load --host "$hostf" --dir L --json >L.json 2>/dev/null
	if [ "$rc" = 1 ] && [ ! -s out.txt ] && grep -Eq -- "$want" err.txt; then
		ok "$name: $(head -1 err.txt)"
	else
		bad "$name (exit $rc, want /$want/)"; sed 's/^/     /' err.txt out.txt
	fi
}
fresh() { rm -rf L; cp -a inst L; }
GP=L/$gen2
sha() { sha256sum <"$1" | cut -c1-64; }

fresh; printf '\xff' | dd of=$GP/good.wasm bs=1 seek=20 conv=notrunc status=none
refused "a plugin byte changed on disk" "good@1.0.0: the bytes' sha256 [0-9a-f]{64} is not $(sha good.wasm) \\(tampered\\)"
[ "$(jq -r '.plugins[] | select(.name == "good") | .path' L.json)" = null ] &&
	[ "$(jq -r '.plugins[] | select(.name == "good2") | .path' L.json)" = "$(realpath L)/$gen2/good2.wasm" ] &&
	ok "--json: no path for the tampered plugin, the verified one keeps its path" || { bad "paths after tamper"; cat L.json; }
fresh; cp good2.wasm $GP/good.wasm
jq --arg s "$(sha good2.wasm)" '(.plugins[] | select(.name == "good") | .sha256) = $s' $GP/manifest.json >m.json
cp m.json $GP/manifest.json
refused "another plugin's bytes, the manifest's digest rewritten to match" "good@1.0.0: attestation: "
fresh; cp $GP/good2.intoto.json $GP/good.intoto.json
refused "a swapped attestation (another plugin's, validly signed)" "good@1.0.0: attestation: "
fresh; rm $GP/good.intoto.json
refused "a deleted attestation" "good@1.0.0: .*/good.intoto.json: cannot open: No such file"
fresh; rm $GP/good2.wasm
refused "a deleted plugin" "good2@1.0.0: .*/good2.wasm: cannot open: No such file"
fresh; mkdir -p elsewhere; cp -a "inst/$gen2/." elsewhere/; ln -sfn "$T/elsewhere" L/current
refused "current replaced by a link to a copy outside DIR" "L/current points to '$T/elsewhere', not to a generation in L/generations"
fresh; ln -sfn "../inst/$gen2" L/current
refused "current pointing out of DIR with .." "L/current points to '\\.\\./inst/generations/[0-9]+'"
fresh; ln -sfn "$gen1" L/current
refused "current pointing to the previous (older) generation" "L/current points to generation [0-9]+, older than generation [0-9]+ in state.json"
fresh; mv "L/$gen1" L/generations/99; ln -sfn generations/99 L/current
refused "an older generation renamed to a higher number" "manifest.json: revision [0-9]+ is older than the last applied [0-9]+"
fresh; rm L/current; cp -a "inst/$gen2" L/current
refused "current a real folder (not a symlink)" "L/current is not a symlink"
fresh; rm L/current
refused "current deleted" "L: nothing is installed \\(no current\\)"
fresh; mv L/generations L/gens; ln -s gens L/generations
refused "generations/ a symlink" "generations is a symlink or not a folder"
fresh; mv $GP/good.wasm good_moved.wasm; ln -s "$T/good_moved.wasm" $GP/good.wasm
refused "a plugin file replaced by a symlink (to the same bytes)" "good@1.0.0: .*/good.wasm is a symlink: refusing"
fresh; truncate -s -20 $GP/manifest.json
refused "a cut-off manifest.json" "manifest.json: not whole JSON \\(cut off\\?\\)"
fresh; rm $GP/manifest.json
refused "a deleted manifest.json" "L/generations/[0-9]+/manifest.json: cannot open: No such file"
fresh; jq '.plugins[0].name = "../../etc/x"' $GP/manifest.json >m.json; cp m.json $GP/manifest.json
refused "a manifest naming a path, not a plugin" "manifest.json: plugin 0: "
fresh; truncate -s -5 L/state.json
refused "a cut-off state.json" "state: .*state.json: not a JSON object \\(cut off\\?\\)"
fresh; sed 's/max_pages: 256/max_pages: 1/' host.yml >host_small.yml
refused "a host whose memory limit no longer fits" "good@1.0.0: incompatible: memory 0 maximum 2 pages is over the host's 1" host_small.yml
AUDITKEY=other.pub host host_other_audit.yml
refused "a host that no longer trusts the audit key" "good2@1.0.0: attestation: " host_other_audit.yml
rm -rf empty; mkdir empty
"$W" runtime load --host host.yml --dir empty >out.txt 2>err.txt
[ $? = 1 ] && grep -q "nothing is installed" err.txt && ok "an empty folder: $(cat err.txt)" || { bad "empty folder"; cat err.txt; }
[ "$before" = "$(installed inst)" ] && ok "the installed DIR itself was never changed" || bad "inst changed"

# the window a kill -9 can leave: current switched, state.json not yet written
fresh; cp state1.json L/state.json
"$W" runtime load --host host.yml --dir L >out.txt 2>err.txt && [ "$(wc -l <out.txt)" = 2 ] &&
	ok "current one generation ahead of state.json (killed before state.json): loads, fully verified" ||
	{ bad "current ahead of state.json"; cat err.txt; }
"$W" runtime load --host host.yml --dir L --bogus >/dev/null 2>&1; [ $? = 2 ] && ok "a bad option: exit 2" || bad "bad option"
check_done
