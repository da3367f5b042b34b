/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kbuild_make.h - just enough of make to read the flag variables of a
 * kbuild Makefile: its assignments (=, :=, +=, ?=), conditionals on what
 * can be known, and $(...) references to the tree, the directory, .config
 * and the file's own variables.  Anything else (another Makefile's
 * variables, $(call ...), $(shell ...)) expands to MAKE_UNKNOWN, so that
 * the words holding it can be left out.
 *
 *   kernel_config.c   the .config symbols
 *   make_expand.c     a Makefile's variables and their expansion
 *   make_functions.c  the text functions it knows ($(addprefix ...))
 *   make_doubt.c      assignments under a condition that cannot be decided
 *   make_reader.c     its lines: continuations, comments, assignments
 *   make_conditional.c  its conditionals
 *   kbuild_dir_flags.c  the flag picker: a file's -I/-D/-U/-include
 */
#ifndef KBUILD_MAKE_H
#define KBUILD_MAKE_H

#include <stdbool.h>
#include <stddef.h>

/* Stands in for what could not be expanded. */
#define MAKE_UNKNOWN '\x01'
/* Marks a word that only a line under an undecidable condition put there:
   it may be missing (make_doubt.c). */
#define MAKE_DOUBT '\x02'

struct kernel_config;
struct strv;

struct make_var {
	char *name;
	char *value;		/* unexpanded when recursive */
	bool recursive;		/* '=': expanded when used */
};

struct make_file {
	const char *dir;	/* $(src) and $(obj), tree-relative; "." at the root */
	const struct kernel_config *config;
	int n, cap;
	struct make_var *vars;
	/*
	 * Set by the caller: an assignment on a line whose conditional could
	 * not be decided is not dropped but made doubtful (make_doubt.c):
	 * the words it may leave in its variable are marked MAKE_DOUBT, or,
	 * when they cannot be expanded, MAKE_UNKNOWN is added to it.
	 */
	bool keep_doubt;
	/* Any variable may hold more than was read: an assignment's name could
	   not be expanded, or another Makefile was included. */
	bool unknown_assignments;
	/* Set by the caller: the tree paths of the Makefiles read through
	   `include`, as named (not normalized). */
	struct strv *included;
	/* Set by the caller: those an `include` names on a branch that is
	   decided not taken (amdgpu's amdkfd/Makefile with HSA_AMD off). */
	struct strv *skipped;
	/* Set by the caller: the directories its recipes run kbuild in,
	   `$(MAKE) $(build)=$(obj)/rm` (tree paths, expanded). */
	struct strv *builds;
	/* Set by the caller: the names its `export` lines name, expanded. */
	struct strv *exported;
};

struct kernel_config *kernel_config_load(const char *tree);
void kernel_config_free(struct kernel_config *config);
const char *kernel_config_value(const struct kernel_config *config,
				const char *name, size_t len);

/* Expand `text` in `mf`; malloc'ed, MAKE_UNKNOWN where it cannot. */
char *make_expand(const struct make_file *mf, const char *text);
/* The same, trimmed (`text` too, in place); NULL when it holds the unknown
   or a doubtful word. */
char *make_expand_known(const struct make_file *mf, char *text);
struct make_var *make_lookup(const struct make_file *mf, const char *name);

#define MAKE_MAX_ARGS 3
/* Is `name` (`len` bytes) a function make_function() knows (*nargs)? */
bool make_function_known(const char *name, size_t len, int *nargs);
/* Its value for the expanded `args`, malloc'ed. */
char *make_function(const char *name, char *const *args);
/* Apply `name op value` (op: "=", ":=", "::=", "+=", "?=", "!="). */
void make_assign(struct make_file *mf, const char *name, const char *op,
		 const char *value);
/* `name op value` on a line that may not be read (keep_doubt). */
void make_assign_doubtful(struct make_file *mf, const char *name,
			  const char *op, const char *value);
/* The expanded value of `name`, malloc'ed; "" when not set. */
char *make_value(const struct make_file *mf, const char *name);
void make_file_free(struct make_file *mf);

#define MAKE_MAX_NEST 32

struct make_branch {
	bool outer;		/* the enclosing lines are read */
	bool taken;		/* a branch of this conditional was read */
	bool unknown;		/* its condition could not be decided */
	bool active;		/* the current branch is read */
	bool holds;		/* its own condition holds (whatever the outer) */
};

struct make_conditionals {
	struct make_branch stack[MAKE_MAX_NEST];
	int depth;
	int too_deep;		/* conditionals nested past MAKE_MAX_NEST */
};

/* Track `line` if it is a conditional directive; false when it is not. */
bool make_conditional(struct make_conditionals *c, const struct make_file *mf,
		      char *line);
/* Are the lines at this point read (every enclosing branch taken)? */
bool make_conditionals_reading(const struct make_conditionals *c);
/* Are they unread only because a condition could not be decided? */
bool make_conditionals_doubtful(const struct make_conditionals *c);

/* `s` without the blanks around it (cut in place). */
char *make_trim(char *s);
/* What follows the word `word` at the start of `line` (trimmed), or NULL. */
char *make_after_word(char *line, const char *word);

/*
 * Read the Kbuild file (else the Makefile) of tree-relative `dir` ("." for
 * the root) into `mf`; false when there is neither.
 */
bool make_read(struct make_file *mf, const char *tree, const char *dir);
/* The same for `dir`'s Makefile even when it has a Kbuild file (an arch
   Makefile, read by the top one: its core-y, drivers-y, libs-y). */
bool make_read_makefile(struct make_file *mf, const char *tree, const char *dir);
/* The text of that Kbuild file or Makefile, malloc'ed, or NULL. */
char *make_file_text(const char *tree, const char *dir);

/* The nearest directory of tree-relative `file` with a Kbuild file or
   Makefile (malloc'ed), or NULL. */
char *kbuild_directory(const char *tree, const char *file);

/* kbuild_built.c: is kbuild directory `dir` reached from the root? */
struct kbuild_objects;
bool kbuild_directory_reached(struct kbuild_objects *objs, const char *dir);
/* The words of obj-y, obj-m, lib-y and of their composites' parts. */
void kbuild_listed_objects(const struct make_file *mf, struct strv *words,
			   bool *doubt);

/*
 * The kbuild directory whose Makefile.build compiles tree-relative `file`
 * (its own, or one listing it from outside) and the stem of its
 * CFLAGS_<stem>.o there, both malloc'ed; false when no directory has a
 * Makefile.
 */
bool kbuild_builder(struct kbuild_objects *objs, const char *file,
		    char **dir, char **stem);

/* kbuild_foreign.c: objects listed through "..", by the directory listing them. */
struct foreign_object {
	char *object;		/* the tree path, x/y.o */
	char *dir;		/* the kbuild directory that lists it */
	char *stem;		/* the word it lists, no ".o": CFLAGS_<stem>.o */
};

struct kbuild_foreign;
struct kbuild_foreign *kbuild_foreign_new(const char *tree,
					  const struct kernel_config *config,
					  const char *arch);
void kbuild_foreign_free(struct kbuild_foreign *f);
/* Who lists tree-relative `object` from outside its directory; NULL: no one. */
const struct foreign_object *kbuild_foreign_builder(struct kbuild_foreign *f,
						    struct kbuild_objects *objs,
						    const char *object);
/* Is `dir`'s Makefile included by reached directories: 1, 1 but one of them
   lists unknown words: -1, not: 0. */
int kbuild_foreign_fragment(struct kbuild_foreign *f, struct kbuild_objects *objs,
			    const char *dir);
/* May a reached directory whose lists hold unknown words name files of
   `dir` (below its parent)? */
bool kbuild_foreign_may_list(struct kbuild_foreign *f, struct kbuild_objects *objs,
			     const char *dir);
/* Tree-relative `path` without "." and "..", malloc'ed; NULL above the root. */
char *kbuild_normal_path(const char *path);

#endif
