// SPDX-License-Identifier: GPL-2.0
/*
 * options.c - hmcheck takes its own options wherever they stand (kbuild puts
 * the file last, after sparse's and gcc's flags), the .c files as input, and
 * every other argument as a compiler flag for args_filter().
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "diag.h"
#include "cli/cli.h"

int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("hmcheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (see hmcheck --help)\n", stderr);
	return -1;
}

/*
 * Compiler flags whose value is the next argument.  Their value must not be
 * taken for an input file: kbuild passes `-include include/linux/kconfig.h`.
 */
static bool takes_separate_value(const char *arg)
{
	static const char *const flags[] = {
		"-I", "-D", "-U", "-include", "-imacros", "-isystem", "-idirafter",
		"-iquote", "-iprefix", "-iwithprefix", "-iwithprefixbefore",
		"-isysroot", "--sysroot", "-o", "-MF", "-MT", "-MQ", "-x",
		"-Xclang", "-Xpreprocessor", "-Xassembler", "-Xlinker", "-target",
		"--target", "-arch", "--param", "-G", "-L", "-T", "-aux-info",
		"--include", "--include-directory", "--define-macro", NULL,
	};
	int i;

	for (i = 0; flags[i]; i++)
		if (!strcmp(arg, flags[i]))
			return true;
	return false;
}

static bool is_input_file(const char *arg)
{
	size_t n = strlen(arg);
	struct stat st;

	if (arg[0] == '-' || n == 0)
		return false;
	if (n > 2 && !strcmp(arg + n - 2, ".c"))
		return true;
	return stat(arg, &st) == 0 && S_ISREG(st.st_mode);
}

/*
 * If `arg` is the option `name`, return its value: the text after '=' or
 * the next argument (*i advances).  NULL if it is not this option; sets
 * *missing when the option is there but its value is not.
 */
static const char *option_value(const char *name, int argc, char **argv, int *i,
				bool *missing)
{
	const char *arg = argv[*i];
	size_t n = strlen(name);

	if (strncmp(arg, name, n))
		return NULL;
	if (arg[n] == '=' && name[1] == '-')
		return arg + n + 1;
	if (arg[n])
		return NULL;
	if (*i + 1 >= argc) {
		*missing = true;
		return NULL;
	}
	return argv[++*i];
}

enum valued_option {
	OPT_RULES, OPT_EXPLAIN, OPT_ENABLE, OPT_DISABLE, OPT_BUILD_DIR,
	OPT_FORMAT, OPT_SRCROOT, OPT_BASELINE, OPT_DIFF, OPT_SINCE,
	OPT_ASSUME_FILENAME, OPT_DB, OPT_TREE, OPT_DEMAND_DEPTH,
};

static const char *const valued_options[] = {
	[OPT_RULES] = "--rules", [OPT_EXPLAIN] = "--explain",
	[OPT_ENABLE] = "--enable", [OPT_DISABLE] = "--disable",
	[OPT_BUILD_DIR] = "-p", [OPT_FORMAT] = "--format",
	[OPT_SRCROOT] = "--srcroot", [OPT_BASELINE] = "--baseline",
	[OPT_DIFF] = "--diff", [OPT_SINCE] = "--since",
	[OPT_ASSUME_FILENAME] = "--assume-filename",
	[OPT_DB] = "--db", [OPT_TREE] = "--tree",
	[OPT_DEMAND_DEPTH] = "--demand-depth",
};

/* The options of issue 4: functions defined in other files. */
static int apply_crossfile_option(struct options *o, enum valued_option which,
				  const char *value)
{
	char *end;
	long depth;

	switch (which) {
	case OPT_DB:
		o->db_path = value;
		return 1;
	case OPT_TREE:
		o->tree = value;
		return 1;
	case OPT_DEMAND_DEPTH:
		depth = strtol(value, &end, 10);
		if (!value[0] || *end || depth < 0 || depth > 8)
			return usage_error("--demand-depth '%s': a number from 0 to 8",
					   value);
		o->demand_depth = (int)depth;
		return 1;
	default:
		return 0;
	}
}

/* The options of issue 6: where reports go and which are wanted. */
static int apply_output_option(struct options *o, enum valued_option which,
			       const char *value)
{
	switch (which) {
	case OPT_FORMAT:
		o->format = diag_format_from_name(value);
		if (o->format < 0)
			return usage_error("unknown format '%s': text, json, sarif or github",
					   value);
		return 1;
	case OPT_SRCROOT:
		o->srcroot = value;
		return 1;
	case OPT_BASELINE:
		o->baseline = value;
		return 1;
	case OPT_DIFF:
		o->diff = value;
		return 1;
	case OPT_SINCE:
		o->since = value;
		return 1;
	case OPT_ASSUME_FILENAME:
		o->assume_filename = value;
		return 1;
	default:
		return apply_crossfile_option(o, which, value);
	}
}

static int apply_valued_option(struct options *o, enum valued_option which,
			       const char *value)
{
	struct rule_switch *sw;

	switch (which) {
	case OPT_RULES:
		o->rules_files[o->nrules_files++] = value;
		return 1;
	case OPT_EXPLAIN:
		o->action = ACTION_EXPLAIN;
		o->explain = value;
		return 1;
	case OPT_ENABLE:
	case OPT_DISABLE:
		sw = &o->switches[o->nswitches++];
		sw->names = value;
		sw->on = which == OPT_ENABLE;
		return switch_rules(NULL, sw) < 0 ? -1 : 1;	/* check names now */
	case OPT_BUILD_DIR:
		o->build_dir = value;
		return 1;
	default:
		return apply_output_option(o, which, value);
	}
}

/* Options with a value; returns 1 if `argv[*i]` was one, 0 if not, -1. */
static int parse_valued_option(struct options *o, int argc, char **argv, int *i)
{
	const char *value;
	bool missing = false;
	int k, n = sizeof(valued_options) / sizeof(valued_options[0]);

	for (k = 0; k < n; k++) {
		value = option_value(valued_options[k], argc, argv, i, &missing);
		if (missing)
			return usage_error("option '%s' needs an argument", argv[*i]);
		if (value)
			return apply_valued_option(o, k, value);
	}
	return 0;
}

/* Flag options; returns true if `arg` was one. */
static bool parse_flag_option(struct options *o, const char *arg)
{
	if (!strcmp(arg, "--Werror"))
		o->werror = true;
	else if (!strcmp(arg, "-v") || !strcmp(arg, "--verbose"))
		o->verbose = true;
	else if (!strcmp(arg, "--dump-ir"))
		o->dump_ir = true;
	else if (!strcmp(arg, "--list-rules"))
		o->action = ACTION_LIST;
	else if (!strcmp(arg, "-h") || !strcmp(arg, "--help"))
		o->action = ACTION_HELP;
	else if (!strcmp(arg, "--version"))
		o->action = ACTION_VERSION;
	else if (!strcmp(arg, "--list-unused-suppressions"))
		o->list_unused_suppressions = true;
	else if (!strcmp(arg, "--also-sparse"))
		o->also_sparse = true;
	else
		return false;
	return true;
}

static void alloc_options(struct options *o, int argc)
{
	memset(o, 0, sizeof(*o));
	o->demand_depth = -1;
	o->rules_files = calloc(argc, sizeof(*o->rules_files));
	o->files = calloc(argc, sizeof(*o->files));
	o->compiler = calloc(argc, sizeof(*o->compiler));
	o->switches = calloc(argc, sizeof(*o->switches));
	if (!o->rules_files || !o->files || !o->compiler || !o->switches)
		abort();
}

void free_options(struct options *o)
{
	free(o->rules_files);
	free(o->files);
	free(o->compiler);
	free(o->switches);
}

int parse_arguments(struct options *o, int argc, char **argv)
{
	int i, ret;

	alloc_options(o, argc);
	for (i = 1; i < argc; i++) {
		ret = parse_valued_option(o, argc, argv, &i);
		if (ret < 0)
			return -1;
		if (ret > 0 || parse_flag_option(o, argv[i]))
			continue;
		if (takes_separate_value(argv[i]) && i + 1 < argc) {
			o->compiler[o->ncompiler++] = argv[i++];
			o->compiler[o->ncompiler++] = argv[i];
		} else if (is_input_file(argv[i])) {
			o->files[o->nfiles++] = argv[i];
		} else {
			o->compiler[o->ncompiler++] = argv[i];
		}
	}
	return 0;
}
