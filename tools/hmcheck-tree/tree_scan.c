// SPDX-License-Identifier: GPL-2.0
/*
 * tree_scan.c - with --tree alone there is no list of units: every .c file
 * under PATHS (or the whole tree) is one, with flags from kbuild_flags.c
 * (its directory's Makefiles read once per directory, as the walk goes).
 * Over the whole tree, the parts that are not kernel code for this
 * architecture (other arches, tools/, scripts/, Documentation/, samples/,
 * usr/) are left out; a PATH given by name is always walked.  A file found
 * in a directory that the configuration does not build (kbuild_built.c) is
 * marked UNIT_UNBUILT, unless --all-files; a file named as a PATH is not.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "hmcheck_tree.h"

struct scan {
	const char *tree;
	const char *arch;
	struct unit_list *out;
	struct kbuild_dirs *dirs;
	struct kbuild_objects *objects;	/* NULL: --all-files; else dirs' */
};

static bool is_c_source(const char *name)
{
	size_t n = strlen(name);

	return n > 2 && !strcmp(name + n - 2, ".c");
}

/* Whole-tree walks only: is `rel` (tree-relative) outside the kernel proper? */
static bool left_out(const struct scan *scan, const char *rel)
{
	static const char *const top[] = {
		"Documentation", "scripts", "tools", "samples", "usr", NULL,
	};
	const char *arch = !strcmp(scan->arch, "x86_64") ? "x86" : scan->arch;
	int i;

	for (i = 0; top[i]; i++)
		if (!strcmp(rel, top[i]))
			return true;
	return !strncmp(rel, "arch/", 5) && !strchr(rel + 5, '/') &&
	       strcmp(rel + 5, arch);
}

static void add_file(struct scan *scan, const char *rel, bool named)
{
	struct strv argv = { 0 };
	struct unit *unit;

	kbuild_flags(scan->arch, rel, scan->dirs, &argv);
	strv_push(&argv, rel);
	unit = unit_list_add(scan->out, rel, scan->tree, &argv);
	if (!named && scan->objects && !kbuild_object_built(scan->objects, rel))
		unit->status = UNIT_UNBUILT;
}

static int walk(struct scan *scan, const char *rel, bool whole_tree, bool named);

static void walk_directory(struct scan *scan, const char *rel, bool whole_tree)
{
	char *path = path_join(scan->tree, rel);
	DIR *d = opendir(path);
	struct dirent *e;
	char *child;

	free(path);
	if (!d)
		return;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		child = rel[0] ? path_join(rel, e->d_name) : strdup(e->d_name);
		if (!child)
			abort();
		if (!whole_tree || !left_out(scan, child))
			walk(scan, child, whole_tree, false);
		free(child);
	}
	closedir(d);
}

static int walk(struct scan *scan, const char *rel, bool whole_tree, bool named)
{
	char *path = path_join(scan->tree, rel[0] ? rel : ".");
	struct stat st;
	int ret = lstat(path, &st);

	if (ret < 0)
		fprintf(stderr, "hmcheck-tree: %s: %s\n", path, strerror(errno));
	free(path);
	if (ret < 0)
		return -1;
	if (S_ISDIR(st.st_mode))
		walk_directory(scan, rel, whole_tree);
	else if (S_ISREG(st.st_mode) && is_c_source(rel))
		add_file(scan, rel, named);
	return 0;
}

int tree_scan(const char *tree, const char *arch, const struct strv *paths,
	      bool all_files, struct unit_list *out)
{
	struct scan scan = { tree, arch, out, kbuild_dirs_new(tree, arch), NULL };
	char *rel;
	int i, ret = 0;

	if (!all_files)
		scan.objects = kbuild_dirs_objects(scan.dirs);
	if (paths->n == 0)
		ret = walk(&scan, "", true, false);
	for (i = 0; i < paths->n && ret == 0; i++) {
		rel = path_under(tree, paths->v[i]);
		ret = walk(&scan, rel, false, true);
		free(rel);
	}
	kbuild_dirs_free(scan.dirs);
	return ret;
}
