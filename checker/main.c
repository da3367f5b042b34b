// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - the hmcheck command.
 *
 * It is run by hand (`hmcheck file.c -Iinclude`), on a compilation database
 * (`hmcheck -p build file.c`), and by kbuild as a checker:
 * `make C=1 CHECK=hmcheck` runs `hmcheck $(CHECKFLAGS) $(c_flags) file.c`,
 * the file last, after sparse's and gcc's flags.  So hmcheck takes its own
 * options wherever they stand, takes the .c files as input, and hands every
 * other argument to args_filter(), which never fails on a flag it does not
 * know.  Reports go to stderr, like sparse's, so that kbuild shows them;
 * and a run that completes exits 0 even with findings, so that it never
 * breaks a kernel build (unless --Werror).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "analysis.h"
#include "args.h"
#include "diag.h"
#include "frontend.h"
#include "model.h"

#define EXIT_FINDINGS	1	/* --Werror and something was reported */
#define EXIT_USAGE	2	/* bad usage, unreadable input, malformed rules */

enum action { ACTION_CHECK, ACTION_HELP, ACTION_VERSION, ACTION_LIST, ACTION_EXPLAIN };

struct rule_switch {
	const char *names;	/* as given: one rule, a comma list, or "all" */
	bool on;
};

/* Every list holds at most argc entries: they are allocated that big. */
struct options {
	enum action action;
	const char *explain;
	bool werror, verbose, dump_ir;
	const char *build_dir;		/* -p: use BUILD_DIR/compile_commands.json */
	int nrules_files, nfiles, ncompiler, nswitches;
	const char **rules_files;
	const char **files;
	char **compiler;		/* everything not ours, in order */
	struct rule_switch *switches;
};

static const char usage_text[] =
"usage: hmcheck [options] FILE.c [compiler flags]\n"
"       hmcheck [options] -p BUILD_DIR FILE.c...\n"
"       make C=1 CHECK=hmcheck      (kbuild: flags first, the file last)\n"
"\n"
"Checks temporary kernel mappings (kmap_local_page, kmap_atomic, kmap and\n"
"their unmaps) in kernel C code.  Reports go to stderr.\n"
"\n"
"  -p BUILD_DIR         take FILE's flags from BUILD_DIR/compile_commands.json\n"
"  --rules FILE         load more API model entries (they override the bundled)\n"
"  --enable RULE[,...]  turn rules on (\"all\" for every rule)\n"
"  --disable RULE[,...] turn rules off\n"
"  --list-rules         list the rules, whether they are on, what they find\n"
"  --explain RULE       explain a rule: the bug, why, an example and its fix\n"
"  --Werror             exit 1 when something is reported\n"
"  --dump-ir            print each function's intermediate form on stdout\n"
"  -v, --verbose        say what is dropped, skipped or cut short\n"
"  -h, --help           this text\n"
"  --version            the version\n"
"\n"
"Other arguments are compiler flags (gcc and sparse flags are accepted).\n"
"Exit: 0 checked (even with findings), 1 findings with --Werror, 2 error.\n";

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("hmcheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (see hmcheck --help)\n", stderr);
	return -1;
}

/* "order, sleep-in-atomic, ..." for messages about rule names. */
static void print_rule_names(FILE *out)
{
	const struct rule_info *rule;

	for (rule = hm_rules; rule->name; rule++)
		fprintf(out, "%s%s", rule == hm_rules ? "" : ", ", rule->name);
}

static int unknown_rule(const char *name, size_t len)
{
	fprintf(stderr, "hmcheck: unknown rule '%.*s'; the rules are: ", (int)len, name);
	print_rule_names(stderr);
	fputc('\n', stderr);
	return -1;
}

/* Apply one --enable/--disable list to `diag` (or, with NULL, only check it). */
static int switch_rules(struct diag *diag, const struct rule_switch *sw)
{
	const struct rule_info *rule;
	const char *p = sw->names, *comma;
	char name[64];
	size_t len;

	do {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == 3 && !strncmp(p, "all", 3)) {
			for (rule = hm_rules; diag && rule->name; rule++)
				diag_set_enabled(diag, rule->name, sw->on);
		} else {
			if (len == 0 || len >= sizeof(name))
				return unknown_rule(p, len);
			memcpy(name, p, len);
			name[len] = '\0';
			if (!rule_find(name))
				return unknown_rule(p, len);
			if (diag)
				diag_set_enabled(diag, name, sw->on);
		}
		p = comma + 1;
	} while (comma);
	return 0;
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

enum valued_option { OPT_RULES, OPT_EXPLAIN, OPT_ENABLE, OPT_DISABLE, OPT_BUILD_DIR };

static const char *const valued_options[] = {
	[OPT_RULES] = "--rules", [OPT_EXPLAIN] = "--explain",
	[OPT_ENABLE] = "--enable", [OPT_DISABLE] = "--disable",
	[OPT_BUILD_DIR] = "-p",
};

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
	}
	return 0;
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
	else
		return false;
	return true;
}

static void alloc_options(struct options *o, int argc)
{
	memset(o, 0, sizeof(*o));
	o->rules_files = calloc(argc, sizeof(*o->rules_files));
	o->files = calloc(argc, sizeof(*o->files));
	o->compiler = calloc(argc, sizeof(*o->compiler));
	o->switches = calloc(argc, sizeof(*o->switches));
	if (!o->rules_files || !o->files || !o->compiler || !o->switches)
		abort();
}

static void free_options(struct options *o)
{
	free(o->rules_files);
	free(o->files);
	free(o->compiler);
	free(o->switches);
}

static int parse_arguments(struct options *o, int argc, char **argv)
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

static void list_rules(void)
{
	const struct rule_info *rule;

	for (rule = hm_rules; rule->name; rule++)
		printf("%-16s %-3s  %s\n", rule->name, rule->default_on ? "on" : "off",
		       rule->summary);
}

static int explain_rule(const char *name)
{
	const struct rule_info *rule = rule_find(name);

	if (!rule) {
		unknown_rule(name, strlen(name));
		return EXIT_USAGE;
	}
	fputs(rule->explain, stdout);
	return 0;
}

/* --help, --version, --list-rules, --explain: answered on stdout. */
static int answer(const struct options *o)
{
	switch (o->action) {
	case ACTION_HELP:
		fputs(usage_text, stdout);
		return 0;
	case ACTION_VERSION:
		printf("hmcheck %s\n", HMCHECK_VERSION);
		return 0;
	case ACTION_LIST:
		list_rules();
		return 0;
	case ACTION_EXPLAIN:
		return explain_rule(o->explain);
	default:
		return 0;
	}
}

static struct api_model *load_model(const struct options *o)
{
	struct api_model *model = model_new();
	int i;

	if (model_load_default(model) < 0)
		goto fail;
	for (i = 0; i < o->nrules_files; i++)
		if (model_load(model, o->rules_files[i]) < 0)
			goto fail;
	return model;
fail:
	model_free(model);
	return NULL;
}

static struct diag *make_diag(const struct options *o)
{
	struct diag *diag = diag_new();
	int i;

	for (i = 0; i < o->nswitches; i++)
		switch_rules(diag, &o->switches[i]);
	return diag;
}

struct run {
	const struct options *o;
	struct api_model *model;
	struct diag *diag;
	struct clang_args flags;	/* the command line's, filtered once */
	int status;
};

static bool readable(const char *file)
{
	FILE *f = fopen(file, "r");

	if (!f) {
		fprintf(stderr, "hmcheck: cannot read %s: %s\n", file, strerror(errno));
		return false;
	}
	fclose(f);
	return true;
}

/* The compiler arguments for `file`: its database entry, then our flags. */
static int file_arguments(struct run *run, const char *file, struct clang_args *out)
{
	int i;

	out->argc = 0;
	out->argv = NULL;
	if (run->o->build_dir && compdb_args(run->o->build_dir, file, out) < 0)
		return -1;
	out->argv = realloc(out->argv, (out->argc + run->flags.argc + 1) * sizeof(char *));
	if (!out->argv)
		abort();
	for (i = 0; i < run->flags.argc; i++) {
		out->argv[out->argc] = strdup(run->flags.argv[i]);
		if (!out->argv[out->argc++])
			abort();
	}
	out->argv[out->argc] = NULL;
	return 0;
}

static void print_arguments(const char *file, const struct clang_args *args)
{
	int i;

	fprintf(stderr, "hmcheck: %s: clang", file);
	for (i = 0; i < args->argc; i++)
		fprintf(stderr, " %s", args->argv[i]);
	fputc('\n', stderr);
}

static void dump_ir(struct tu *tu)
{
	int i, n = tu_nfunctions(tu);

	for (i = 0; i < n; i++)
		ir_dump(stdout, tu_function_at(tu, i));
	fflush(stdout);
}

static void check_file(struct run *run, const char *file)
{
	struct frontend_options fopts = { run->o->verbose, true };
	struct analysis_options aopts = { .verbose = run->o->verbose };
	struct clang_args args;
	struct tu *tu;

	if (!readable(file) || file_arguments(run, file, &args) < 0) {
		run->status = EXIT_USAGE;
		return;
	}
	if (run->o->verbose)
		print_arguments(file, &args);
	tu = tu_parse(file, args.argc, (const char *const *)args.argv, &fopts);
	clang_args_free(&args);
	if (!tu) {
		run->status = EXIT_USAGE;
		return;
	}
	if (run->o->dump_ir)
		dump_ir(tu);
	analyze_tu(tu, run->model, run->diag, &aopts);
	diag_flush(run->diag, stderr);
	tu_free(tu);
}

static int check_files(const struct options *o)
{
	struct run run = { .o = o };
	int i;

	run.model = load_model(o);
	if (!run.model)
		return EXIT_USAGE;
	run.diag = make_diag(o);
	args_filter(o->ncompiler, o->compiler, &run.flags);
	for (i = 0; i < o->nfiles; i++)
		check_file(&run, o->files[i]);
	if (!run.status && o->werror && diag_count(run.diag) > 0)
		run.status = EXIT_FINDINGS;
	clang_args_free(&run.flags);
	diag_free(run.diag);
	model_free(run.model);
	return run.status;
}

int main(int argc, char **argv)
{
	struct options o;
	int status;

	if (parse_arguments(&o, argc, argv) < 0)
		status = EXIT_USAGE;
	else if (o.action != ACTION_CHECK)
		status = answer(&o);
	else if (o.nfiles == 0)
		status = usage_error("no input file") < 0 ? EXIT_USAGE : EXIT_USAGE;
	else
		status = check_files(&o);
	free_options(&o);
	return status;
}
