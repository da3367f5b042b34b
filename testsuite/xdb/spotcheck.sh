#!/bin/sh
# spotcheck.sh DEFSCAN_DUMP FILE... - compare defscan with Universal Ctags
# (function kinds only) on real files: prints "<" for definitions only
# defscan found, ">" for those only ctags found, and the totals.  A hand
# tool for the report, not a test: the two disagree on purpose in places
# (see README.md).
set -eu
dump=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
total_defscan=0 total_ctags=0 total_both=0
for file in "$@"; do
	"$dump" "$file" 2>/dev/null | sed 's/^.*:\([0-9]*\): \([A-Za-z0-9_$]*\).*/\1 \2/' |
		sort -u >"$tmp/defscan"
	ctags -x --kinds-C=f --language-force=C -o - "$file" |
		awk '$2 == "function" { print $3, $1 }' | sort -u >"$tmp/ctags"
	both=$(comm -12 "$tmp/defscan" "$tmp/ctags" | wc -l)
	echo "== $file: defscan $(wc -l <"$tmp/defscan"), ctags $(wc -l <"$tmp/ctags"), both $both"
	comm -23 "$tmp/defscan" "$tmp/ctags" | sed 's/^/  < /'
	comm -13 "$tmp/defscan" "$tmp/ctags" | sed 's/^/  > /'
	total_defscan=$((total_defscan + $(wc -l <"$tmp/defscan")))
	total_ctags=$((total_ctags + $(wc -l <"$tmp/ctags")))
	total_both=$((total_both + both))
done
echo "total: defscan $total_defscan, ctags $total_ctags, both $total_both"
