// SPDX-License-Identifier: GPL-2.0
/*
 * tu_own_files.c - which files of a unit are its own code.  Kernel code
 * #includes .c files on purpose (the i915 selftests at the end of the file
 * they test, lib/ decompressors, generated tables): their functions are
 * compiled as part of this unit only, so they are checked and reported with
 * it, under their own path and line.  A header's inline functions are not:
 * every unit that includes the header has them.  A .c file reached through
 * a header is not own code either (the header is shared).
 */
#include <stdlib.h>
#include <string.h>

#include "tu_internal.h"

static bool file_is_c_source(CXFile file)
{
	CXString name = clang_getFileName(file);
	const char *text = clang_getCString(name);
	size_t len = text ? strlen(text) : 0;
	bool is_c = len > 2 && strcmp(text + len - 2, ".c") == 0;

	clang_disposeString(name);
	return is_c;
}

static bool is_own_file(const struct tu *tu, CXFile file)
{
	for (int i = 0; i < tu->nown; i++)
		if (clang_File_isEqual(tu->own_files[i], file))
			return true;
	return false;
}

/* Every #include on the way from the main file is in a .c file. */
static bool included_from_c_only(CXSourceLocation *stack, unsigned depth)
{
	CXFile includer;

	for (unsigned i = 0; i < depth; i++) {
		if (clang_Location_isFromMainFile(stack[i]))
			continue;
		clang_getExpansionLocation(stack[i], &includer, NULL, NULL, NULL);
		if (!includer || !file_is_c_source(includer))
			return false;
	}
	return true;
}

static void visit_inclusion(CXFile included, CXSourceLocation *stack,
			    unsigned depth, CXClientData data)
{
	struct tu *tu = data;

	/* depth 0 is the main file itself */
	if (depth == 0 || !file_is_c_source(included) || is_own_file(tu, included))
		return;
	if (!included_from_c_only(stack, depth))
		return;
	tu->own_files = realloc(tu->own_files, (tu->nown + 1) * sizeof(*tu->own_files));
	if (!tu->own_files)
		abort();
	tu->own_files[tu->nown++] = included;
}

void tu_collect_own_files(struct tu *tu)
{
	clang_getInclusions(tu->unit, visit_inclusion, tu);
}

bool tu_location_is_own(const struct tu *tu, CXSourceLocation location)
{
	CXFile file;

	if (clang_Location_isFromMainFile(location))
		return true;
	if (!tu->nown)
		return false;
	clang_getExpansionLocation(location, &file, NULL, NULL, NULL);
	return file && is_own_file(tu, file);
}
