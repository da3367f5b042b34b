// SPDX-License-Identifier: GPL-2.0
/*
 * options.c - hmcheck-tree's command line.  Options may stand anywhere;
 * every other argument is a PATH.  --rules, --enable and --disable are also
 * handed to each hmcheck, so that the child checks what the user asked for.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "hmcheck_tree.h"

static const char usage_text[] =
"usage: hmcheck-tree [options] -p BUILD_DIR [PATHS...]\n"
"       hmcheck-tree [options] --kbuild-args DIR [--tree KTREE] [PATHS...]\n"
"       hmcheck-tree [options] --tree KTREE [PATHS...]\n"
"\n"
"Runs hmcheck on every translation unit of a kernel tree that uses the\n"
"mapping API, each in its own process, and prints the reports grouped by file.\n"
"\n"
"  -p BUILD_DIR         units and flags from BUILD_DIR/compile_commands.json\n"
"  --kbuild-args DIR    units from recorded kbuild checker command lines (one\n"
"                       file per source, one argument a line, the source last,\n"
"                       paths relative to the tree root: --tree, or .)\n"
"  --tree KTREE         the tree root; alone, check every .c file under PATHS\n"
"                       with flags derived from the configured tree\n"
"  --arch ARCH          the architecture of derived flags: x86, arm64 or arm\n"
"                       (default: .config's)\n"
"  PATHS                only files and directories under these (tree-relative)\n"
"  --hmcheck PATH       the hmcheck to run (default: next to hmcheck-tree, PATH)\n"
"  -j N                 run N hmcheck processes at once (default: CPUs)\n"
"  --timeout SEC        time limit per file (default 120, 0: none)\n"
"  --max-mem MB         address-space limit per file (default 4096, 0: none)\n"
"  --no-prefilter       check every unit, even those without a mapping call\n"
"  --all-files          --tree alone: also check the files found under PATHS\n"
"                       that the configuration does not build (by default\n"
"                       only those its Makefiles and .config build, as make\n"
"                       would; a file named as a PATH is always checked)\n"
"  --rules FILE, --enable RULE[,...], --disable RULE[,...]\n"
"                       handed to hmcheck (--rules also feeds the prefilter)\n"
"  --hmcheck-arg ARG    hand ARG to every hmcheck\n"
"  --db FILE            the summary database shared with every hmcheck: after\n"
"                       all units ran, sleep facts are carried across files\n"
"                       and the units whose answers changed run again (up to\n"
"                       6 rounds); skipped units defining functions the checked\n"
"                       ones call in atomic context are checked too; reports\n"
"                       are those of each unit's last run, printed at the end\n"
"                       in unit order\n"
"  --demand             hand each hmcheck --tree ROOT (--tree, else -p's\n"
"                       BUILD_DIR, else .): functions defined in other files\n"
"                       are found and analyzed on demand\n"
"  --summary-json FILE  write the summary as JSON too\n"
"  --Werror             exit 1 when something is reported\n"
"  -q, --quiet          no progress output\n"
"  -v, --verbose        name each unit not built by the configuration\n"
"  -h, --help           this text\n"
"\n"
"Reports go to stdout, grouped per file; progress and the summary to stderr.\n"
"Exit: 0 completed, 1 findings with --Werror, 2 usage or input error, or a\n"
"file that could not be checked (crash, signal, timeout, hmcheck error).\n";

static int usage_error(const char *what, const char *arg)
{
	fprintf(stderr, "hmcheck-tree: %s '%s' (see hmcheck-tree --help)\n", what, arg);
	return -1;
}

static int parse_number(const char *option, const char *text, long max, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(text, &end, 10);
	if (errno || end == text || *end || *out < 0 || *out > max)
		return usage_error("bad number for option", option);
	return 0;
}

static int number_option(struct tree_options *o, const char *name, const char *value)
{
	long n;

	if (parse_number(name, value, INT_MAX, &n) < 0)
		return -1;
	if (!strcmp(name, "-j")) {
		if (n < 1)
			return usage_error("-j needs at least 1, not", value);
		o->jobs = n;
	} else if (!strcmp(name, "--timeout")) {
		o->timeout = n;
	} else {
		o->max_mem = n;
	}
	return 0;
}

/* --db FILE: made absolute, as each hmcheck runs in its unit's directory. */
static int database_option(struct tree_options *o, const char *value)
{
	char cwd[PATH_MAX];

	if (!value[0])
		return usage_error("empty file name for option", "--db");
	free(o->db);
	if (value[0] == '/' || !getcwd(cwd, sizeof(cwd)))
		o->db = strdup(value);
	else
		o->db = path_join(cwd, value);
	if (!o->db)
		abort();
	return 0;
}

/* Store the value of option `name`; -1 after a message. */
static int apply_value(struct tree_options *o, const char *name, const char *value)
{
	const char **where = NULL;

	if (!strcmp(name, "-p"))
		where = &o->build_dir;
	else if (!strcmp(name, "--kbuild-args"))
		where = &o->kbuild_args;
	else if (!strcmp(name, "--tree"))
		where = &o->tree;
	else if (!strcmp(name, "--arch"))
		where = &o->arch;
	else if (!strcmp(name, "--hmcheck"))
		where = &o->hmcheck;
	else if (!strcmp(name, "--summary-json"))
		where = &o->summary_json;
	else if (!strcmp(name, "--db"))
		return database_option(o, value);
	if (where) {
		*where = value;
		return 0;
	}
	if (!strcmp(name, "-j") || !strcmp(name, "--timeout") || !strcmp(name, "--max-mem"))
		return number_option(o, name, value);
	if (!strcmp(name, "--rules"))
		strv_push(&o->rules_files, value);	/* the prefilter's too */
	if (strcmp(name, "--hmcheck-arg"))
		strv_push(&o->hmcheck_args, name);
	strv_push(&o->hmcheck_args, value);
	return 0;
}

/* Options with a value; 1 if argv[*i] was one (and its value taken), 0, -1. */
static int valued_option(struct tree_options *o, int argc, char **argv, int *i)
{
	static const char *const names[] = {
		"-p", "--kbuild-args", "--tree", "--arch", "--hmcheck", "--summary-json",
		"--db",
		"-j", "--timeout", "--max-mem", "--rules", "--enable", "--disable",
		"--hmcheck-arg", NULL,
	};
	const char *arg = argv[*i], *value;
	int k;

	for (k = 0; names[k]; k++) {
		size_t n = strlen(names[k]);

		if (strncmp(arg, names[k], n))
			continue;
		if (arg[n] == '=' && names[k][1] == '-')
			value = arg + n + 1;
		else if (arg[n] && !strcmp(names[k], "-j"))
			value = arg + n;	/* -j2 */
		else if (arg[n])
			continue;
		else if (*i + 1 < argc)
			value = argv[++*i];
		else
			return usage_error("option needs an argument:", arg);
		return apply_value(o, names[k], value) < 0 ? -1 : 1;
	}
	return 0;
}

/* Flags; 1 if it was one, 2 if it was --help or --version, 0 if not. */
static int flag_option(struct tree_options *o, const char *arg)
{
	if (!strcmp(arg, "-q") || !strcmp(arg, "--quiet"))
		o->quiet = true;
	else if (!strcmp(arg, "--Werror"))
		o->werror = true;
	else if (!strcmp(arg, "--no-prefilter"))
		o->no_prefilter = true;
	else if (!strcmp(arg, "--demand"))
		o->demand = true;
	else if (!strcmp(arg, "--all-files"))
		o->all_files = true;
	else if (!strcmp(arg, "-v") || !strcmp(arg, "--verbose"))
		o->verbose = true;
	else if (!strcmp(arg, "-h") || !strcmp(arg, "--help"))
		return fputs(usage_text, stdout), 2;
	else if (!strcmp(arg, "--version"))
		return puts("hmcheck-tree " HMCHECK_VERSION), 2;
	else
		return 0;
	return 1;
}

static void set_defaults(struct tree_options *o)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	memset(o, 0, sizeof(*o));
	o->jobs = cpus > 0 ? cpus : 1;
	o->timeout = 120;
	o->max_mem = 4096;
}

static int check_sources(const struct tree_options *o)
{
	if (!o->build_dir && !o->kbuild_args && !o->tree) {
		fputs("hmcheck-tree: no input: give -p BUILD_DIR, --kbuild-args DIR or "
		      "--tree KTREE (see hmcheck-tree --help)\n", stderr);
		return -1;
	}
	if (o->build_dir && o->kbuild_args)
		return usage_error("-p and --kbuild-args exclude each other:", o->kbuild_args);
	return 0;
}

int options_parse(struct tree_options *o, int argc, char **argv)
{
	int i, ret;

	set_defaults(o);
	for (i = 1; i < argc; i++) {
		ret = valued_option(o, argc, argv, &i);
		if (ret < 0)
			return -1;
		if (ret)
			continue;
		ret = flag_option(o, argv[i]);
		if (ret == 2)
			return 1;
		if (ret)
			continue;
		if (argv[i][0] == '-' && argv[i][1])
			return usage_error("unknown option", argv[i]);
		strv_push(&o->paths, argv[i]);
	}
	return check_sources(o);
}

void options_free(struct tree_options *o)
{
	strv_free(&o->paths);
	strv_free(&o->hmcheck_args);
	strv_free(&o->rules_files);
	free(o->db);
}
