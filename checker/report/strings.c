// SPDX-License-Identifier: GPL-2.0
/*
 * strings.c - a list of strings.  Lists are short (a file's findings, a
 * baseline), so a linear search is enough.
 */
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"

void strings_add(struct diag_strings *s, const char *text)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->items = diag_must(realloc(s->items, s->cap * sizeof(*s->items)));
	}
	s->items[s->n++] = diag_must(strdup(text));
}

int strings_count(const struct diag_strings *s, const char *text)
{
	int i, n = 0;

	for (i = 0; i < s->n; i++)
		n += !strcmp(s->items[i], text);
	return n;
}

bool strings_has(const struct diag_strings *s, const char *text)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->items[i], text))
			return true;
	return false;
}

void strings_free(struct diag_strings *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		free(s->items[i]);
	free(s->items);
	memset(s, 0, sizeof(*s));
}
