// SPDX-License-Identifier: GPL-2.0
/*
 * make_reader.c - read a kbuild Makefile's lines as make does, far enough
 * for its variables: backslash continuations, comments, define blocks and
 * recipes (skipped), include (read into the same variables, as make does:
 * $(src) stays the includer's), conditionals (make_conditional.c),
 * assignments.  When the caller asks for the Makefiles included on
 * branches not taken (make_file.skipped), a shadow of the variables takes
 * every branch too: amdgpu's display/dc/Makefile adds `dce60` to DC_LIBS
 * only `ifdef CONFIG_DRM_AMD_DC_SI`, then does `include $(AMD_DC)`.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

struct reader {
	struct make_file *mf;
	struct make_file *shadow;	/* every branch taken, or NULL */
	bool doubtful;		/* included under an undecidable condition */
	const char *tree;
	int depth;		/* of included Makefiles */
	struct make_conditionals conditionals;
	bool in_define, in_rule;
};

#define MAKE_MAX_INCLUDES 8

static void read_text(struct reader *r, const char *text);
static char *read_whole(const char *path);

char *make_trim(char *s)
{
	char *end = s + strlen(s);

	while (isspace((unsigned char)*s))
		s++;
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

/* The word `word` begins `line`, followed by a blank or the end. */
char *make_after_word(char *line, const char *word)
{
	size_t n = strlen(word);

	if (strncmp(line, word, n) || (line[n] && !isspace((unsigned char)line[n])))
		return NULL;
	return make_trim(line + n);
}

/*
 * Where the assignment operator of `line` starts (its length in *len), or
 * NULL when `line` is no assignment; *rule when it is a rule instead.
 */
static char *assignment_operator(char *line, size_t *len, bool *rule)
{
	char *p;
	int nest = 0;

	for (p = line; *p; p++) {
		if (*p == '(' || *p == '{')
			nest++;
		else if ((*p == ')' || *p == '}') && nest)
			nest--;
		if (nest)
			continue;
		if (*p == '=') {
			if (p > line && strchr("+?!", p[-1]))
				return *len = 2, p - 1;
			return *len = 1, p;
		}
		if (*p == ':' && p[1] == '=')
			return *len = 2, p;
		if (*p == ':' && p[1] == ':' && p[2] == '=')
			return *len = 3, p;
		if (*p == ':') {
			*rule = true;
			return NULL;
		}
	}
	return NULL;
}

/*
 * `export NAMES`: make hands these variables to the makes it runs (an
 * arch Makefile's BITS reaches every kbuild directory's Makefile).
 */
static void exported(struct reader *r, const char *names)
{
	char *expanded, *name, *save = NULL, *text;

	if (!r->mf || !r->mf->exported)
		return;
	text = strdup(names);
	if (!text)
		abort();
	expanded = make_expand_known(r->mf, text);
	for (name = expanded ? strtok_r(expanded, " \t", &save) : NULL; name;
	     name = strtok_r(NULL, " \t", &save))
		strv_push(r->mf->exported, name);
	free(expanded);
	free(text);
}

/*
 * NAME OP VALUE.  `doubtful`: an assignment under a condition that could
 * not be decided (keep_doubt): its words may or may not be in its variable
 * (make_doubt.c); it does not end a rule either.
 */
static void assignment(struct reader *r, char *line, bool doubtful)
{
	char *op, *name, *value, *rest, saved[4] = { 0 };
	size_t len = 0;
	bool rule = false, export = false;

	if ((rest = make_after_word(line, "export")))
		export = true;
	if (rest || (rest = make_after_word(line, "override")))
		line = rest;
	op = assignment_operator(line, &len, &rule);
	if (!doubtful && r->mf)
		r->in_rule = rule;
	if (!op) {
		if (export && !rule)
			exported(r, line);
		return;
	}
	memcpy(saved, op, len);
	*op = '\0';
	value = make_trim(op + len);
	if (r->shadow) {
		name = make_expand_known(r->shadow, line);
		if (name && name[0] && !strpbrk(name, " \t"))
			make_assign(r->shadow, name, saved, value);
		free(name);
	}
	if (!r->mf)
		return;
	name = make_expand_known(r->mf, line);
	if (!name || !name[0] || strpbrk(name, " \t"))
		r->mf->unknown_assignments = true;
	else if (doubtful)
		make_assign_doubtful(r->mf, name, saved, value);
	else
		make_assign(r->mf, name, saved, value);
	if (export && name && name[0] && !strpbrk(name, " \t"))
		exported(r, name);
	free(name);
}

/* A line on a branch not taken: only the shadow takes its assignment. */
static void shadow_assignment(struct reader *r, char *line)
{
	struct reader only = { .shadow = r->shadow };

	if (r->shadow)
		assignment(&only, line, false);
}

/*
 * Read one included Makefile into the same variables; under an undecidable
 * condition (`doubtful`), its every assignment is doubtful.
 */
static bool include_file(struct reader *r, const char *name, bool optional,
			 bool doubtful)
{
	struct reader sub = { .mf = r->mf, .shadow = r->shadow, .tree = r->tree,
			      .depth = r->depth + 1, .doubtful = doubtful };
	char *path = path_join(r->tree, name), *text = read_whole(path);

	free(path);
	if (!text)
		return optional;
	if (r->mf->included)
		strv_push(r->mf->included, name);
	read_text(&sub, text);
	free(text);
	return true;
}

static bool has_name(const char *list, const char *name)
{
	size_t n = strlen(name);
	const char *p;

	for (p = list; (p = strstr(p, name)); p += n)
		if ((p == list || p[-1] == ' ' || p[-1] == '\t') &&
		    (!p[n] || p[n] == ' ' || p[n] == '\t'))
			return true;
	return false;
}

/*
 * The names an include would read if every branch had been taken, but
 * that it does not read: included only on branches not taken.
 */
static void shadow_includes(struct reader *r, const char *names)
{
	char *text, *all, *real, *name, *save = NULL;

	if (!r->shadow || !r->mf->skipped)
		return;
	text = strdup(names);
	if (!text)
		abort();
	all = make_expand_known(r->shadow, text);
	strcpy(text, names);
	real = make_expand_known(r->mf, text);
	for (name = all && real ? strtok_r(all, " \t", &save) : NULL; name;
	     name = strtok_r(NULL, " \t", &save))
		if (!has_name(real, name))
			strv_push(r->mf->skipped, name);
	free(real);
	free(all);
	free(text);
}

/*
 * include NAMES: read them (paths from the tree root, as $(srctree) is .);
 * one that cannot be read leaves every variable in doubt.
 */
static void include(struct reader *r, char *names, bool optional,
		    bool doubtful)
{
	char *expanded, *name, *save = NULL;
	bool read = r->depth < MAKE_MAX_INCLUDES;

	shadow_includes(r, names);
	expanded = read ? make_expand_known(r->mf, names) : NULL;
	read = expanded != NULL;
	for (name = expanded ? strtok_r(expanded, " \t", &save) : NULL; name;
	     name = strtok_r(NULL, " \t", &save))
		read = include_file(r, name, optional, doubtful) && read;
	free(expanded);
	if (!read)
		r->mf->unknown_assignments = true;
}

/* The include directive `line`'s names, or NULL when it is none. */
static char *include_names(char *line)
{
	char *rest;

	if ((rest = make_after_word(line, "include")) ||
	    (rest = make_after_word(line, "-include")) ||
	    (rest = make_after_word(line, "sinclude")))
		return rest;
	return NULL;
}

/* An include on a branch not taken: remember what it names, if known. */
static void skipped_include(struct reader *r, char *line)
{
	char *names = include_names(line), *expanded, *name, *save = NULL;

	if (!names || !r->mf->skipped)
		return;
	expanded = make_expand_known(r->mf, names);
	for (name = expanded ? strtok_r(expanded, " \t", &save) : NULL; name;
	     name = strtok_r(NULL, " \t", &save))
		strv_push(r->mf->skipped, name);
	free(expanded);
}

/* An include or an assignment, `doubtful` under an undecidable condition. */
static void directive(struct reader *r, char *line, bool doubtful)
{
	char *rest;

	if ((rest = make_after_word(line, "include")))
		include(r, rest, false, doubtful);
	else if ((rest = make_after_word(line, "-include")) ||
		 (rest = make_after_word(line, "sinclude")))
		include(r, rest, true, doubtful);
	else
		assignment(r, line, doubtful);
}

/* A recipe running kbuild in another directory: `$(build)=DIR`. */
static void recipe_build(struct reader *r, char *line)
{
	static const char build[] = "$(build)=";
	char *at = strstr(line, build), *word, *dir;

	if (!at || !r->mf->builds || !make_conditionals_reading(&r->conditionals))
		return;
	at += strlen(build);
	word = strndup(at, strcspn(at, " \t;"));
	if (!word)
		abort();
	dir = make_expand_known(r->mf, word);
	if (dir) {
		while (!strncmp(dir, "./", 2))
			memmove(dir, dir + 2, strlen(dir + 2) + 1);
		if (dir[0] && dir[strlen(dir) - 1] == '/')
			dir[strlen(dir) - 1] = '\0';
		if (dir[0])
			strv_push(r->mf->builds, dir);
	}
	free(dir);
	free(word);
}

static void read_line(struct reader *r, char *line)
{
	bool recipe = line[0] == '\t' && r->in_rule;

	line = make_trim(line);
	if (r->in_define) {
		r->in_define = !make_after_word(line, "endef");
		return;
	}
	if (recipe)
		recipe_build(r, line);
	if (!line[0] || recipe)
		return;
	if (make_after_word(line, "define")) {
		r->in_define = true;
		return;
	}
	if (make_conditional(&r->conditionals, r->mf, line))
		return;
	if (!make_conditionals_reading(&r->conditionals)) {
		if (r->mf->keep_doubt && make_conditionals_doubtful(&r->conditionals))
			directive(r, line, true);
		else if (include_names(line))
			skipped_include(r, line);
		else
			shadow_assignment(r, line);
		return;
	}
	directive(r, line, r->doubtful);
}

/* Drop the comment of `line`, turning "\#" into '#'. */
static void strip_comment(char *line)
{
	char *in, *out;

	for (in = out = line; *in; in++) {
		if (in[0] == '\\' && in[1] == '#')
			in++;
		else if (*in == '#')
			break;
		*out++ = *in;
	}
	*out = '\0';
}

/*
 * The next logical line of `text` at *pos, malloc'ed: a backslash-newline
 * and the blanks around it become one space.  NULL at the end.
 */
static char *logical_line(const char *text, size_t *pos)
{
	const char *p = text + *pos, *end;
	char *line = NULL;
	size_t len = 0, n;

	if (!*p)
		return NULL;
	for (;;) {
		end = strchrnul(p, '\n');
		n = end - p;
		line = realloc(line, len + n + 2);
		if (!line)
			abort();
		memcpy(line + len, p, n);
		len += n;
		line[len] = '\0';
		p = *end ? end + 1 : end;
		if (!len || line[len - 1] != '\\' || !*end)
			break;
		line[--len] = '\0';
		while (len && isblank((unsigned char)line[len - 1]))
			len--;
		line[len++] = ' ';
		while (isblank((unsigned char)*p))
			p++;
	}
	*pos = p - text;
	return line;
}

static char *read_whole(const char *path)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t len = 0, n;
	char chunk[8192];

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		text = realloc(text, len + n + 1);
		if (!text)
			abort();
		memcpy(text + len, chunk, n);
		len += n;
	}
	fclose(f);
	if (!text)
		text = calloc(1, 1);
	if (!text)
		abort();
	text[len] = '\0';
	return text;
}

/* kbuild reads a directory's Kbuild file before its Makefile. */
char *make_file_text(const char *tree, const char *dir)
{
	static const char *const names[] = { "Kbuild", "Makefile", NULL };
	char *where = path_join(tree, dir), *path, *text = NULL;
	int i;

	for (i = 0; names[i] && !text; i++) {
		path = path_join(where, names[i]);
		text = read_whole(path);
		free(path);
	}
	free(where);
	return text;
}

/* Makefile.build sets these simple and empty before the file. */
static void build_defaults(struct make_file *mf)
{
	make_assign(mf, "ccflags-y", ":=", "");
	make_assign(mf, "subdir-ccflags-y", ":=", "");
	make_assign(mf, "EXTRA_CFLAGS", ":=", "");
}

static bool read_file_text(struct make_file *mf, const char *tree, char *text)
{
	struct make_file shadow = { .dir = mf->dir, .config = mf->config };
	struct reader r = { .mf = mf, .tree = tree };
	int i;

	if (!text)
		return false;
	if (mf->skipped) {
		/* what was set before (an arch list's reset) holds there too */
		for (i = 0; i < mf->n; i++)
			make_assign(&shadow, mf->vars[i].name, "=", mf->vars[i].value);
		build_defaults(&shadow);
		r.shadow = &shadow;
	}
	build_defaults(mf);
	read_text(&r, text);
	free(text);
	make_file_free(&shadow);
	return true;
}

bool make_read(struct make_file *mf, const char *tree, const char *dir)
{
	return read_file_text(mf, tree, make_file_text(tree, dir));
}

bool make_read_makefile(struct make_file *mf, const char *tree, const char *dir)
{
	char *where = path_join(tree, dir), *path = path_join(where, "Makefile");
	bool read = read_file_text(mf, tree, read_whole(path));

	free(path);
	free(where);
	return read;
}

static void read_text(struct reader *r, const char *text)
{
	size_t pos = 0;
	char *line;

	while ((line = logical_line(text, &pos))) {
		strip_comment(line);
		read_line(r, line);
		free(line);
	}
}
