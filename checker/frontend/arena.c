// SPDX-License-Identifier: GPL-2.0
/*
 * arena.c - bump allocation in chunks, and the interned-string set.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define CHUNK_SIZE	(64 * 1024)

struct arena_chunk {
	struct arena_chunk *next;
	size_t used;
	size_t size;
	max_align_t data[];
};

static void *must_malloc(size_t size)
{
	void *p = malloc(size);

	if (!p) {
		fprintf(stderr, "hmcheck: out of memory (%zu bytes)\n", size);
		exit(2);
	}
	return p;
}

void arena_init(struct arena *arena)
{
	memset(arena, 0, sizeof(*arena));
}

void arena_release(struct arena *arena)
{
	struct arena_chunk *chunk = arena->chunks;

	while (chunk) {
		struct arena_chunk *next = chunk->next;

		free(chunk);
		chunk = next;
	}
	free(arena->strings);
	memset(arena, 0, sizeof(*arena));
}

static struct arena_chunk *new_chunk(struct arena *arena, size_t size)
{
	struct arena_chunk *chunk = must_malloc(sizeof(*chunk) + size);

	chunk->used = 0;
	chunk->size = size;
	chunk->next = arena->chunks;
	arena->chunks = chunk;
	return chunk;
}

void *arena_alloc(struct arena *arena, size_t size)
{
	struct arena_chunk *chunk = arena->chunks;
	size_t align = sizeof(max_align_t);
	void *p;

	size = (size + align - 1) & ~(align - 1);
	if (size == 0)
		size = align;
	if (!chunk || chunk->size - chunk->used < size) {
		/* Large requests get a chunk of their own, sized exactly. */
		chunk = new_chunk(arena, size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE);
	}
	p = (char *)chunk->data + chunk->used;
	chunk->used += size;
	memset(p, 0, size);
	return p;
}

void *arena_copy(struct arena *arena, const void *data, size_t size)
{
	void *p = arena_alloc(arena, size);

	if (size)
		memcpy(p, data, size);
	return p;
}

static size_t hash_text(const char *text, size_t len)
{
	size_t hash = 14695981039346656037ULL & SIZE_MAX;

	for (size_t i = 0; i < len; i++)
		hash = (hash ^ (unsigned char)text[i]) * 1099511628211ULL;
	return hash;
}

static void grow_strings(struct arena *arena)
{
	size_t slots = arena->string_slots ? arena->string_slots * 2 : 256;
	char **table = calloc(slots, sizeof(*table));

	if (!table) {
		fprintf(stderr, "hmcheck: out of memory (string table)\n");
		exit(2);
	}
	for (size_t i = 0; i < arena->string_slots; i++) {
		char *s = arena->strings[i];
		size_t at;

		if (!s)
			continue;
		at = hash_text(s, strlen(s)) & (slots - 1);
		while (table[at])
			at = (at + 1) & (slots - 1);
		table[at] = s;
	}
	free(arena->strings);
	arena->strings = table;
	arena->string_slots = slots;
}

const char *arena_intern_len(struct arena *arena, const char *text, size_t len)
{
	size_t at;
	char *copy;

	if ((arena->nstrings + 1) * 2 > arena->string_slots)
		grow_strings(arena);
	at = hash_text(text, len) & (arena->string_slots - 1);
	for (; arena->strings[at]; at = (at + 1) & (arena->string_slots - 1)) {
		char *s = arena->strings[at];

		if (strncmp(s, text, len) == 0 && s[len] == '\0')
			return s;
	}
	copy = arena_alloc(arena, len + 1);
	memcpy(copy, text, len);
	arena->strings[at] = copy;
	arena->nstrings++;
	return copy;
}

const char *arena_intern(struct arena *arena, const char *text)
{
	return arena_intern_len(arena, text ? text : "", text ? strlen(text) : 0);
}
