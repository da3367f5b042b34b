// SPDX-License-Identifier: GPL-2.0
/*
 * writes_text.c - what a function writes through its parameters, as lines
 * of its summary's database text (summary_text.c), so that a caller in
 * another file keeps the branch facts the call cannot change:
 *
 *   wrote  traced NPARAMS          (the lines below are all it writes)
 *   wrote  PARAM =REGION GROW_BY   (see call_writes.h)
 *
 * A text without "wrote traced" (an older database row, or a function
 * writing through pointers it does not trace) says nothing: its callers
 * forget what they knew about the objects they hand it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/call_writes.h"

#define MAX_WRITES	32	/* call_writes.c's MAX_REGIONS */

void function_writes_free(struct function_writes *fw)
{
	int i;

	if (!fw)
		return;
	for (i = 0; i < fw->nparams; i++) {
		free(fw->params[i].regions);
		free(fw->params[i].grow_by);
	}
	free(fw->params);
	free(fw);
}

char *writes_to_text(const struct function_writes *fw)
{
	size_t size = 16, len;
	char *text;
	int i, j;

	if (!fw || fw->unknown)
		return xcalloc(1, 1);
	for (i = 0; i < fw->nparams; i++)
		for (j = 0; j < fw->params[i].n; j++)
			size += strlen(fw->params[i].regions[j]) + 40;
	text = xcalloc(size, 1);
	len = (size_t)snprintf(text, size, "wrote\ttraced\t%d\n", fw->nparams);
	for (i = 0; i < fw->nparams; i++)
		for (j = 0; j < fw->params[i].n; j++)
			len += (size_t)snprintf(text + len, size - len,
						"wrote\t%d\t=%s\t%d\n", i,
						fw->params[i].regions[j],
						fw->params[i].grow_by[j]);
	return text;
}

/* "wrote\tPARAM\t=REGION\tGROW_BY": false if the line is not one. */
static bool parse_write(const char *line, int *param, char *region,
			size_t size, int *grow_by)
{
	const char *eq, *tab;

	if (sscanf(line, "wrote\t%d\t", param) != 1 || *param < 0 ||
	    *param > 64 || !(eq = strchr(line + 6, '=')) ||
	    !(tab = strchr(eq, '\t')) || (size_t)(tab - eq) > size ||
	    memchr(eq, '\n', (size_t)(tab - eq)))
		return false;
	memcpy(region, eq + 1, (size_t)(tab - eq - 1));
	region[tab - eq - 1] = '\0';
	*grow_by = (int)strtol(tab + 1, NULL, 10);
	return *grow_by >= WRITE_ANY;
}

static void add_write(struct function_writes *fw, int param, const char *region,
		      int grow_by)
{
	struct param_writes *p;

	if (param >= fw->nparams)
		return;		/* a damaged row: said less */
	p = &fw->params[param];
	if (!p->regions) {
		p->regions = xcalloc(MAX_WRITES, sizeof(*p->regions));
		p->grow_by = xcalloc(MAX_WRITES, sizeof(*p->grow_by));
	}
	if (p->n == MAX_WRITES) {
		p->n = 1;	/* too many to tell apart: all */
		region = "";
		grow_by = WRITE_ANY;
	}
	p->regions[p->n] = region;
	p->grow_by[p->n++] = grow_by;
}

struct function_writes *writes_from_text(const char *text,
					 struct intern_table *strings)
{
	struct function_writes *fw;
	const char *line;
	char region[512];
	int param, grow_by;

	const char *traced = text ? strstr(text, "wrote\ttraced\t") : NULL;
	int nparams;

	if (!traced || (traced != text && traced[-1] != '\n') ||
	    sscanf(traced + 13, "%d", &nparams) != 1 || nparams < 0 ||
	    nparams > 64)
		return NULL;
	fw = xcalloc(1, sizeof(*fw));
	fw->nparams = nparams;
	fw->params = xcalloc((size_t)nparams + 1, sizeof(*fw->params));
	for (line = text; line; line = strchr(line, '\n'), line = line ? line + 1 : NULL)
		if (!strncmp(line, "wrote\t", 6) &&
		    parse_write(line, &param, region, sizeof(region) - 1, &grow_by))
			add_write(fw, param, intern(strings, region), grow_by);
	return fw;
}
