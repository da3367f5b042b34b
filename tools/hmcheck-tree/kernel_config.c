// SPDX-License-Identifier: GPL-2.0
/*
 * kernel_config.c - the symbols of a configured tree's .config, for the
 * Makefile reader: $(CONFIG_X) is the value .config gives X ("y", "m", a
 * number or a quoted string), and empty when .config does not set it, as
 * make sees it once kbuild has read include/config/auto.conf.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"

struct kernel_config {
	struct strv lines;	/* "CONFIG_X=value", sorted */
};

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct kernel_config *kernel_config_load(const char *tree)
{
	struct kernel_config *config = calloc(1, sizeof(*config));
	char *path = path_join(tree, ".config"), line[4096];
	FILE *f = fopen(path, "r");

	if (!config)
		abort();
	free(path);
	while (f && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!strncmp(line, "CONFIG_", 7) && strchr(line, '='))
			strv_push(&config->lines, line);
	}
	if (f)
		fclose(f);
	if (config->lines.n)
		qsort(config->lines.v, config->lines.n, sizeof(char *), compare_lines);
	return config;
}

void kernel_config_free(struct kernel_config *config)
{
	if (!config)
		return;
	strv_free(&config->lines);
	free(config);
}

/* The value of symbol `name` ("CONFIG_X", `len` bytes), or "" if not set. */
const char *kernel_config_value(const struct kernel_config *config,
				const char *name, size_t len)
{
	int low = 0, high = config->lines.n - 1, mid, cmp;
	const char *line;

	while (low <= high) {
		mid = (low + high) / 2;
		line = config->lines.v[mid];
		cmp = strncmp(line, name, len);
		if (!cmp && line[len] == '=')
			return line + len + 1;
		if (!cmp)
			cmp = line[len] < '=' ? -1 : 1;
		if (cmp < 0)
			low = mid + 1;
		else
			high = mid - 1;
	}
	return "";
}
