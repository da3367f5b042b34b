# SPDX-License-Identifier: GPL-2.0
#
# integration_cases.sh - sourced by integration_test.sh; test NAME is the
# function t_NAME and the ctest test integration_NAME.  Run in the source
# tree's top directory; $data is testsuite/integration/data.

two_bugs=testsuite/integration/data/two_bugs.c

# --- output formats -------------------------------------------------------

t_format_text_unchanged() {
	run $two_bugs $kshim
	expect_status 0
	expect_in "$err" "$two_bugs:8:12: warning: the mapping made by kmap_local_page(page)"
	expect_in "$err" "$two_bugs:11:3: note: returning here without unmapping"
	expect_in "$err" "[hmcheck-order]"
	[ ! -s "$out" ] || fail "text reports belong on stderr, like sparse's"
	run --format=text $two_bugs $kshim
	expect_count "$err" "warning:" 2
}

t_format_json() {
	run --format=json $two_bugs $kshim
	expect_status 0
	check_output two-bugs-json "$out"
}

t_format_sarif() {
	run --format sarif $two_bugs $kshim
	expect_status 0
	check_output two-bugs-sarif "$out"
}

t_format_sarif_one_document() {
	cp $two_bugs "$tmp/second.c"
	run --format=sarif --srcroot "$tmp" $two_bugs "$tmp/second.c" $kshim
	expect_status 0
	python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
	for r in doc["runs"][0]["results"]]
assert len(doc["runs"]) == 1, "one run"
assert uris.count("second.c") == 2, uris	# relative to --srcroot
assert sum(u.endswith("two_bugs.c") for u in uris) == 2, uris
' "$out" || fail "two files do not make one SARIF document"
}

t_format_github() {
	run --format=github $two_bugs $kshim
	expect_status 0
	expect_in "$out" "::warning file=$two_bugs,line=8,col=12,title=hmcheck-leak::the mapping made by"
	expect_in "$out" "%0A$two_bugs:11: note: returning here without unmapping"
	expect_count "$out" "::warning " 2
}

t_format_escaping() {
	for format in json sarif github; do
		"$probe" $format >"$out" 2>"$err" || fail "format_probe $format failed"
		check_output probe-$format "$out"
	done
}

t_format_unknown() {
	run --format=xml $two_bugs $kshim
	expect_status 2
	expect_in "$err" "unknown format 'xml'"
}

t_werror_counts_printed() {
	run --Werror $two_bugs $kshim
	expect_status 1
	run --Werror --disable leak,order $two_bugs $kshim
	expect_status 0
}
