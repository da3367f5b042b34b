// SPDX-License-Identifier: GPL-2.0
/*
 * tree_config.c - what --tree needs of a configured tree: that it is
 * configured (make prepare wrote include/generated/autoconf.h, without which
 * no file parses), and its architecture, read from .config unless --arch
 * says otherwise.
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
	{ NULL, NULL },
};

/* The architecture of the tree's .config, or NULL. */
static const char *config_arch(const char *tree)
{
	char *path = path_join(tree, ".config"), line[256];
	FILE *f = fopen(path, "r");
	const char *arch = NULL;
	int i;

	free(path);
	while (f && !arch && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		for (i = 0; config_arches[i].symbol; i++)
			if (!strcmp(line, config_arches[i].symbol))
				arch = config_arches[i].arch;
	}
	if (f)
		fclose(f);
	return arch;
}

const char *tree_config(const char *tree, const char *given_arch)
{
	char *autoconf = path_join(tree, "include/generated/autoconf.h");
	int ok = access(autoconf, R_OK) == 0;
	const char *arch;

	free(autoconf);
	if (!ok) {
		fprintf(stderr, "hmcheck-tree: %s: not a configured tree: no "
			"include/generated/autoconf.h (run tools/kernel-prepare or "
			"make prepare)\n", tree);
		return NULL;
	}
	if (given_arch)
		return given_arch;
	arch = config_arch(tree);
	return arch ? arch : "x86";
}
