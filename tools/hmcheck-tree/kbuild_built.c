// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild_built.c - does the tree's configuration build a .c file?  As
 * kbuild decides it: dir/x.o is in the obj-y, obj-m or lib-y of its kbuild
 * directory (the nearest with a Kbuild file or Makefile), or in the parts
 * (name-y, name-objs, name-m) of a composite object built there; and that
 * directory is reached: its parent's Makefile lists it in obj-y, obj-m,
 * subdir-y or subdir-m (or, below arch/ARCH, arch/ARCH/Makefile's core-y,
 * drivers-y, libs-y, net-y), up to a top-level directory or arch/ARCH.  Or a
 * reached directory lists it from outside (kbuild_foreign.c: amdgpu-y +=
 * ../display/dc/core/dc.o); that directory builds it, with its flags.
 * Whatever cannot be decided (an unknown word, a word added under an
 * undecidable condition, a Makefile that lists no objects at all, unless it
 * is only a fragment other directories include) counts as built: a file is
 * never left out on doubt.  A word added under an undecidable condition is
 * only doubtful itself (make_doubt.c): the files such a part of a list
 * names count as built, and the list still decides the others.  The
 * variables arch/ARCH/Makefile exports with a known value (x86's BITS:
 * obj-y += process_$(BITS).o) are set in every Makefile read, as the top
 * Makefile's make hands them down.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

struct kbuild_objects {
	const char *tree;
	const struct kernel_config *config;
	char *dir;			/* the last file's kbuild directory */
	struct make_file mf;		/* and its Makefile */
	struct strv reached, unreached;	/* directories decided so far */
	struct kbuild_foreign *foreign;	/* objects listed from outside */
	struct make_file exports;	/* the arch Makefile's, known values */
};

/*
 * What arch/ARCH/Makefile exports, where its value is known: none when it
 * may assign variables it does not show (an include it cannot read).
 */
static void arch_exports(struct kbuild_objects *objs, const char *arch)
{
	/* a value in doubt, or with a '$' that := would expand again */
	static const char unsure[] = { '$', MAKE_UNKNOWN, MAKE_DOUBT, '\0' };
	struct make_file mf = { .config = objs->config, .keep_doubt = true };
	struct strv names = { 0 };
	char *dir, *value;
	int i;

	if (asprintf(&dir, "arch/%s", !strcmp(arch, "x86_64") ? "x86" : arch) < 0)
		abort();
	mf.dir = dir;
	mf.exported = &names;
	if (make_read_makefile(&mf, objs->tree, dir) && !mf.unknown_assignments) {
		for (i = 0; i < names.n; i++) {
			if (!make_lookup(&mf, names.v[i]))
				continue;
			value = make_value(&mf, names.v[i]);
			if (!strpbrk(value, unsure))
				make_assign(&objs->exports, names.v[i], ":=", value);
			free(value);
		}
	}
	strv_free(&names);
	make_file_free(&mf);
	free(dir);
}

struct kbuild_objects *kbuild_objects_new(const char *tree,
					  const struct kernel_config *config,
					  const char *arch)
{
	struct kbuild_objects *objs = calloc(1, sizeof(*objs));

	if (!objs)
		abort();
	objs->tree = tree;
	objs->config = config;
	objs->foreign = kbuild_foreign_new(tree, config, arch);
	arch_exports(objs, arch);
	return objs;
}

void kbuild_objects_free(struct kbuild_objects *objs)
{
	if (!objs)
		return;
	free(objs->dir);
	make_file_free(&objs->mf);
	strv_free(&objs->reached);
	strv_free(&objs->unreached);
	kbuild_foreign_free(objs->foreign);
	make_file_free(&objs->exports);
	free(objs);
}

/* `builds`, when not NULL, gets the directories its recipes build. */
static void read_makefile(struct make_file *mf, const struct kbuild_objects *objs,
			  const char *dir, struct strv *builds)
{
	int i;

	memset(mf, 0, sizeof(*mf));
	mf->dir = dir;
	mf->config = objs->config;
	mf->keep_doubt = true;
	mf->builds = builds;
	for (i = 0; i < objs->exports.n; i++)
		make_assign(mf, objs->exports.vars[i].name, ":=",
			    objs->exports.vars[i].value);
	make_read(mf, objs->tree, dir);
}

/* A Makefile that names no objects or directories is not kbuild's. */
static bool kbuild_style(const struct make_file *mf)
{
	static const char *const names[] = {
		"obj-y", "obj-m", "obj-", "obj-n", "lib-y", "lib-m", "lib-",
		"subdir-y", "subdir-m", "subdir-", NULL,
	};
	int i;

	if (mf->unknown_assignments)
		return false;
	for (i = 0; names[i]; i++)
		if (make_lookup(mf, names[i]))
			return true;
	return false;
}

static bool has_word(const struct strv *words, const char *word)
{
	int i;

	for (i = 0; i < words->n; i++)
		if (!strcmp(words->v[i], word))
			return true;
	return false;
}

/* `word` without its MAKE_DOUBT marks (in place). */
static char *unmarked(char *word)
{
	char *in, *out;

	for (in = out = word; *in; in++)
		if (*in != MAKE_DOUBT)
			*out++ = *in;
	*out = '\0';
	return word;
}

/*
 * Add the words of variable `name` to `words`; *doubt if one is unknown.
 * A word that may be missing (MAKE_DOUBT) is added as one that is there:
 * doubt counts as built, but only for the words it is about.
 */
static void add_words(const struct make_file *mf, const char *name,
		      struct strv *words, bool *doubt)
{
	char *value = make_value(mf, name), *word, *save = NULL;

	if (strchr(value, MAKE_UNKNOWN))
		*doubt = true;
	for (word = strtok_r(value, " \t", &save); word; word = strtok_r(NULL, " \t", &save)) {
		word = unmarked(word);
		while (!strncmp(word, "./", 2))
			word += 2;
		if (!has_word(words, word))
			strv_push(words, word);
	}
	free(value);
}

void kbuild_listed_objects(const struct make_file *mf, struct strv *words,
			   bool *doubt)
{
	static const char *const lists[] = { "obj-y", "obj-m", "lib-y", NULL };
	static const char *const parts[] = { "-y", "-objs", "-m", NULL };
	char *name;
	size_t n;
	int i, k;

	for (i = 0; lists[i]; i++)
		add_words(mf, lists[i], words, doubt);
	for (i = 0; i < words->n; i++) {
		n = strlen(words->v[i]);
		if (n < 3 || strcmp(words->v[i] + n - 2, ".o"))
			continue;
		for (k = 0; parts[k]; k++) {
			if (asprintf(&name, "%.*s%s", (int)(n - 2), words->v[i], parts[k]) < 0)
				abort();
			add_words(mf, name, words, doubt);
			free(name);
		}
	}
}

/* 1: `mf` builds `object`, 0: it does not, -1: cannot tell. */
static int object_built(const struct make_file *mf, const char *object)
{
	struct strv built = { 0 };
	bool doubt = false, found;

	kbuild_listed_objects(mf, &built, &doubt);
	found = has_word(&built, object);
	strv_free(&built);
	return found ? 1 : doubt ? -1 : 0;
}

/*
 * Is `object` a source of a program `mf` builds for the host (hostprogs,
 * userprogs: prog.o, or a part in prog-objs)?  make compiles it with the
 * host's compiler and libc, never into the kernel.
 */
static bool host_object(const struct make_file *mf, const char *object)
{
	static const char *const lists[] = {
		"hostprogs", "hostprogs-y", "hostprogs-always-y", "userprogs",
		"userprogs-always-y", NULL,
	};
	struct strv progs = { 0 }, parts = { 0 };
	bool doubt = false, host = false;
	char *name;
	int i;

	for (i = 0; lists[i]; i++)
		add_words(mf, lists[i], &progs, &doubt);
	for (i = 0; i < progs.n && !host; i++) {
		if (asprintf(&name, "%s-objs", progs.v[i]) < 0)
			abort();
		add_words(mf, name, &parts, &doubt);
		free(name);
		if (asprintf(&name, "%s.o", progs.v[i]) < 0)
			abort();
		host = !strcmp(name, object) || has_word(&parts, object);
		free(name);
	}
	strv_free(&progs);
	strv_free(&parts);
	return host;
}

/* The tree root, a top-level directory and arch/ARCH are reached. */
static bool top_directory(const char *dir)
{
	const char *slash = strchr(dir, '/');

	return !slash || (!strncmp(dir, "arch/", 5) && !strchr(slash + 1, '/'));
}

/* Does `mf` (of directory `parent`) descend into its subdirectory `sub`? */
static bool descends(const struct make_file *mf, const char *sub)
{
	static const char *const lists[] = {
		"obj-y", "obj-m", "subdir-y", "subdir-m", NULL,
	};
	struct strv words = { 0 };
	bool doubt = false, found;
	char *slashed;
	int i;

	for (i = 0; lists[i]; i++)
		add_words(mf, lists[i], &words, &doubt);
	if (asprintf(&slashed, "%s/", sub) < 0)
		abort();
	found = doubt || has_word(&words, sub) || has_word(&words, slashed);
	free(slashed);
	strv_free(&words);
	return found;
}

static bool directory_reached(struct kbuild_objects *objs, const char *dir);

/*
 * Does arch/ARCH/Makefile (read by the top Makefile, not by kbuild's pass
 * over arch/ARCH/Kbuild) list `dir` in its core-y, drivers-y, libs-y or
 * net-y, or run kbuild there from a recipe?  arch/x86/lib and
 * arch/x86/pci are reached only that way, and arch/x86/boot
 * (`$(MAKE) $(build)=$(boot)`).
 */
static bool arch_lists(const struct kbuild_objects *objs, const char *arch_dir,
		       const char *dir)
{
	static const char *const lists[] = {
		"core-y", "drivers-y", "libs-y", "net-y", NULL,
	};
	struct strv words = { 0 }, builds = { 0 };
	struct make_file mf = { .dir = arch_dir, .config = objs->config,
				.keep_doubt = true, .builds = &builds };
	bool doubt = false, found;
	char *slashed;
	int i;

	/* The top Makefile's values before (init/ lib/ ...) name top-level
	   directories only, reached anyway: `libs-y := arch/arm/lib/
	   $(libs-y)` must not put every arch/arm directory in doubt. */
	for (i = 0; lists[i]; i++)
		make_assign(&mf, lists[i], ":=", "");
	if (strncmp(arch_dir, "arch/", 5) || !top_directory(arch_dir) ||
	    !make_read_makefile(&mf, objs->tree, arch_dir)) {
		make_file_free(&mf);
		strv_free(&builds);
		return false;
	}
	for (i = 0; lists[i]; i++)
		add_words(&mf, lists[i], &words, &doubt);
	if (asprintf(&slashed, "%s/", dir) < 0)
		abort();
	found = doubt || mf.unknown_assignments || has_word(&words, slashed) ||
		has_word(&words, dir) || has_word(&builds, dir);
	free(slashed);
	strv_free(&words);
	strv_free(&builds);
	make_file_free(&mf);
	return found;
}

static bool parent_reaches(struct kbuild_objects *objs, const char *dir)
{
	char *parent = kbuild_directory(objs->tree, dir);
	struct strv builds = { 0 };
	struct make_file mf;
	bool reached;
	size_t skip;

	if (!parent)
		return true;
	skip = strcmp(parent, ".") ? strlen(parent) + 1 : 0;
	read_makefile(&mf, objs, parent, &builds);
	reached = !kbuild_style(&mf) || descends(&mf, dir + skip) ||
		  has_word(&builds, dir) || arch_lists(objs, parent, dir);
	make_file_free(&mf);
	strv_free(&builds);
	reached = reached && directory_reached(objs, parent);
	free(parent);
	return reached;
}

bool kbuild_directory_reached(struct kbuild_objects *objs, const char *dir)
{
	return directory_reached(objs, dir);
}

/* Is kbuild directory `dir` reached from the tree root? */
static bool directory_reached(struct kbuild_objects *objs, const char *dir)
{
	bool reached;

	if (top_directory(dir) || has_word(&objs->reached, dir))
		return true;
	if (has_word(&objs->unreached, dir))
		return false;
	reached = parent_reaches(objs, dir);
	strv_push(reached ? &objs->reached : &objs->unreached, dir);
	return reached;
}

/* dir/sub/x.c: "sub/x.o", the name its kbuild directory `dir` gives it. */
static char *object_name(const char *dir, const char *file)
{
	size_t skip = strcmp(dir, ".") ? strlen(dir) + 1 : 0;
	const char *stem = file + skip;
	size_t n = strlen(stem);
	char *name;

	if (n > 2 && !strcmp(stem + n - 2, ".c"))
		n -= 2;
	if (asprintf(&name, "%.*s.o", (int)n, stem) < 0)
		abort();
	return name;
}

/* Read the kbuild directory of `file` into objs->mf; false if it has none. */
static bool file_directory(struct kbuild_objects *objs, const char *file)
{
	char *dir = kbuild_directory(objs->tree, file);

	if (!dir)
		return false;
	if (objs->dir && !strcmp(objs->dir, dir)) {
		free(dir);
	} else {
		free(objs->dir);
		make_file_free(&objs->mf);
		objs->dir = dir;
		read_makefile(&objs->mf, objs, dir, NULL);
	}
	return true;
}

/* Does the kbuild directory of `file` (objs->mf) build it itself? */
static bool builds_own(struct kbuild_objects *objs, const char *file)
{
	char *object;
	int built;

	if (!kbuild_style(&objs->mf))
		return false;
	object = object_name(objs->dir, file);
	built = object_built(&objs->mf, object);
	if (built < 0 && host_object(&objs->mf, object))
		built = 0;
	free(object);
	return built != 0 && directory_reached(objs, objs->dir);
}

static const struct foreign_object *foreign_builder(struct kbuild_objects *objs,
						    const char *file)
{
	char *object = object_name(".", file);	/* its tree path */
	const struct foreign_object *builder;

	builder = kbuild_foreign_builder(objs->foreign, objs, object);
	free(object);
	return builder;
}

/* A Makefile naming no objects, that reached directories include and that
   no parent descends into, is only their fragment: it builds nothing. */
static bool only_fragment(struct kbuild_objects *objs)
{
	return kbuild_foreign_fragment(objs->foreign, objs, objs->dir) == 1 &&
	       !directory_reached(objs, objs->dir);
}

bool kbuild_builder(struct kbuild_objects *objs, const char *file,
		    char **dir, char **stem)
{
	const struct foreign_object *builder = NULL;
	const char *own, *dot;

	while (!strncmp(file, "./", 2))
		file += 2;
	if (!file_directory(objs, file))
		return false;
	if (!builds_own(objs, file))
		builder = foreign_builder(objs, file);
	own = file + (strcmp(objs->dir, ".") ? strlen(objs->dir) + 1 : 0);
	dot = strrchr(own, '.');
	*dir = strdup(builder ? builder->dir : objs->dir);
	*stem = builder ? strdup(builder->stem) :
			  strndup(own, dot ? (size_t)(dot - own) : strlen(own));
	if (!*dir || !*stem)
		abort();
	return true;
}

/* Is `file`, which its directory (objs->mf) does not build, a host tool's? */
static bool host_file(struct kbuild_objects *objs, const char *file)
{
	char *object = object_name(objs->dir, file);
	bool host = host_object(&objs->mf, object);

	free(object);
	return host;
}

bool kbuild_object_built(struct kbuild_objects *objs, const char *file)
{
	while (!strncmp(file, "./", 2))
		file += 2;
	if (!file_directory(objs, file))
		return true;
	if (builds_own(objs, file) || foreign_builder(objs, file))
		return true;
	if (host_file(objs, file))
		return false;
	/* kbuild never runs a Makefile no parent descends into (nor runs
	   from a recipe); a reached directory including it lists its files
	   as foreign objects, above */
	return !kbuild_style(&objs->mf) && !only_fragment(objs) &&
	       (directory_reached(objs, objs->dir) ||
		kbuild_foreign_may_list(objs->foreign, objs, objs->dir));
}
