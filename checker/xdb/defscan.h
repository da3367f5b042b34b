/* SPDX-License-Identifier: GPL-2.0 */
/*
 * defscan.h - where is this function defined?  A lexical index of function
 * definitions at file scope, cheap enough to run over a whole kernel tree
 * (no preprocessor, no libclang: comments, literals and directives are
 * skipped, braces are counted, and a name followed by its parameter list,
 * optional annotations and `{` at brace depth 0 is a definition).
 *
 * Both sides of an #if/#else are scanned, so a function defined once per
 * configuration is reported once per branch; `#if 0` code, and the #else of
 * `#if 1`, is dead and skipped.  Names without a lower-case letter
 * (SYSCALL_DEFINE3(...) {, BPF_CALL_2(...) {) are macro-generated definitions
 * and are not reported.  defscan_tree follows no symlink, to a directory or
 * to a file: the target is in the tree already.
 */
#ifndef HMCHECK_XDB_DEFSCAN_H
#define HMCHECK_XDB_DEFSCAN_H

#include <stdbool.h>
#include <stddef.h>

/* One function definition found at file scope. */
struct def_site {
	const char *name;	/* valid during the callback only */
	size_t name_len;
	int line;		/* 1-based line of the name */
	bool is_static;		/* `static` (or `static inline`) before it */
};
typedef void (*def_fn)(void *data, const struct def_site *def);
/* Every definition in C source `text`. */
void defscan_text(const char *text, size_t len, def_fn fn, void *data);
/* Read and scan one file; -1 (errno set) if it cannot be read. */
int defscan_file(const char *path, def_fn fn, void *data);
/*
 * Every .c file under `root` (skipping .git, and symlinked directories),
 * calling `file_fn(data, path)` before that file's definitions; returns the
 * number of files scanned or -1 after a one-line message on stderr naming
 * the path and what is wrong.
 */
int defscan_tree(const char *root, void (*file_fn)(void *data, const char *path),
		 def_fn fn, void *data);
/*
 * The same, leaving out each directory for which `skip_dir(data, path)`
 * says so (`path` relative to `root`: "arch/arm", "arch/x86/boot").
 */
int defscan_tree_skipping(const char *root, bool (*skip_dir)(void *data, const char *relative),
			  void (*file_fn)(void *data, const char *path),
			  def_fn fn, void *data);

#endif /* HMCHECK_XDB_DEFSCAN_H */
