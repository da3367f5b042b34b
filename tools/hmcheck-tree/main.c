// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - hmcheck-tree: find the units (a compilation database, recorded
 * kbuild command lines, or a walk of the tree), keep those under PATHS,
 * skip those that never call the mapping API, run hmcheck on the rest in
 * parallel and sum up.  One file's crash or hang is that file's failure,
 * never the run's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "hmcheck_tree.h"

struct run {
	const struct tree_options *o;
	struct summary *summary;
	struct progress *progress;
	int done;
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
		ret = tree_scan(tree, arch, &o->paths, list);
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
		ret = prefilter_scan(pf, unit->source, &unit->map_calls);
		if (ret < 0) {
			unit->status = UNIT_FAILED;
			unit->failure = strdup("source not readable");
		} else if (ret == 0 && !o->no_prefilter) {
			unit->status = UNIT_SKIPPED;
		}
	}
	prefilter_free(pf);
	return 0;
}

static void unit_finished(void *data, struct unit *unit, const char *output, size_t len)
{
	struct run *run = data;
	char line[4096];

	findings_count(unit, output, len, run->summary);
	progress_clear(run->progress);
	fwrite(output, 1, len, stdout);
	if (len && output[len - 1] != '\n')
		putchar('\n');
	if (unit->failure)
		printf("%s: failed: %s\n", unit->name, unit->failure);
	fflush(stdout);
	if (unit->failure)
		snprintf(line, sizeof(line), "%s: failed: %s", unit->name, unit->failure);
	else
		snprintf(line, sizeof(line), "%s: %d finding%s (%.1f s)", unit->name,
			 unit->findings, unit->findings == 1 ? "" : "s", unit->seconds);
	progress_update(run->progress, ++run->done, summary_findings(run->summary), line);
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

static void check_units(const struct tree_options *o, const char *hmcheck,
			struct unit_list *list, struct summary *summary)
{
	struct run run = { o, summary, NULL, 0 };
	struct job_settings settings = {
		hmcheck, &o->hmcheck_args, o->jobs, o->timeout, o->max_mem,
	};
	struct job_callbacks cb = { NULL, unit_finished, tick, &run };

	run.progress = progress_new(count_pending(list), o->quiet);
	jobs_run(list, &settings, &cb);
	progress_free(run.progress);
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

static int run_tree(const struct tree_options *o, const char *tree, const char *hmcheck)
{
	struct unit_list list = { 0 };
	struct summary *summary = summary_new();
	double start = now_seconds(), wall;
	int status = EXIT_USAGE;

	if (load_units(o, tree, &list) < 0 || prefilter_units(o, &list) < 0)
		goto out;
	check_units(o, hmcheck, &list, summary);
	wall = now_seconds() - start;
	summary_print(summary, &list, wall, o->jobs);
	status = exit_status(o, &list, summary);
	if (o->summary_json && summary_write_json(summary, &list, wall, o->summary_json) < 0)
		status = EXIT_USAGE;
out:
	summary_free(summary);
	unit_list_free(&list);
	return status;
}

int main(int argc, char **argv)
{
	struct tree_options o;
	char *tree = NULL, *hmcheck = NULL;
	int ret, status = EXIT_USAGE;

	ret = options_parse(&o, argc, argv);
	if (ret) {
		options_free(&o);
		return ret > 0 ? 0 : EXIT_USAGE;
	}
	tree = tree_root(&o);
	hmcheck = tree ? locate_hmcheck(o.hmcheck) : NULL;
	if (hmcheck)
		status = run_tree(&o, tree, hmcheck);
	free(hmcheck);
	free(tree);
	options_free(&o);
	return status;
}
