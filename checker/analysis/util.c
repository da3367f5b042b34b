// SPDX-License-Identifier: GPL-2.0
/*
 * util.c - allocation and string interning for the analysis.  Interning lets
 * states compare memory texts by pointer, which keeps state comparison cheap.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/util.h"

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p) {
		fprintf(stderr, "hmcheck: out of memory\n");
		exit(2);
	}
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p) {
		fprintf(stderr, "hmcheck: out of memory\n");
		exit(2);
	}
	return p;
}

struct intern_table {
	size_t nslots, nused;
	char **slots;
};

struct intern_table *intern_new(void)
{
	struct intern_table *t = xcalloc(1, sizeof(*t));

	t->nslots = 256;
	t->slots = xcalloc(t->nslots, sizeof(char *));
	return t;
}

void intern_free(struct intern_table *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->nslots; i++)
		free(t->slots[i]);
	free(t->slots);
	free(t);
}

static size_t text_hash(const char *text)
{
	size_t h = 5381;

	while (*text)
		h = h * 33 + (unsigned char)*text++;
	return h;
}

static void intern_grow(struct intern_table *t)
{
	char **old = t->slots;
	size_t i, n = t->nslots;

	t->nslots *= 2;
	t->slots = xcalloc(t->nslots, sizeof(char *));
	for (i = 0; i < n; i++) {
		size_t j;

		if (!old[i])
			continue;
		j = text_hash(old[i]) & (t->nslots - 1);
		while (t->slots[j])
			j = (j + 1) & (t->nslots - 1);
		t->slots[j] = old[i];
	}
	free(old);
}

const char *intern(struct intern_table *t, const char *text)
{
	size_t j;

	if (2 * (t->nused + 1) > t->nslots)
		intern_grow(t);
	j = text_hash(text) & (t->nslots - 1);
	while (t->slots[j]) {
		if (!strcmp(t->slots[j], text))
			return t->slots[j];
		j = (j + 1) & (t->nslots - 1);
	}
	t->slots[j] = strdup(text);
	if (!t->slots[j]) {
		fprintf(stderr, "hmcheck: out of memory\n");
		exit(2);
	}
	t->nused++;
	return t->slots[j];
}

const char *intern_compact(struct intern_table *t, const char *text)
{
	char *buf = xcalloc(strlen(text) + 1, 1), *out = buf;
	const char *result;

	for (; *text; text++)
		if (!isspace((unsigned char)*text))
			*out++ = *text;
	result = intern(t, buf);
	free(buf);
	return result;
}

/* Which element a variable index names is not known from the text alone. */
size_t text_array_base(const char *text)
{
	const char *open = text ? strchr(text, '[') : NULL;
	const char *p;

	if (!open || open == text)
		return 0;
	for (p = open + 1; *p >= '0' && *p <= '9'; p++)
		;
	return *p == ']' && p > open + 1 ? 0 : (size_t)(open - text) + 1;
}
