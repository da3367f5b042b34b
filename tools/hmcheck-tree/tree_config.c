// SPDX-License-Identifier: GPL-2.0
/*
 * tree_config.c - what --tree needs of a configured tree: that it is
 * configured (make prepare wrote include/generated/autoconf.h, without which
 * no file parses), and its architecture, read from .config unless --arch
 * says otherwise; one whose flags kbuild_flags.c does not know is refused
 * rather than parsed as x86, where every file would fail.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "hmcheck_tree.h"

static const struct {
	const char *symbol;	/* "CONFIG_X86=y" in .config */
	const char *arch;	/* its directory under arch/ */
} config_arches[] = {
	{ "CONFIG_X86=y", "x86" },
	{ "CONFIG_ARM64=y", "arm64" },
	{ "CONFIG_ARM=y", "arm" },
	{ NULL, NULL },
};

/*
 * The architecture of the tree's .config (malloc'ed), or NULL: the
 * directory under arch/ that its header names ("# Linux/arm 6.1.192
 * Kernel Configuration", kconfig writes $(SRCARCH)), else a known symbol.
 */
static char *config_arch(const char *tree)
{
	char *path = path_join(tree, ".config"), line[256];
	FILE *f = fopen(path, "r");
	char *arch = NULL;
	int i, n;

	free(path);
	while (f && !arch && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!strncmp(line, "# Linux/", 8)) {
			n = (int)strcspn(line + 8, " ");
			if (n > 0)
				arch = strndup(line + 8, (size_t)n);
		}
		for (i = 0; !arch && config_arches[i].symbol; i++)
			if (!strcmp(line, config_arches[i].symbol))
				arch = strdup(config_arches[i].arch);
	}
	if (f)
		fclose(f);
	return arch;
}

const char *tree_config(const char *tree, const char *given_arch)
{
	char *autoconf = path_join(tree, "include/generated/autoconf.h");
	int ok = access(autoconf, R_OK) == 0;
	const char *arch, *wanted;
	char *found;

	free(autoconf);
	if (!ok) {
		fprintf(stderr, "hmcheck-tree: %s: not a configured tree: no "
			"include/generated/autoconf.h (run tools/kernel-prepare or "
			"make prepare)\n", tree);
		return NULL;
	}
	found = given_arch ? NULL : config_arch(tree);
	wanted = given_arch ? given_arch : found ? found : "x86";
	arch = kbuild_arch_name(wanted);
	if (!arch)
		fprintf(stderr, "hmcheck-tree: %s: architecture '%s' (%s) has no "
			"derived flags (x86, arm64, arm): record the build's with "
			"tools/record-kbuild-args and use --kbuild-args\n", tree,
			wanted, given_arch ? "--arch" : ".config");
	free(found);
	return arch;
}
