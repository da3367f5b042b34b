// SPDX-License-Identifier: GPL-2.0
/*
 * xdb_tree_arch.c - which definitions of a kernel tree can be linked into
 * its kernel: those of the configured architecture only (memset() of
 * arch/arm is no answer for an x86 build), and no boot or decompressor
 * code (arch/<any>/boot/, linked into the boot image, never the kernel).
 * The architecture is the tree's .config's, else that of the one
 * arch/<arch>/include/generated directory `make prepare` wrote; a tree
 * that says neither keeps every architecture's code.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "input_file.h"
#include "xdb/xdb_internal.h"

static const struct {
	const char *symbol;	/* as .config sets it */
	const char *arch;	/* its directory under arch/ */
} config_arches[] = {
	{ "CONFIG_UML=y", "um" },	/* before X86: UML's .config has both */
	{ "CONFIG_X86=y", "x86" }, { "CONFIG_ARM64=y", "arm64" },
	{ "CONFIG_ARM=y", "arm" }, { "CONFIG_RISCV=y", "riscv" },
	{ "CONFIG_PPC=y", "powerpc" }, { "CONFIG_S390=y", "s390" },
	{ "CONFIG_MIPS=y", "mips" }, { "CONFIG_LOONGARCH=y", "loongarch" },
	{ "CONFIG_SPARC=y", "sparc" }, { "CONFIG_PARISC=y", "parisc" },
	{ "CONFIG_M68K=y", "m68k" }, { "CONFIG_SUPERH=y", "sh" },
	{ "CONFIG_XTENSA=y", "xtensa" }, { "CONFIG_ALPHA=y", "alpha" },
	{ "CONFIG_MICROBLAZE=y", "microblaze" }, { "CONFIG_OPENRISC=y", "openrisc" },
	{ "CONFIG_CSKY=y", "csky" }, { "CONFIG_HEXAGON=y", "hexagon" },
	{ "CONFIG_NIOS2=y", "nios2" }, { "CONFIG_ARC=y", "arc" },
	{ NULL, NULL },
};

static char *tree_path(const char *tree, const char *name)
{
	size_t n = strlen(tree) + strlen(name) + 2;
	char *path = malloc(n);

	if (!path)
		abort();
	snprintf(path, n, "%s/%s", tree, name);
	return path;
}

static const char *config_arch(const char *tree)
{
	char *path = tree_path(tree, ".config"), line[256];
	FILE *f = input_file_fopen(path);	/* a FIFO .config: no answer */
	int best = -1, i;

	free(path);
	while (f && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		for (i = 0; config_arches[i].symbol; i++)
			if (!strcmp(line, config_arches[i].symbol) && (best < 0 || i < best))
				best = i;
	}
	if (f)
		fclose(f);
	return best < 0 ? NULL : config_arches[best].arch;
}

/* The one arch/<arch>/include/generated of the tree (malloc'ed), or NULL. */
static char *prepared_arch(const char *tree)
{
	char *arch_dir = tree_path(tree, "arch"), *found = NULL, *generated;
	DIR *dir = opendir(arch_dir);
	struct dirent *entry;
	struct stat st;
	int count = 0;

	while (dir && (entry = readdir(dir))) {
		if (entry->d_name[0] == '.')
			continue;
		generated = malloc(strlen(arch_dir) + strlen(entry->d_name) + 20);
		if (!generated)
			abort();
		sprintf(generated, "%s/%s/include/generated", arch_dir, entry->d_name);
		if (stat(generated, &st) == 0 && S_ISDIR(st.st_mode) && ++count == 1)
			found = strdup(entry->d_name);
		free(generated);
	}
	if (dir)
		closedir(dir);
	free(arch_dir);
	if (count != 1) {
		free(found);
		return NULL;
	}
	return found;
}

char *xdb_tree_arch(const char *tree)
{
	const char *arch = config_arch(tree);

	return arch ? strdup(arch) : prepared_arch(tree);
}

bool xdb_arch_dir_skipped(const char *arch, const char *relative)
{
	const char *name, *slash;

	if (strncmp(relative, "arch/", 5))
		return false;
	name = relative + 5;
	slash = strchr(name, '/');
	if (!slash)	/* arch/<name> itself */
		return arch && strcmp(name, arch);
	return !strcmp(slash + 1, "boot");
}
