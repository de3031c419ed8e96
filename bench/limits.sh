#!/bin/sh
# `wl check` on the hostile inputs of issue 9, generated here: one-error lines (2,000 and 4,000:
# linear means twice the time), 100 KB of random bytes, a valid 50 MB file of 5 million
# statements. Prints CPU seconds (user + sys), wall seconds, peak RSS and the size of the report.
# Usage: bench/limits.sh [path/to/wl] (default: the release build).
set -eu
wl=${1:-${CARGO_TARGET_DIR:-target}/release/wl}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import random, sys
d = sys.argv[1]
for n in (2000, 4000):
    with open(f"{d}/errors{n}.wl", "w") as f:
        f.writelines(f"x = 1 $ {i}\n" for i in range(n))
with open(f"{d}/random100k.wl", "wb") as f:
    f.write(random.Random(9).randbytes(100_000))
with open(f"{d}/statements5m.wl", "w") as f:
    f.write("x est un entier\n")
    f.write("x = x + 1\n" * 5_000_000)
PY
printf '%-18s %9s %7s %7s %8s %12s\n' input bytes cpu_s wall_s rss_MB report_bytes
for name in errors2000 errors4000 random100k statements5m; do
	file="$dir/$name.wl"
	/usr/bin/time -o "$dir/time" -f '%U %S %e %M' "$wl" check "$file" >/dev/null 2>"$dir/report" || true
	set -- $(cat "$dir/time" | tail -1)
	printf '%-18s %9d %7.2f %7.2f %8.1f %12d\n' "$name" "$(wc -c <"$file")" \
		"$(echo "$1 + $2" | bc)" "$3" "$(echo "scale=1; $4 / 1024" | bc)" "$(wc -c <"$dir/report")"
done
