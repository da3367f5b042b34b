#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# built_test.sh - --tree alone checks only the files the configuration
# builds (kbuild_built.c), over a small configured tree the test writes
# (write_tree); each file holds a leak named after it, so a checked file
# shows in the reports:
#
#   config     obj-$(CONFIG_ON) and obj-m and lib-y checked, obj-$(CONFIG_OFF)
#              not; a directory the parent lists under obj-$(CONFIG_OFF),
#              or does not list, is not; the summary counts them
#   composite  the parts of a built composite object (sub/part2.o: a path
#              below the directory) checked, a part under an unset option
#              and the parts of an unbuilt composite not
#   doubt      a list holding $(call ...) leaves its directory's files
#              checked; a parent list holding $(call ...), its
#              subdirectories; a Makefile including one that is missing or
#              has an unknown name, all its files (an included Makefile is
#              read; a missing -include is no doubt); a known word added
#              under a condition that cannot be decided is checked, but a
#              file its list names under an unset option is not
#   doubt_words  words added under an undecidable ifdef (and its else),
#              known ones: only the files they name are checked (through
#              $(addprefix ...) and another variable, a composite's
#              parts), a file named nowhere is not; a twin whose
#              undecidable part adds an unknown word, or whose list is
#              replaced there by one, keeps all its files checked; ifdef
#              of a variable set only under doubt, or to $(call ...), is
#              undecidable
#   skipped_include  a fragment Makefile that a reached directory includes
#              only on a branch not taken (ifneq ($(CONFIG_OFF),)) builds
#              nothing; twins: included under an undecidable condition, or
#              read, and listed
#   list_include  a fragment that an include reaches only through words a
#              branch not taken adds to the list of its names builds
#              nothing; twins: one named always; one beside a name an
#              undecidable condition adds
#   doubtful_include  a Makefile included under an undecidable condition
#              is read, its words doubtful: the files it adds are checked
#   unreached  a Makefile in doubt builds its files only when its
#              directory is reached: listed by its parent, or run by a
#              reached directory's recipe ($(MAKE) $(build)=$(obj)/sub)
#   subst      a list named through $(subst m,y,$(CONFIG_X)) is decided
#              (an m option builds, an unset one does not), and the rest
#              of its Makefile still decides its files; twin: a $(subst)
#              of another file's variable leaves them all checked
#   arch_lists an arch/ARCH subdirectory its Kbuild does not list is
#              reached when arch/ARCH/Makefile's core-y, drivers-y or
#              libs-y names it (through $(patsubst %,...) too), and only
#              then
#   arch_exports  a variable arch/ARCH/Makefile exports (BITS, set under
#              ifeq on .config) is known in every Makefile: the list
#              naming proc_$(BITS).o still decides its files; twins: a
#              variable it sets without export, or exports with an
#              unknown value, leaves the files of the lists using it
#              checked
#   host_programs  a file a Makefile names as a host program (hostprogs,
#              userprogs, or a part in prog-objs) is not a kernel unit,
#              in a Makefile naming no objects and in one whose obj-y is
#              in doubt; twins: a file named nowhere there, and one in
#              both hostprogs and obj-y, are checked
#   named      an unbuilt file named as a PATH is checked (the files of
#              a directory named as a PATH still are not)
#   all_files  --all-files checks them all
#   verbose    -v names each unit not built
#
#   built_test.sh HMCHECK_TREE HMCHECK TESTS_DIR TEST
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

# leaky_file PATH: a .c file whose function, named after PATH, leaks.
leaky_file() {
	name=$(echo "$1" | tr '/.' '__')
	mkdir -p "$(dirname "$t/$1")"
	printf '#include "k.h"\nvoid %s(struct page *p_%s)\n{\n' "$name" "$name" > "$t/$1"
	printf '\tchar *v = kmap_atomic(p_%s);\n\n\tv[0] = 0;\n}\n' "$name" >> "$t/$1"
}

write_tree() {
	t=$1
	mkdir -p "$t/include/generated" "$t/include/linux" "$t/drivers"
	: > "$t/include/generated/autoconf.h"
	for h in compiler-version kconfig compiler_types; do
		: > "$t/include/linux/$h.h"
	done
	printf 'CONFIG_X86=y\nCONFIG_ON=y\nCONFIG_MOD=m\n# CONFIG_OFF is not set\n' \
		> "$t/.config"
	cat > "$t/include/k.h" <<'END'
struct page;
void *kmap_atomic(struct page *page);
END
	printf 'obj-y += drivers/\n' > "$t/Kbuild"
	for f in plain/on.c plain/mod.c plain/off.c plain/part1.c plain/sub/part2.c \
		 plain/part_off.c plain/dead1.c plain/lib1.c on/ondir.c off/inoff.c \
		 unlisted/unl.c undecided/u.c undecided/u_off.c unknown/unk.c \
		 unknown/unk_off.c nest/maybe/m.c inc/inc.c inc/inc_off.c \
		 inc2/inc2_off.c inc3/inc3_off.c; do
		leaky_file "drivers/$f"
	done
	cat > "$t/drivers/Makefile" <<'END'
obj-$(CONFIG_ON) += on/ plain/ undecided/ nest/ inc/ inc2/ inc3/
obj-$(CONFIG_OFF) += off/
subdir-$(CONFIG_MOD) += unknown
END
	cat > "$t/drivers/plain/Makefile" <<'END'
obj-$(CONFIG_ON) += on.o
obj-$(CONFIG_MOD) += mod.o
obj-$(CONFIG_OFF) += off.o
obj-$(CONFIG_ON) += comp.o
comp-y := part1.o sub/part2.o
comp-$(CONFIG_OFF) += part_off.o
obj-$(CONFIG_OFF) += deadcomp.o
deadcomp-objs := dead1.o
lib-y += lib1.o
END
	printf 'obj-y += ondir.o\n' > "$t/drivers/on/Makefile"
	printf 'obj-y += inoff.o\n' > "$t/drivers/off/Makefile"
	printf 'obj-y += unl.o\n' > "$t/drivers/unlisted/Makefile"
	cat > "$t/drivers/undecided/Makefile" <<'END'
obj-$(CONFIG_OFF) += u_off.o
ifneq ($(OTHER_FILE_VAR),)
obj-y += u.o
endif
END
	printf 'obj-y += $(call cc-option,maybe/)\n' > "$t/drivers/nest/Makefile"
	cat > "$t/drivers/inc/Makefile" <<'END'
include $(src)/Makefile.parts
-include $(src)/optional.mk
obj-$(CONFIG_OFF) += inc_off.o
END
	printf 'include $(src)/gone.mk\nobj-$(CONFIG_OFF) += inc2_off.o\n' \
		> "$t/drivers/inc2/Makefile"
	printf 'include $(OTHER_DIR)/x.mk\nobj-$(CONFIG_OFF) += inc3_off.o\n' \
		> "$t/drivers/inc3/Makefile"
	printf 'obj-y += inc.o\n' > "$t/drivers/inc/Makefile.parts"
	printf 'obj-y += m.o\n' > "$t/drivers/nest/maybe/Makefile"
	cat > "$t/drivers/unknown/Makefile" <<'END'
obj-$(CONFIG_OFF) += unk_off.o
obj-y += $(call cc-option,unk.o)
END
}

# checked FILE / unchecked FILE: FILE's leak is reported, or not.
checked() {
	expect_in t.out "kmap_atomic(p_$(echo "$1" | tr '/.' '__'))"
}

unchecked() {
	expect_not_in t.out "kmap_atomic(p_$(echo "$1" | tr '/.' '__'))"
}

run_tree() {
	write_tree "$work/t"
	run t --tree "$work/t" -q "$@"
	expect_status t 0
	expect_not_in t.out "error:"
}

test_config() {
	run_tree
	for f in plain/on.c plain/mod.c plain/lib1.c on/ondir.c; do
		checked "drivers/$f"
	done
	for f in plain/off.c off/inoff.c unlisted/unl.c; do
		unchecked "drivers/$f"
	done
	expect_in t.err "13 units: 13 checked"
	expect_in t.err "7 units not built by this configuration (--all-files checks them)"
}

test_composite() {
	run_tree
	checked drivers/plain/part1.c
	checked drivers/plain/sub/part2.c
	unchecked drivers/plain/part_off.c
	unchecked drivers/plain/dead1.c
}

test_doubt() {
	run_tree
	for f in undecided/u.c unknown/unk.c unknown/unk_off.c \
		 nest/maybe/m.c inc2/inc2_off.c inc3/inc3_off.c; do
		checked "drivers/$f"
	done
	checked drivers/inc/inc.c
	unchecked drivers/inc/inc_off.c
	unchecked drivers/undecided/u_off.c
}

# More directories under drivers/: words/ (known words under doubt),
# unknown words: twins w2/ and w3/, cond/ and cond2/ (ifndef of a doubtful
# variable).
write_doubt_words() {
	for f in words/base.c words/sub/maybe.c words/other.c words/later.c \
		 words/off.c words/nowhere.c w2/w2.c w2/w2_nowhere.c w3/w3.c \
		 w3/w3_nowhere.c cond/cond.c cond/cond_nowhere.c cond2/cond2.c \
		 cond2/cond2_nowhere.c; do
		leaky_file "drivers/$f"
	done
	printf 'obj-y += words/ w2/ w3/ cond/ cond2/\n' >> "$t/drivers/Makefile"
	cat > "$t/drivers/words/Makefile" <<'END'
obj-y += words.o
words-y := base.o
ifdef OTHER_FILE_VAR
MAYBE = maybe.o
words-y += $(addprefix sub/,$(MAYBE))
LATER := later.o
else
obj-y += other.o
endif
obj-y += $(LATER)
obj-$(CONFIG_OFF) += off.o
END
	cat > "$t/drivers/w2/Makefile" <<'END'
obj-y += w2.o
ifdef OTHER_FILE_VAR
obj-y += $(OTHER_FILE_OBJS)
endif
END
	cat > "$t/drivers/w3/Makefile" <<'END'
obj-y += w3.o
ifeq ($(OTHER_FILE_VAR),y)
obj-y := $(call cc-option,x.o)
endif
END
	cat > "$t/drivers/cond/Makefile" <<'END'
obj-y += cond.o
ifdef OTHER_FILE_VAR
FLAG := y
endif
ifndef FLAG
obj-y += $(OTHER_FILE_OBJS)
endif
END
	cat > "$t/drivers/cond2/Makefile" <<'END'
obj-y += cond2.o
FLAG := $(call cc-option,-x)
ifndef FLAG
obj-y += $(OTHER_FILE_OBJS)
endif
END
}

test_doubt_words() {
	write_tree "$work/t"
	write_doubt_words
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	for f in words/base.c words/sub/maybe.c words/other.c words/later.c \
		 w2/w2.c w2/w2_nowhere.c w3/w3.c w3/w3_nowhere.c cond/cond.c \
		 cond/cond_nowhere.c cond2/cond2.c cond2/cond2_nowhere.c; do
		checked "drivers/$f"
	done
	unchecked drivers/words/off.c
	unchecked drivers/words/nowhere.c
	unchecked drivers/undecided/u_off.c
}

test_named() {
	run_tree drivers/plain/off.c drivers/off
	checked drivers/plain/off.c
	unchecked drivers/off/inoff.c
	expect_in t.err "1 unit: 1 checked"
	expect_in t.err "1 unit not built"
}

test_all_files() {
	run_tree --all-files
	for f in plain/off.c plain/dead1.c plain/part_off.c off/inoff.c unlisted/unl.c; do
		checked "drivers/$f"
	done
	expect_in t.err "20 units: 20 checked"
	expect_not_in t.err "not built"
}

test_verbose() {
	run_tree -v
	for f in plain/off.c plain/dead1.c plain/part_off.c off/inoff.c unlisted/unl.c; do
		expect_in t.err "hmcheck-tree: drivers/$f: not built by this configuration"
	done
	expect_not_in t.err "drivers/plain/on.c: not built"
}

# drivers/host*/ include the fragments drivers/frag*/ (no parent lists
# them), host/ on a branch not taken, host2/ on one that cannot be
# decided, host3/ on one taken.
write_skipped_include() {
	for f in host/h.c frag/f.c host2/h2.c frag2/f2.c host3/h3.c frag3/f3.c; do
		leaky_file "drivers/$f"
	done
	printf 'obj-y += host/ host2/ host3/\n' >> "$t/drivers/Makefile"
	for n in "" 2 3; do
		printf 'FRAG%s_FILES = f%s.o\n' "$n" "$n" > "$t/drivers/frag$n/Makefile"
	done
	cat > "$t/drivers/host/Makefile" <<'END'
obj-y += host.o
host-y := h.o
ifneq ($(CONFIG_OFF),)
include $(src)/../frag/Makefile
host-y += $(addprefix ../frag/,$(FRAG_FILES))
endif
END
	cat > "$t/drivers/host2/Makefile" <<'END'
obj-y += host2.o
host2-y := h2.o
ifdef OTHER_FILE_VAR
include $(src)/../frag2/Makefile
host2-y += $(addprefix ../frag2/,$(FRAG2_FILES))
endif
END
	cat > "$t/drivers/host3/Makefile" <<'END'
obj-y += host3.o
host3-y := h3.o
ifneq ($(CONFIG_ON),)
include $(src)/../frag3/Makefile
host3-y += $(addprefix ../frag3/,$(FRAG3_FILES))
endif
END
}

# Fragments a host includes through a list of names: host4/ adds `fb` to
# the list only under CONFIG_OFF (so fb/ is a fragment never read: its
# file is not built), `fa` always. Twin host5/: a name added under an
# undecidable condition (fd) leaves that include in doubt, so fe/, added
# under CONFIG_OFF there, is checked too.
write_list_include() {
	for f in host4/h4.c fa/fa.c fb/fb.c host5/h5.c fc/fc.c fd/fd.c fe/fe.c; do
		leaky_file "drivers/$f"
	done
	printf 'obj-y += host4/ host5/\n' >> "$t/drivers/Makefile"
	for n in a b; do
		printf 'HOST4_FILES += ../f%s/f%s.o\n' "$n" "$n" \
			> "$t/drivers/f$n/Makefile"
	done
	for n in c d e; do
		printf 'HOST5_FILES += ../f%s/f%s.o\n' "$n" "$n" \
			> "$t/drivers/f$n/Makefile"
	done
	cat > "$t/drivers/host4/Makefile" <<'END'
PARTS = fa
ifneq ($(CONFIG_OFF),)
PARTS += fb
endif
include $(addsuffix /Makefile,$(addprefix $(src)/../,$(PARTS)))
obj-y += host4.o
host4-y := h4.o $(HOST4_FILES)
END
	cat > "$t/drivers/host5/Makefile" <<'END'
PARTS = fc
ifdef OTHER_FILE_VAR
PARTS += fd
endif
ifneq ($(CONFIG_OFF),)
PARTS += fe
endif
include $(addsuffix /Makefile,$(addprefix $(src)/../,$(PARTS)))
obj-y += host5.o
host5-y := h5.o $(HOST5_FILES)
END
}

# incd/ includes extra.mk under an undecidable condition: the objects it
# adds may be built (checked); incd's own off.o still is not.
write_doubtful_include() {
	for f in incd/base.c incd/extra.c incd/off.c; do
		leaky_file "drivers/$f"
	done
	printf 'obj-y += incd/\n' >> "$t/drivers/Makefile"
	cat > "$t/drivers/incd/Makefile" <<'END'
ifdef OTHER_FILE_VAR
include $(src)/extra.mk
endif
obj-y += base.o
obj-$(CONFIG_OFF) += off.o
END
	printf 'obj-y += extra.o\n' > "$t/drivers/incd/extra.mk"
}

test_doubtful_include() {
	write_tree "$work/t"
	write_doubtful_include
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	checked drivers/incd/base.c
	checked drivers/incd/extra.c
	unchecked drivers/incd/off.c
}

# Makefiles this reader cannot follow (an assignment's name holds another
# file's variable), in sound/ (drivers/inc3's unknown include may list any
# file beside it): gone/ is listed under CONFIG_OFF only, kept/ always;
# rec/'s recipe runs kbuild in rec/sub ($(MAKE) $(build)=...), not in
# rec/sub2.
write_unreached() {
	for f in gone/g.c kept/k.c rec/r.c rec/sub/s.c rec/sub2/s2.c; do
		leaky_file "sound/$f"
	done
	printf 'obj-$(CONFIG_OFF) += gone/\nobj-y += kept/ rec/\n' > "$t/sound/Makefile"
	for d in gone kept rec/sub rec/sub2; do
		printf 'part-$(OTHER_FILE_VAR) += x.o\n' > "$t/sound/$d/Makefile"
	done
	cat > "$t/sound/rec/Makefile" <<'END'
obj-y += r.o
$(obj)/blob: FORCE
	$(Q)$(MAKE) $(build)=$(obj)/sub $@
END
}

test_unreached() {
	write_tree "$work/t"
	write_unreached
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	for f in kept/k.c rec/r.c rec/sub/s.c; do
		checked "sound/$f"
	done
	unchecked sound/gone/g.c
	unchecked sound/rec/sub2/s2.c
	# drivers/inc3's include cannot be read: its siblings stay in doubt
	checked drivers/inc3/inc3_off.c
}

# kbuild's list idiom: `hot-$(CONFIG_OFF) += hot.o`, `obj-y += $(hot-y)`.
# lists2/ names a -y list no line sets, lists3/ sets one through a name it
# cannot tell: their lists stay in doubt.
write_unset_lists() {
	for f in lists/base.c lists/hot.c lists/cold.c lists2/cold2.c \
		 lists3/cold3.c; do
		leaky_file "drivers/$f"
	done
	printf 'obj-y += lists/ lists2/ lists3/\n' >> "$t/drivers/Makefile"
	cat > "$t/drivers/lists/Makefile" <<'END'
hot-$(CONFIG_OFF) += hot.o
obj-y += base.o $(hot-y)
obj-$(CONFIG_OFF) += cold.o
END
	cat > "$t/drivers/lists2/Makefile" <<'END'
obj-y += $(never-y)
obj-$(CONFIG_OFF) += cold2.o
END
	cat > "$t/drivers/lists3/Makefile" <<'END'
hot3-$(CONFIG_OFF) += hot3.o
hot3-$(call cc-option,y) += other.o
obj-y += $(hot3-y)
obj-$(CONFIG_OFF) += cold3.o
END
}

test_unset_list() {
	write_tree "$work/t"
	write_unset_lists
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	checked drivers/lists/base.c
	unchecked drivers/lists/hot.c
	unchecked drivers/lists/cold.c
	checked drivers/lists2/cold2.c
	checked drivers/lists3/cold3.c
}

# drivers/subst/: lists named through $(subst m,y,$(CONFIG_X)); twin
# subst2/, whose $(subst ...) names a variable of another file.
write_subst() {
	for f in subst/core.c subst/gone.c subst/sb_part.c subst/sb_off.c \
		 subst/other_off.c subst2/x.c subst2/x_off.c; do
		leaky_file "drivers/$f"
	done
	printf 'obj-y += subst/ subst2/\n' >> "$t/drivers/Makefile"
	cat > "$t/drivers/subst/Makefile" <<'END'
obj-$(subst m,y,$(CONFIG_MOD)) += core.o
obj-$(subst m,y,$(CONFIG_OFF)) += gone.o
obj-$(CONFIG_ON) += sb.o
sb-$(subst m,y,$(CONFIG_MOD)) += sb_part.o
sb-$(subst m,y,$(CONFIG_OFF)) += sb_off.o
obj-$(CONFIG_OFF) += other_off.o
END
	cat > "$t/drivers/subst2/Makefile" <<'END'
obj-$(subst m,y,$(OTHER_FILE_VAR)) += x.o
obj-$(CONFIG_OFF) += x_off.o
END
}

test_subst() {
	write_tree "$work/t"
	write_subst
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	checked drivers/subst/core.c
	checked drivers/subst/sb_part.c
	for f in gone.c sb_off.c other_off.c; do
		unchecked "drivers/subst/$f"
	done
	checked drivers/subst2/x.c
	checked drivers/subst2/x_off.c
}

# arch/x86's subdirectories that only arch/x86/Makefile lists (libs-y,
# drivers-$(CONFIG_X), core-y through $(patsubst %,...)), not its Kbuild.
write_arch_lists() {
	for f in kernel/k.c lib/l.c pci/p.c math/m.c mach_one/o.c \
		 mach_two/tw.c unlisted/u.c; do
		leaky_file "arch/x86/$f"
	done
	printf 'obj-y += kernel/\n' > "$t/arch/x86/Kbuild"
	cat > "$t/arch/x86/Makefile" <<'END'
KBUILD_CFLAGS += $(call cc-option,-mno-red-zone)
libs-y += arch/x86/lib/
drivers-$(CONFIG_ON) += arch/x86/pci/
drivers-$(CONFIG_OFF) += arch/x86/math/
machine-$(CONFIG_ON) := one
machine-$(CONFIG_OFF) += two
core-y += $(patsubst %,arch/x86/mach_%/,$(machine-y))
END
	printf 'obj-y += k.o\n' > "$t/arch/x86/kernel/Makefile"
	printf 'lib-y += l.o\n' > "$t/arch/x86/lib/Makefile"
	printf 'obj-y += p.o\n' > "$t/arch/x86/pci/Makefile"
	printf 'obj-y += m.o\n' > "$t/arch/x86/math/Makefile"
	printf 'obj-y += o.o\n' > "$t/arch/x86/mach_one/Makefile"
	printf 'obj-y += tw.o\n' > "$t/arch/x86/mach_two/Makefile"
	printf 'obj-y += u.o\n' > "$t/arch/x86/unlisted/Makefile"
}

test_arch_lists() {
	write_tree "$work/t"
	write_arch_lists
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	for f in kernel/k.c lib/l.c pci/p.c mach_one/o.c; do
		checked "arch/x86/$f"
	done
	for f in math/m.c mach_two/tw.c unlisted/u.c; do
		unchecked "arch/x86/$f"
	done
}

test_list_include() {
	write_tree "$work/t"
	write_list_include
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	for f in host4/h4.c fa/fa.c host5/h5.c fc/fc.c fd/fd.c fe/fe.c; do
		checked "drivers/$f"
	done
	unchecked drivers/fb/fb.c
}

# arch/x86/Makefile exports BITS, decided on .config; HIDDEN is not
# exported, CCWORD is but its value is unknown.
write_arch_exports() {
	for f in kernel/k.c kernel/proc_64.c kernel/proc_32.c kernel/koff.c \
		 mm/m_64.c mm/moff.c cpu/c.c cpu/coff.c; do
		leaky_file "arch/x86/$f"
	done
	printf 'obj-y += kernel/ mm/ cpu/\n' > "$t/arch/x86/Kbuild"
	cat > "$t/arch/x86/Makefile" <<'END'
export BITS
ifeq ($(CONFIG_OFF),y)
        BITS := 32
else
        BITS := 64
endif
HIDDEN := 64
export CCWORD := $(call cc-option,w)
END
	printf 'obj-y += k.o proc_$(BITS).o\nobj-$(CONFIG_OFF) += koff.o\n' \
		> "$t/arch/x86/kernel/Makefile"
	printf 'obj-y += m_$(HIDDEN).o\nobj-$(CONFIG_OFF) += moff.o\n' \
		> "$t/arch/x86/mm/Makefile"
	printf 'obj-y += c.o $(CCWORD)\nobj-$(CONFIG_OFF) += coff.o\n' \
		> "$t/arch/x86/cpu/Makefile"
}

test_arch_exports() {
	write_tree "$work/t"
	write_arch_exports
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	for f in kernel/k.c kernel/proc_64.c mm/m_64.c mm/moff.c cpu/c.c \
		 cpu/coff.c; do
		checked "arch/x86/$f"
	done
	for f in kernel/proc_32.c kernel/koff.c; do
		unchecked "arch/x86/$f"
	done
}

# drivers/tools/ names no objects, only host programs; drivers/hdoubt/'s
# obj-y is in doubt.
write_host_programs() {
	for f in tools/gen.c tools/rel_a.c tools/rel_b.c tools/other.c \
		 hdoubt/hp.c hdoubt/x.c hdoubt/both.c; do
		leaky_file "drivers/$f"
	done
	printf 'obj-y += tools/ hdoubt/\n' >> "$t/drivers/Makefile"
	cat > "$t/drivers/tools/Makefile" <<'END'
hostprogs += gen
userprogs += rel
rel-objs := rel_a.o rel_b.o
END
	cat > "$t/drivers/hdoubt/Makefile" <<'END'
obj-y += $(call cc-option,x.o) both.o
hostprogs-y += hp both
END
}

test_host_programs() {
	write_tree "$work/t"
	write_host_programs
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	for f in tools/other.c hdoubt/x.c hdoubt/both.c; do
		checked "drivers/$f"
	done
	for f in tools/gen.c tools/rel_a.c tools/rel_b.c hdoubt/hp.c; do
		unchecked "drivers/$f"
	done
}

test_skipped_include() {
	write_tree "$work/t"
	write_skipped_include
	run t --tree "$work/t" -q
	expect_status t 0
	expect_not_in t.out "error:"
	for f in host/h.c host2/h2.c frag2/f2.c host3/h3.c frag3/f3.c; do
		checked "drivers/$f"
	done
	unchecked drivers/frag/f.c
}

case $test in
config|composite|doubt|doubt_words|skipped_include|list_include|doubtful_include|unreached|unset_list|subst|arch_lists|arch_exports|host_programs|named|all_files|verbose)
	"test_$test" ;;
*)
	echo "built_test.sh: unknown test '$test'"; exit 2 ;;
esac
[ $failed = 0 ] && echo "PASS: $test"
