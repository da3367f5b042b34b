// SPDX-License-Identifier: GPL-2.0
/*
 * crossfile_known.c - the answers this process has about functions defined
 * elsewhere, by name: from the database or from files analyzed on demand,
 * kept so that each is looked up once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crossfile/crossfile_internal.h"

char *dup_or_null(const char *s)
{
	char *copy;

	if (!s)
		return NULL;
	copy = strdup(s);
	if (!copy)
		abort();
	return copy;
}

struct known *known_find(struct crossfile *cf, const char *name)
{
	int i;

	for (i = 0; i < cf->nknown; i++)
		if (!strcmp(cf->known[i].name, name))
			return &cf->known[i];
	return NULL;
}

struct known *known_add(struct crossfile *cf, const char *name)
{
	struct known *k = known_find(cf, name);

	if (k)
		return k;
	cf->known = realloc(cf->known, (cf->nknown + 1) * sizeof(*cf->known));
	if (!cf->known)
		abort();
	k = &cf->known[cf->nknown++];
	memset(k, 0, sizeof(*k));
	k->name = dup_or_null(name);
	return k;
}

void known_set(struct known *k, const char *summary, const char *sleep_chain,
	       const char *sleep_file, int sleep_line)
{
	free(k->summary);
	free(k->sleep_chain);
	free(k->sleep_file);
	k->found = true;
	k->summary = dup_or_null(summary ? summary : "");
	k->sleep_chain = dup_or_null(sleep_chain);
	k->sleep_file = dup_or_null(sleep_file);
	k->sleep_line = sleep_line;
}

void known_free_all(struct crossfile *cf)
{
	int i;

	for (i = 0; i < cf->nknown; i++) {
		free(cf->known[i].name);
		free(cf->known[i].summary);
		free(cf->known[i].sleep_chain);
		free(cf->known[i].sleep_file);
	}
	free(cf->known);
	cf->known = NULL;
	cf->nknown = 0;
}

char *known_answer_text(const struct known *k)
{
	const char *chain = k->sleep_chain ? k->sleep_chain : "";
	size_t size;
	char *text;

	if (!k->found)
		return dup_or_null("");
	size = strlen(chain) + strlen(k->summary) + 2;
	text = malloc(size);
	if (!text)
		abort();
	snprintf(text, size, "%s\n%s", chain, k->summary);
	return text;
}
