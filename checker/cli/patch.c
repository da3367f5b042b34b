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
#include <stdlib.h>
#include <string.h>
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

/* "@@ -a[,b] +c[,d] @@": old and new line counts, and the first new line. */
static bool hunk_header(const char *text, unsigned long *old, unsigned long *new,
			unsigned long *line)
{
	unsigned long a, c;

	*old = *new = 1;
	if (sscanf(text, "@@ -%lu,%lu +%lu,%lu @@", &a, old, &c, new) == 4 ||
	    sscanf(text, "@@ -%lu +%lu,%lu @@", &a, &c, new) == 3 ||
	    sscanf(text, "@@ -%lu,%lu +%lu @@", &a, old, &c) == 3 ||
	    sscanf(text, "@@ -%lu +%lu @@", &a, &c) == 2) {
		*line = c;
		return true;
	}
	return false;
}

struct hunk {
	unsigned long old, new, line;	/* lines left on each side; next new line */
};

/* One line of a hunk's body; false if the hunk's header counted fewer. */
static bool hunk_line(struct hunk *h, struct patch_file *f, const char *text)
{
	if (text[0] == '+') {
		if (!h->new)
			return false;
		add_line(f, h->line++);
		h->new--;
	} else if (text[0] == '-') {
		if (!h->old)
			return false;
		h->old--;
	} else if (text[0] == ' ' || text[0] == '\n') {
		if (!h->new || !h->old)
			return false;
		h->line++;
		h->new--;
		h->old--;
	}
	return true;
}

static int patch_error(const char *name, unsigned long number, const char *what)
{
	fprintf(stderr, "hmcheck: %s:%lu: %s\n", name, number, what);
	return -1;
}

/*
 * What cannot be a diff is said, not taken for an empty one: patch mode
 * would then hide every finding.  Lines outside hunks are free text (a
 * commit message, git's headers), but a hunk header follows "+++ ".
 */
static int read_patch(struct patch *p, FILE *in, const char *name)
{
	struct patch_file *f = NULL;
	struct hunk h = { 0, 0, 0 };
	bool after_header = false;
	unsigned long number = 0;
	char *text = NULL;
	size_t cap = 0;
	ssize_t n;
	int ret = 0;

	while (!ret && (n = getline(&text, &cap, in)) > 0) {
		number++;
		if (memchr(text, '\0', n)) {
			ret = patch_error(name, number, "a NUL byte: not a diff");
		} else if (h.old || h.new) {
			if (!hunk_line(&h, f, text))
				ret = patch_error(name, number, "more lines than the hunk header counts");
		} else if (!strncmp(text, "+++ ", 4)) {
			f = new_file(p, text);
			after_header = true;
			continue;
		} else if (!strncmp(text, "@@ ", 3) && hunk_header(text, &h.old, &h.new, &h.line)) {
			if (!h.new) {		/* only deletes: after line h.line */
				add_line(f, h.line);
				add_line(f, h.line + 1);
			}
		} else if (after_header) {
			ret = patch_error(name, number, "not a hunk header (@@ -a,b +c,d @@)");
		}
		after_header = false;
	}
	if (!ret && ferror(in)) {
		fprintf(stderr, "hmcheck: cannot read diff %s: %s\n", name, strerror(errno));
		ret = -1;
	}
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
	in = strcmp(diff, "-") ? fopen(diff, "r") : stdin;
	if (!in) {
		fprintf(stderr, "hmcheck: cannot read diff %s\n", diff);
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
