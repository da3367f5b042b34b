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
assert uris.count("file://" + sys.argv[2]) == 2, uris	# outside it
' "$out" "$top/$two_bugs" || fail "two files do not make one SARIF document"
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

# --- inline suppressions --------------------------------------------------

suppressed=testsuite/integration/data/suppressed.c

t_suppress_above_and_same_line() {
	run $suppressed $kshim
	expect_status 0
	expect_not_in "$err" "$suppressed:9:12: warning"	# comment on the line above
	expect_not_in "$err" "$suppressed:19:12: warning"	# comment on the same line
	expect_in "$err" "$suppressed:40:12: warning"		# names another rule
	expect_count "$err" "[hmcheck-leak]" 2
}

t_suppress_needs_reason() {
	run $suppressed $kshim
	expect_in "$err" "$suppressed:29: warning: hmcheck-ignore needs a rule and a reason"
	expect_in "$err" "$suppressed:29:12: warning: the mapping made by"	# not suppressed
}

t_suppress_list_unused() {
	run --list-unused-suppressions $suppressed $kshim
	expect_in "$err" "$suppressed:39: note: unused suppression: hmcheck-ignore order"
	expect_count "$err" "unused suppression" 1
	run $suppressed $kshim
	expect_not_in "$err" "unused suppression"
	run -v $suppressed $kshim
	expect_in "$err" "$suppressed:39: note: unused suppression"
}

t_suppress_json_and_sarif() {
	run --format=json $suppressed $kshim
	expect_count "$out" '"rule":"leak"' 2
	expect_not_in "$out" '"line":9,'
}

# --- baseline -------------------------------------------------------------

# Move every line of two_bugs.c down and the functions around: the same
# findings on other lines.
moved_two_bugs() {
	{
		echo "/* a new header comment */"
		echo
		sed -n '1,5p' $two_bugs
		sed -n '17,25p' $two_bugs
		echo
		sed -n '6,16p' $two_bugs
	} >"$1"
}

t_baseline_write_then_filter() {
	cp $two_bugs "$tmp/file.c"
	run --baseline "$tmp/base" --srcroot "$tmp" "$tmp/file.c" $kshim
	expect_status 0
	[ -f "$tmp/base" ] || fail "no baseline written"
	expect_count "$tmp/base" "" 3	# a comment and two fingerprints
	expect_count "$err" "warning:" 2	# the first run still reports
	run --baseline "$tmp/base" --srcroot "$tmp" --Werror "$tmp/file.c" $kshim
	expect_status 0
	expect_not_in "$err" "warning:"
}

t_baseline_survives_moved_lines() {
	cp $two_bugs "$tmp/file.c"
	run --baseline "$tmp/base" --srcroot "$tmp" "$tmp/file.c" $kshim
	moved_two_bugs "$tmp/file.c"
	run --srcroot "$tmp" "$tmp/file.c" $kshim
	expect_in "$err" "file.c:14:2: warning"		# the order bug moved up,
	expect_in "$err" "file.c:20:12: warning"	# the leak down
	cp "$tmp/base" "$tmp/base.before"
	run --baseline "$tmp/base" --srcroot "$tmp" "$tmp/file.c" $kshim
	expect_not_in "$err" "warning:"
	cmp -s "$tmp/base" "$tmp/base.before" || fail "an existing baseline was rewritten"
}

t_baseline_reports_new() {
	cp $two_bugs "$tmp/file.c"
	run --baseline "$tmp/base" --srcroot "$tmp" "$tmp/file.c" $kshim
	moved_two_bugs "$tmp/file.c"
	sed -n '6,15p' $two_bugs | sed 's/two_bugs_fill/another_fill/' >>"$tmp/file.c"
	run --baseline "$tmp/base" --srcroot "$tmp" --Werror "$tmp/file.c" $kshim
	expect_status 1
	expect_count "$err" "warning:" 1
	expect_in "$err" "file.c:31:12: warning: the mapping made by"
}

# --- patch mode -----------------------------------------------------------

# A git repository in $tmp/repo with two_bugs.c as a.c and a second file.
make_repo() {
	git init -q "$tmp/repo" && cd "$tmp/repo" || exit 2
	git config user.email test@example.org
	git config user.name test
	cp "$top/$two_bugs" a.c
	cp "$top/$two_bugs" gone.c
	git add a.c gone.c && git commit -q -m base
}

# A third function with a new leak, at the end of a.c (line 27 on).
add_new_leak() {
	sed -n '5,15p' "$top/$two_bugs" | sed 's/two_bugs_fill/third_fill/' >>"$1"
}

t_diff_only_changed_lines() {
	make_repo
	add_new_leak a.c
	git diff >"$tmp/patch"
	run --diff "$tmp/patch" a.c $kshim
	expect_status 0
	expect_count "$err" "warning:" 1
	expect_in "$err" "a.c:29:12: warning: the mapping made by"
	run --diff - a.c $kshim <"$tmp/patch"
	expect_count "$err" "warning:" 1
	run --diff /dev/null a.c $kshim
	expect_not_in "$err" "warning:"
}

t_diff_mapping_site() {
	make_repo
	# touch only line 19, where the misordered mapping is made
	sed -i '19s/$/	\/* the destination *\//' a.c
	git diff -U0 >"$tmp/patch"
	run --diff "$tmp/patch" a.c $kshim
	expect_count "$err" "warning:" 1
	expect_in "$err" "a.c:23:2: warning: kunmap_local(d)"
}

t_since_revision() {
	make_repo
	add_new_leak a.c
	git commit -q -am "a third function"
	run --since HEAD~1 a.c $kshim
	expect_status 0
	expect_count "$err" "warning:" 1
	expect_in "$err" "a.c:29:12: warning"
	run --since HEAD a.c $kshim
	expect_not_in "$err" "warning:"
	run --since "HEAD; rm -rf /" a.c $kshim
	expect_status 2
	expect_in "$err" "not a revision name"
}

t_diff_renamed_deleted_mailed() {
	make_repo
	git mv a.c renamed.c
	git rm -q gone.c
	add_new_leak renamed.c
	git commit -q -am "rename, delete, add"
	git format-patch -q -M -1 --stdout >"$tmp/mail.patch"
	expect_in "$tmp/mail.patch" "rename to renamed.c"
	expect_in "$tmp/mail.patch" "deleted file mode"
	run --diff "$tmp/mail.patch" renamed.c $kshim
	expect_status 0
	expect_count "$err" "warning:" 1
	expect_in "$err" "renamed.c:29:12: warning"
	git show HEAD~1:a.c >a.c
	run --diff "$tmp/mail.patch" a.c $kshim		# not in the patch's new side
	expect_not_in "$err" "warning:"
}

t_diff_json_format() {
	make_repo
	add_new_leak a.c
	git diff | "$hmcheck" --format=json --diff - a.c $kshim >"$out" 2>"$err"
	expect_count "$out" '"rule":"leak"' 1
	expect_in "$out" '"function":"third_fill"'
}

# --- the pre-commit hook --------------------------------------------------

# make_repo, with tools/pre-commit installed as the README says, a local
# header the staged copy must still find, and a.c committed past the hook.
make_hooked_repo() {
	make_repo
	ln -s "$top/tools/pre-commit" .git/hooks/pre-commit
	echo '#define THIRD_ERROR (-22)' >local.h
	sed -i 's|#include <linux/string.h>|&\n#include "local.h"|' a.c
	git add local.h a.c
	HMCHECK_SKIP=1 git commit -q -m "local header" || fail "HMCHECK_SKIP=1 did not skip"
	export HMCHECK="$hmcheck"
	export HMCHECK_FLAGS="$kshim"
}

commit() {		# git commit, its status in $status, its output in $err
	git commit -q -m "$1" >"$out" 2>"$err"
	status=$?
}

t_pre_commit_blocks_then_passes() {
	make_hooked_repo
	head=$(git rev-parse HEAD)
	add_new_leak a.c
	sed -i '28,$s/return -22;/return THIRD_ERROR;/' a.c
	git add a.c
	commit "a new leak"
	[ "$status" -ne 0 ] || fail "a commit with a new leak was not blocked"
	[ "$(git rev-parse HEAD)" = "$head" ] || fail "the blocked commit was made"
	expect_in "$err" "a.c:30:12: warning: the mapping made by"	# the original name
	expect_count "$err" "warning:" 1	# only the changed lines
	expect_not_in "$err" "hmcheck-pre-commit."	# no temporary names
	expect_in "$err" "git commit --no-verify"
	git reset -q a.c && git checkout -q a.c
	echo "/* a comment */" >>a.c
	git add a.c
	commit "a comment"
	expect_status 0
	[ "$(git rev-parse HEAD)" != "$head" ] || fail "a clean commit was not made"
}

t_pre_commit_checks_staged_text() {
	make_hooked_repo
	echo "/* staged: clean */" >>a.c
	git add a.c
	add_new_leak a.c			# in the working tree only
	commit "clean staged text"
	expect_status 0
	git add a.c
	commit "now staged"
	[ "$status" -ne 0 ] || fail "the staged leak was not blocked"
	HMCHECK_SKIP=1 git commit -q -m "skipped once" || fail "HMCHECK_SKIP=1 blocked"
	git log -1 --format=%s | grep -q "skipped once" || fail "skipped commit not made"
}

t_pre_commit_uses_compile_commands() {
	make_hooked_repo
	unset HMCHECK_FLAGS
	cat >compile_commands.json <<-JSON
	[{"directory": "$tmp/repo", "file": "a.c",
	  "command": "cc -c a.c -I $top/testsuite/kshim/include"}]
	JSON
	add_new_leak a.c
	git add a.c
	commit "a new leak"
	[ "$status" -ne 0 ] || fail "not blocked"
	expect_in "$err" "a.c:30:12: warning: the mapping made by"
}

# --- sparse too -----------------------------------------------------------

t_also_sparse_merges() {
	command -v sparse >/dev/null || { echo "sparse is not installed: skipped"; return; }
	run --also-sparse $two_bugs $kshim
	expect_status 0
	expect_in "$err" "$two_bugs:6:5: warning: symbol 'two_bugs_fill' was not declared"
	expect_in "$err" "$two_bugs:8:12: warning: the mapping made by"
	HMCHECK_SPARSE=/nonexistent/sparse run --also-sparse $two_bugs $kshim
	expect_status 0				# never breaks a build
	expect_in "$err" "cannot run /nonexistent/sparse"
	expect_in "$err" "[hmcheck-leak]"
}

# --- man page, --help, --version ------------------------------------------

t_man_page_installed() {
	# what cmake --install does for checker/: the tool and its page
	script=$(dirname "$hmcheck")/cmake_install.cmake
	cmake -DCMAKE_INSTALL_PREFIX="$tmp/prefix" -P "$script" >"$out" 2>"$err" ||
		fail "installing checker/ failed"
	page=$(find "$tmp/prefix" -path '*/man1/hmcheck.1')
	[ -n "$page" ] || fail "hmcheck.1 not installed under man1"
	[ -x "$tmp/prefix/bin/hmcheck" ] || fail "hmcheck not installed"
	groff -man -Tutf8 -ww -z "$page" >"$out" 2>"$err" || fail "groff failed"
	[ ! -s "$err" ] || fail "groff warns about hmcheck.1"
}

t_man_page_documents_every_option() {
	run --help
	options=$(grep -oE -- '--[a-z][a-z-]+' "$out" | sort -u)
	[ -n "$options" ] || fail "no options in --help"
	page=$(groff -man -Tutf8 "$top/checker/hmcheck.1" 2>/dev/null | col -b)
	for option in $options; do
		echo "$page" | grep -qF -- "$option" || fail "hmcheck.1 does not document $option"
	done
}

t_help_one_screen() {
	run --help
	expect_status 0
	n=$(wc -l <"$out")
	[ "$n" -le 24 ] || fail "--help is $n lines, more than a screen"
	awk 'length > 80 { exit 1 }' "$out" || fail "--help has lines over 80 columns"
	for option in --format --diff --since --baseline --srcroot --also-sparse \
		      --list-unused-suppressions --assume-filename; do
		expect_in "$out" "$option"
	done
	run --version
	grep -qE '^hmcheck [0-9]+\.[0-9]+\.[0-9]+$' "$out" || fail "bad --version"
}

# --- the CI workflow ------------------------------------------------------

workflow=tools/ci/github-workflow.yml

t_workflow_structure() {
	python3 "$here/check_workflow.py" $workflow >"$out" 2>"$err" ||
		fail "the workflow is malformed or incomplete"
}

# The workflow's checking step, run as Actions would on a pull request
# that adds a leak: its SARIF must hold that finding and only that one.
t_workflow_check_step_runs() {
	python3 "$here/check_workflow.py" --script "Check the changed lines" $workflow \
		>"$tmp/step.sh" || fail "no checking step"
	make_repo
	base=$(git rev-parse HEAD)
	git checkout -q -b pull-request
	add_new_leak a.c
	git commit -q -am "a new leak"
	mkdir "$tmp/bin" && ln -s "$hmcheck" "$tmp/bin/hmcheck"
	PATH="$tmp/bin:$PATH" BASE=$base HMCHECK_FLAGS="$kshim" \
		sh -e "$tmp/step.sh" >"$out" 2>"$err" || fail "the step failed"
	expect_in "$out" "::warning file=a.c,line=29,col=12,title=hmcheck-leak::"
	python3 -c '
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
where = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
	  r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results]
assert where == [("leak", "a.c", 29)], where
' hmcheck.sarif || fail "hmcheck.sarif does not hold the one new finding"
}
