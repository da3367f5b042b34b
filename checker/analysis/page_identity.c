// SPDX-License-Identifier: GPL-2.0
/*
 * page_identity.c - which element of which page array a kmap()/kunmap()
 * argument names.
 *
 * `*rq->in` and `rq->in[0]` are one page, and so is `rq->in[ni]` while ni
 * is 0: a function that maps the first page as `*pages` and releases it in
 * a loop as `pages[i]` releases what it mapped.  The identity is the
 * argument's text with `*X` read as `X[0]` and known indices as numbers.
 */
#include <stdio.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/known_ints.h"
#include "analysis/call_writes.h"

/* Only names, members and indices: `*X` is then X's first element. */
static bool plain_access(const char *p)
{
	for (; *p; p++) {
		if (*p == '-' && p[1] == '>')
			p++;
		else if (!strchr("_.[]", *p) && !((*p | 32) >= 'a' && (*p | 32) <= 'z') &&
			 !(*p >= '0' && *p <= '9'))
			return false;
	}
	return true;
}

const char *page_identity(struct hm_walk *w, const struct path_state *s,
			  const struct ir_expr *e)
{
	const char *text;
	char buffer[512];

	if (!e || e->kind != IR_EXPR_MEMORY)
		return NULL;
	text = known_ints_text(w, s, e);
	if (text[0] != '*')
		return strchr(text, '[') ? text : NULL;
	if (!plain_access(text + 1) ||
	    snprintf(buffer, sizeof(buffer), "%s[0]", text + 1) >= (int)sizeof(buffer))
		return NULL;
	return intern(w->an->strings, buffer);
}

/* Where the last top-level index of `text` starts, or NULL. */
static const char *last_index(const char *text)
{
	size_t n = strlen(text);
	int depth = 0;

	if (!n || text[n - 1] != ']')
		return NULL;
	while (n-- > 0) {
		depth += (text[n] == ']') - (text[n] == '[');
		if (!depth)
			return text + n;
	}
	return NULL;
}

static bool numeric_index(const char *index)
{
	const char *p = index + 1;

	if (*p == ']')
		return false;
	for (; *p != ']'; p++)
		if (*p < '0' || *p > '9')
			return false;
	return true;
}

/* Both name an element of the same array at indices that may be equal. */
bool page_identity_may_alias(const char *a, const char *b)
{
	const char *ia = a ? last_index(a) : NULL;
	const char *ib = b ? last_index(b) : NULL;

	if (!ia || !ib || ia - a != ib - b || strncmp(a, b, (size_t)(ia - a)))
		return false;
	return !numeric_index(ia) || !numeric_index(ib) || !strcmp(ia, ib);
}

/* Both name the same array at known, different indices: two pages. */
bool page_identity_distinct(const char *a, const char *b)
{
	const char *ia = a ? last_index(a) : NULL;
	const char *ib = b ? last_index(b) : NULL;

	if (!ia || !ib || ia - a != ib - b || strncmp(a, b, (size_t)(ia - a)))
		return false;
	return numeric_index(ia) && numeric_index(ib) && strcmp(ia, ib);
}

/* `var` appears inside an index of `text`. */
static bool indexed_by(const char *text, const char *name)
{
	const char *at;

	for (at = access_find(text, text, name); at;
	     at = access_find(text, at + 1, name)) {
		const char *open = memchr(text, '[', (size_t)(at - text));

		if (open)
			return true;
	}
	return false;
}

/*
 * `var` steps on: a released mapping of `pages[var]` was of another
 * element than the one `pages[var]` names now, so unmapping that is no
 * second release of it.  (A live one keeps its text: the counted loops
 * that map `pages[i]` and unmap `pages[i]` again rely on it.)
 */
void page_identity_index_moved(struct hm_walk *w, struct path_state *s, int var)
{
	const char *name;
	int i;

	if (var < 0 || var >= w->fn->nvars)
		return;
	name = w->fn->vars[var].name;
	for (i = 0; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		if (r->live || !r->page_text || !indexed_by(r->page_text, name))
			continue;
		r->page_text = "";
		if (r->page_memory && indexed_by(r->page_memory, name))
			r->page_memory = NULL;
	}
}
