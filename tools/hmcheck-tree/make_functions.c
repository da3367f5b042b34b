// SPDX-License-Identifier: GPL-2.0
/*
 * make_functions.c - the few make text functions kbuild Makefiles build
 * their object lists and include paths with (amdgpu's display and pm
 * Makefiles: $(addprefix $(AMDDALPATH)/dc/dcn20/,$(DCN20))).  Each gets
 * its arguments expanded; a word holding MAKE_UNKNOWN stays unknown in the
 * result.  Any other function is not known here: its reference expands to
 * MAKE_UNKNOWN (make_expand.c).
 */
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

struct text {
	char *s;
	size_t len;
};

static void text_add(struct text *t, const char *s, size_t n)
{
	t->s = realloc(t->s, t->len + n + 1);
	if (!t->s)
		abort();
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

/* Each word of `list` with `prefix` before it and `suffix` after. */
static char *add_around(const char *prefix, const char *list, const char *suffix)
{
	static const char blanks[] = " \t\n";
	struct text out = { 0 };
	const char *p = list;
	size_t n;

	text_add(&out, "", 0);
	for (p += strspn(p, blanks); *p; p += strspn(p, blanks)) {
		n = strcspn(p, blanks);
		if (out.len)
			text_add(&out, " ", 1);
		text_add(&out, prefix, strlen(prefix));
		text_add(&out, p, n);
		text_add(&out, suffix, strlen(suffix));
		p += n;
	}
	return out.s;
}

bool make_function_known(const char *name, size_t len, int *nargs)
{
	static const struct {
		const char *name;
		int nargs;
	} known[] = {
		{ "addprefix", 2 }, { "addsuffix", 2 }, { "strip", 1 }, { NULL, 0 },
	};
	int i;

	for (i = 0; known[i].name; i++) {
		if (strlen(known[i].name) == len && !strncmp(known[i].name, name, len)) {
			*nargs = known[i].nargs;
			return true;
		}
	}
	return false;
}

char *make_function(const char *name, char *const *args)
{
	if (!strcmp(name, "addprefix"))
		return add_around(args[0], args[1], "");
	if (!strcmp(name, "addsuffix"))
		return add_around("", args[1], args[0]);
	return add_around("", args[0], "");	/* strip */
}
