# check.sh - the tally every integration script keeps, sourced by them:
# `ok NAME` and `bad NAME` count and print a case, `check_done` prints
# "N passed, M failed" and returns non-zero when any case failed.
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check_done() { echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; }
