/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hmcheck_tree.h - the pieces of hmcheck-tree, the driver that runs hmcheck
 * over a kernel tree: one translation unit per child process, several at a
 * time, each with a time and memory limit, its reports passed through whole.
 *
 *   options.c        the command line
 *   units.c          the list of translation units to check
 *   compdb.c         units from compile_commands.json (libclang's database API)
 *   kbuild_args.c    units from recorded kbuild checker command lines
 *   tree_scan.c      units found by walking a configured tree
 *   kbuild_flags.c   the generic kbuild flags --tree derives for a file
 *   kbuild_dir_flags.c  and those its directory's Makefiles give it
 *   kbuild_built.c   does the configuration build a file (--tree's walk)
 *   kbuild_foreign.c  and which directory builds it from outside (../x.o)
 *   make_reader.c, make_expand.c, make_functions.c, make_doubt.c,
 *   kernel_config.c
 *                    read those Makefiles
 *   tree_config.c    is the tree configured, for which architecture
 *   paths.c          PATHS: restrict the units to files and directories
 *   prefilter.c      skip units whose source never mentions the mapping API
 *   prefilter_includes.c  the .c files a unit #includes, read with it
 *   c_identifiers.c  the identifiers of a C source, for the prefilter
 *   locate.c         where the hmcheck binary is
 *   jobs.c           -j children at a time, timeouts, collecting the output
 *   spawn.c          one child: fork/exec, process group, limits, how it ended
 *   findings.c       reading hmcheck's reports back (rules, clang errors)
 *   progress.c       the progress bar or progress lines
 *   summary.c        the final summary on stderr
 *   summary_json.c   --summary-json
 *   rounds.c         --db: check, resolve, re-check the stale, to a fixed point
 *   needed_units.c   --db: the skipped units defining functions others need
 *   buffered.c       --db: each unit's last output, printed in unit order
 *   clock.c          monotonic time
 */
#ifndef HMCHECK_TREE_H
#define HMCHECK_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <hmcheck.h>

/* hmcheck's exit status; a file that could not be checked counts as USAGE. */
#define EXIT_FINDINGS	HMCHECK_EXIT_FINDINGS
#define EXIT_USAGE	HMCHECK_EXIT_USAGE

/* A growable NULL-terminated array of malloc'ed strings. */
struct strv {
	int n, cap;
	char **v;
};

void strv_push(struct strv *sv, const char *s);
void strv_push_owned(struct strv *sv, char *s);
void strv_free(struct strv *sv);

struct tree_options {
	const char *build_dir;		/* -p: BUILD_DIR/compile_commands.json */
	const char *kbuild_args;	/* --kbuild-args DIR */
	const char *tree;		/* --tree KTREE: the tree root */
	const char *arch;		/* --arch, for flags derived by --tree;
					   NULL: the tree's .config says */
	const char *hmcheck;		/* --hmcheck PATH */
	const char *summary_json;	/* --summary-json FILE */
	char *db;			/* --db FILE, made absolute (malloc'ed) */
	bool demand;			/* --demand: hand each hmcheck --tree ROOT */
	int jobs;			/* -j */
	int timeout;			/* --timeout seconds, 0: none */
	long max_mem;			/* --max-mem MB, 0: none */
	bool quiet, werror, no_prefilter;
	bool all_files;			/* --all-files: the unbuilt ones too */
	bool verbose;			/* -v: name the units not built */
	struct strv paths;		/* PATHS */
	struct strv hmcheck_args;	/* options handed to every hmcheck */
	struct strv rules_files;	/* --rules: for hmcheck and the prefilter */
};

/* Returns 0, 1 when --help/--version was answered, -1 after a message. */
int options_parse(struct tree_options *o, int argc, char **argv);
void options_free(struct tree_options *o);

enum unit_status {
	UNIT_PENDING,
	UNIT_SKIPPED,		/* the prefilter found no mapping call */
	UNIT_CHECKED,
	UNIT_FAILED,		/* crashed, killed, timed out, or exit status != 0 */
	UNIT_UNBUILT,		/* --tree's walk: the configuration does not build it */
};

struct unit {
	char *name;		/* as shown: relative to its directory when under it */
	char *source;		/* the path the prefilter reads */
	char *dir;		/* hmcheck runs here */
	struct strv argv;	/* compiler flags and the file, for hmcheck */
	int map_calls;		/* mapping call sites in the source */
	enum unit_status status;
	char *failure;		/* UNIT_FAILED: "killed by signal 11", ... */
	int findings;
	int clang_errors;
	double seconds;
	/* --db: the output of the last run, printed once the rounds are over. */
	char *output;
	size_t output_len;
	int runs;		/* how many times hmcheck ran on it */
	bool added;		/* checked only because it defines a needed function */
	char *real_source;	/* realpath of source, as the database names it */
	struct strv included;	/* the .c files it #includes (the prefilter's paths) */
};

struct unit_list {
	int n, cap;
	struct unit *v;
};

/*
 * Add a unit run in `dir` on `name` (relative to `dir`, or absolute).  Takes
 * over `argv` (and empties it); `name` may be one of its strings.
 */
struct unit *unit_list_add(struct unit_list *list, const char *name,
			   const char *dir, struct strv *argv);
void unit_list_sort(struct unit_list *list);
void unit_list_filter(struct unit_list *list,
		      bool (*keep)(const struct unit *unit, void *data), void *data);
void unit_list_free(struct unit_list *list);
/* "dir/file", or `file` when it is absolute; malloc'ed. */
char *path_join(const char *dir, const char *file);
/* `file` relative to `dir` when it lies under it, else a copy. */
char *path_under(const char *dir, const char *file);

int compdb_load(const char *build_dir, struct unit_list *out);
int kbuild_args_load(const char *args_dir, const char *tree, struct unit_list *out);
/* Files found in directories, unless `all_files`, are UNIT_UNBUILT when the
   configuration does not build them; files named in `paths` never are. */
int tree_scan(const char *tree, const char *arch, const struct strv *paths,
	      bool all_files, struct unit_list *out);
/* The Makefiles read for the flags of the files of one tree, configured
   for `arch` (of arch/ARCH only are the Makefiles kbuild reads). */
struct kbuild_dirs;
struct kbuild_dirs *kbuild_dirs_new(const char *tree, const char *arch);
void kbuild_dirs_free(struct kbuild_dirs *dirs);
struct kernel_config;
/* The tree's .config symbols, for flags that depend on them (arm's level). */
const struct kernel_config *kbuild_dirs_config(const struct kbuild_dirs *dirs);
/* Push the -I/-D/-U/-include flags the Makefiles give tree-relative `file`. */
void kbuild_dir_flags(struct kbuild_dirs *dirs, const char *file, struct strv *argv);
/* Does the configuration build tree-relative `file`?  true on doubt. */
struct kbuild_objects;
/* The one `dirs` asks which directory builds a file (and is freed with it). */
struct kbuild_objects *kbuild_dirs_objects(struct kbuild_dirs *dirs);
struct kbuild_objects *kbuild_objects_new(const char *tree,
					  const struct kernel_config *config,
					  const char *arch);
void kbuild_objects_free(struct kbuild_objects *objs);
bool kbuild_object_built(struct kbuild_objects *objs, const char *file);
/* All the flags kbuild would give `file`; `dirs` NULL: the generic ones. */
void kbuild_flags(const char *arch, const char *file, struct kbuild_dirs *dirs,
		  struct strv *argv);
/* kbuild_flags()'s own copy of `arch` (a directory of arch/), NULL if it
   does not know its flags. */
const char *kbuild_arch_name(const char *arch);
/* The tree's architecture (given, or from .config); NULL if not configured. */
const char *tree_config(const char *tree, const char *given_arch);

/* Drop the units outside PATHS; -1 after a message if a PATH matched none. */
int paths_restrict(struct unit_list *list, const struct strv *paths);

struct prefilter;

struct prefilter *prefilter_new(const struct strv *rules_files);
void prefilter_free(struct prefilter *pf);
/*
 * The hook for cross-file summaries: a function found to map (or unmap) in
 * another file makes its callers worth checking too.
 */
void prefilter_add_name(struct prefilter *pf, const char *name, bool maps);
/* 1: the source mentions the API, 0: it does not, -1: unreadable. */
int prefilter_scan(const struct prefilter *pf, const char *path, int *map_calls);
/*
 * The same for a unit with the .c files it #includes (recorded in
 * unit->included), its map calls counted into unit->map_calls.
 */
int prefilter_scan_unit(const struct prefilter *pf, struct unit *unit);
/* The names of the `#include "NAME.c"` directives of C source `text`. */
void prefilter_c_includes(const char *text, size_t len, struct strv *names);
/* Where `name`, #included by file `includer` of `unit`, is; malloc'ed or NULL. */
char *prefilter_resolve_include(const struct unit *unit, const char *includer,
				const char *name);
/*
 * A .c file both checked as a unit and #included by another: its reports
 * appear under each; say so on stderr, once per pair.  Returns how many.
 */
int note_included_units(struct unit_list *list);

/*
 * Call `fn` for every identifier of C source `text` outside comments, string
 * and character literals; `called` when '(' follows it.
 */
void c_identifiers(const char *text, size_t len,
		   void (*fn)(void *data, const char *id, size_t len, bool called),
		   void *data);

/* The hmcheck binary to run (malloc'ed), or NULL after a message. */
char *locate_hmcheck(const char *given);

struct summary;

struct job_callbacks {
	void (*started)(void *data, struct unit *unit);
	/* Called once per unit, with everything hmcheck printed. */
	void (*finished)(void *data, struct unit *unit, const char *output, size_t len);
	void (*tick)(void *data);	/* now and then, for the progress bar */
	void *data;
};

struct job_settings {
	const char *hmcheck;
	const struct strv *hmcheck_args;	/* before the unit's own */
	int jobs;
	int timeout;			/* seconds, 0: none */
	long max_mem;			/* MB, 0: none */
};

/* Run hmcheck on every UNIT_PENDING unit. */
void jobs_run(struct unit_list *list, const struct job_settings *settings,
	      const struct job_callbacks *cb);

/* Count the reports in one unit's output into the unit and the summary. */
void findings_count(struct unit *unit, const char *output, size_t len,
		    struct summary *summary);

struct progress;

struct progress *progress_new(int total, bool quiet);
void progress_update(struct progress *p, int done, int findings, const char *last);
/* Erase the bar before other output is printed. */
void progress_clear(struct progress *p);
void progress_free(struct progress *p);

struct summary *summary_new(void);
void summary_free(struct summary *s);
void summary_add_finding(struct summary *s, const char *rule);
int summary_findings(const struct summary *s);
void summary_print(const struct summary *s, const struct unit_list *list,
		   double wall, int jobs);
int summary_write_json(const struct summary *s, const struct unit_list *list,
		       double wall, const char *path);

double now_seconds(void);

/* What the cross-file rounds of --db did, for the summary. */
struct crossfile_tally {
	int rounds;		/* 0: no --db */
	int rechecked;		/* units run again because an answer changed */
	int added;		/* skipped units checked because they define a needed function */
	int changed;		/* skipped units checked because their rows are out of date */
	int learned;		/* functions that sleep through calls to other files */
};

/* Run one round: hmcheck on every UNIT_PENDING unit. */
typedef void (*round_fn)(void *data, struct unit_list *list);

/*
 * --db: run rounds until no unit is stale (or six rounds), adding the
 * skipped units that define needed functions; 0, or -1 after a message
 * (the units' results so far stand).
 */
int crossfile_rounds(const struct tree_options *o, const char *tree,
		     struct unit_list *list, round_fn run_round, void *data,
		     struct crossfile_tally *tally);

/*
 * Mark UNIT_PENDING the skipped units defining a function in `names`: with
 * --tree found in the tree's index in the database, else by a lexical scan
 * of the skipped units' sources.  Returns how many were marked.
 */
struct xdb;
struct needed_scan;
int needed_units_mark(struct xdb *db, const char *tree, struct unit_list *list,
		      const struct strv *names, struct needed_scan **scan);
void needed_scan_free(struct needed_scan *scan);
/* The unit whose source is `real_path` (a realpath), or NULL. */
struct unit *unit_by_real_path(struct unit_list *list, const char *real_path);

/* Keep `output` as the unit's last output (buffered mode). */
void buffered_keep(struct unit *unit, const char *output, size_t len);
/* Count and print every unit's last output, in unit order. */
void buffered_print(struct unit_list *list, struct summary *summary);

void summary_set_crossfile(struct summary *s, const struct crossfile_tally *t);

#endif
