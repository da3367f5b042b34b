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
#include "kbuild_make.h"

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

/* 32-bit ARM: the rest (byte order, architecture level) is .config's. */
static const char *const arm_flags[] = {
	"-msoft-float", "-Uarm", NULL,
};

static const struct arch_flags arches[] = {
	{ "x86", x86_flags },
	{ "x86_64", x86_flags },
	{ "arm64", arm64_flags },
	{ "arm", arm_flags },
	{ NULL, NULL },
};

const char *kbuild_arch_name(const char *arch)
{
	const struct arch_flags *af;

	for (af = arches; af->arch; af++)
		if (!strcmp(af->arch, arch))
			return af->arch;
	return NULL;
}

/*
 * arch/arm/Makefile's arch-$(CONFIG_CPU_32vN) lines, in its order: each
 * set symbol assigns arch-y again, so the last one set wins (the oldest
 * level of a multi-platform kernel).  arch/arm/include/asm tests
 * __LINUX_ARM_ARCH__ everywhere; without it little parses.
 */
static const struct {
	const char *symbol, *level, *march;
} arm_levels[] = {
	{ "CONFIG_CPU_32v7M", "7", "armv7-m" },
	{ "CONFIG_CPU_32v7", "7", "armv7-a" },
	{ "CONFIG_CPU_32v6", "6", "armv6" },
	{ "CONFIG_CPU_32v6K", "6", "armv6k" },	/* only with CONFIG_CPU_32v6 */
	{ "CONFIG_CPU_32v5", "5", "armv5te" },
	{ "CONFIG_CPU_32v4T", "4", "armv4t" },
	{ "CONFIG_CPU_32v4", "4", "armv4" },
	{ "CONFIG_CPU_32v3", "3", "armv3m" },
	{ NULL, NULL, NULL },
};

static bool config_set(const struct kernel_config *config, const char *symbol)
{
	return config && !strcmp(kernel_config_value(config, symbol,
						     strlen(symbol)), "y");
}

static void arm_config_flags(struct strv *argv, const struct kernel_config *config)
{
	bool big = config_set(config, "CONFIG_CPU_BIG_ENDIAN");
	int i, level = -1;

	strv_push(argv, big ? "--target=armeb-linux-gnueabi" :
			      "--target=arm-linux-gnueabi");
	strv_push(argv, big ? "-mbig-endian" : "-mlittle-endian");
	strv_push(argv, config_set(config, "CONFIG_AEABI") ?
			"-mabi=aapcs-linux" : "-mabi=apcs-gnu");
	for (i = 0; arm_levels[i].symbol; i++)
		if (config_set(config, arm_levels[i].symbol) &&
		    (strcmp(arm_levels[i].symbol, "CONFIG_CPU_32v6K") ||
		     config_set(config, "CONFIG_CPU_32v6")))
			level = i;
	if (level < 0)
		return;
	push_format(argv, "-D__LINUX_ARM_ARCH__=%s%s", arm_levels[level].level, "");
	push_format(argv, "-march=%s%s", arm_levels[level].march, "");
}

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
	if (!strcmp(arch, "arm"))
		arm_config_flags(argv, dirs ? kbuild_dirs_config(dirs) : NULL);
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
