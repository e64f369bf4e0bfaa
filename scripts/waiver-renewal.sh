#!/usr/bin/env bash
# waiver-renewal.sh - in plugin-audit.yml's audit job, on a pull request
# (or a review of one): may the pull request's own waivers judge it?
#
# The rules that judge a pull request come from its base branch, so a pull
# request that renews an expired waiver would be judged by the expired one
# and could never pass.  The way out must not let a pull request approve
# itself, so the pull request's waivers count only when ALL of these hold:
#   - it changes RULES (else there is nothing to take);
#   - a code owner of RULES, as the base branch's CODEOWNERS names them
#     (never the pull request's), approved its current head commit (an
#     approval of an earlier commit does not count; a later "changes
#     requested" by that owner withdraws it), and is not its author;
#   - only the `waivers:` key is taken from the pull request's RULES (read
#     from git, never through a symlink), every other rule from the base:
#     the audit runs with --waivers / the action's `waivers` input.
# A pull_request_review trigger re-runs the audit when the owner approves.
#
# Env: EVENT_NAME, EVENT_PATH (the event payload), REPO (owner/name), RULES
# (the rules file, relative), BASE_REF, SERVER (git URL prefix), OUT_DIR
# (the fresh directory of the base's files), GITHUB_OUTPUT; `gh` with
# GH_TOKEN (reviews; team membership needs a token that may read the org).
# Output: waivers=OUT_DIR/renewal-waivers.yml, or waivers= (empty) with a
# line saying why.  Exit 0 either way; non-zero only for a broken setup.
set -euo pipefail

say() { printf 'waiver renewal: %s\n' "$1"; }
none() { say "$1: the base branch's waivers judge"; echo "waivers=" >>"$GITHUB_OUTPUT"; exit 0; }

case "${EVENT_NAME:-}" in pull_request | pull_request_review) ;; *) none "not a pull request" ;; esac
[ -n "${RULES:-}" ] || none "no rules file"
case "$RULES" in /* | *..* | *$'\n'*) none "rules path '$RULES' is not a plain relative path" ;; esac
[ -d "$OUT_DIR" ] && [ ! -L "$OUT_DIR" ] || { echo "::error title=plugin-audit::$OUT_DIR is not a directory"; exit 1; }

number=$(jq -r '.pull_request.number // empty' "$EVENT_PATH")
head=$(jq -r '.pull_request.head.sha // empty' "$EVENT_PATH")
author=$(jq -r '.pull_request.user.login // empty' "$EVENT_PATH")
[[ $number =~ ^[0-9]+$ ]] && [[ $head =~ ^[0-9a-f]{40}$ ]] || none "no pull request number or head commit in the event"

# The base branch's RULES and CODEOWNERS; the pull request's RULES from its checkout (HEAD).
# the token as actions/checkout gives it to git (private repositories): an
# extra header for this server only, through the environment
if [ -n "${GH_TOKEN:-}" ]; then
	export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="http.$SERVER/.extraheader" \
		GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $(printf 'x-access-token:%s' "$GH_TOKEN" | base64 -w0)"
fi
git fetch -q --no-tags --depth=1 "$SERVER/$REPO" "refs/heads/$BASE_REF"
base=$(git rev-parse FETCH_HEAD)
new=$OUT_DIR/renewal-waivers.yml
rm -f -- "$new"
git cat-file -e "HEAD:$RULES" 2>/dev/null || none "the pull request has no $RULES"
[ "$(git cat-file -t "HEAD:$RULES")" = blob ] && [ "$(git ls-tree HEAD -- "$RULES" | cut -c1-6)" = 100644 ] ||
	none "$RULES in the pull request is not a regular file"
if [ "$(git rev-parse "HEAD:$RULES")" = "$(git rev-parse "$base:$RULES" 2>/dev/null)" ]; then
	none "the pull request does not change $RULES"
fi
owners_file=
for f in .github/CODEOWNERS CODEOWNERS docs/CODEOWNERS; do
	git cat-file -e "$base:$f" 2>/dev/null && { owners_file=$f; break; }
done
[ -n "$owners_file" ] || none "the base branch has no CODEOWNERS"

# CODEOWNERS pattern -> extended regex over a path (gitignore-like: '*' and
# '?' stop at '/', '**' crosses it, a pattern with a '/' before its end is
# anchored at the root, one ending in '/' covers everything below).
glob_re() {
	local p=$1 re="" c i anchored=0 dir=0
	[[ $p == */ ]] && { dir=1; p=${p%/}; }
	[[ $p == /* ]] && { anchored=1; p=${p#/}; }
	[[ $p == */* ]] && anchored=1
	for ((i = 0; i < ${#p}; i++)); do
		c=${p:i:1}
		if [[ $c == '*' && ${p:i+1:1} == '*' ]]; then
			if [[ ${p:i+2:1} == / ]]; then re+='(.*/)?'; i=$((i + 2)); else re+='.*'; i=$((i + 1)); fi
		elif [[ $c == '*' ]]; then re+='[^/]*'
		elif [[ $c == '?' ]]; then re+='[^/]'
		else case $c in [].[^\$+\(\)\{\}\|\\]) re+="\\$c" ;; *) re+=$c ;; esac
		fi
	done
	[ $anchored = 1 ] && re="^$re" || re="(^|/)$re"
	[ $dir = 1 ] && re+='/' || re+='(/.*)?$'
	printf '%s' "$re"
}
owners=()
while IFS= read -r line || [ -n "$line" ]; do
	line=${line%%#*}
	read -r -a words <<<"$line" || true
	[ "${#words[@]}" -gt 0 ] || continue
	re=$(glob_re "${words[0]}")
	[[ $RULES =~ $re ]] && owners=("${words[@]:1}")   # the last matching line wins
done < <(git show "$base:$owners_file")
[ "${#owners[@]}" -gt 0 ] || none "CODEOWNERS names no owner of $RULES"

# Each reviewer's latest decisive review; approvals of the head commit only.
reviews=$(gh api --paginate "repos/$REPO/pulls/$number/reviews" | jq -s 'add // []') ||
	none "cannot read the pull request's reviews"
approvers=$(jq -r --arg head "$head" --arg author "$author" '
	[.[] | select(.state == "APPROVED" or .state == "CHANGES_REQUESTED" or .state == "DISMISSED")]
	| group_by(.user.login | ascii_downcase) | map(last)
	| map(select(.state == "APPROVED" and .commit_id == $head and
	             (.user.login | ascii_downcase) != ($author | ascii_downcase)))
	| .[].user.login' <<<"$reviews")
by=
for login in $approvers; do
	[[ $login =~ ^[A-Za-z0-9]([A-Za-z0-9-]{0,38})$ ]] || continue
	for o in "${owners[@]}"; do
		o_lc=${o,,}
		if [ "$o_lc" = "@${login,,}" ]; then
			by=$login; break 2
		elif [[ $o_lc =~ ^@([a-z0-9-]+)/([a-z0-9_.-]+)$ ]]; then
			state=$(gh api "orgs/${BASH_REMATCH[1]}/teams/${BASH_REMATCH[2]}/memberships/$login" \
				--jq .state 2>/dev/null) || state=
			[ "$state" = active ] && { by=$login; break 2; }
			[ -n "$state" ] || say "could not read the membership of @$login in $o (the token needs to read the organization's teams)"
		fi
	done
done
[ -n "$by" ] || none "no code owner of $RULES (${owners[*]}) has approved the head commit ${head:0:12}"
git show "HEAD:$RULES" >"$new"
say "the pull request's waivers count: @$by, a code owner of $RULES, approved ${head:0:12}; every other rule from $BASE_REF"
echo "waivers=$new" >>"$GITHUB_OUTPUT"
