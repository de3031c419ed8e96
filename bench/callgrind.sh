#!/bin/sh
# Instruction counts (callgrind) of the interpreter programs at reduced sizes: stable where
# wall time on a shared VM is not. Usage: bench/callgrind.sh [path/to/wl] (default: the release build).
set -eu
wl=$(realpath "${1:-${CARGO_TARGET_DIR:-target}/release/wl}")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$(dirname "$0")/programs"
sed 's/Fib(28)/Fib(20)/' fib.wl >"$dir/fib.wl"
sed 's/2000000/100000/' loop.wl >"$dir/loop.wl"
sed 's/1000000/20000/' strings.wl >"$dir/strings.wl"
sed 's/1000000/100000/' arrays.wl >"$dir/arrays.wl"
sed 's/1000000/100000/' selon.wl >"$dir/selon.wl"
sed 's/300000/30000/' byref.wl >"$dir/byref.wl"
sed 's/1000000/50000/' methods.wl >"$dir/methods.wl"
sed 's/tour = 1 _A_ 1000/tour = 1 _A_ 50/' structs.wl >"$dir/structs.wl"
sed 's/200000/10000/' strfuncs.wl >"$dir/strfuncs.wl"
sed 's/300000/20000/' wordcount.wl >"$dir/wordcount.wl"
for p in fib loop strings arrays selon byref methods structs strfuncs wordcount; do
	valgrind --tool=callgrind --callgrind-out-file="$dir/$p.cg" "$wl" run "$dir/$p.wl" >/dev/null 2>"$dir/$p.log"
	printf '%s %s\n' "$p" "$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$dir/$p.log")"
done
