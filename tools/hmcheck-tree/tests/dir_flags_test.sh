#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# dir_flags_test.sh - --tree reads each file's flags from its directory's
# Makefiles (kbuild_dir_flags.c), over a small configured tree the test
# writes (write_tree):
#
#   forms      each form reaches hmcheck: a header only its flag finds, a
#              macro only its flag defines; the unit then parses clean and
#              its leak is reported
#   negatives  what kbuild would not apply is not: ccflags-$(CONFIG_X) with
#              X unset or =m, an undecidable or false conditional, a word
#              holding an unknown variable or function, a comment, a
#              -include of a missing file, the Makefile beside a Kbuild
#   order      the flags as kbuild orders them (fake-hmcheck's log)
#   removed    ccflags-remove-y and CFLAGS_REMOVE_<stem>.o filter flags
#              out (the latter for that file only)
#   included   a file another directory builds (write_included: a/Makefile
#              includes ../b/Makefile, which adds ../b/x.o to a's composite
#              through $(addprefix ...)) gets a's flags: its ccflags-y, the
#              subdir-ccflags-y of the fragment, CFLAGS_../b/x.o with
#              $(src) a's; so do c/shared.c, which a lists and its own
#              (reached) directory c does not, a/sub/s.c (sub/ has its own
#              Makefile, a fragment a includes) and virt2/v.c (another
#              top-level directory).  Twins: b/y.c, listed by no one but
#              another architecture's directory and tools/, is not built,
#              and named, gets none of a's flags;
#              a's own file gets no CFLAGS_../b/x.o; c's own file c's
#              flags, not a's; y.c counts as built when a's list holds an
#              unknown word
#
#   dir_flags_test.sh HMCHECK_TREE HMCHECK TESTS_DIR TEST
set -u

tree_bin=$1
hmcheck=$2
tests=$3
test=$4
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
failed=0
export XDG_CACHE_HOME="$work/cache"
. "$tests/lib.sh"

# leaky NAME: a function that never unmaps kmap_atomic(p_NAME).
leaky() {
	printf 'void %s_f(struct page *p_%s)\n{\n\tchar *v = kmap_atomic(p_%s);\n\n\tv[0] = 0;\n}\n' \
		"$1" "$1" "$1"
}

write_base() {
	t=$1
	mkdir -p "$t/include/generated" "$t/include/linux" "$t/drivers/common"
	: > "$t/include/generated/autoconf.h"
	for h in compiler-version kconfig compiler_types; do
		: > "$t/include/linux/$h.h"
	done
	printf 'CONFIG_X86=y\nCONFIG_FOO=y\nCONFIG_BAR=m\n# CONFIG_UNSET is not set\n' \
		> "$t/.config"
	cat > "$t/include/k.h" <<'END'
struct page;
void *kmap_atomic(struct page *page);
void __kunmap_atomic(void *addr);
#define kunmap_atomic(a) __kunmap_atomic(a)
END
	printf 'obj-y += drivers/\n' > "$t/Kbuild"
	printf '#define FROM_ANCESTOR 1\n' > "$t/drivers/common/ancestor.h"
	cat > "$t/drivers/Makefile" <<'END'
# subdir-ccflags-y reach every directory below
subdir-ccflags-y += -I$(srctree)/drivers/common
END
}

#   drivers/gpu        subdir-ccflags-y: -I$(srctree)/$(src); no Makefile
#                      in gpu/sub, built from gpu/Makefile
#   drivers/acp        ccflags-y (:=, +=, continuation, quotes, own
#                      variable, ifdef), ccflags-$(CONFIG_FOO), CFLAGS_c.o
#   drivers/kb         a Kbuild file beside a Makefile
write_tree() {
	t=$1
	write_base "$t"
	mkdir -p "$t/drivers/gpu/sub" "$t/drivers/acp/include" "$t/drivers/acp/private" \
		"$t/drivers/kb"
	printf 'subdir-ccflags-y += -Wall -I$(srctree)/$(src) -Werror\n' > "$t/drivers/gpu/Makefile"
	printf '#define FROM_SUBDIR 1\n' > "$t/drivers/gpu/gpu_local.h"
	{
		printf '#include "k.h"\n#include "ancestor.h"\n#include "gpu_local.h"\n'
		printf '#if FROM_ANCESTOR && FROM_SUBDIR\n'
		leaky subdir_applied
		printf '#endif\n'
	} > "$t/drivers/gpu/sub/b.c"
	cat > "$t/drivers/acp/Makefile" <<'END'
# A comment: ccflags-y += -DIN_COMMENT
LOCAL_FLAGS := -DLOCAL_VAR
ccflags-y := -DFROM_CCFLAGS \
	-I$(srctree)/drivers/acp/include	# -DIN_TRAILING_COMMENT
ccflags-y += -DDRV_NAME=\"acp\" $(LOCAL_FLAGS)
ccflags-$(CONFIG_FOO) += -DFOO_SET
ccflags-$(CONFIG_UNSET) += -DUNSET_APPLIED
ccflags-$(CONFIG_BAR) += -DMODULE_APPLIED
ccflags-y += $(UNKNOWN_VAR) -DAFTER_UNKNOWN -I$(OTHER_DIR)/x $(call cc-option,-DCALLED)
ccflags-y += -DUNKNOWN_WORD=$(UNKNOWN_VAR)
ifdef CONFIG_FOO
ccflags-y += -DIFDEF_TAKEN
else
ccflags-y += -DELSE_APPLIED
endif
ifeq ($(CONFIG_UNSET),y)
ccflags-y += -DIFEQ_APPLIED
endif
ifneq ($(OTHER_FILE_VAR),)
ccflags-y += -DUNDECIDED_APPLIED
endif
CFLAGS_c.o := -I$(src)/private -DONLY_C
CFLAGS_d.o += -include $(srctree)/drivers/acp/missing.h
define NOT_A_FLAG
ccflags-y += -DDEFINE_APPLIED
endef
$(obj)/c.o: FORCE
	ccflags-y += -DRECIPE_APPLIED
END
	printf '#define FROM_INCLUDE_DIR 1\n' > "$t/drivers/acp/include/acp_local.h"
	printf '#define FROM_OBJECT_FLAGS 1\n' > "$t/drivers/acp/private/priv.h"
	{
		printf '#include "k.h"\n#include "acp_local.h"\n#include "priv.h"\n'
		printf 'static const char drv_name[] = DRV_NAME;\n'
		printf '#if FROM_INCLUDE_DIR && FROM_OBJECT_FLAGS && defined(FROM_CCFLAGS) && \\\n'
		printf '    defined(LOCAL_VAR) && defined(FOO_SET) && defined(ONLY_C) && \\\n'
		printf '    defined(IFDEF_TAKEN) && defined(AFTER_UNKNOWN)\n'
		leaky ccflags_applied
		printf '#endif\n'
		for m in IN_COMMENT IN_TRAILING_COMMENT UNSET_APPLIED MODULE_APPLIED \
			 CALLED UNKNOWN_WORD ELSE_APPLIED IFEQ_APPLIED UNDECIDED_APPLIED \
			 DEFINE_APPLIED RECIPE_APPLIED; do
			printf '#ifdef %s\n' "$m"
			leaky "$m"
			printf '#endif\n'
		done
	} > "$t/drivers/acp/c.c"
	# d.c: not c.c's CFLAGS_c.o; its own names a missing file.
	{
		printf '#include "k.h"\n'
		printf '#ifdef ONLY_C\n'
		leaky ONLY_C
		printf '#endif\n'
		leaky d_parsed
	} > "$t/drivers/acp/d.c"
	printf 'ccflags-y := -DFROM_KBUILD\n' > "$t/drivers/kb/Kbuild"
	printf 'ccflags-y := -DFROM_MAKEFILE\n' > "$t/drivers/kb/Makefile"
	{
		printf '#include "k.h"\n'
		printf '#ifdef FROM_KBUILD\n'
		leaky kbuild_read
		printf '#endif\n#ifdef FROM_MAKEFILE\n'
		leaky MAKEFILE_READ
		printf '#endif\n'
	} > "$t/drivers/kb/k.c"
}

#   drivers/a   reached (drivers/Makefile lists a/ and c/); includes
#               ../b/Makefile; its composite a.o: a_main.o, $(B_FILES),
#               ../c/shared.o
#   drivers/b   a fragment: no parent lists it; x.c listed, y.c not
#   drivers/c   reached, builds c_own.o, not shared.o
#   virt2       another top-level directory, v.o listed by a only
#   arch/arm, tools/testing  list ../../drivers/b/y.o: not kbuild's here
write_included() {
	t=$1
	write_base "$t"
	printf 'subdir-ccflags-y += -I$(srctree)/drivers/common\nobj-y += a/ c/\n' \
		> "$t/drivers/Makefile"
	mkdir -p "$t/drivers/a/private" "$t/drivers/b/include" "$t/drivers/c"
	cat > "$t/drivers/a/Makefile" <<'END'
B_PATH = $(srctree)/$(src)/../b
REL_B := ../b
ccflags-y := -I$(B_PATH)/include -DFROM_A
include $(B_PATH)/Makefile
include $(src)/sub/Makefile
a-y := a_main.o
a-y += $(B_FILES) ../c/shared.o $(SUB_FILES) ../../virt2/v.o
obj-y += a.o
END
	mkdir -p "$t/drivers/a/sub" "$t/virt2" "$t/arch/arm" "$t/tools/testing"
	printf 'SUB_FILES := sub/s.o\n' > "$t/drivers/a/sub/Makefile"
	printf 'obj-y += other.o\nccflags-y := -DFROM_VIRT2\n' > "$t/virt2/Makefile"
	for d in arch/arm tools/testing; do
		printf 'obj-y += y_elsewhere.o\ny_elsewhere-y := ../../drivers/b/y.o\n' \
			> "$t/$d/Makefile"
	done
	for f in drivers/a/sub/s virt2/v; do
		n=$(basename $f)
		cat > "$t/$f.c" <<END2
#include "k.h"
#if defined(FROM_A) && !defined(FROM_VIRT2)
$(leaky "${n}_applied")
#endif
END2
	done
	cat > "$t/drivers/b/Makefile" <<'END'
B_OBJS = x.o
B_FILES = $(addprefix $(REL_B)/, $(B_OBJS))
subdir-ccflags-y += -DFROM_B_FRAGMENT
CFLAGS_$(REL_B)/x.o := -I$(src)/private -DONLY_X
END
	printf 'obj-y += c_own.o\nccflags-y := -DFROM_C\n' > "$t/drivers/c/Makefile"
	printf '#define FROM_B_INCLUDE 1\n' > "$t/drivers/b/include/b.h"
	printf '#define FROM_A_SRC 1\n' > "$t/drivers/a/private/priv.h"
	cat > "$t/drivers/b/x.c" <<END
#include "k.h"
#include "ancestor.h"
#include "b.h"
#include "priv.h"
#if FROM_ANCESTOR && FROM_B_INCLUDE && FROM_A_SRC && \\
    defined(FROM_A) && defined(FROM_B_FRAGMENT) && defined(ONLY_X)
$(leaky included_applied)
#endif
END
	cat > "$t/drivers/b/y.c" <<END
#include "k.h"
#if defined(FROM_A) || defined(ONLY_X)
$(leaky Y_HAS_A)
#endif
$(leaky y_alone)
END
	cat > "$t/drivers/a/a_main.c" <<END
#include "k.h"
#include "b.h"
#if defined(FROM_A) && defined(FROM_B_FRAGMENT)
$(leaky a_own)
#endif
#ifdef ONLY_X
$(leaky ONLY_X_IN_A)
#endif
END
	cat > "$t/drivers/c/shared.c" <<END
#include "k.h"
#include "b.h"
#if defined(FROM_A) && !defined(FROM_C)
$(leaky sibling_applied)
#endif
END
	cat > "$t/drivers/c/c_own.c" <<END
#include "k.h"
#if defined(FROM_C) && !defined(FROM_A)
$(leaky c_own)
#endif
END
}

# expect_leak NAME: the leak of NAME's function is reported.
expect_leak() {
	expect_in t.out "the mapping made by kmap_atomic(p_$1) is not released"
}

test_forms() {
	write_tree "$work/t"
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	expect_leak subdir_applied
	expect_leak ccflags_applied
	expect_leak d_parsed
	expect_leak kbuild_read
	expect_in t.err "4 units: 4 checked"
}

test_negatives() {
	write_tree "$work/t"
	run t --tree "$work/t" -q
	expect_not_in t.out "error:"
	for m in IN_COMMENT IN_TRAILING_COMMENT UNSET_APPLIED MODULE_APPLIED CALLED \
		 UNKNOWN_WORD ELSE_APPLIED IFEQ_APPLIED UNDECIDED_APPLIED DEFINE_APPLIED \
		 RECIPE_APPLIED ONLY_C MAKEFILE_READ; do
		expect_not_in t.out "kmap_atomic(p_$m)"
	done
	# Without .config, no CONFIG_ symbol is set: the else branch is read.
	rm "$work/t/.config"
	run none --tree "$work/t" -q drivers/acp/c.c
	expect_not_in none.out "kmap_atomic(p_ccflags_applied)"
	expect_in none.out "kmap_atomic(p_ELSE_APPLIED)"
	expect_not_in none.out "error:"
}

# The order of kbuild's c_flags: the global flags, subdir-ccflags-y from
# the root down, ccflags-y, CFLAGS_<stem>.o, then the KBUILD_* names.
test_order() {
	write_tree "$work/t"
	mkdir "$work/state"
	hmcheck=$tests/fake-hmcheck
	FAKE_STATE=$work/state run t --tree "$work/t" drivers/acp/c.c drivers/gpu/sub/b.c
	c_flags='-D__KERNEL__ .* -DFROM_CCFLAGS -I./drivers/acp/include -DDRV_NAME="acp" -DLOCAL_VAR -DFOO_SET -DAFTER_UNKNOWN -DIFDEF_TAKEN -Idrivers/acp/private -DONLY_C -DKBUILD_MODFILE='
	grep -q -- "$c_flags" "$work/state/log" || fail "c.c: flags not '$c_flags'"
	b_flags='-O2 -I./drivers/common -I./drivers/gpu -DKBUILD_MODFILE='
	grep -q -- "$b_flags" "$work/state/log" || fail "b.c: flags not '$b_flags'"
	expect_not_in state/log "-Werror"
	expect_not_in state/log "-I/x"
}

# drivers/rm: ccflags-remove-y takes a flag from every file of the
# directory, CFLAGS_REMOVE_r.o one from r.c only (s.c keeps its own).
write_removed() {
	mkdir -p "$t/drivers/rm"
	printf 'obj-y += rm/\n' >> "$t/drivers/Makefile"
	cat > "$t/drivers/rm/Makefile" <<'END'
obj-y += r.o s.o
ccflags-y := -DKEEP -DDROP_ALL
ccflags-remove-y := -DDROP_ALL
CFLAGS_r.o := -DDROP_R
CFLAGS_s.o := -DDROP_R
CFLAGS_REMOVE_r.o := -DDROP_R
END
	{
		printf '#include "k.h"\n'
		printf '#if defined(KEEP) && !defined(DROP_ALL) && !defined(DROP_R)\n'
		leaky removed_r
		printf '#endif\n'
	} > "$t/drivers/rm/r.c"
	{
		printf '#include "k.h"\n'
		printf '#if defined(KEEP) && !defined(DROP_ALL) && defined(DROP_R)\n'
		leaky removed_s
		printf '#endif\n'
	} > "$t/drivers/rm/s.c"
}

test_removed() {
	write_tree "$work/t"
	write_removed
	run t --tree "$work/t" -q drivers/rm
	expect_status t 0
	expect_not_in t.out "error:"
	expect_leak removed_r
	expect_leak removed_s
}

test_included() {
	write_included "$work/t"
	run t --tree "$work/t" -q drivers virt2
	expect_status t 0
	expect_not_in t.out "error:"
	expect_leak included_applied
	expect_leak a_own
	expect_leak sibling_applied
	expect_leak c_own
	expect_leak s_applied
	expect_leak v_applied
	expect_not_in t.out "kmap_atomic(p_ONLY_X_IN_A)"
	expect_not_in t.out "drivers/b/y.c"
	expect_in t.err "6 units: 6 checked"
	expect_in t.err "1 unit not built"
	# Named, y.c is checked: with its own directory's flags, not a's.
	run y --tree "$work/t" -q drivers/b/y.c
	expect_leak_in y y_alone
	expect_not_in y.out "kmap_atomic(p_Y_HAS_A)"
	# An unknown word in a's lists may name y.o: y.c counts as built.
	printf 'a-y += $(call unknown-fn,y.o)\n' >> "$work/t/drivers/a/Makefile"
	run doubt --tree "$work/t" -q drivers
	expect_leak_in doubt y_alone
	expect_leak_in doubt included_applied
	expect_in doubt.err "6 units: 6 checked"
}

# expect_leak_in RUN NAME: as expect_leak, in RUN's output.
expect_leak_in() {
	expect_in "$1.out" "the mapping made by kmap_atomic(p_$2) is not released"
}

case $test in
forms|negatives|order|removed|included)
	"test_$test" ;;
*)
	echo "dir_flags_test.sh: unknown test '$test'"; exit 2 ;;
esac
[ $failed = 0 ] && echo "PASS: $test"
exit $failed
