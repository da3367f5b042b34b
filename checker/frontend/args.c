// SPDX-License-Identifier: GPL-2.0
/*
 * args.c - from a gcc / kbuild / sparse command line to what clang needs
 * to parse the file the same way: defines, include paths, forced includes,
 * the standard and the target.  Everything else is dropped quietly, with
 * its separate argument when it has one; no flag is ever an error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"

/* Kept, and their argument with them when it is separate. */
static const char *const kept_with_argument[] = {
	"-D", "-U", "-I", "-iquote", "-isystem", "-idirafter", "-include",
	"-imacros", "-target", NULL
};

/*
 * Dropped together with their separate argument.  -x too: hmcheck checks
 * C, and an entry saying "-x c++" would have the file parsed as C++.
 */
static const char *const dropped_with_argument[] = {
	"-x", "-o", "-MF", "-MT", "-MQ", "-Xclang", "-Xassembler", "-Xlinker",
	"-Xpreprocessor", "-aux-info", "--param", "-arch", "-L", "-l", NULL
};

static const char *const kept_exactly[] = {
	"-nostdinc", "-m32", "-m64", "-ffreestanding", "-fms-extensions",
	"-fshort-wchar", "-funsigned-char", "-fsigned-char", "-fno-strict-aliasing",
	"-fgnu89-inline", "-fno-common", "-fno-builtin", "-undef", NULL
};

/* Kept when the argument starts so (joined forms like -DX, -std=gnu11). */
static const char *const kept_prefixes[] = {
	"-D", "-U", "-I", "-iquote", "-isystem", "-idirafter", "-std=", "--std=",
	"--target=", "-mcmodel=", "-O", "-fno-builtin-", NULL
};

/* Always added: only errors matter to us, and all of them. */
static const char *const added[] = { "-Wno-everything", "-ferror-limit=0", NULL };

static bool in_list(const char *arg, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(arg, *list) == 0)
			return true;
	return false;
}

static bool has_prefix_in(const char *arg, const char *const *list)
{
	for (; *list; list++)
		if (strncmp(arg, *list, strlen(*list)) == 0)
			return true;
	return false;
}

static void push(struct clang_args *out, const char *arg)
{
	char **argv = realloc(out->argv, (out->argc + 2) * sizeof(*argv));
	char *copy = strdup(arg);

	if (!argv || !copy) {
		fprintf(stderr, "hmcheck: out of memory (arguments)\n");
		exit(2);
	}
	argv[out->argc++] = copy;
	argv[out->argc] = NULL;
	out->argv = argv;
}

/* sparse's --arch=ARCH, when it is not the machine we run on. */
static const char *target_for_arch(const char *arch, bool m32)
{
	static const struct { const char *arch, *target, *target32; } arches[] = {
		{ "arm64", "aarch64-linux-gnu", "aarch64-linux-gnu" },
		{ "aarch64", "aarch64-linux-gnu", "aarch64-linux-gnu" },
		{ "arm", "arm-linux-gnueabi", "arm-linux-gnueabi" },
		{ "riscv", "riscv64-linux-gnu", "riscv32-linux-gnu" },
		{ "powerpc", "powerpc64le-linux-gnu", "powerpc-linux-gnu" },
		{ "s390", "s390x-linux-gnu", "s390x-linux-gnu" },
		{ "mips", "mips64-linux-gnuabi64", "mips-linux-gnu" },
	};

	for (size_t i = 0; i < sizeof(arches) / sizeof(arches[0]); i++)
		if (strcmp(arch, arches[i].arch) == 0)
			return m32 ? arches[i].target32 : arches[i].target;
	return NULL;	/* x86 and unknown ones: the host's own target */
}

static void add_target(int argc, char *const *argv, struct clang_args *out)
{
	const char *arch = NULL, *target;
	bool m32 = false;

	for (int i = 0; i < argc; i++) {
		if (strncmp(argv[i], "--arch=", 7) == 0)
			arch = argv[i] + 7;
		else if (strcmp(argv[i], "-m32") == 0)
			m32 = true;
		else if (strncmp(argv[i], "--target=", 9) == 0 || strcmp(argv[i], "-target") == 0)
			return;
	}
	target = arch ? target_for_arch(arch, m32) : NULL;
	if (target) {
		char option[64];

		snprintf(option, sizeof(option), "--target=%s", target);
		push(out, option);
	}
}

/*
 * Under __CHECKER__ the kernel's headers spell sparse's annotations as
 * address_space(__user) and the like, which clang rejects by the hundred.
 */
static bool is_checker_define(const char *arg, const char *next)
{
	if (strcmp(arg, "-D") == 0 && next)
		arg = next;
	else if (strncmp(arg, "-D", 2) == 0)
		arg += 2;
	else
		return false;
	return strncmp(arg, "__CHECKER__", 11) == 0 && (arg[11] == '\0' || arg[11] == '=');
}

/* Kept flags that would make clang read another language than C. */
static bool is_other_language(const char *arg)
{
	if (strncmp(arg, "-ObjC", 5) == 0)
		return true;
	return (strncmp(arg, "-std=", 5) == 0 || strncmp(arg, "--std=", 6) == 0) &&
	       strstr(arg, "++");
}

void args_filter(int argc, char *const *argv, struct clang_args *out)
{
	out->argc = 0;
	out->argv = NULL;
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];
		bool separate = i + 1 < argc;

		if (is_checker_define(arg, separate ? argv[i + 1] : NULL)) {
			i += strcmp(arg, "-D") == 0 && separate;
		} else if (in_list(arg, kept_with_argument)) {
			/* Last, with its argument missing, it would take ours. */
			if (separate) {
				push(out, arg);
				push(out, argv[++i]);
			}
		} else if (in_list(arg, dropped_with_argument)) {
			i += separate;
		} else if (!is_other_language(arg) &&
			   (in_list(arg, kept_exactly) || has_prefix_in(arg, kept_prefixes))) {
			push(out, arg);
		}
		/* everything else: -W*, -f*, -m*, -g*, -c, -M*, files: dropped */
	}
	add_target(argc, argv, out);
	for (int i = 0; added[i]; i++)
		push(out, added[i]);
}

void clang_args_free(struct clang_args *args)
{
	for (int i = 0; i < args->argc; i++)
		free(args->argv[i]);
	free(args->argv);
	args->argv = NULL;
	args->argc = 0;
}
