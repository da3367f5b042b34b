// SPDX-License-Identifier: GPL-2.0
/*
 * pointer_memo.c - open addressing by pointer, never shrunk; a NULL key is
 * never stored.
 */
#include <stdio.h>
#include <stdlib.h>

#include "pointer_memo.h"

static size_t slot_of(const struct pointer_memo *memo, const void *key)
{
	size_t mask = memo->count - 1;
	size_t i = ((size_t)key >> 4) * 2654435761u & mask;

	while (memo->slots[i].key && memo->slots[i].key != key)
		i = (i + 1) & mask;
	return i;
}

bool pointer_memo_get(const struct pointer_memo *memo, const void *key,
		      unsigned char *value)
{
	size_t i;

	if (!memo->count || !key)
		return false;
	i = slot_of(memo, key);
	if (!memo->slots[i].key)
		return false;
	*value = memo->slots[i].value;
	return true;
}

static void grow(struct pointer_memo *memo)
{
	struct pointer_memo old = *memo;

	memo->count = old.count ? old.count * 2 : 256;
	memo->used = 0;
	memo->slots = calloc(memo->count, sizeof(*memo->slots));
	if (!memo->slots) {
		fprintf(stderr, "hmcheck: out of memory (front-end memo)\n");
		exit(2);
	}
	for (size_t i = 0; i < old.count; i++)
		if (old.slots[i].key)
			pointer_memo_put(memo, old.slots[i].key, old.slots[i].value);
	free(old.slots);
}

void pointer_memo_put(struct pointer_memo *memo, const void *key,
		      unsigned char value)
{
	size_t i;

	if (!key)
		return;
	if ((memo->used + 1) * 2 > memo->count)
		grow(memo);
	i = slot_of(memo, key);
	if (!memo->slots[i].key)
		memo->used++;
	memo->slots[i].key = key;
	memo->slots[i].value = value;
}

void pointer_memo_free(struct pointer_memo *memo)
{
	free(memo->slots);
	memo->slots = NULL;
	memo->count = memo->used = 0;
}
