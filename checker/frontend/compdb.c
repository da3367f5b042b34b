// SPDX-License-Identifier: GPL-2.0
/*
 * compdb.c - a file's command line from BUILD_DIR/compile_commands.json,
 * through libclang's compilation database, with paths made absolute against
 * the entry's directory and the flags filtered like any other command line.
 */
#include <clang-c/CXCompilationDatabase.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "input_file.h"

/* Options whose path may be relative to the entry's directory. */
static const char *const separate_path_options[] = {
	"-I", "-iquote", "-isystem", "-idirafter", "-include", "-imacros", NULL
};
static const char *const joined_path_options[] = {
	"-I", "-iquote", "-isystem", "-idirafter", NULL
};

static bool in_list(const char *arg, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(arg, *list) == 0)
			return true;
	return false;
}

static char *join_path(const char *dir, const char *path)
{
	size_t size = strlen(dir) + strlen(path) + 2;
	char *joined = malloc(size);

	if (!joined)
		abort();
	if (path[0] == '/' || !dir[0])
		snprintf(joined, size, "%s", path);
	else
		snprintf(joined, size, "%s/%s", dir, path);
	return joined;
}

/* "-Ifoo" -> "-I/dir/foo"; "foo" after a separate "-I" -> "/dir/foo". */
static char *absolute_arg(const char *dir, const char *arg, const char *previous)
{
	if (previous && in_list(previous, separate_path_options))
		return join_path(dir, arg);
	for (int i = 0; joined_path_options[i]; i++) {
		const char *option = joined_path_options[i];
		size_t len = strlen(option);
		char *path, *joined;

		if (strncmp(arg, option, len) != 0 || !arg[len])
			continue;
		path = join_path(dir, arg + len);
		joined = malloc(len + strlen(path) + 1);
		if (!joined)
			abort();
		sprintf(joined, "%s%s", option, path);
		free(path);
		return joined;
	}
	return strdup(arg);
}

static bool is_input_file(const char *arg, const char *dir, const char *file,
			  const char *real_file)
{
	char *joined = join_path(dir, arg);
	char resolved[PATH_MAX];
	bool same = strcmp(arg, file) == 0 ||
		    (realpath(joined, resolved) && strcmp(resolved, real_file) == 0);

	free(joined);
	return same;
}

static void command_args(CXCompileCommand command, const char *real_file,
			 struct clang_args *out)
{
	CXString dir = clang_CompileCommand_getDirectory(command);
	CXString file = clang_CompileCommand_getFilename(command);
	unsigned n = clang_CompileCommand_getNumArgs(command);
	char **argv = calloc(n + 1, sizeof(*argv));
	int argc = 0;
	const char *previous = NULL;

	for (unsigned i = 1; i < n; i++) {	/* argv[0] is the compiler */
		CXString s = clang_CompileCommand_getArg(command, i);
		const char *arg = clang_getCString(s);

		if (!(previous && strcmp(previous, "-o") == 0) && arg[0] != '-' &&
		    is_input_file(arg, clang_getCString(dir), clang_getCString(file), real_file)) {
			clang_disposeString(s);
			previous = NULL;
			continue;
		}
		argv[argc] = absolute_arg(clang_getCString(dir), arg, previous);
		previous = argv[argc++];
		clang_disposeString(s);
	}
	args_filter(argc, argv, out);
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
	clang_disposeString(dir);
	clang_disposeString(file);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static bool command_is_for(CXCompileCommand command, const char *real_file)
{
	CXString dir = clang_CompileCommand_getDirectory(command);
	CXString file = clang_CompileCommand_getFilename(command);
	bool same = strcmp(base_name(clang_getCString(file)), base_name(real_file)) == 0 &&
		    is_input_file(clang_getCString(file), clang_getCString(dir), "", real_file);

	clang_disposeString(dir);
	clang_disposeString(file);
	return same;
}

/*
 * The database's own entry for the file.  Not getCompileCommands(): libclang
 * answers it with a command inferred from a neighbour for a file the
 * database does not list, and a file that is not built must not be checked
 * with made-up flags.
 */
static CXCompileCommand find_command(CXCompileCommands all, const char *real_file)
{
	unsigned n = clang_CompileCommands_getSize(all);

	for (unsigned i = 0; i < n; i++) {
		CXCompileCommand command = clang_CompileCommands_getCommand(all, i);

		if (command_is_for(command, real_file))
			return command;
	}
	return NULL;
}

/*
 * libclang explains a bad database on stderr in several lines (the YAML
 * parser's position and an echo of the text, then a summary), and may even
 * go on with what it could parse.  Keep what it says, and make it one line:
 * the parser's first error with its line, else libclang's summary.
 */
/*
 * libclang quotes what it could not parse as it stands: a key of random
 * bytes may hold a carriage return or a form feed, and the message must
 * stay one line.
 */
static void one_line(char *text)
{
	for (; *text; text++)
		if ((unsigned char)*text < 0x20 || (unsigned char)*text >= 0x7f)
			*text = '?';
}

static void say_why(const char *build_dir, FILE *said)
{
	const char *summary = "json-compilation-database: ";
	char text[512], why[512] = "cannot load the compilation database";
	char *error;
	int line = 0;

	rewind(said);
	while (fgets(text, sizeof(text), said)) {
		text[strcspn(text, "\n")] = '\0';
		error = strstr(text, "error: ");
		if (sscanf(text, "YAML:%d:", &line) == 1 && error) {
			snprintf(why, sizeof(why), "%s", error + strlen("error: "));
			break;
		}
		line = 0;
		if (!strncmp(text, summary, strlen(summary)))
			snprintf(why, sizeof(why), "%s", text + strlen(summary));
	}
	one_line(why);
	if (line > 0)
		fprintf(stderr, "%s/compile_commands.json:%d: error: %s\n",
			build_dir, line, why);
	else
		fprintf(stderr, "%s/compile_commands.json: error: %s\n", build_dir, why);
}

static bool said_error(FILE *said)
{
	char text[512];

	rewind(said);
	while (fgets(text, sizeof(text), said))
		if (strstr(text, "error: "))
			return true;
	return false;
}

/*
 * libclang opens the database with a plain open(), which waits forever for
 * a writer to a FIFO: look first (a missing file is libclang's to say).
 */
static bool regular_database(const char *build_dir)
{
	char path[PATH_MAX];
	int fd;

	snprintf(path, sizeof(path), "%s/compile_commands.json", build_dir);
	fd = input_file_open(path);
	if (fd >= 0) {
		close(fd);
		return true;
	}
	if (errno == ENOENT || errno == ENOTDIR)
		return true;
	fprintf(stderr, "%s: error: %s\n", path, input_file_error(errno));
	return false;
}

/*
 * libclang's YAML parser reports to stderr, and lazily: a bad escape in an
 * entry's command is found only when the entries are read, not when the
 * database is opened.  So what libclang says is caught over the whole use
 * of the database, and said again in one line.
 */
struct said {
	FILE *text;
	int saved;
};

static void catch_stderr(struct said *said)
{
	said->saved = -1;
	said->text = tmpfile();
	fflush(stderr);
	if (said->text && (said->saved = dup(STDERR_FILENO)) >= 0)
		dup2(fileno(said->text), STDERR_FILENO);
}

static void release_stderr(struct said *said)
{
	if (said->saved >= 0) {
		dup2(said->saved, STDERR_FILENO);
		close(said->saved);
	}
}

/* Whether libclang complained; if it did, say it in one line. */
static bool complained(const char *build_dir, struct said *said, bool loaded)
{
	bool bad = !loaded;

	if (said->text) {
		bad = bad || said_error(said->text);
		if (bad)
			say_why(build_dir, said->text);
		fclose(said->text);
	} else if (bad) {
		fprintf(stderr, "%s/compile_commands.json: error: cannot load the "
			"compilation database\n", build_dir);
	}
	return bad;
}

/* The file's entry, made into flags; status 1 when it has none. */
static int read_entry(CXCompilationDatabase db, const char *real_file,
		      struct clang_args *out)
{
	CXCompileCommands commands;
	CXCompileCommand command;
	int status = 1;

	commands = clang_CompilationDatabase_getAllCompileCommands(db);
	command = commands ? find_command(commands, real_file) : NULL;
	if (command) {
		command_args(command, real_file, out);
		status = 0;
	}
	if (commands)
		clang_CompileCommands_dispose(commands);
	return status;
}

int compdb_args(const char *build_dir, const char *file, struct clang_args *out)
{
	CXCompilationDatabase_Error error;
	CXCompilationDatabase db;
	char real_file[PATH_MAX];
	struct said said;
	int status = -1;

	out->argc = 0;
	out->argv = NULL;
	if (!realpath(file, real_file)) {
		fprintf(stderr, "%s: error: no such file\n", file);
		return -1;
	}
	if (!regular_database(build_dir))
		return -1;
	catch_stderr(&said);
	db = clang_CompilationDatabase_fromDirectory(build_dir, &error);
	if (error == CXCompilationDatabase_NoError && db)
		status = read_entry(db, real_file, out);
	release_stderr(&said);
	if (db)
		clang_CompilationDatabase_dispose(db);
	if (complained(build_dir, &said, status >= 0)) {
		clang_args_free(out);
		return -1;
	}
	if (status > 0) {
		fprintf(stderr, "%s: error: not in %s/compile_commands.json\n", file, build_dir);
		return -1;
	}
	return 0;
}
