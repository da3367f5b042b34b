// SPDX-License-Identifier: GPL-2.0
/*
 * make_doubt.c - an assignment on a line under a condition that cannot be
 * decided (keep_doubt: kbuild_built.c).  make may or may not run it, so
 * each word it may leave in its variable is marked MAKE_DOUBT: a list
 * holding such a word still says what it does not hold (a file named
 * nowhere is not built), and the word, wherever it goes ($(addprefix ...),
 * another variable), is counted as maybe there.  A value that cannot be
 * expanded puts the whole variable in doubt (MAKE_UNKNOWN) instead: what it
 * would add is not known at all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

static const char unknown[] = { MAKE_UNKNOWN, '\0' };

/* The words of `list` (freed), each marked MAKE_DOUBT once; malloc'ed. */
static char *mark_words(char *list)
{
	static const char blanks[] = " \t";
	char *out = malloc(2 * strlen(list) + 1), *o = out;
	const char *p = list;
	size_t n;

	if (!out)
		abort();
	for (p += strspn(p, blanks); *p; p += strspn(p, blanks)) {
		n = strcspn(p, blanks);
		if (o > out)
			*o++ = ' ';
		if (!memchr(p, MAKE_DOUBT, n))
			*o++ = MAKE_DOUBT;
		memcpy(o, p, n);
		o += n;
		p += n;
	}
	*o = '\0';
	free(list);
	return out;
}

/* `a` and `b` (both freed) joined by a blank; malloc'ed. */
static char *join(char *a, char *b)
{
	char *both;

	if (asprintf(&both, "%s%s%s", a, a[0] && b[0] ? " " : "", b) < 0)
		abort();
	free(a);
	free(b);
	return both;
}

void make_assign_doubtful(struct make_file *mf, const char *name,
			  const char *op, const char *value)
{
	const struct make_var *var = make_lookup(mf, name);
	char *words, *text;

	if (var && !strcmp(op, "?="))
		return;		/* run or not, it changes nothing */
	words = strcmp(op, "!=") ? make_expand(mf, value) : strdup(unknown);
	if (!words)
		abort();
	if (strchr(words, MAKE_UNKNOWN) || strchr(words, '$')) {
		free(words);
		make_assign(mf, name, "+=", unknown);
		return;
	}
	words = mark_words(words);
	if (var && !strcmp(op, "+=")) {
		make_assign(mf, name, "+=", words);	/* no '$': appended as is */
		free(words);
		return;
	}
	/* Replaced, or not: the old words may be gone too. */
	text = join(var ? mark_words(make_value(mf, name)) : strdup(""), words);
	make_assign(mf, name, ":=", strchr(text, '$') ? unknown : text);
	free(text);
}
