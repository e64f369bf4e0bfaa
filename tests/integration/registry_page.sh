#!/usr/bin/env bash
# registry_page.sh - `registry status-page` in a real browser.  The page is
# checked as a file (self-contained: no external script, style, font,
# image or URL; every text from the index HTML-escaped: a waiver reason
# and a yank reason carrying markup appear as text, never as elements),
# then Debian's headless Chromium renders it: a PNG screenshot kept in
# $WG_BUILD/test-artifacts/, and --dump-dom (the DOM after scripts ran)
# checked for the expected rows, the struck-through yanked version, the
# approving waiver with who and until when, the links, and the filter box
# that JavaScript shows; the HTML as written (no JavaScript) has the rows.  Then
# a 300-plugin registry: its page stays under 2 MB and Chromium shows all
# 300.  Skipped (77) without chromium.
set -u
command -v jq >/dev/null || { echo "SKIP: jq not found"; exit 77; }
CHROMIUM=$(command -v chromium || command -v chromium-browser) || { echo "SKIP: chromium not installed"; exit 77; }
. "${WG_SRC:?}/tests/integration/lib/registry.sh"
reg_scratch
ART=${WG_BUILD:-$T}/test-artifacts
mkdir -p "$ART"

chrome() {   # chrome ARGS... URL: headless, no network, a throw-away profile
	local profile
	profile=$(mktemp -d "$T/profile.XXXXXX")
	timeout 120 "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
		--window-size=412,915 "$@" 2>>chrome.log
}

"$W" registry init R --key reg.key --audit-key audit.pub >/dev/null || exit 2
plugin p1 1; attest p1.wasm
"$W" registry publish --registry R --key reg.key --name p1 --version 1.0.0 p1.wasm \
	--attestation att/p1.intoto.json --sarif sarif/p1.sarif >/dev/null || exit 2
"$W" registry publish --registry R --key reg.key --name p1 --version 1.1.0 p1.wasm \
	--attestation att/p1.intoto.json >/dev/null || exit 2
"$W" registry yank --registry R --key reg.key p1@1.1.0 --reason '<b id="inj">bold</b> & broken' >/dev/null || exit 2
until=$(date -d '+1 year' +%F)
cat >waived.yml <<YML
version: 1
name: waived
imports: {unlisted: flag}
waivers:
  - rule: import-unlisted
    plugin: "hostlog"
    item: "env.host_log"
    reason: "<script type=module>document.title='pwned'</script>"
    approved_by: "@sec<img src=x>"
    expires: $until
YML
printf '(module (import "env" "host_log" (func (param i32))) (memory (export "memory") 1 2))\n' >hostlog.wat
"$WAT2WASM" hostlog.wat -o hostlog.wasm && attest hostlog.wasm waived.yml
"$W" registry publish --registry R --key reg.key --name hostlog --version 0.1.0 hostlog.wasm \
	--attestation att/hostlog.intoto.json >/dev/null || exit 2
"$W" registry status-page R >/dev/null && [ -s R/status/index.html ] && ok "status-page writes status/index.html" ||
	{ bad "status-page"; exit 1; }
P=R/status/index.html

# ---- as a file ---------------------------------------------------------------
! grep -Eiq '(src|href)="(https?:)?//|<link|@import|url\(|<script[^>]+src' "$P" &&
	ok "self-contained: no external script, style, font or URL" || bad "the page loads something from outside"
! grep -q "<b id=\"inj\">" "$P" && grep -q '&lt;b id=&quot;inj&quot;&gt;bold&lt;/b&gt; &amp; broken' "$P" &&
	ok "the yank reason is escaped" || bad "the yank reason is not escaped"
! grep -q "<img src=x>" "$P" && ! grep -q "document.title='pwned'" "$P" &&
	ok "the waiver's approver and reason are escaped" || bad "waiver text not escaped"
grep -q 'Index version 5, expires ' "$P" && ok "the index's version and expiry at the top" || bad "no version/expiry line"

# ---- in Chromium -------------------------------------------------------------
URL="file://$T/$P"
chrome --screenshot="$ART/registry-status.png" "$URL" >/dev/null
[ "$(head -c 8 "$ART/registry-status.png" 2>/dev/null | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] &&
	ok "screenshot: $ART/registry-status.png" || { bad "no PNG screenshot"; tail -5 chrome.log; }
chrome --dump-dom "$URL" >dom.html
grep -q '<title>Plugin registry</title>' dom.html || { bad "chromium did not render the page"; tail -5 chrome.log; }
has() { if grep -Eq -- "$2" dom.html; then ok "DOM: $1"; else bad "DOM: $1 (/$2/)"; fi; }
has "a section per plugin" '<section class="plugin" data-name="hostlog">.*|<section class="plugin" data-name="p1">'
[ "$(grep -o '<section class="plugin"' dom.html | wc -l)" = 2 ] && ok "DOM: 2 plugins" || bad "DOM: plugin count"
has "p1 1.0.0 approved" '<tr><td class="v">1.0.0</td><td data-l="decision" class="approve">approve</td>'
has "p1 1.1.0 yanked with its reason (struck through by .yanked .v)" '<tr class="yanked"><td class="v">1.1.0</td><td data-l="decision">yanked: &lt;b id="inj"&gt;bold&lt;/b&gt; &amp;(amp;)? broken'
! grep -q 'id="inj"><' dom.html && ok "DOM: no element injected by the yank reason" || bad "DOM: injected element"
grep -q '<title>Plugin registry</title>' dom.html && ! grep -q '<script>document.title' dom.html &&
	ok "DOM: the waiver's script is text, not a script (title unchanged)" || bad "DOM: title changed"
has "the waiver with who and until when" "WG1002 env.host_log — approved by @sec&lt;img src=x&gt; until $until|WG1002 env.host_log &mdash; approved by @sec&lt;img src=x&gt; until $until"
has "links to the .wasm, attestation and SARIF" 'href="../plugins/p1/1.0.0/p1.wasm">.wasm</a> <a href="../plugins/p1/1.0.0/p1.intoto.json">attestation</a> <a href="../plugins/p1/1.0.0/p1.sarif">SARIF</a>'
has "finding counts and capability classes" '0 errors, 0 warnings, 0 notes</td><td data-l="capabilities">none</td>'
grep -q '<input id="filter" type="search" placeholder="filter by name">' dom.html &&
	ok "DOM: JavaScript showed the filter box" || bad "DOM: the filter box is still hidden"
# Without JavaScript the page is the file as written (headless Chromium
# dumps no DOM with scripts off): the rows are there, the filter box hidden.
grep -q '<tr class="yanked"><td class="v">1.1.0</td>' "$P" && grep -q 'id="filter"[^>]*hidden' "$P" &&
	ok "without JavaScript: the rows are in the HTML, the filter box stays hidden" || bad "without JavaScript"

# ---- 300 plugins ---------------------------------------------------------------
mkdir many
for i in $(seq 1 300); do plugin many/m$i $((5000 + i)); done
"$W" audit --rules "$RULES" --sign-key audit.key --attest-dir att300 many/*.wasm >/dev/null 2>&1
"$W" registry init R300 --key reg.key --audit-key audit.pub >/dev/null || exit 2
fails=0
for i in $(seq 1 300); do
	"$W" registry publish --registry R300 --key reg.key --name "m$i" --version 1.0.0 "many/m$i.wasm" \
		--attestation "att300/m$i.intoto.json" >/dev/null 2>&1 || fails=$((fails + 1))
done
[ "$fails" = 0 ] && ok "300 plugins published" || bad "$fails of 300 publishes failed"
"$W" registry status-page R300 >/dev/null
size=$(stat -c %s R300/status/index.html)
[ "$size" -lt 2000000 ] && ok "the 300-plugin page is $size bytes (< 2 MB)" || bad "the 300-plugin page is $size bytes"
chrome --screenshot="$ART/registry-status-300.png" "file://$T/R300/status/index.html" >/dev/null
chrome --dump-dom "file://$T/R300/status/index.html" >dom300.html
n=$(grep -o '<section class="plugin"' dom300.html | wc -l)
[ "$n" = 300 ] && ok "chromium shows all 300 plugins" || bad "chromium shows $n plugins"
check_done
