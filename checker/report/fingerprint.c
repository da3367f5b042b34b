// SPDX-License-Identifier: GPL-2.0
/*
 * fingerprint.c - a name for a finding that survives lines moving: a hash
 * of the rule, the file (relative to the source root), the function around
 * it, its message with every number blanked out (messages quote lines) and
 * its rank among the unit's findings with the same key.  Baselines and
 * SARIF's partialFingerprints use it.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"

/* `file` relative to `root` if it is inside, else absolute; as given if it
   does not exist (then it cannot be resolved). */
char *relative_path(const char *root, const char *file)
{
	char *real = realpath(file, NULL);
	size_t n = root ? strlen(root) : 0;
	char *relative;

	if (real && n && !strncmp(real, root, n) && real[n] == '/') {
		relative = diag_must(strdup(real + n + 1));
		free(real);
		return relative;
	}
	if (real && root)
		return real;	/* outside the root: the whole path, not a wrong guess */
	free(real);
	while (file[0] == '.' && file[1] == '/')
		file += 2;
	return diag_must(strdup(file));
}

static const char *function_around(const struct diag *d, const struct diag_place *place)
{
	const struct diag_function *best = NULL, *f;
	int i;

	for (i = 0; i < d->nfunctions; i++) {
		f = &d->functions[i];
		if (!place->file || strcmp(f->file, place->file) || f->line > place->line)
			continue;
		if (!best || f->line > best->line)
			best = f;
	}
	return best ? best->name : "";
}

static void append_normalized(char **key, const char *message)
{
	size_t n = strlen(*key);
	char *p;

	*key = diag_must(realloc(*key, n + strlen(message) + 1));
	for (p = *key + n; *message; message++) {
		if (isdigit((unsigned char)*message)) {
			while (isdigit((unsigned char)message[1]))
				message++;
			*p++ = '#';
		} else {
			*p++ = *message;
		}
	}
	*p = '\0';
}

static uint64_t fnv1a(const char *text, uint64_t hash)
{
	for (; *text; text++) {
		hash ^= (unsigned char)*text;
		hash *= 0x100000001b3ULL;
	}
	return hash;
}

void fingerprint_report(struct diag *d, struct diag_report *r)
{
	char *key, rank[32];
	uint64_t hash;

	r->function = function_around(d, &r->place);
	r->path = r->place.file ? relative_path(d->srcroot, r->place.file)
				: diag_must(strdup(""));
	if (asprintf(&key, "%s\x1f%s\x1f%s\x1f", hm_rules[r->rule].name, r->path,
		     r->function) < 0)
		abort();
	append_normalized(&key, r->message);
	snprintf(rank, sizeof(rank), "\x1f%d", strings_count(&d->keys, key));
	strings_add(&d->keys, key);
	hash = fnv1a(rank, fnv1a(key, 0xcbf29ce484222325ULL));
	snprintf(r->fingerprint, sizeof(r->fingerprint), "%016llx",
		 (unsigned long long)hash);
	free(key);
}
