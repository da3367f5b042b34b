// SPDX-License-Identifier: GPL-2.0
/*
 * patch.c - patch mode (--diff FILE|-, --since REV): which lines of which
 * files a unified diff adds or changes, as `git diff`, `git format-patch`
 * or `diff -u` write it.  Only the new side matters: a deleted file has no
 * lines left to report on, a renamed one is known by its new name.  A hunk
 * that only deletes marks the lines around the cut, where what was removed
 * (an unmap, a lock) is now missing.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "input_file.h"
#include "cli/cli.h"

static void *must(void *p)
{
	if (!p)
		abort();
	return p;
}

static struct patch_file *new_file(struct patch *p, const char *header)
{
	const char *path = header + 4;		/* after "+++ " */
	struct patch_file *f;
	size_t n;

	if (!strncmp(path, "/dev/null", 9))
		return NULL;			/* the file is deleted */
	if (!strncmp(path, "b/", 2))
		path += 2;
	n = strcspn(path, "\t\n\r");		/* diff -u puts a date after a tab */
	p->files = must(realloc(p->files, (p->nfiles + 1) * sizeof(*p->files)));
	f = &p->files[p->nfiles++];
	memset(f, 0, sizeof(*f));
	f->path = must(strndup(path, n));
	return f;
}

static void add_line(struct patch_file *f, unsigned line)
{
	if (!f || !line)
		return;
	if (f->nlines == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 64;
		f->lines = must(realloc(f->lines, f->cap * sizeof(*f->lines)));
	}
	f->lines[f->nlines++] = line;
}

/*
 * One number of a hunk header: digits only (strtoul would take "-5" as a
 * huge count), at most UINT_MAX; *text moves past it.
 */
static bool header_number(const char **text, unsigned long *value)
{
	char *end;

	if (**text < '0' || **text > '9')
		return false;
	errno = 0;
	*value = strtoul(*text, &end, 10);
	*text = end;
	return errno != ERANGE && *value <= UINT_MAX;
}

/* "START[,COUNT]" after '-' or '+'; a missing count is 1. */
static bool header_range(const char **text, char sign, unsigned long *start,
			 unsigned long *count)
{
	*count = 1;
	if (*(*text)++ != sign || !header_number(text, start))
		return false;
	if (**text == ',') {
		(*text)++;
		return header_number(text, count);
	}
	return true;
}

/* "@@ -a[,b] +c[,d] @@": old and new line counts, and the first new line. */
static bool hunk_header(const char *text, unsigned long *old, unsigned long *new,
			unsigned long *line)
{
	unsigned long a;

	text += 3;				/* after "@@ " */
	if (!header_range(&text, '-', &a, old) || *text++ != ' ' ||
	    !header_range(&text, '+', line, new))
		return false;
	return !strncmp(text, " @@", 3);
}

struct hunk {
	unsigned long old, new, line;	/* lines left on each side; next new line */
	unsigned long header;		/* the diff's line holding the hunk's header */
};

static int patch_error(const char *name, unsigned long number, const char *what)
{
	fprintf(stderr, "hmcheck: %s:%lu: %s\n", name, number, what);
	return -1;
}

/* A header counting more lines than follow (a huge count, a cut diff). */
static int hunk_cut_short(const char *name, const struct hunk *h)
{
	return patch_error(name, h->header, "the hunk header counts more lines than the hunk has");
}

/* One line of a hunk's body, a line of the diff named `name`. */
static int hunk_line(struct hunk *h, struct patch_file *f, const char *text,
		     const char *name, unsigned long number)
{
	bool context = text[0] == ' ' || text[0] == '\n' || text[0] == '\r';

	if ((text[0] == '+' && !h->new) || (text[0] == '-' && !h->old) ||
	    (context && (!h->new || !h->old)))
		return patch_error(name, number, "more lines than the hunk header counts");
	if (text[0] == '+') {
		add_line(f, h->line++);
		h->new--;
	} else if (text[0] == '-') {
		h->old--;
	} else if (context) {
		h->line++;
		h->new--;
		h->old--;
	} else if (text[0] != '\\') {	/* "\ No newline at end of file" */
		return hunk_cut_short(name, h);
	}
	return 0;
}

struct patch_reader {
	struct patch *p;
	struct patch_file *f;
	struct hunk h;
	const char *name;
	unsigned long number;	/* of the line being read */
	bool after_header;	/* the line before was "+++ " */
	bool seen_file;		/* a "+++ " line came: "@@ " lines are hunks */
};

/* A line outside hunks: a file's or a hunk's header, or free text. */
static int header_line(struct patch_reader *r, const char *text)
{
	struct hunk *h = &r->h;

	if (!strncmp(text, "+++ ", 4)) {
		r->f = new_file(r->p, text);
		r->seen_file = true;
		return 0;
	}
	if (!strncmp(text, "@@ ", 3) && hunk_header(text, &h->old, &h->new, &h->line)) {
		h->header = r->number;
		if (!h->new) {		/* only deletes: after line h->line */
			add_line(r->f, h->line);
			add_line(r->f, h->line + 1);
		}
		return 0;
	}
	if (r->after_header || (r->seen_file && !strncmp(text, "@@ ", 3)))
		return patch_error(r->name, r->number, "not a hunk header (@@ -a,b +c,d @@)");
	return 0;
}

/*
 * What cannot be a diff is said, not taken for an empty one: patch mode
 * would then hide every finding.  Lines outside hunks are free text (a
 * commit message, git's headers), but a hunk header follows "+++ ".
 */
static int read_patch(struct patch *p, FILE *in, const char *name)
{
	struct patch_reader r = { .p = p, .name = name };
	char *text = NULL;
	size_t cap = 0;
	ssize_t n;
	int ret = 0;

	while (!ret && (n = getline(&text, &cap, in)) > 0) {
		bool in_hunk = r.h.old || r.h.new;

		r.number++;
		if (memchr(text, '\0', n))
			ret = patch_error(name, r.number, "a NUL byte: not a diff");
		else if (in_hunk)
			ret = hunk_line(&r.h, r.f, text, name, r.number);
		else
			ret = header_line(&r, text);
		r.after_header = !in_hunk && !strncmp(text, "+++ ", 4);
	}
	if (!ret && ferror(in)) {
		fprintf(stderr, "hmcheck: cannot read diff %s: %s\n", name, strerror(errno));
		ret = -1;
	}
	if (!ret && (r.h.old || r.h.new))
		ret = hunk_cut_short(name, &r.h);
	free(text);
	return ret;
}

/* A revision goes to the shell: accept what names revisions, nothing else. */
static bool plain_revision(const char *rev)
{
	return rev[0] != '-' && strspn(rev, "abcdefghijklmnopqrstuvwxyz"
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/~^@{}-") == strlen(rev);
}

static int read_git_diff(struct patch *p, const char *since)
{
	char *command;
	FILE *in;

	if (!plain_revision(since)) {
		fprintf(stderr, "hmcheck: --since %s: not a revision name\n", since);
		return -1;
	}
	if (asprintf(&command, "git diff --no-ext-diff -U0 '%s' --", since) < 0)
		abort();
	in = popen(command, "r");
	free(command);
	if (!in) {
		fprintf(stderr, "hmcheck: --since %s: cannot run git\n", since);
		return -1;
	}
	if (read_patch(p, in, "git diff") < 0) {
		pclose(in);
		return -1;
	}
	if (pclose(in) != 0) {
		fprintf(stderr, "hmcheck: --since %s: git diff failed\n", since);
		return -1;
	}
	return 0;
}

int patch_load(struct patch *p, const char *diff, const char *since)
{
	FILE *in;
	int ret;

	memset(p, 0, sizeof(*p));
	if (since && read_git_diff(p, since) < 0)
		return -1;
	if (!diff)
		return 0;
	in = strcmp(diff, "-") ? input_file_fopen(diff) : stdin;
	if (!in) {
		fprintf(stderr, "hmcheck: cannot read diff %s: %s\n", diff,
			input_file_error(errno));
		return -1;
	}
	ret = read_patch(p, in, diff);
	if (in != stdin)
		fclose(in);
	return ret;
}

void patch_free(struct patch *p)
{
	int i;

	for (i = 0; i < p->nfiles; i++) {
		free(p->files[i].path);
		free(p->files[i].lines);
	}
	free(p->files);
	memset(p, 0, sizeof(*p));
}

/* The diff names files from the top of the repository: compare the ends. */
static bool same_file(const char *diff_path, const char *file, const char *real)
{
	size_t n = strlen(diff_path), m = real ? strlen(real) : 0;

	while (file[0] == '.' && file[1] == '/')
		file += 2;
	if (!strcmp(diff_path, file))
		return true;
	return m > n && real[m - n - 1] == '/' && !strcmp(real + m - n, diff_path);
}

bool patch_touches(const struct patch *p, const char *file, unsigned line)
{
	char *real;
	bool found = false;
	int i, k;

	if (!file || !line)
		return false;
	real = realpath(file, NULL);
	for (i = 0; i < p->nfiles && !found; i++) {
		if (!same_file(p->files[i].path, file, real))
			continue;
		for (k = 0; k < p->files[i].nlines && !found; k++)
			found = p->files[i].lines[k] == line;
	}
	free(real);
	return found;
}
