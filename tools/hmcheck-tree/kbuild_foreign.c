// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild_foreign.c - the objects a kbuild directory builds from outside
 * itself: a word of its lists that climbs out through "..", often from a
 * Makefile it includes (amdgpu/Makefile includes ../display/Makefile,
 * which adds ../display/dc/core/dc.o to amdgpu-y; usb/core lists
 * ../misc/onboard_usb_hub_pdevs.o).  kbuild compiles such a file in the
 * listing directory's Makefile.build run, with that directory's flags, so
 * the flag picker and the built test must know that directory.
 *
 * The index is made once per top-level directory (arch/ARCH for arch/),
 * the first time a file under it asks: every directory there whose
 * Makefile could name such a word (its text has ".." or an include) and
 * that the configuration reaches is read as kbuild_built.c reads it
 * (keep_doubt, includes followed).  The Makefiles those directories
 * include are remembered too: a directory whose Makefile is only such a
 * fragment is not one kbuild descends into.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

struct fragment {
	char *dir;
	bool doubt;		/* an includer's lists hold an unknown word */
};

struct kbuild_foreign {
	const char *tree;
	const struct kernel_config *config;
	struct strv scopes;	/* the top-level directories indexed */
	int n, cap;
	struct foreign_object *objects;
	int nfrag, capfrag;
	struct fragment *fragments;
};

struct kbuild_foreign *kbuild_foreign_new(const char *tree,
					  const struct kernel_config *config)
{
	struct kbuild_foreign *f = calloc(1, sizeof(*f));

	if (!f)
		abort();
	f->tree = tree;
	f->config = config;
	return f;
}

void kbuild_foreign_free(struct kbuild_foreign *f)
{
	int i;

	if (!f)
		return;
	for (i = 0; i < f->n; i++) {
		free(f->objects[i].object);
		free(f->objects[i].dir);
		free(f->objects[i].stem);
	}
	for (i = 0; i < f->nfrag; i++)
		free(f->fragments[i].dir);
	free(f->objects);
	free(f->fragments);
	strv_free(&f->scopes);
	free(f);
}

/* Append component `c` (`n` bytes) to `out`, "." and ".." applied. */
static bool add_component(char *out, const char *c, size_t n)
{
	char *slash;

	if (!n || (n == 1 && c[0] == '.'))
		return true;
	if (n == 2 && c[0] == '.' && c[1] == '.') {
		if (!out[0])
			return false;		/* above the tree root */
		slash = strrchr(out, '/');
		*(slash ? slash : out) = '\0';
		return true;
	}
	if (out[0])
		strcat(out, "/");
	strncat(out, c, n);
	return true;
}

/* Tree-relative `path` without "." and "..", malloc'ed; NULL above the root. */
char *kbuild_normal_path(const char *path)
{
	char *out = calloc(1, strlen(path) + 1);
	const char *p = path;
	size_t n;

	if (!out)
		abort();
	for (; *p; p += n + (p[n] == '/')) {
		n = strcspn(p, "/");
		if (!add_component(out, p, n)) {
			free(out);
			return NULL;
		}
	}
	return out;
}

/* "drivers", or "arch/x86" under arch/: the index's unit; NULL at the root. */
static char *scope_of(const char *file)
{
	const char *slash = strchr(file, '/');
	char *scope;

	if (!slash)
		return NULL;
	if (!strncmp(file, "arch/", 5))
		slash = strchrnul(slash + 1, '/');
	scope = strndup(file, slash - file);
	if (!scope)
		abort();
	return scope;
}

static bool climbs_out(const char *word)
{
	return !strncmp(word, "../", 3) || strstr(word, "/../");
}

static void add_object(struct kbuild_foreign *f, const char *dir, const char *word)
{
	size_t n = strlen(word);
	struct foreign_object *o;
	char *joined, *object;

	if (n < 3 || strcmp(word + n - 2, ".o") || !climbs_out(word))
		return;
	joined = path_join(dir, word);
	object = kbuild_normal_path(joined);
	free(joined);
	if (!object)
		return;
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->objects = realloc(f->objects, f->cap * sizeof(*f->objects));
		if (!f->objects)
			abort();
	}
	o = &f->objects[f->n++];
	o->object = object;
	o->dir = strdup(dir);
	o->stem = strndup(word, n - 2);
	if (!o->dir || !o->stem)
		abort();
}

static void add_fragment(struct kbuild_foreign *f, const char *name, bool doubt)
{
	char *path = kbuild_normal_path(name), *slash;
	const char *base;

	if (!path)
		return;
	slash = strrchr(path, '/');
	base = slash ? slash + 1 : path;
	if (slash && (!strcmp(base, "Makefile") || !strcmp(base, "Kbuild"))) {
		*slash = '\0';
		if (f->nfrag == f->capfrag) {
			f->capfrag = f->capfrag ? f->capfrag * 2 : 32;
			f->fragments = realloc(f->fragments,
					       f->capfrag * sizeof(*f->fragments));
			if (!f->fragments)
				abort();
		}
		f->fragments[f->nfrag].dir = path;
		f->fragments[f->nfrag++].doubt = doubt;
		return;
	}
	free(path);
}

/* Read reached directory `dir` and note what it builds from outside. */
static void index_directory(struct kbuild_foreign *f, const char *dir)
{
	struct strv words = { 0 }, included = { 0 };
	struct make_file mf = {
		.dir = dir, .config = f->config, .keep_doubt = true,
		.included = &included,
	};
	bool doubt = false;
	int i;

	make_read(&mf, f->tree, dir);
	kbuild_listed_objects(&mf, &words, &doubt);
	for (i = 0; i < words.n; i++)
		add_object(f, dir, words.v[i]);
	for (i = 0; i < included.n; i++)
		add_fragment(f, included.v[i], doubt || mf.unknown_assignments);
	strv_free(&words);
	strv_free(&included);
	make_file_free(&mf);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The subdirectories of `dir`, sorted: the index does not depend on readdir. */
static void subdirectories(const char *tree, const char *dir, struct strv *out)
{
	char *path = path_join(tree, dir);
	DIR *d = opendir(path);
	struct dirent *e;

	free(path);
	if (!d)
		return;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' && (e->d_type == DT_DIR || e->d_type == DT_UNKNOWN))
			strv_push(out, e->d_name);
	closedir(d);
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), compare_names);
}

/* A line that starts with include, -include or sinclude. */
static bool includes(const char *text)
{
	static const char *const words[] = { "include", "-include", "sinclude", NULL };
	const char *line;
	int i;

	for (line = text; line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
		line += strspn(line, " \t");
		for (i = 0; words[i]; i++)
			if (!strncmp(line, words[i], strlen(words[i])))
				return true;
	}
	return false;
}

static bool may_name_outside(const char *text)
{
	return strstr(text, "..") || includes(text);
}

static void index_tree(struct kbuild_foreign *f, struct kbuild_objects *objs,
		       const char *dir)
{
	struct strv subs = { 0 };
	char *text = make_file_text(f->tree, dir), *sub;
	int i;

	if (text && may_name_outside(text) && kbuild_directory_reached(objs, dir))
		index_directory(f, dir);
	free(text);
	subdirectories(f->tree, dir, &subs);
	for (i = 0; i < subs.n; i++) {
		sub = path_join(dir, subs.v[i]);
		index_tree(f, objs, sub);
		free(sub);
	}
	strv_free(&subs);
}

static void index_scope(struct kbuild_foreign *f, struct kbuild_objects *objs,
			const char *file)
{
	char *scope = scope_of(file);
	int i;

	if (!scope)
		return;
	for (i = 0; i < f->scopes.n; i++)
		if (!strcmp(f->scopes.v[i], scope))
			break;
	if (i == f->scopes.n) {
		strv_push(&f->scopes, scope);
		index_tree(f, objs, scope);
	}
	free(scope);
}

const struct foreign_object *kbuild_foreign_builder(struct kbuild_foreign *f,
						    struct kbuild_objects *objs,
						    const char *object)
{
	int i;

	index_scope(f, objs, object);
	for (i = 0; i < f->n; i++)
		if (!strcmp(f->objects[i].object, object))
			return &f->objects[i];
	return NULL;
}

int kbuild_foreign_fragment(struct kbuild_foreign *f, struct kbuild_objects *objs,
			    const char *dir)
{
	int i, ret = 0;

	index_scope(f, objs, dir);
	for (i = 0; i < f->nfrag; i++)
		if (!strcmp(f->fragments[i].dir, dir))
			ret = ret < 0 || f->fragments[i].doubt ? -1 : 1;
	return ret;
}
