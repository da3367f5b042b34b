// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - hmcheck-tree: find the units (a compilation database, recorded
 * kbuild command lines, or a walk of the tree), keep those under PATHS,
 * skip those that never call the mapping API, run hmcheck on the rest in
 * parallel and sum up.  One file's crash or hang is that file's failure,
 * never the run's.  With --db the units run in rounds (rounds.c) and their
 * reports are printed at the end (buffered.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "hmcheck_tree.h"

struct run {
	const struct tree_options *o;
	const char *hmcheck;
	struct summary *summary;
	struct progress *progress;
	int done;
	struct summary *round_findings;	/* --db: for the progress bar only */
};

static int load_units(const struct tree_options *o, const char *tree,
		      struct unit_list *list)
{
	const char *arch;
	int ret;

	if (o->build_dir)
		ret = compdb_load(o->build_dir, list);
	else if (o->kbuild_args)
		ret = kbuild_args_load(o->kbuild_args, tree, list);
	else if ((arch = tree_config(tree, o->arch)))
		ret = tree_scan(tree, arch, &o->paths, o->all_files, list);
	else
		ret = -1;
	if (ret == 0)
		ret = paths_restrict(list, &o->paths);
	unit_list_sort(list);
	return ret;
}

/* Mark the units that never mention the API as skipped; count map calls. */
static int prefilter_units(const struct tree_options *o, struct unit_list *list)
{
	struct prefilter *pf = prefilter_new(&o->rules_files);
	struct unit *unit;
	int i, ret;

	if (!pf)
		return -1;
	for (i = 0; i < list->n; i++) {
		unit = &list->v[i];
		if (unit->status == UNIT_UNBUILT)
			continue;
		ret = prefilter_scan_unit(pf, unit);
		if (ret < 0) {
			unit->status = UNIT_FAILED;
			unit->failure = strdup("source not readable");
		} else if (ret == 0 && !o->no_prefilter) {
			unit->status = UNIT_SKIPPED;
		}
	}
	prefilter_free(pf);
	note_included_units(list);
	return 0;
}

static void progress_line(struct run *run, const struct unit *unit, int findings)
{
	char line[4096];

	if (unit->failure)
		snprintf(line, sizeof(line), "%s: failed: %s", unit->name, unit->failure);
	else
		snprintf(line, sizeof(line), "%s: %d finding%s (%.1f s)", unit->name,
			 unit->findings, unit->findings == 1 ? "" : "s", unit->seconds);
	progress_update(run->progress, ++run->done, findings, line);
}

static void unit_finished(void *data, struct unit *unit, const char *output, size_t len)
{
	struct run *run = data;

	unit->runs++;
	findings_count(unit, output, len, run->summary);
	progress_clear(run->progress);
	fwrite(output, 1, len, stdout);
	if (len && output[len - 1] != '\n')
		putchar('\n');
	if (unit->failure)
		printf("%s: failed: %s\n", unit->name, unit->failure);
	fflush(stdout);
	progress_line(run, unit, summary_findings(run->summary));
}

/* --db: kept, to be counted and printed once the rounds are over. */
static void unit_finished_buffered(void *data, struct unit *unit, const char *output,
				   size_t len)
{
	struct run *run = data;

	unit->runs++;
	unit->findings = 0;
	unit->clang_errors = 0;
	findings_count(unit, output, len, run->round_findings);
	buffered_keep(unit, output, len);
	progress_line(run, unit, summary_findings(run->round_findings));
}

static void tick(void *data)
{
	struct run *run = data;

	progress_update(run->progress, run->done, summary_findings(run->summary), NULL);
}

static int count_pending(const struct unit_list *list)
{
	int i, n = 0;

	for (i = 0; i < list->n; i++)
		n += list->v[i].status == UNIT_PENDING;
	return n;
}

/* One round: every UNIT_PENDING unit. */
static void check_units(void *data, struct unit_list *list)
{
	struct run *run = data;
	const struct tree_options *o = run->o;
	struct job_settings settings = {
		run->hmcheck, &o->hmcheck_args, o->jobs, o->timeout, o->max_mem,
	};
	struct job_callbacks cb = { NULL, unit_finished, tick, run };

	if (o->db) {
		cb.finished = unit_finished_buffered;
		run->round_findings = summary_new();
	}
	run->done = 0;
	run->progress = progress_new(count_pending(list), o->quiet);
	jobs_run(list, &settings, &cb);
	progress_free(run->progress);
	if (run->round_findings)
		summary_free(run->round_findings);
	run->round_findings = NULL;
}

/* Without --db one round; with it, rounds to a fixed point.  0 or -1. */
static int check_all(const struct tree_options *o, const char *index_root,
		     const char *hmcheck, struct unit_list *list,
		     struct summary *summary)
{
	struct run run = { o, hmcheck, summary, NULL, 0, NULL };
	struct crossfile_tally tally = { 0 };
	int ret;

	if (!o->db) {
		check_units(&run, list);
		return 0;
	}
	ret = crossfile_rounds(o, index_root, list, check_units, &run, &tally);
	buffered_print(list, summary);
	summary_set_crossfile(summary, &tally);
	return ret;
}

static char *tree_root(const struct tree_options *o)
{
	struct stat st;
	char *root = realpath(o->tree ? o->tree : ".", NULL);

	if (!root || stat(root, &st) < 0 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "hmcheck-tree: %s: not a directory\n", o->tree ? o->tree : ".");
		free(root);
		return NULL;
	}
	return root;
}

static int exit_status(const struct tree_options *o, const struct unit_list *list,
		       const struct summary *summary)
{
	int i;

	for (i = 0; i < list->n; i++)
		if (list->v[i].status == UNIT_FAILED)
			return EXIT_USAGE;
	return o->werror && summary_findings(summary) ? EXIT_FINDINGS : 0;
}

/* -v: the units the configuration does not build, by name. */
static void name_unbuilt(const struct unit_list *list)
{
	int i;

	for (i = 0; i < list->n; i++)
		if (list->v[i].status == UNIT_UNBUILT)
			fprintf(stderr, "hmcheck-tree: %s: not built by this configuration\n",
				list->v[i].name);
}

static int run_tree(const struct tree_options *o, const char *tree,
		    const char *index_root, const char *hmcheck)
{
	struct unit_list list = { 0 };
	struct summary *summary = summary_new();
	double start = now_seconds(), wall;
	int status = EXIT_USAGE, ret;

	if (load_units(o, tree, &list) < 0 || prefilter_units(o, &list) < 0)
		goto out;
	ret = check_all(o, index_root, hmcheck, &list, summary);
	wall = now_seconds() - start;
	if (o->verbose)
		name_unbuilt(&list);
	summary_print(summary, &list, wall, o->jobs);
	status = ret < 0 ? EXIT_USAGE : exit_status(o, &list, summary);
	if (o->summary_json && summary_write_json(summary, &list, wall, o->summary_json) < 0)
		status = EXIT_USAGE;
out:
	summary_free(summary);
	unit_list_free(&list);
	return status;
}

/*
 * The root hmcheck --tree gets with --demand, and where the driver looks
 * up needed definitions: --tree; else -p's BUILD_DIR, where an in-tree
 * kernel build writes compile_commands.json; else the tree root (.).
 * NULL: no index, the skipped units are scanned instead.
 */
static char *index_root(const struct tree_options *o, const char *tree)
{
	char *root;

	if (o->tree)
		root = strdup(tree);
	else if (!o->demand)
		return NULL;
	else if (o->build_dir)
		root = realpath(o->build_dir, NULL);
	else
		root = strdup(tree);
	if (!root)
		fprintf(stderr, "hmcheck-tree: %s: not a directory\n", o->build_dir);
	return root;
}

/* --db and --demand reach every hmcheck. */
static void cross_file_arguments(struct tree_options *o, const char *root)
{
	if (o->db) {
		strv_push(&o->hmcheck_args, "--db");
		strv_push(&o->hmcheck_args, o->db);
	}
	if (o->demand) {
		strv_push(&o->hmcheck_args, "--tree");
		strv_push(&o->hmcheck_args, root);
	}
}

int main(int argc, char **argv)
{
	struct tree_options o;
	char *tree = NULL, *hmcheck = NULL, *root = NULL;
	int ret, status = EXIT_USAGE;

	ret = options_parse(&o, argc, argv);
	if (ret) {
		options_free(&o);
		return ret > 0 ? 0 : EXIT_USAGE;
	}
	tree = tree_root(&o);
	if (tree && (o.tree || o.demand) && !(root = index_root(&o, tree)))
		goto out;
	hmcheck = tree ? locate_hmcheck(o.hmcheck) : NULL;
	if (hmcheck) {
		cross_file_arguments(&o, root);
		status = run_tree(&o, tree, root, hmcheck);
	}
out:
	free(hmcheck);
	free(root);
	free(tree);
	options_free(&o);
	return status;
}
