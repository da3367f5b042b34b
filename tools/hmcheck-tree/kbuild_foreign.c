// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild_foreign.c - the objects a kbuild directory builds from another
 * directory's files: a word of its lists that climbs out through ".."
 * (usb/core lists ../misc/onboard_usb_hub_pdevs.o; arch/x86/kvm, through
 * the Makefile it includes, $(KVM)/kvm_main.o of virt/kvm), or that names
 * a file below a subdirectory with a Makefile of its own, often from a
 * Makefile it includes (amdgpu/Makefile includes ../display/Makefile,
 * which adds ../display/dc/core/dc.o to amdgpu-y; habanalabs lists
 * common/device.o).  kbuild compiles such a file in the listing
 * directory's Makefile.build run, with that directory's flags, so the
 * flag picker and the built test must know that directory.
 *
 * The index is made once, the first time a file asks: every directory of
 * the tree that kbuild may descend into (not Documentation, scripts,
 * tools, samples, usr, nor another architecture's arch/ directory) whose
 * Makefile could name such a word (its text has ".." or an include) and
 * that the configuration reaches is read as kbuild_built.c reads it
 * (keep_doubt, includes followed).  The Makefiles those directories
 * include are remembered too, and those they would include on a branch
 * the configuration does not take: a directory whose Makefile is only
 * such a fragment is not one kbuild descends into.
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
	char *arch;		/* the directory under arch/ */
	bool indexed;
	int n, cap;
	struct foreign_object *objects;
	int nfrag, capfrag;
	struct fragment *fragments;
	/* reached directories whose lists or includes hold unknown words:
	   they may list any file beside them or below */
	struct strv doubtful;
};

struct kbuild_foreign *kbuild_foreign_new(const char *tree,
					  const struct kernel_config *config,
					  const char *arch)
{
	struct kbuild_foreign *f = calloc(1, sizeof(*f));

	if (!f)
		abort();
	f->tree = tree;
	f->config = config;
	f->arch = strdup(!strcmp(arch, "x86_64") ? "x86" : arch);
	if (!f->arch)
		abort();
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
	strv_free(&f->doubtful);
	free(f->arch);
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

/* Does `word`, listed by `dir`, name a file of another kbuild directory? */
static bool names_other_directory(const struct kbuild_foreign *f,
				  const char *dir, const char *object)
{
	char *its = kbuild_directory(f->tree, object);
	bool other = its && strcmp(its, dir);

	free(its);
	return other;
}

static void add_object(struct kbuild_foreign *f, const char *dir, const char *word)
{
	size_t n = strlen(word);
	struct foreign_object *o;
	char *joined, *object;

	if (n < 3 || strcmp(word + n - 2, ".o") || !strchr(word, '/'))
		return;
	joined = path_join(dir, word);
	object = kbuild_normal_path(joined);
	free(joined);
	if (!object)
		return;
	if (!names_other_directory(f, dir, object)) {
		free(object);
		return;
	}
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
	struct strv words = { 0 }, included = { 0 }, skipped = { 0 };
	struct make_file mf = {
		.dir = dir, .config = f->config, .keep_doubt = true,
		.included = &included, .skipped = &skipped,
	};
	bool doubt = false;
	int i;

	make_read(&mf, f->tree, dir);
	kbuild_listed_objects(&mf, &words, &doubt);
	for (i = 0; i < words.n; i++)
		add_object(f, dir, words.v[i]);
	for (i = 0; i < included.n; i++)
		add_fragment(f, included.v[i], doubt || mf.unknown_assignments);
	/* not read: its files are built only as the includer's lists say */
	for (i = 0; i < skipped.n; i++)
		add_fragment(f, skipped.v[i], doubt || mf.unknown_assignments);
	if (doubt || mf.unknown_assignments)
		strv_push(&f->doubtful, dir);
	strv_free(&words);
	strv_free(&included);
	strv_free(&skipped);
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

/* The top-level directories kbuild may descend into, arch/ARCH for arch. */
static void index_all(struct kbuild_foreign *f, struct kbuild_objects *objs)
{
	static const char *const never[] = {
		"Documentation", "scripts", "tools", "samples", "usr", "arch", NULL,
	};
	struct strv tops = { 0 };
	char *arch;
	int i, k;

	f->indexed = true;
	subdirectories(f->tree, ".", &tops);
	for (i = 0; i < tops.n; i++) {
		for (k = 0; never[k] && strcmp(never[k], tops.v[i]); k++)
			;
		if (!never[k])
			index_tree(f, objs, tops.v[i]);
	}
	strv_free(&tops);
	arch = path_join("arch", f->arch);
	index_tree(f, objs, arch);
	free(arch);
}

const struct foreign_object *kbuild_foreign_builder(struct kbuild_foreign *f,
						    struct kbuild_objects *objs,
						    const char *object)
{
	int i;

	if (!f->indexed)
		index_all(f, objs);
	for (i = 0; i < f->n; i++)
		if (!strcmp(f->objects[i].object, object))
			return &f->objects[i];
	return NULL;
}

bool kbuild_foreign_may_list(struct kbuild_foreign *f, struct kbuild_objects *objs,
			     const char *dir)
{
	const char *lister, *slash;
	size_t n;
	int i;

	if (!f->indexed)
		index_all(f, objs);
	for (i = 0; i < f->doubtful.n; i++) {
		lister = f->doubtful.v[i];
		slash = strrchr(lister, '/');
		n = slash ? (size_t)(slash - lister) : 0;
		if (!n || (!strncmp(dir, lister, n) && dir[n] == '/'))
			return true;
	}
	return false;
}

int kbuild_foreign_fragment(struct kbuild_foreign *f, struct kbuild_objects *objs,
			    const char *dir)
{
	int i, ret = 0;

	if (!f->indexed)
		index_all(f, objs);
	for (i = 0; i < f->nfrag; i++)
		if (!strcmp(f->fragments[i].dir, dir))
			ret = ret < 0 || f->fragments[i].doubt ? -1 : 1;
	return ret;
}
