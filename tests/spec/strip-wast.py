#!/usr/bin/env python3
"""strip-wast.py IN OUT - copy a .wast script without the top-level commands
that only run code (assert_return, assert_trap, assert_exhaustion,
assert_exception, invoke, get) and contain no module: what is left is every
module, assert_malformed, assert_invalid, assert_unlinkable,
assert_uninstantiable and register, byte for byte, with comments and line
breaks between them kept.  wast2json numbers modules the same way in both
files (dropped commands define none).  Used by vendor.sh only."""
import sys

DROP = {b"assert_return", b"assert_trap", b"assert_exhaustion",
        b"assert_exception", b"invoke", b"get"}


def form_end(s, i):
    """s[i] == '(': index just past the matching ')', skipping strings and
    comments (;; to end of line, nested (; ;))."""
    depth, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == 0x22:                              # string
            i += 1
            while i < n and s[i] != 0x22:
                i += 2 if s[i] == 0x5C else 1
        elif s.startswith(b"(;", i):               # block comment, nests
            d, i = 1, i + 2
            while i < n and d:
                if s.startswith(b"(;", i):
                    d, i = d + 1, i + 2
                elif s.startswith(b";)", i):
                    d, i = d - 1, i + 2
                else:
                    i += 1
            continue
        elif s.startswith(b";;", i):               # line comment
            while i < n and s[i] != 0x0A:
                i += 1
            continue
        elif c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise SystemExit("unbalanced parentheses")


def strip(s):
    out, i, n = bytearray(), 0, len(s)
    while i < n:
        if s[i] == 0x28 and not s.startswith(b"(;", i):
            j = form_end(s, i)
            head = s[i + 1:j].split(None, 1)[0].rstrip(b")") if j > i + 2 else b""
            form = s[i:j]
            if head in DROP and b"(module" not in form:
                i = j
                while i < n and s[i] in b" \t\r":  # and the rest of its line
                    i += 1
                if i < n and s[i] == 0x0A:
                    i += 1
                continue
            out += form
            i = j
        elif s.startswith(b"(;", i) or s.startswith(b";;", i):
            # comments between commands: copy (form_end knows their extent)
            k = i
            if s.startswith(b";;", i):
                while k < n and s[k] != 0x0A:
                    k += 1
            else:
                d, k = 1, i + 2
                while k < n and d:
                    if s.startswith(b"(;", k):
                        d, k = d + 1, k + 2
                    elif s.startswith(b";)", k):
                        d, k = d - 1, k + 2
                    else:
                        k += 1
            out += s[i:k]
            i = k
        else:
            out.append(s[i])
            i += 1
    return bytes(out)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    with open(sys.argv[2], "wb") as f:
        f.write(strip(data))
