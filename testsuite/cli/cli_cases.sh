# SPDX-License-Identifier: GPL-2.0
#
# cli_cases.sh - the command-line tests, sourced by cli_test.sh; test NAME
# is the function t_NAME and the ctest test cli_NAME.

t_help() {
	run --help
	expect_status 0
	expect_in "$out" "usage: hmcheck"
	expect_empty "$err"
	n=$(wc -l <"$out")
	[ "$n" -le 24 ] || fail "--help is $n lines, more than one screen"
}

t_version() {
	run --version
	expect_status 0
	grep -qE '^hmcheck [0-9]+\.[0-9]+\.[0-9]+$' "$out" || fail "bad version line"
	expect_lines "$out" 1
	expect_empty "$err"
}

t_list_rules() {
	run --list-rules
	expect_status 0
	expect_lines "$out" 10
	expect_empty "$err"
	for rule in order sleep-in-atomic leak unbalanced wrong-arg use-after-unmap \
		    escape depth unchecked-copy; do
		grep -qE "^$rule +on +[a-z]" "$out" || fail "$rule not listed as on"
	done
	grep -qE '^deprecated +off +[a-z]' "$out" || fail "deprecated not listed as off"
}

t_explain_each_rule() {
	[ "$(rule_names | wc -l)" -eq 10 ] || fail "--list-rules does not list 10 rules"
	for rule in $(rule_names); do
		run --explain "$rule"
		expect_status 0
		head -n 1 "$out" | grep -q "^$rule: " || fail "--explain $rule: not named"
		[ "$(wc -l <"$out")" -ge 15 ] || fail "--explain $rule: too short"
		expect_empty "$err"
		run "--explain=$rule"
		expect_status 0
		head -n 1 "$out" | grep -q "^$rule: " || fail "--explain=$rule: not named"
	done
}

t_explain_unknown_rule() {
	run --explain no-such-rule
	expect_status 2
	expect_empty "$out"
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: unknown rule 'no-such-rule'; the rules are: order,"
}

t_enable_unknown_rule() {
	run --enable order,bogus "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: unknown rule 'bogus'"
	run --disable= "$data/clean.c"
	expect_status 2
}

t_missing_input() {
	run "$tmp/no_such_file.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$tmp/no_such_file.c"
	expect_in "$err" "No such file or directory"
}

t_no_input() {
	run -DFOO -Wall
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: no input file"
}

t_option_without_value() {
	run "$data/clean.c" --rules
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "option '--rules' needs an argument"
}

t_malformed_rules() {
	run --rules "$data/malformed.rules" "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$data/malformed.rules:3: unknown kind 'bogus'"
	run --rules "$tmp/missing.rules" "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: cannot read rules file $tmp/missing.rules: No such file"
}

t_malformed_rules_dir() {
	mkdir "$tmp/rules"
	cp "$data/malformed.rules" "$tmp/rules/zz.rules"
	HMCHECK_RULES_DIR=$tmp/rules run "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$tmp/rules/zz.rules:3: unknown kind 'bogus'"
}

t_own_rules() {
	run "$data/own_api.c"
	expect_status 0
	expect_not_in "$err" "hmcheck-order"
	run --rules "$data/own_api.rules" "$data/own_api.c"
	expect_status 0
	expect_in "$err" "own_api.c:15:"
	expect_in "$err" "[hmcheck-order]"
}

t_clean_file() {
	run "$data/clean.c"
	expect_status 0
	expect_empty "$err"
	expect_empty "$out"
}

t_order_report() {
	run "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 0
	expect_empty "$out"
	grep -qE "order_bug\.c:19:[0-9]+: warning: .*\[hmcheck-order\]$" "$err" ||
		fail "no order warning at line 19"
	run -DCONFIG_HM_NEEDED "$data/order_bug.c"
	grep -qF "order_bug.c:19:" "$err" || fail "flags before the file: no report"
}

t_use_after_unmap_path() {
	run "$data/use_after_unmap_path.c"
	expect_status 0
	grep -qE "use_after_unmap_path\.c:14:[0-9]+: warning: 'src' is passed to memcpy\(\) after its mapping was released \[hmcheck-use-after-unmap\]$" "$err" ||
		fail "no use-after-unmap warning at line 14"
	expect_in "$err" "use_after_unmap_path.c:12:2: note: the mapping was released here"
	expect_in "$err" "use_after_unmap_path.c:9:14: note: and had been made here by kmap_local_page()"
	expect_in "$err" "use_after_unmap_path.c:13:6: note: taking the true branch of 'again'"
}

t_sleep_path() {
	run "$data/sleep_path.c"
	expect_status 0
	grep -qE "sleep_path\.c:16:[0-9]+: warning: mutex_lock\(\) may sleep, but this path is in atomic context since kmap_atomic\(\) on line 12 \[hmcheck-sleep-in-atomic\]$" "$err" ||
		fail "no sleep-in-atomic warning at line 16"
	expect_in "$err" "sleep_path.c:12:12: note: atomic context entered here"
	expect_in "$err" "sleep_path.c:15:6: note: taking the true branch of 'slow'"
}

t_forced_branch_path() {
	run "$data/forced_branch_path.c"
	expect_status 0
	expect_in "$err" "forced_branch_path.c:14:12: warning: the mapping made by kmap_local_page(page) is not released on every path"
	expect_in "$err" "forced_branch_path.c:17:6: note: taking the"
	expect_in "$err" "forced_branch_path.c:23:6: note: taking the true branch of 'fast'"
	expect_not_in "$err" "forced_branch_path.c:19:"
	expect_not_in "$err" "forced_branch_path.c:21:"
}

t_release_name() {
	run "$data/release_name.c"
	expect_status 0
	expect_in "$err" "release_name.c:15:15: warning: the mapping made by kmap_high_get(page) is not released on every path: call kunmap_high() before returning [hmcheck-leak]"
	expect_in "$err" "release_name.c:28:15: warning: the mapping made by kmap(page) is not released on every path: call kunmap() before returning [hmcheck-leak]"
	run --rules "$data/bad_release.rules" "$data/release_name.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$data/bad_release.rules:3: map 'get_pin': unmap=put_pin is not an unmap of family local"
}

t_leaves_bad_value() {
	run --rules "$data/bad_leaves.rules" "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$data/bad_leaves.rules:2: 'my_resched' takes leaves= alone, not with drops="
	run --rules "$data/leaves_unswitched.rules" "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$data/leaves_unswitched.rules:3: sleep 'my_resched': leaves=bh is not a context an entry switches with sets="
}

# A damaged rules file's bytes are quoted escaped: a control byte inside
# a name (here RS, which Python and some terminals take for a line end)
# does not split the one-line error.
t_rules_error_escapes_bytes() {
	printf 'sleep\tmy_\036sleep\n' >"$tmp/ctl.rules"
	run --rules "$tmp/ctl.rules" "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$tmp/ctl.rules:1: 'my_\\x1esleep' is not a C identifier"
	python3 -c 'import sys; t = open(sys.argv[1], "rb").read().decode("utf-8", "replace"); sys.exit(len(t.splitlines()) != 1)' "$err" ||
		fail "the error is not one line to a reader that splits at any line break: $(cat "$err")"
}

t_werror() {
	run --Werror "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 1
	expect_in "$err" "[hmcheck-order]"
	run --Werror "$data/clean.c"
	expect_status 0
	# gcc's -Werror is a compiler flag: it must not change hmcheck's status
	run -Werror "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 0
	expect_in "$err" "[hmcheck-order]"
}

t_disable_enable() {
	run --disable order "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 0
	expect_not_in "$err" "[hmcheck-order]"
	run --disable all --enable=leak,order "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_in "$err" "[hmcheck-order]"
	run "$data/deprecated_use.c"
	expect_status 0
	expect_not_in "$err" "[hmcheck-deprecated]"
	run --enable deprecated "$data/deprecated_use.c"
	expect_status 0
	expect_in "$err" "deprecated_use.c:9:"
	expect_in "$err" "[hmcheck-deprecated]"
}

# kbuild: make C=1 CHECK=hmcheck runs `hmcheck $(CHECKFLAGS) $(c_flags) file.c`
t_kbuild_arguments() {
	mkdir "$tmp/include" "$tmp/generated"
	cp "$data/kbuild_config.h" "$tmp/generated/config.h"
	( cd "$tmp" && "$hmcheck" -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ \
		-Wbitwise -Wno-return-void -Wno-unknown-attribute -D__x86_64__ \
		--arch=x86 -mlittle-endian -m64 \
		-Wp,-MMD,"$tmp/.order_bug.o.d" -nostdinc -isystem "$tmp/include" \
		-I./include -include ./generated/config.h -D__KERNEL__ \
		-fmacro-prefix-map=./= -std=gnu11 -fshort-wchar -funsigned-char \
		-fno-common -fno-PIE -fno-strict-aliasing -mno-sse -mno-mmx \
		-mno-red-zone -mcmodel=kernel -fcf-protection=none \
		-falign-jumps=1 -falign-loops=1 -mskip-rax-setup \
		-mindirect-branch=thunk-extern -mfunction-return=thunk-extern \
		-fno-delete-null-pointer-checks -fconserve-stack -Werror \
		-Wno-frame-address -Wframe-larger-than=2048 -pg -mrecord-mcount \
		-fno-var-tracking-assignments -g -gdwarf-5 -Wimplicit-fallthrough=5 \
		-DKBUILD_MODFILE='"fs/hm/order_bug"' -DKBUILD_BASENAME='"order_bug"' \
		-DKBUILD_MODNAME='"order_bug"' -D__KBUILD_MODNAME=kmod_order_bug \
		"$data/order_bug.c" ) >"$out" 2>"$err"
	status=$?
	expect_status 0
	expect_in "$err" "order_bug.c:19:"
	expect_in "$err" "[hmcheck-order]"
	expect_not_in "$err" "hmcheck: "
	[ ! -e "$tmp/.order_bug.o.d" ] || fail "a dependency file was written"
}

t_unknown_flags() {
	run --some-future-sparse-flag -fnew-gcc-thing=3 -mno-such-cpu-feature \
		-Wno-some-new-warning "$data/clean.c" -fplugin-arg-foo-bar=baz
	expect_status 0
	expect_not_in "$err" "error"
	expect_not_in "$err" "hmcheck: "
}

t_compile_commands() {
	mkdir -p "$tmp/project/inc" "$tmp/build" "$tmp/elsewhere"
	cp "$data/kbuild_config.h" "$tmp/project/inc/config.h"
	# a.c finds its header through a relative -I; b.c, like kbuild's
	# entries, forces it in with -include ./path; both lines shift by one
	{ echo '#include "config.h"'; cat "$data/order_bug.c"; } >"$tmp/project/a.c"
	{ echo '/* b.c */'; cat "$data/order_bug.c"; } >"$tmp/project/b.c"
	cat >"$tmp/build/compile_commands.json" <<-JSON
	[
	  {
	    "directory": "$tmp/project",
	    "command": "gcc -Iinc -Wp,-MMD,deps.d -c a.c -o a.o",
	    "file": "a.c"
	  },
	  {
	    "directory": "$tmp/project",
	    "arguments": ["gcc", "-include", "./inc/config.h", "-c", "b.c", "-o", "b.o"],
	    "file": "$tmp/project/b.c"
	  }
	]
	JSON
	( cd "$tmp/elsewhere" && "$hmcheck" -p "$tmp/build" "$tmp/project/a.c" \
		"$tmp/project/b.c" ) >"$out" 2>"$err"
	status=$?
	expect_status 0
	expect_in "$err" "a.c:20:"
	expect_in "$err" "b.c:20:"
	expect_not_in "$err" "error"
	[ ! -e "$tmp/project/deps.d" ] || fail "a dependency file was written"
	# a file the database does not list is an error, not a guess
	run -p "$tmp/build" "$data/clean.c"
	expect_status 2
	expect_in "$err" "clean.c"
}

t_clang_errors() {
	run "$data/clang_error.c"
	expect_status 0
	expect_in "$err" "clang_error.c:8:"
	expect_in "$err" "error:"
	expect_not_in "$err" "AddressSanitizer"
}

t_dump_ir() {
	run --dump-ir "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 0
	expect_in "$out" "copy_page_wrong"
	expect_in "$out" "kmap_local_page"
	expect_in "$err" "[hmcheck-order]"
}

t_several_files() {
	run "$data/clean.c" "$data/order_bug.c" -DCONFIG_HM_NEEDED "$data/own_api.c"
	expect_status 0
	expect_in "$err" "order_bug.c:19:"
	run "$data/clean.c" "$tmp/missing.c" "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 2
	expect_in "$err" "order_bug.c:19:"
}

# --- inputs that are not what their option wants (robust leftovers) --------

# A baseline read as empty would show every old finding and say nothing.
t_baseline_not_a_file() {
	mkdir "$tmp/base"
	run --baseline "$tmp/base" "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: cannot read baseline $tmp/base: not a regular file"
	mkfifo "$tmp/fifo"
	run_bounded --baseline "$tmp/fifo" "$data/order_bug.c"
	expect_status 2
	expect_in "$err" "$tmp/fifo: not a regular file"
}

t_baseline_garbage() {
	printf '# hmcheck baseline\n0123456789abcdef\nnot a fingerprint\n' >"$tmp/base"
	run --baseline "$tmp/base" "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: $tmp/base:3: not a fingerprint"
	expect_empty "$out"
}

# A leak in a file whose parameter and variable are C++ keywords.
write_cxx_keyword_leak() {
	mkdir -p "$1"
	cat >"$1/a.c" <<-C
	struct page;
	void *kmap_local_page(struct page *page);

	void leak(struct page *new)
	{
		char *class = kmap_local_page(new);

		class[0] = 0;
	}
	C
}

# A last option without its value took hmcheck's own -Wno-everything.
t_compile_commands_dangling_option() {
	write_cxx_keyword_leak "$tmp/project"
	mkdir "$tmp/build"
	cat >"$tmp/build/compile_commands.json" <<-JSON
	[{ "directory": "$tmp/project", "file": "a.c",
	   "arguments": ["gcc", "-c", "a.c", "-I", "inc", "-include"] }]
	JSON
	run -p "$tmp/build" "$tmp/project/a.c"
	expect_status 0
	expect_in "$err" "a.c:6:15: warning: the mapping made by kmap_local_page(new)"
	expect_not_in "$err" "error"
	expect_not_in "$err" "Wno-everything"
}

# hmcheck checks C: an entry's -x c++ would fail on 'new' and 'class'.
t_compile_commands_other_language() {
	write_cxx_keyword_leak "$tmp/project"
	mkdir "$tmp/build"
	cat >"$tmp/build/compile_commands.json" <<-JSON
	[{ "directory": "$tmp/project", "file": "a.c",
	   "arguments": ["g++", "-x", "c++", "-std=gnu++17", "-c", "a.c"] }]
	JSON
	run -p "$tmp/build" "$tmp/project/a.c"
	expect_status 0
	expect_in "$err" "a.c:6:15: warning: the mapping made by kmap_local_page(new)"
	expect_not_in "$err" "error"
}

t_compile_commands_fifo() {
	mkdir "$tmp/build"
	mkfifo "$tmp/build/compile_commands.json"
	run_bounded -p "$tmp/build" "$data/clean.c"
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$tmp/build/compile_commands.json: error: not a regular file"
}

# A hunk counting more lines than follow swallowed the rest of the diff.
t_diff_hunk_counts() {
	printf -- '--- a/order_bug.c\n+++ b/order_bug.c\n@@ -17,4 +17,%s @@\n+x\n' \
		4000000000 >"$tmp/huge.diff"
	run --diff "$tmp/huge.diff" "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: $tmp/huge.diff:3: the hunk header counts more lines"
	printf -- '--- a/order_bug.c\n+++ b/order_bug.c\n@@ -17,4 +-17,-5 @@\n+x\n' \
		>"$tmp/negative.diff"
	run --diff "$tmp/negative.diff" "$data/order_bug.c" -DCONFIG_HM_NEEDED
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "hmcheck: $tmp/negative.diff:3: not a hunk header"
	mkfifo "$tmp/fifo.diff"
	run_bounded --diff "$tmp/fifo.diff" "$data/order_bug.c"
	expect_status 2
	expect_in "$err" "hmcheck: cannot read diff $tmp/fifo.diff: not a regular file"
}

# The unknown-rule warning quotes a suppression's rule, not 10,000 bytes of it.
t_suppression_long_unknown_rule() {
	long=$(printf '%0500d' 0 | tr 0 x)
	{ cat "$data/clean.c"; echo "int x; /* hmcheck-ignore $long: why */"; } >"$tmp/a.c"
	run "$tmp/a.c"
	expect_status 0
	expect_lines "$err" 1
	expect_in "$err" "unknown rule '$(printf '%064d' 0 | tr 0 x)...'"
	[ "$(wc -c <"$err")" -lt 300 ] || fail "the warning is $(wc -c <"$err") bytes"
}
