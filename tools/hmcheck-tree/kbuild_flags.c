// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild_flags.c - the flags kbuild would give a file, when no one recorded
 * them: the generic ones of the architecture (include paths, forced
 * includes, -D__KERNEL__, the dialect, the target) plus the file's own
 * directory and its KBUILD_* names, and the -I/-D/-U/-include words its
 * Makefiles give it (kbuild_dir_flags.c), where kbuild puts them: after
 * the global flags, before the KBUILD_* names.  This is meant to parse
 * well, not to build.  Paths are relative to the tree root, where hmcheck
 * runs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"

struct arch_flags {
	const char *arch;
	const char *const *flags;
};

static const char *const x86_flags[] = {
	"-D__x86_64__", "-m64", "-mno-sse", "-mno-mmx", "-mno-sse2", "-mno-3dnow",
	"-mno-avx", "-mno-80387", "-mno-red-zone", "-mcmodel=kernel", NULL,
};

static const char *const arm64_flags[] = {
	"--target=aarch64-linux-gnu", "-mlittle-endian", "-mgeneral-regs-only", NULL,
};

static const struct arch_flags arches[] = {
	{ "x86", x86_flags },
	{ "x86_64", x86_flags },
	{ "arm64", arm64_flags },
	{ NULL, NULL },
};

static const char *const common_flags[] = {
	"-D__linux__", "-Dlinux", "-D__unix__", "-Dunix", "-nostdinc", NULL,
};

static const char *const forced_includes[] = {
	"./include/linux/compiler-version.h", "./include/linux/kconfig.h",
	"./include/linux/compiler_types.h", NULL,
};

static const char *const dialect_flags[] = {
	"-D__KERNEL__", "-std=gnu11", "-fno-strict-aliasing", "-fno-common",
	"-fshort-wchar", "-fno-PIE", "-O2", NULL,
};

static void push_list(struct strv *argv, const char *const *list)
{
	for (; *list; list++)
		strv_push(argv, *list);
}

static void push_format(struct strv *argv, const char *fmt, const char *a, const char *b)
{
	char buf[4096];

	snprintf(buf, sizeof(buf), fmt, a, b);
	strv_push(argv, buf);
}

static void include_paths(struct strv *argv, const char *arch)
{
	const char *a = !strcmp(arch, "x86_64") ? "x86" : arch;

	push_format(argv, "-I./arch/%s/include%s", a, "");
	push_format(argv, "-I./arch/%s/include%s", a, "/generated");
	strv_push(argv, "-I./include");
	push_format(argv, "-I./arch/%s/include%s", a, "/uapi");
	push_format(argv, "-I./arch/%s/include%s", a, "/generated/uapi");
	strv_push(argv, "-I./include/uapi");
	strv_push(argv, "-I./include/generated/uapi");
}

/* KBUILD_BASENAME and friends: the base name with '-' and ',' made '_'. */
static void module_names(struct strv *argv, const char *file)
{
	const char *slash = strrchr(file, '/');
	char *stem = strdup(file), *base, *p;

	if (!stem)
		abort();
	p = strrchr(stem, '.');
	if (p)
		*p = '\0';
	push_format(argv, "-DKBUILD_MODFILE=\"%s\"%s", stem, "");
	base = stem + (slash ? slash - file + 1 : 0);
	for (p = base; *p; p++)
		if (*p == '-' || *p == ',')
			*p = '_';
	push_format(argv, "-DKBUILD_BASENAME=\"%s\"%s", base, "");
	push_format(argv, "-DKBUILD_MODNAME=\"%s\"%s", base, "");
	push_format(argv, "-D__KBUILD_MODNAME=kmod_%s%s", base, "");
	free(stem);
}

static void file_directory(struct strv *argv, const char *file)
{
	const char *slash = strrchr(file, '/');
	char buf[4096];

	snprintf(buf, sizeof(buf), "-I./%.*s", slash ? (int)(slash - file) : 0, file);
	strv_push(argv, slash ? buf : "-I.");
}

void kbuild_flags(const char *arch, const char *file, struct kbuild_dirs *dirs,
		  struct strv *argv)
{
	const struct arch_flags *af;
	int i;

	push_list(argv, common_flags);
	for (af = arches; af->arch; af++)
		if (!strcmp(af->arch, arch))
			push_list(argv, af->flags);
	include_paths(argv, arch);
	for (i = 0; forced_includes[i]; i++) {
		strv_push(argv, "-include");
		strv_push(argv, forced_includes[i]);
	}
	push_list(argv, dialect_flags);
	if (dirs)
		kbuild_dir_flags(dirs, file, argv);
	module_names(argv, file);
	file_directory(argv, file);
}
