/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arena.h - all IR memory of a translation unit comes from one arena and is
 * released at once by tu_free(); strings are interned so that analyses may
 * compare them by pointer.
 */
#ifndef HMCHECK_FRONTEND_ARENA_H
#define HMCHECK_FRONTEND_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *chunks;
	char **strings;		/* open-addressing set of interned strings */
	size_t nstrings;
	size_t string_slots;
};

void arena_init(struct arena *arena);
void arena_release(struct arena *arena);

/* Zeroed memory that lives until arena_release(). */
void *arena_alloc(struct arena *arena, size_t size);
void *arena_copy(struct arena *arena, const void *data, size_t size);

/* The one copy of `text` (or of its first `len` bytes); never NULL. */
const char *arena_intern(struct arena *arena, const char *text);
const char *arena_intern_len(struct arena *arena, const char *text, size_t len);

#endif
