// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild_args.c - units from recorded kbuild checker command lines.
 *
 * A recording CHECK script (`make C=2 CHECK=recargs`) writes, for every
 * source kbuild checks, one file with the arguments it got, one a line:
 * CHECKFLAGS, c_flags, and the source last, all relative to the tree root.
 * That is exactly how kbuild runs hmcheck, so the lines are handed over as
 * they are, from the tree root.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"

static void read_lines(FILE *f, struct strv *argv)
{
	char *line = NULL;
	size_t size = 0;
	ssize_t n;

	while ((n = getline(&line, &size, f)) >= 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n > 0)
			strv_push(argv, line);
	}
	free(line);
}

static int load_one(const char *path, const char *tree, struct unit_list *out)
{
	struct strv argv = { 0 };
	FILE *f = fopen(path, "r");
	const char *source;

	if (!f) {
		fprintf(stderr, "hmcheck-tree: %s: cannot read: %s\n", path, strerror(errno));
		return -1;
	}
	read_lines(f, &argv);
	fclose(f);
	source = argv.n ? argv.v[argv.n - 1] : "";
	if (argv.n == 0 || source[0] == '-') {
		fprintf(stderr, "hmcheck-tree: %s: no source file on its last line\n", path);
		strv_free(&argv);
		return -1;
	}
	unit_list_add(out, source, tree, &argv);
	return 0;
}

int kbuild_args_load(const char *args_dir, const char *tree, struct unit_list *out)
{
	DIR *d = opendir(args_dir);
	struct dirent *e;
	char *path;
	int ret = 0;

	if (!d) {
		fprintf(stderr, "hmcheck-tree: %s: cannot open: %s\n", args_dir, strerror(errno));
		return -1;
	}
	while (ret == 0 && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		path = path_join(args_dir, e->d_name);
		ret = load_one(path, tree, out);
		free(path);
	}
	closedir(d);
	if (ret == 0 && out->n == 0) {
		fprintf(stderr, "hmcheck-tree: %s: no recorded command line\n", args_dir);
		return -1;
	}
	return ret;
}
