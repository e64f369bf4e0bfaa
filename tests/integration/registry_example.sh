#!/usr/bin/env bash
# registry_example.sh - the example registry (examples/registry) end to
# end, as its registry-publish workflow does it: the example plugins built
# from source by CMake ($WG_BUILD/examples/*.wasm, each with its
# plugin.yml) go into a copy of the template's plugins/, a registry is
# made with `registry init`, and scripts/registry-publish.sh (the script
# the workflow runs) audits them with rules/registry.yml, signs the
# attestations, publishes the approved ones under the version in their
# plugin.yml, writes the status page and verifies.  Checks: exactly the
# plugins the audit approves are published (the others are listed as not
# approved), the page names each, a second run changes nothing.
# Skipped (77) when no example plugin was built.
set -u
command -v jq >/dev/null || { echo "SKIP: jq not found"; exit 77; }
. "${WG_SRC:?}/tests/integration/lib/registry.sh"
shopt -s nullglob
built=("${WG_BUILD:?}"/examples/*.wasm)
[ ${#built[@]} -gt 0 ] || { echo "SKIP: no example plugin was built"; exit 77; }
reg_scratch

cp -a "$WG_SRC/examples/registry" repo
for w in "${built[@]}"; do
	n=$(basename "$w" .wasm)
	mkdir -p "repo/plugins/$n"
	cp "$w" "repo/plugins/$n/"
	cp "$WG_SRC/examples/plugins/$n/plugin.yml" "repo/plugins/$n/"
done
cd repo || exit 2
"$W" registry init registry --key ../reg.key --audit-key ../audit.pub >/dev/null || exit 2
export WASMGATE=$W AUDIT_KEY_FILE=../audit.key REGISTRY_KEY_FILE=../reg.key
"$WG_SRC/scripts/registry-publish.sh" registry rules/registry.yml plugins/*/*.wasm >../run1.txt 2>&1
rc=$?
[ "$rc" = 0 ] && ok "registry-publish.sh: exit 0" || { bad "registry-publish.sh exit $rc"; cat ../run1.txt; }
for w in plugins/*/*.wasm; do
	n=$(basename "$w" .wasm)
	v=$(sed -n 's/^version:[[:space:]]*//p' "plugins/$n/plugin.yml")
	"$W" audit --rules rules/registry.yml --fail-on flag "$w" >/dev/null 2>&1
	if [ $? = 0 ]; then
		jq -e --arg n "$n" --arg v "$v" '.plugins[$n][$v].decision == "approve"' registry/index.json >/dev/null &&
			ok "$n@$v (approved) is published" || bad "$n@$v approved but not in the index"
		grep -q "data-name=\"$n\"" registry/status/index.html && ok "$n is on the status page" ||
			bad "$n not on the status page"
	else
		jq -e --arg n "$n" '.plugins[$n] == null' registry/index.json >/dev/null &&
			grep -q "^$n: not approved" ../run1.txt && ok "$n (not approved) is left out and listed" ||
			bad "$n (not approved) handled wrongly"
	fi
done
v=$(jq .version registry/index.json)
"$WG_SRC/scripts/registry-publish.sh" registry rules/registry.yml plugins/*/*.wasm >../run2.txt 2>&1 &&
	[ "$(jq .version registry/index.json)" = "$v" ] && ok "a second run publishes nothing new (index version $v)" ||
	{ bad "second run"; cat ../run2.txt; }
"$W" registry verify registry >/dev/null && ok "the example registry verifies" || bad "verify"
check_done
