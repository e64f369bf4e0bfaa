#!/usr/bin/env bash
# waiver-issues.sh - the scheduled re-audit's issues (registry-reaudit.yml):
# ONE issue per waiver that expires within the warning window or has
# expired, opened once and updated in place, closed when the waiver is
# renewed or removed.
#
# In:  WAIVERS_JSON  `wasmgate rules check --json --warn-days N RULES`
#      AUDIT_JSON    `wasmgate audit --json --rules RULES ...` (optional:
#                    which plugins each waiver covers, by its line)
#      REPO (owner/name), RULES (the rules file's path, for the text),
#      LABEL (default wasmgate-waiver); `gh` with GH_TOKEN (issues: write).
# An issue is found again by the marker <!-- wasmgate-waiver:KEY --> in its
# body, KEY = the first 16 hex of the SHA-256 of the waiver's binding
# {rule, plugin, path, sha256, item}: a renewal (a new expires, reason or
# line) keeps its issue; a waiver for other bytes is another waiver.  The
# title and body depend only on the waiver and its state, so a run that
# finds nothing new edits nothing.  Every text from the rules file or the
# audit is Markdown-escaped and mentions nobody (a zero-width joiner after
# '@'), except an approved_by that is exactly one @handle: its owner is
# asked to renew.  Titles are plain text with no control character.
set -euo pipefail
: "${WAIVERS_JSON:?}" "${REPO:?}" "${RULES:?}"
LABEL=${LABEL:-wasmgate-waiver}
AUDIT_JSON=${AUDIT_JSON:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

audit='[]'
[ -n "$AUDIT_JSON" ] && [ -s "$AUDIT_JSON" ] && audit=$(jq -c '.plugins // []' "$AUDIT_JSON")

# One entry per waiver to report: {key, title, body}.
jq -c --argjson plugins "$audit" --arg rules "$RULES" '
  def esc: tostring | gsub("[\r\n\u2028\u2029]+"; " ") | gsub("(?<c>[|`*_<>\\[\\]\\\\#!~$])"; "\\\(.c)")
           | gsub("@"; "@\u200d");
  def plain: tostring | gsub("[\u0000-\u001f\u007f-\u009f\u2028\u2029]"; "?") | gsub("::"; ":\u200b:")
             | gsub("##\\["; "#\u200b#[") | gsub("@"; "@\u200d");
  def who: if test("^@[A-Za-z0-9-]{1,39}(/[A-Za-z0-9._-]{1,100})?$") then . else esc end;
  .[] | .file as $file | .waivers[] | select(.state != "valid") | . as $w
  | ({rule, plugin, path, sha256, item} | tojson) as $bind
  | [$plugins[] | select(any(.findings[]?;
        (.waiver.line? == $w.line) or
        (.rule == "WG1099" and ((.message // "") | contains("line \($w.line) of the rules")))))
    | .plugin] as $covers
  | {bind: $bind,
     title: ("wasmgate: waiver \($w.rule) \"\($w.item)\" for \($w.plugin) "
             + (if $w.state == "expired" then "expired on " else "expires on " end) + $w.expires | plain),
     body: ([
       "**The waiver of \($w.rule | esc) \($w.item | esc)** in \($rules | esc) (line \($w.line)) "
       + (if $w.state == "expired"
          then "**expired** on \($w.expires): the findings it covered count again, so the plugins below are flagged (or rejected) on their next audit."
          else "expires on **\($w.expires)**: after that day (UTC) the findings it covers count again." end),
       "",
       "| | |", "| --- | --- |",
       "| rule | \($w.rule | esc) |", "| item | \($w.item | esc) |",
       "| plugin | \($w.plugin | esc) |",
       "| path | \(if $w.path then $w.path | esc else "any" end) |",
       "| sha256 | \(if $w.sha256 then "`" + $w.sha256 + "`" else "any bytes" end) |",
       "| reason | \($w.reason | esc) |", "| approved by | \($w.approved_by | who) |",
       "| expires | \($w.expires) |",
       "",
       (if ($covers | length) > 0
        then "Plugins it covers in the re-audit: " + ($covers | unique | map(esc) | join(", ")) + "."
        else "The re-audit found no plugin it covers: if none needs it any more, remove it." end),
       "",
       "To keep it, change its `expires` in a pull request to \($rules | esc); a code owner of the rules approves, and that pull request is judged with its own waivers (no deadlock). To end it, remove it. This issue closes itself once the waiver is renewed or gone.",
       "",
       "<!-- wasmgate-waiver:KEY -->"] | join("\n"))}
' "$WAIVERS_JSON" >"$tmp/wanted.raw"

# the key of each binding (sha256 of its JSON), into the marker
: >"$tmp/wanted"
while IFS= read -r e; do
	key=$(jq -j .bind <<<"$e" | sha256sum | cut -c1-16)
	jq -c --arg k "$key" '{key: $k, title, body: (.body | sub("wasmgate-waiver:KEY"; "wasmgate-waiver:" + $k))}' <<<"$e" >>"$tmp/wanted"
done <"$tmp/wanted.raw"

gh label create "$LABEL" --repo "$REPO" --color fbca04 \
	--description "wasmgate: a waiver expires soon or has expired" --force >/dev/null 2>&1 || true
gh issue list --repo "$REPO" --label "$LABEL" --state open --limit 1000 --json number,title,body >"$tmp/open"
keyof='(.body // "") | capture("<!-- wasmgate-waiver:(?<k>[0-9a-f]{16}) -->").k // empty'

while IFS= read -r e; do
	key=$(jq -r .key <<<"$e"); title=$(jq -r .title <<<"$e")
	jq -j .body <<<"$e" >"$tmp/body"
	found=$(jq -c --arg k "$key" "[.[] | select(($keyof) == \$k)] | first // empty" "$tmp/open")
	if [ -z "$found" ]; then
		url=$(gh issue create --repo "$REPO" --title "$title" --body-file "$tmp/body" --label "$LABEL")
		echo "opened ${url##*/}: $title"
	elif [ "$(jq -r .title <<<"$found")" = "$title" ] && [ "$(jq -j '.body // ""' <<<"$found")" = "$(cat "$tmp/body")" ]; then
		echo "unchanged #$(jq -r .number <<<"$found"): $title"
	else
		n=$(jq -r .number <<<"$found")
		gh issue edit "$n" --repo "$REPO" --title "$title" --body-file "$tmp/body" >/dev/null
		echo "updated #$n: $title"
	fi
done <"$tmp/wanted"

# open issues of waivers that are valid again or gone: closed
keys=$(jq -r .key "$tmp/wanted" | sort -u)
jq -c ".[] | {number, key: ($keyof)} | select(.key != null)" "$tmp/open" | while IFS= read -r i; do
	k=$(jq -r .key <<<"$i"); n=$(jq -r .number <<<"$i")
	grep -qxF "$k" <<<"$keys" && continue
	gh issue close "$n" --repo "$REPO" \
		--comment "The waiver was renewed or removed: the scheduled re-audit no longer finds it expiring." >/dev/null
	echo "closed #$n"
done
