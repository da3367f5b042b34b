// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild_dir_flags.c - the flags a file's directory gives it: the -I, -D,
 * -U and -include words of subdir-ccflags-y (of every directory from the
 * tree root down: kbuild hands them to the subdirectories through
 * KBUILD_CFLAGS), then of ccflags-y and EXTRA_CFLAGS, then of
 * CFLAGS_<stem>.o, in kbuild's order (scripts/Makefile.lib), less those
 * ccflags-remove-y and CFLAGS_REMOVE_<stem>.o filter out.  The
 * directory is the one whose Makefile.build compiles the file
 * (kbuild_builder()): the nearest one with a Kbuild file or Makefile (i915
 * builds gem/ and gt/ from its own Makefile), or the one that lists it
 * from outside (amdgpu builds ../display/dc/core/dc.o, whose flags are
 * amdgpu's and CFLAGS_../display/dc/core/dc.o).  Makefiles it includes are
 * read in its place ($(src) is its own).  Only ccflags-y counts, as in kbuild:
 * ccflags-$(CONFIG_X) with X=m names ccflags-m, which kbuild never reads.
 * Other flags (warnings, -O, -Werror) are left to the generic set.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

struct kbuild_dirs {
	const char *tree;
	struct kernel_config *config;
	struct kbuild_objects *objects;	/* which directory builds a file */
	/* The last file's kbuild directory, its Makefile and its flags. */
	char *obj_dir;
	struct make_file obj;
	struct strv flags;
};

struct kbuild_dirs *kbuild_dirs_new(const char *tree, const char *arch)
{
	struct kbuild_dirs *dirs = calloc(1, sizeof(*dirs));

	if (!dirs)
		abort();
	dirs->tree = tree;
	dirs->config = kernel_config_load(tree);
	dirs->objects = kbuild_objects_new(tree, dirs->config, arch);
	return dirs;
}

const struct kernel_config *kbuild_dirs_config(const struct kbuild_dirs *dirs)
{
	return dirs->config;
}

struct kbuild_objects *kbuild_dirs_objects(struct kbuild_dirs *dirs)
{
	return dirs->objects;
}

static void forget_directory(struct kbuild_dirs *dirs)
{
	free(dirs->obj_dir);
	dirs->obj_dir = NULL;
	make_file_free(&dirs->obj);
	strv_free(&dirs->flags);
}

void kbuild_dirs_free(struct kbuild_dirs *dirs)
{
	if (!dirs)
		return;
	forget_directory(dirs);
	kbuild_objects_free(dirs->objects);
	kernel_config_free(dirs->config);
	free(dirs);
}

static bool tree_file_exists(const char *tree, const char *dir, const char *name)
{
	char *where = path_join(tree, dir), *path = path_join(where, name);
	struct stat st;
	bool ok = stat(path, &st) == 0 && S_ISREG(st.st_mode);

	free(where);
	free(path);
	return ok;
}

/* The parent of tree-relative `dir` ("." for the root), in place. */
static void parent_directory(char *dir)
{
	char *slash = strrchr(dir, '/');

	if (slash)
		*slash = '\0';
	else
		strcpy(dir, ".");
}

char *kbuild_directory(const char *tree, const char *file)
{
	char *dir = strdup(strchr(file, '/') ? file : "./x");

	if (!dir)
		abort();
	for (;;) {
		parent_directory(dir);
		if (tree_file_exists(tree, dir, "Kbuild") ||
		    tree_file_exists(tree, dir, "Makefile"))
			return dir;
		if (!strcmp(dir, ".")) {
			free(dir);
			return NULL;
		}
	}
}

/*
 * Split `value` into words as the shell running the compiler would: make
 * hands the flags to sh, which takes the quotes off -DNAME=\"text\".
 */
static void shell_words(const char *value, struct strv *words)
{
	char *word = malloc(strlen(value) + 1), *out = word, quote = 0;
	const char *p;

	if (!word)
		abort();
	for (p = value; *p; p++) {
		if (quote == '\'' && *p != '\'') {
			*out++ = *p;
		} else if (*p == '\'' || *p == '"') {
			if (!quote || quote == *p)
				quote = quote ? 0 : *p;
			else
				*out++ = *p;
		} else if (*p == '\\' && p[1] && (!quote || strchr("\"\\$`", p[1]))) {
			*out++ = *++p;
		} else if (!quote && (*p == ' ' || *p == '\t')) {
			if (out > word)
				*out = '\0', strv_push(words, word);
			out = word;
		} else {
			*out++ = *p;
		}
	}
	if (out > word)
		*out = '\0', strv_push(words, word);
	free(word);
}

/* -include FILE: kbuild would fail without it; left out rather than fail. */
static bool usable(const char *tree, const char *option, const char *arg)
{
	if (!arg || !arg[0] || strchr(arg, MAKE_UNKNOWN))
		return false;
	return strcmp(option, "-include") || tree_file_exists(tree, ".", arg);
}

/* The -I, -D, -U and -include words of the flags `value`. */
static void pick(const char *tree, const char *value, struct strv *out)
{
	static const char *const options[] = { "-I", "-D", "-U", NULL };
	struct strv words = { 0 };
	const char *w, *next;
	int i, k;

	shell_words(value, &words);
	for (i = 0; i < words.n; i++) {
		w = words.v[i];
		next = i + 1 < words.n ? words.v[i + 1] : NULL;
		if (!strcmp(w, "-include") || !strcmp(w, "-I") ||
		    !strcmp(w, "-D") || !strcmp(w, "-U")) {
			if (usable(tree, w, next)) {
				strv_push(out, w);
				strv_push(out, next);
			}
			i++;
			continue;
		}
		for (k = 0; options[k]; k++)
			if (!strncmp(w, options[k], 2) && usable(tree, options[k], w + 2))
				strv_push(out, w);
	}
	strv_free(&words);
}

static void pick_variable(const char *tree, const struct make_file *mf,
			  const char *name, struct strv *out)
{
	char *value = make_value(mf, name);

	pick(tree, value, out);
	free(value);
}

static void subdir_flags(struct kbuild_dirs *dirs, const char *dir)
{
	struct make_file mf = { .dir = dir, .config = dirs->config };

	if (make_read(&mf, dirs->tree, dir))
		pick_variable(dirs->tree, &mf, "subdir-ccflags-y", &dirs->flags);
	make_file_free(&mf);
}

/* subdir-ccflags-y of every directory above `obj_dir`, the root first. */
static void ancestor_flags(struct kbuild_dirs *dirs, const char *obj_dir)
{
	const char *slash;
	char *prefix;

	if (!strcmp(obj_dir, "."))
		return;
	subdir_flags(dirs, ".");
	for (slash = strchr(obj_dir, '/'); slash; slash = strchr(slash + 1, '/')) {
		prefix = strndup(obj_dir, slash - obj_dir);
		if (!prefix)
			abort();
		subdir_flags(dirs, prefix);
		free(prefix);
	}
}

/* Read `obj_dir` and the flags it gives every file it builds. */
static void load_directory(struct kbuild_dirs *dirs, char *obj_dir)
{
	forget_directory(dirs);
	dirs->obj_dir = obj_dir;
	dirs->obj.dir = obj_dir;
	dirs->obj.config = dirs->config;
	ancestor_flags(dirs, obj_dir);
	make_read(&dirs->obj, dirs->tree, obj_dir);
	pick_variable(dirs->tree, &dirs->obj, "subdir-ccflags-y", &dirs->flags);
	pick_variable(dirs->tree, &dirs->obj, "ccflags-y", &dirs->flags);
	pick_variable(dirs->tree, &dirs->obj, "EXTRA_CFLAGS", &dirs->flags);
}

static bool listed(const struct strv *words, const char *word)
{
	int i;

	for (i = 0; i < words->n; i++)
		if (!strcmp(words->v[i], word))
			return true;
	return false;
}

/*
 * `flags` into `argv` but for the words of ccflags-remove-y and
 * CFLAGS_REMOVE_<stem>.o, which kbuild filters out of them.  A two-word
 * option (-I dir) goes with its argument when its first word is removed.
 */
static void remove_flags(const struct make_file *mf, const char *stem,
			 const struct strv *flags, struct strv *argv)
{
	struct strv removed = { 0 };
	char *value, *name;
	bool pair;
	int i;

	if (asprintf(&name, "CFLAGS_REMOVE_%s.o", stem) < 0)
		abort();
	value = make_value(mf, "ccflags-remove-y");
	shell_words(value, &removed);
	free(value);
	value = make_value(mf, name);
	shell_words(value, &removed);
	free(value);
	free(name);
	for (i = 0; i < flags->n; i++) {
		pair = flags->v[i][2] == '\0' || !strcmp(flags->v[i], "-include");
		if (listed(&removed, flags->v[i])) {
			i += pair;
			continue;
		}
		strv_push(argv, flags->v[i]);
		if (pair && i + 1 < flags->n)
			strv_push(argv, flags->v[++i]);
	}
	strv_free(&removed);
}

void kbuild_dir_flags(struct kbuild_dirs *dirs, const char *file, struct strv *argv)
{
	struct strv flags = { 0 };
	char *obj_dir, *stem, *name;
	int i;

	while (!strncmp(file, "./", 2))
		file += 2;
	if (!kbuild_builder(dirs->objects, file, &obj_dir, &stem))
		return;
	if (dirs->obj_dir && !strcmp(dirs->obj_dir, obj_dir))
		free(obj_dir);
	else
		load_directory(dirs, obj_dir);
	for (i = 0; i < dirs->flags.n; i++)
		strv_push(&flags, dirs->flags.v[i]);
	if (asprintf(&name, "CFLAGS_%s.o", stem) < 0)
		abort();
	pick_variable(dirs->tree, &dirs->obj, name, &flags);
	free(name);
	remove_flags(&dirs->obj, stem, &flags, argv);
	strv_free(&flags);
	free(stem);
}
