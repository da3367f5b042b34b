// SPDX-License-Identifier: GPL-2.0
/*
 * file_cache.c - a file's contents and the location of an offset in it,
 * without asking libclang to find the file each time.
 *
 * clang_getLocationForOffset() and clang_getFileContents() look the file
 * up by walking every entry of the unit's source manager unless it is the
 * main file: a kernel unit has tens of thousands of them, and lowering a
 * header's inline function asks once per operand's text.  That walk was a
 * sixth of hmcheck's time on a large file.  So each file is looked up once:
 * its contents and the location of its first byte are kept, and the
 * location of an offset is that of the first byte moved by the offset, the
 * way clang numbers a file's characters.  Each such location is confirmed
 * by clang_getFileLocation() (a cheap binary search) before it is used; on
 * a libclang that numbers them otherwise, the slow call answers.
 *
 * The location is the plain file location: clang_getLocationForOffset()
 * gives, inside a macro argument, the argument's place in the expansion,
 * and for an argument of a macro written in another macro's arguments its
 * end cut the text short (`*` for pmd_val(*pmd) inside pr_alert()).
 */
#include <stdio.h>
#include <stdlib.h>

#include "tu_internal.h"

struct file_slot {
	CXFile file;
	bool contents_known;	/* contents and size asked (the slow lookup) */
	const char *contents;
	size_t size;
	const char *name;	/* interned; NULL until asked */
	CXSourceLocation start;
	int start_state;	/* 0 not asked, 1 usable, -1 not */
};

static size_t file_hash(CXFile file)
{
	size_t key = (size_t)file;

	return (key >> 4) * 2654435761u;
}

static void slots_grow(struct tu *tu)
{
	size_t old_count = tu->file_slot_count;
	struct file_slot *old = tu->file_slots;

	tu->file_slot_count = old_count ? old_count * 2 : 256;
	tu->file_slots = calloc(tu->file_slot_count, sizeof(*old));
	if (!tu->file_slots) {
		fprintf(stderr, "hmcheck: out of memory (file cache)\n");
		exit(2);
	}
	tu->file_slots_used = 0;
	for (size_t i = 0; i < old_count; i++) {
		struct file_slot *slot;

		if (!old[i].file)
			continue;
		slot = tu_file_slot(tu, old[i].file);
		*slot = old[i];
	}
	free(old);
}

/* The file's slot, made (empty but for the file) on first use. */
struct file_slot *tu_file_slot(struct tu *tu, CXFile file)
{
	size_t mask, i;

	if ((tu->file_slots_used + 1) * 2 > tu->file_slot_count)
		slots_grow(tu);
	mask = tu->file_slot_count - 1;
	for (i = file_hash(file) & mask; tu->file_slots[i].file; i = (i + 1) & mask)
		if (tu->file_slots[i].file == file)
			return &tu->file_slots[i];
	tu->file_slots[i].file = file;
	tu->file_slots_used++;
	return &tu->file_slots[i];
}

const char *tu_file_contents(struct tu *tu, CXFile file, size_t *size)
{
	struct file_slot *slot = tu_file_slot(tu, file);

	if (!slot->contents_known) {
		slot->contents = clang_getFileContents(tu->unit, file, &slot->size);
		slot->contents_known = true;
	}
	*size = slot->contents ? slot->size : 0;
	return slot->contents;
}

const char *tu_file_name(struct tu *tu, CXFile file)
{
	struct file_slot *slot = tu_file_slot(tu, file);

	if (!slot->name) {
		CXString name = clang_getFileName(file);

		slot->name = arena_intern(&tu->arena, clang_getCString(name));
		clang_disposeString(name);
	}
	return slot->name;
}

static bool location_is(CXSourceLocation location, CXFile file, unsigned offset)
{
	CXFile at_file;
	unsigned at_offset;

	clang_getFileLocation(location, &at_file, NULL, NULL, &at_offset);
	return at_file && clang_File_isEqual(at_file, file) && at_offset == offset;
}

/* clang's mark of a location inside a macro expansion. */
#define MACRO_LOCATION_BIT	0x80000000u

bool tu_location_in_macro(CXSourceLocation location)
{
	return location.int_data & MACRO_LOCATION_BIT;
}

/*
 * A file location is its file's start moved by its offset: `known`, at
 * `known_offset` in the file, gives the start without the slow lookup when
 * it is a file location (a macro's is not, and is not used).
 */
static void find_start(struct tu *tu, struct file_slot *slot, CXFile file,
		       const CXSourceLocation *known, unsigned known_offset)
{
	if (known && !(known->int_data & MACRO_LOCATION_BIT) &&
	    known->int_data >= known_offset) {
		slot->start = *known;
		slot->start.int_data -= known_offset;
		if (location_is(slot->start, file, 0)) {
			slot->start_state = 1;
			return;
		}
	}
	slot->start = clang_getLocationForOffset(tu->unit, file, 0);
	slot->start_state = location_is(slot->start, file, 0) ? 1 : -1;
}

CXSourceLocation tu_location_near(struct tu *tu, CXFile file, unsigned offset,
				  const CXSourceLocation *known, unsigned known_offset)
{
	struct file_slot *slot = tu_file_slot(tu, file);
	CXSourceLocation location;

	if (!slot->start_state)
		find_start(tu, slot, file, known, known_offset);
	/* Callers' offsets are of places in the file, at most its end. */
	if (!tu->file_offsets_unusable && slot->start_state > 0) {
		location = slot->start;
		location.int_data += offset;
		if (location_is(location, file, offset))
			return location;
		tu->file_offsets_unusable = true;
	}
	return clang_getLocationForOffset(tu->unit, file, offset);
}

void tu_file_hint(struct tu *tu, CXSourceLocation known)
{
	struct file_slot *slot;
	CXFile file;
	unsigned offset;

	if (known.int_data & MACRO_LOCATION_BIT)
		return;
	clang_getFileLocation(known, &file, NULL, NULL, &offset);
	if (!file)
		return;
	slot = tu_file_slot(tu, file);
	if (!slot->start_state)
		find_start(tu, slot, file, &known, offset);
}

CXSourceLocation tu_location_at(struct tu *tu, CXFile file, unsigned offset)
{
	return tu_location_near(tu, file, offset, NULL, 0);
}
