// SPDX-License-Identifier: GPL-2.0
/*
 * locate.c - which hmcheck to run.  --hmcheck wins; then the one installed
 * next to hmcheck-tree, then the one of the same build tree
 * (build/checker/hmcheck beside build/tools/hmcheck-tree/), then $PATH.  The
 * path is made absolute: children run in other directories.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "hmcheck_tree.h"

static char *executable(const char *path)
{
	char *abs;

	if (access(path, X_OK) < 0)
		return NULL;
	abs = realpath(path, NULL);
	if (!abs)
		abort();
	return abs;
}

static char *beside_self(const char *relative)
{
	char self[PATH_MAX], path[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	self[n] = '\0';
	slash = strrchr(self, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	snprintf(path, sizeof(path), "%s/%s", self, relative);
	return executable(path);
}

static char *in_path(const char *name)
{
	const char *dirs = getenv("PATH"), *colon;
	char path[PATH_MAX];
	char *found = NULL;

	while (dirs && *dirs && !found) {
		colon = strchrnul(dirs, ':');
		snprintf(path, sizeof(path), "%.*s/%s", (int)(colon - dirs), dirs, name);
		found = executable(path);
		dirs = *colon ? colon + 1 : colon;
	}
	return found;
}

char *locate_hmcheck(const char *given)
{
	char *found;

	if (given) {
		found = executable(given);
		if (!found)
			fprintf(stderr, "hmcheck-tree: %s: not an executable hmcheck\n", given);
		return found;
	}
	found = beside_self("hmcheck");
	if (!found)
		found = beside_self("../../checker/hmcheck");
	if (!found)
		found = in_path("hmcheck");
	if (!found)
		fputs("hmcheck-tree: hmcheck not found next to hmcheck-tree nor in PATH; "
		      "give --hmcheck PATH\n", stderr);
	return found;
}
