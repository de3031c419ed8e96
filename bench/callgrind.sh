#!/bin/sh
# Instruction counts (callgrind) of the interpreter programs at reduced sizes: stable where
# wall time on a shared VM is not. Usage: bench/callgrind.sh [path/to/wl] (default: the release build).
# The third column is the cost of --max-memory's accounting, from the same run: the instructions
# of the allocator's entry points (__rust_alloc, __rust_dealloc, ...: the counting and the call
# to the system allocator) plus those of src/alloc.rs inlined elsewhere (the checks); an upper
# bound, since a build without the counting allocator still goes through the entry points.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
wl=${1:-${CARGO_TARGET_DIR:-target}/release/wl}
case $wl in /*) ;; *) wl=$PWD/$wl ;; esac
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
sed 's/tour = 1 _A_ 200/tour = 1 _A_ 10/' json.wl >"$dir/json.wl"
for p in fib loop strings arrays selon byref methods structs strfuncs wordcount json; do
	valgrind --tool=callgrind --callgrind-out-file="$dir/$p.cg" "$wl" run "$dir/$p.wl" >/dev/null 2>"$dir/$p.log"
	total=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$dir/$p.log")
	accounting=$(callgrind_annotate --threshold=100 "$dir/$p.cg" | tr -d , |
		awk -v own="$root/src/alloc.rs:" '!/=>/ && (/:__rustc::__rust_(alloc|dealloc|realloc|alloc_zeroed)( |$)/ || index($0, own)) { n += $1 } END { print n + 0 }')
	printf '%s %s %s (%s%%)\n' "$p" "$total" "$accounting" "$(echo "scale=2; 100 * $accounting / $total" | bc)"
done
