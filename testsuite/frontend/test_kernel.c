// SPDX-License-Identifier: GPL-2.0
/*
 * test_kernel.c - a real file of the Linux 6.1 tree, with kbuild's flags:
 * skipped when the tree is not there or not prepared.  Prints the time
 * taken to parse and lower every function of the file.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "args.h"
#include "test_util.h"

#define SKIP 77

static char *const kbuild_flags[] = {
	"-D__linux__", "-Dlinux", "-D__STDC__", "-Dunix", "-D__unix__", "-Wbitwise",
	"-D__x86_64__", "--arch=x86", "-mlittle-endian", "-m64",
	"-Wp,-MMD,fs/ext4/.inline.o.d", "-nostdinc", "-I./arch/x86/include",
	"-I./arch/x86/include/generated", "-I./include", "-I./arch/x86/include/uapi",
	"-I./arch/x86/include/generated/uapi", "-I./include/uapi",
	"-I./include/generated/uapi", "-include", "./include/linux/compiler-version.h",
	"-include", "./include/linux/kconfig.h", "-include",
	"./include/linux/compiler_types.h", "-D__KERNEL__", "-fno-strict-aliasing",
	"-fno-common", "-fshort-wchar", "-std=gnu11", "-mno-sse", "-mno-red-zone",
	"-mcmodel=kernel", "-O2", "-DKBUILD_MODFILE=\"fs/ext4/ext4\"",
	"-DKBUILD_BASENAME=\"inline\"", "-DKBUILD_MODNAME=\"ext4\"",
	"-D__KBUILD_MODNAME=kmod_ext4",
};

static double seconds(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec + now.tv_nsec / 1e9;
}

static void check_kunmap_atomic(struct tu *tu)
{
	struct ir_function *fn = tu_function(tu, "ext4_read_inline_page");
	const struct ir_instr *unmap;

	CHECK(fn != NULL);
	if (!fn)
		return;
	unmap = find_call(fn, "__kunmap_atomic", 0, NULL);
	CHECK(find_call(fn, "kmap_atomic", 0, NULL) != NULL);
	CHECK(unmap && unmap->call.macro && strcmp(unmap->call.macro, "kunmap_atomic") == 0);
}

int test_kernel(const char *tree)
{
	int n = sizeof(kbuild_flags) / sizeof(kbuild_flags[0]);
	struct clang_args args;
	double start, parsed;
	struct tu *tu;

	if (!tree || chdir(tree) != 0 || access("include/generated/autoconf.h", R_OK) != 0) {
		printf("no prepared Linux 6.1 tree at %s: skipped\n", tree ? tree : "(none)");
		return SKIP;
	}
	args_filter(n, kbuild_flags, &args);
	start = seconds();
	tu = tu_parse("fs/ext4/inline.c", args.argc, (const char *const *)args.argv, NULL);
	clang_args_free(&args);
	CHECK(tu != NULL);
	if (!tu)
		return 1;
	parsed = seconds();
	CHECK(tu_error_count(tu) == 0);
	CHECK(tu_nfunctions(tu) > 30);
	for (int i = 0; i < tu_nfunctions(tu); i++)
		check_well_formed(tu_function_at(tu, i));
	printf("fs/ext4/inline.c: parse %.2fs, lower %d functions %.2fs\n",
	       parsed - start, tu_nfunctions(tu), seconds() - parsed);
	check_kunmap_atomic(tu);
	tu_free(tu);
	return 0;
}
