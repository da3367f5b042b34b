// SPDX-License-Identifier: GPL-2.0
/*
 * model_fingerprint.c - which model a summary was computed with: the text
 * of every rules file loaded, and the checker's version.  Summaries kept
 * in a database are believed only under the same fingerprint, since a new
 * rule (a nosleep entry, say) changes what a function does.
 */
#include <stdio.h>
#include "model_internal.h"

static unsigned long long mix(unsigned long long h, const unsigned char *p,
			      size_t n)
{
	while (n--)
		h = (h ^ *p++) * 0x100000001b3ULL;
	return h;
}

unsigned long long model_fingerprint(const struct api_model *model)
{
	unsigned long long h = 0xcbf29ce484222325ULL;
	unsigned char buf[8192];
	size_t n;
	int i;

	h = mix(h, (const unsigned char *)HMCHECK_VERSION, sizeof(HMCHECK_VERSION));
	for (i = 0; i < model->npaths; i++) {
		FILE *f = fopen(model->paths[i], "rb");

		if (!f)
			continue;
		while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
			h = mix(h, buf, n);
		fclose(f);
		h = mix(h, (const unsigned char *)"\n", 1);
	}
	return h;
}
