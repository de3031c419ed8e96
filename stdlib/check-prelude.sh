#!/usr/bin/env bash
# Checks the prelude's golden cases until the loader lands (then delete this script: the golden
# runner will run tests/cases/prelude/ itself).
#
# For each case tests/cases/prelude/X/NAME.wl, builds one script from
#   1. the part of stdlib/X.wl before its first procedure (constants, global variables),
#   2. the case (its main code),
#   3. the procedures of stdlib/X.wl,
#   4. an English alias for each procedure whose <en = "..."> differs from its French name
#      (PROCÉDURE English(params) RENVOYER French(args)), standing in for the loader,
# runs it with `wl run` from the case's folder, and compares stdout (plus the golden runner's
# `--- stderr (exit N) ---` section) with NAME.out.
#
# Usage: stdlib/check-prelude.sh [--bless] [WL_BINARY]    (default binary: wl on the PATH)
set -u
cd "$(dirname "$0")/.."
bless=0
if [ "${1:-}" = "--bless" ]; then bless=1; shift; fi
wl="${1:-wl}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# The English aliases of a prelude file, one per `PROCÉDURE Fr(params) <en = "En">` line.
aliases() {
	python3 - "$1" <<'EOF'
import re, sys, unicodedata
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")
head = re.compile(r'^\s*PROC[EÉ]DURE\s+(\w+)\s*\((.*)\)\s*<\s*en\s*=\s*"(\w+)"\s*>\s*$', re.I)
for line in open(sys.argv[1], encoding="utf-8"):
    m = head.match(line)
    if not m or fold(m.group(1)) == fold(m.group(3)):
        continue
    fr, params, en = m.groups()
    names = [re.sub(r'^LOCAL\s+', '', p.split("=")[0].strip(), flags=re.I).split()[0]
             for p in params.split(",") if p.strip()]
    print(f"PROCÉDURE {en}({params})\nRENVOYER {fr}({', '.join(names)})\n")
EOF
}

for prelude in stdlib/*.wl; do
	name=$(basename "$prelude" .wl)
	dir="tests/cases/prelude/$name"
	[ -d "$dir" ] || continue
	first=$(grep -niE '^[[:space:]]*(PROC[EÉ]DURE|FONCTION|FUNCTION)[[:space:]]' "$prelude" | head -1 | cut -d: -f1)
	head -n $((first - 1)) "$prelude" > "$tmp/head.wl"
	tail -n +"$first" "$prelude" > "$tmp/procs.wl"
	aliases "$prelude" > "$tmp/aliases.wl"
	for case in "$dir"/*.wl; do
		script="$tmp/$(basename "$case")"
		cat "$tmp/head.wl" "$case" "$tmp/procs.wl" "$tmp/aliases.wl" > "$script"
		expected="${case%.wl}.out"
		actual="$tmp/actual.out"
		(cd "$dir" && NO_COLOR=1 timeout 60 "$wl" --lang en run "$script" > "$tmp/stdout" 2> "$tmp/stderr" < /dev/null)
		code=$?
		cp "$tmp/stdout" "$actual"
		if [ "$code" -ne 0 ] || [ -s "$tmp/stderr" ]; then
			printf -- '--- stderr (exit %d) ---\n' "$code" >> "$actual"
			cat "$tmp/stderr" >> "$actual"
		fi
		if [ "$bless" -eq 1 ] && ! cmp -s "$expected" "$actual"; then
			cp "$actual" "$expected"
			echo "blessed $case"
		fi
		if cmp -s "$expected" "$actual"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL $case"
			diff -u "$expected" "$actual" | head -40
		fi
	done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
