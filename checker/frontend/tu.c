// SPDX-License-Identifier: GPL-2.0
/*
 * tu.c - parse a translation unit, report clang's errors, index the
 * function definitions and hand out their IR, lowered on first request.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "operator.h"
#include "tu_internal.h"

static unsigned hash_name(const char *name)
{
	unsigned hash = 2166136261u;

	while (*name)
		hash = (hash ^ (unsigned char)*name++) * 16777619u;
	return hash;
}

struct function_entry *tu_find_entry(struct tu *tu, const char *name)
{
	int i;

	if (!name || !tu->nbuckets)
		return NULL;
	i = tu->buckets[hash_name(name) % tu->nbuckets];
	for (; i >= 0; i = tu->functions[i].next_in_bucket)
		if (strcmp(tu->functions[i].name, name) == 0)
			return &tu->functions[i];
	return NULL;
}

static void add_function(struct tu *tu, CXCursor cursor, int *capacity)
{
	CXString spelling = clang_getCursorSpelling(cursor);
	struct function_entry *entry;

	if (tu->nfunctions == *capacity) {
		*capacity = *capacity ? *capacity * 2 : 256;
		tu->functions = realloc(tu->functions,
					*capacity * sizeof(*tu->functions));
		if (!tu->functions) {
			fprintf(stderr, "hmcheck: out of memory (function index)\n");
			exit(2);
		}
	}
	entry = &tu->functions[tu->nfunctions++];
	memset(entry, 0, sizeof(*entry));
	entry->name = arena_intern(&tu->arena, clang_getCString(spelling));
	entry->cursor = cursor;
	entry->next_in_bucket = -1;
	entry->in_main_file = tu_location_is_own(tu, clang_getCursorLocation(cursor));
	clang_disposeString(spelling);
}

static enum CXChildVisitResult collect_definition(CXCursor cursor, CXCursor parent,
						  CXClientData data)
{
	struct tu *tu = ((void **)data)[0];
	int *capacity = ((void **)data)[1];

	(void)parent;
	if (clang_getCursorKind(cursor) == CXCursor_FunctionDecl &&
	    clang_isCursorDefinition(cursor))
		add_function(tu, cursor, capacity);
	return CXChildVisit_Continue;
}

static void build_index(struct tu *tu)
{
	int capacity = 0;
	void *data[2] = { tu, &capacity };

	clang_visitChildren(clang_getTranslationUnitCursor(tu->unit),
			    collect_definition, data);
	tu->nbuckets = tu->nfunctions * 2 + 1;
	tu->buckets = malloc(tu->nbuckets * sizeof(*tu->buckets));
	tu->main_functions = malloc((tu->nfunctions + 1) * sizeof(int));
	if (!tu->buckets || !tu->main_functions) {
		fprintf(stderr, "hmcheck: out of memory (function index)\n");
		exit(2);
	}
	for (int i = 0; i < tu->nbuckets; i++)
		tu->buckets[i] = -1;
	/* Insert backwards so that a bucket lists the first definition first. */
	for (int i = tu->nfunctions - 1; i >= 0; i--) {
		unsigned b = hash_name(tu->functions[i].name) % tu->nbuckets;

		tu->functions[i].next_in_bucket = tu->buckets[b];
		tu->buckets[b] = i;
	}
	for (int i = 0; i < tu->nfunctions; i++)
		if (tu->functions[i].in_main_file)
			tu->main_functions[tu->nmain++] = i;
}

static void report_diagnostic(struct tu *tu, CXDiagnostic diag)
{
	CXString text;
	CXFile file;
	CXString name;
	unsigned line, col;

	if (clang_getDiagnosticSeverity(diag) < CXDiagnostic_Error)
		return;
	tu->error_count++;
	if (!tu->opts.show_clang_errors)
		return;
	clang_getFileLocation(clang_getDiagnosticLocation(diag), &file, &line, &col, NULL);
	name = clang_getFileName(file);
	text = clang_getDiagnosticSpelling(diag);
	fprintf(stderr, "%s:%u:%u: error: %s\n",
		clang_getCString(name) ? clang_getCString(name) : tu->main_file,
		line, col, clang_getCString(text));
	clang_disposeString(text);
	clang_disposeString(name);
}

static void report_diagnostics(struct tu *tu)
{
	unsigned n = clang_getNumDiagnostics(tu->unit);

	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic diag = clang_getDiagnostic(tu->unit, i);

		report_diagnostic(tu, diag);
		clang_disposeDiagnostic(diag);
	}
}

static bool parse_unit(struct tu *tu, const char *file, int argc,
		       const char *const *argv)
{
	enum CXErrorCode status;

	tu->index = clang_createIndex(0, 0);
	operator_probe(tu->index);
	status = clang_parseTranslationUnit2(tu->index, file, argv, argc, NULL, 0,
					     CXTranslationUnit_KeepGoing, &tu->unit);
	if (status != CXError_Success || !tu->unit) {
		fprintf(stderr, "%s: error: clang could not parse the file (code %d)\n",
			file, (int)status);
		return false;
	}
	return true;
}

struct tu *tu_parse(const char *file, int argc, const char *const *argv,
		    const struct frontend_options *opts)
{
	struct frontend_options defaults = { .show_clang_errors = true };
	struct tu *tu;

	if (access(file, R_OK) != 0) {
		fprintf(stderr, "%s: error: cannot read the file: %s\n", file,
			strerror(errno));
		return NULL;
	}
	tu = calloc(1, sizeof(*tu));
	if (!tu)
		return NULL;
	arena_init(&tu->arena);
	tu->opts = opts ? *opts : defaults;
	tu->main_file = arena_intern(&tu->arena, file);
	if (!parse_unit(tu, file, argc, argv)) {
		tu_free(tu);
		return NULL;
	}
	report_diagnostics(tu);
	tu_collect_own_files(tu);
	build_index(tu);
	return tu;
}

void tu_free(struct tu *tu)
{
	if (!tu)
		return;
	if (tu->unit)
		clang_disposeTranslationUnit(tu->unit);
	if (tu->index)
		clang_disposeIndex(tu->index);
	free(tu->functions);
	free(tu->buckets);
	free(tu->main_functions);
	free(tu->own_files);
	free(tu->file_slots);
	pointer_memo_free(&tu->noreturn);
	arena_release(&tu->arena);
	free(tu);
}

int tu_error_count(const struct tu *tu)
{
	return tu->error_count;
}

const char *tu_main_file(const struct tu *tu)
{
	return tu->main_file;
}

int tu_nfunctions(struct tu *tu)
{
	return tu->nmain;
}

static struct ir_function *entry_function(struct tu *tu, struct function_entry *entry)
{
	if (!entry->lowered) {
		entry->lowered = 1;
		entry->fn = lower_function(tu, entry->cursor);
	}
	return entry->fn;
}

struct ir_function *tu_function_at(struct tu *tu, int i)
{
	if (i < 0 || i >= tu->nmain)
		return NULL;
	return entry_function(tu, &tu->functions[tu->main_functions[i]]);
}

struct ir_function *tu_function(struct tu *tu, const char *name)
{
	struct function_entry *entry = tu_find_entry(tu, name);

	return entry ? entry_function(tu, entry) : NULL;
}
