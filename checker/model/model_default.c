// SPDX-License-Identifier: GPL-2.0
/*
 * model_default.c - find and load the bundled rules: $HMCHECK_RULES_DIR,
 * else the source tree's rules/ (so that a build runs without installing),
 * else the installed copy.  Every *.rules file of the first directory
 * found is loaded, in sorted order, so that the result does not depend on
 * the order readdir() happens to return.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "model_internal.h"

static bool is_directory(const char *path)
{
	struct stat st;

	return path && *path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_rules_file(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 6 && !strcmp(d->d_name + n - 6, ".rules");
}

static int load_directory(struct api_model *model, const char *dir)
{
	struct dirent **names;
	char path[4096];
	int n, i, ret = 0;

	n = scandir(dir, &names, is_rules_file, alphasort);
	if (n < 0) {
		fprintf(stderr, "hmcheck: cannot read rules directory %s: %s\n",
			dir, strerror(errno));
		return -1;
	}
	if (n == 0) {
		fprintf(stderr, "hmcheck: no *.rules file in %s\n", dir);
		ret = -1;
	}
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (ret == 0 && model_load(model, path) < 0)
			ret = -1;
		free(names[i]);
	}
	free(names);
	return ret;
}

int model_load_default(struct api_model *model)
{
	const char *env = getenv("HMCHECK_RULES_DIR");

	if (env && *env) {
		if (!is_directory(env)) {
			fprintf(stderr, "hmcheck: HMCHECK_RULES_DIR=%s is not a directory\n",
				env);
			return -1;
		}
		return load_directory(model, env);
	}
	if (is_directory(HMCHECK_RULES_SOURCE_DIR))
		return load_directory(model, HMCHECK_RULES_SOURCE_DIR);
	if (is_directory(HMCHECK_RULES_INSTALL_DIR))
		return load_directory(model, HMCHECK_RULES_INSTALL_DIR);
	fprintf(stderr, "hmcheck: no rules directory found in %s or %s "
		"(set HMCHECK_RULES_DIR)\n", HMCHECK_RULES_SOURCE_DIR,
		HMCHECK_RULES_INSTALL_DIR);
	return -1;
}
