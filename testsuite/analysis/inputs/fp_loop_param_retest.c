#include "kapi.h"

/*
 * A copy loop maps the caller's page only when it was handed one:
 * `if (dest_page) kaddr = kmap_local_page(dest_page); ... if (dest_page)
 * kunmap_local(kaddr);` (btrfs read_key_bytes).  The parameter is never
 * assigned, so every iteration takes the same side of both tests, even
 * though the first test of it sits in the loop body and records the fact
 * the next iteration's test reads.  A test that can leave its loop is not
 * bound by its own earlier answer (it must be free to stop the loop); a
 * test that changes what it reads is not bound at all.
 */
struct item_source {
	int ready;
	unsigned long sizes[8];
};

unsigned long next_size(struct item_source *src, int slot);
void copy_item(struct item_source *src, void *dst, unsigned long len);
struct page *next_page(struct page *page);

int copy_items(struct item_source *src, char *dest, unsigned long len,
	       struct page *dest_page)
{
	char *kaddr = dest;
	unsigned long dest_offset = 0;
	int slot = 0;

	while (len > 0) {
		unsigned long bytes = next_size(src, slot++);

		if (bytes > len)
			break;
		if (dest) {
			if (dest_page)
				kaddr = kmap_local_page(dest_page);
			copy_item(src, kaddr + dest_offset, bytes);
			if (dest_page)
				kunmap_local(kaddr);
		}
		dest_offset += bytes;
		len -= bytes;
	}
	return slot;
}

/*
 * The page changes between the two tests: the second may skip the unmap,
 * or release what the first did not map.
 */
int copy_items_moving(struct item_source *src, unsigned long len,
		      struct page *page)
{
	char *kaddr = NULL;
	int slot = 0;

	while (len > 0) {
		unsigned long bytes = next_size(src, slot++);

		if (bytes > len)
			break;
		if (page)
			kaddr = kmap_local_page(page);	/* expect: leak */
		copy_item(src, kaddr, bytes);
		page = next_page(page);
		if (page)
			kunmap_local(kaddr);	/* expect: unbalanced */
		len -= bytes;
	}
	return slot;
}

/*
 * A loop test nothing in its body changes, as far as the walk can see,
 * still ends the loop: the mapping left behind after it is a leak.
 */
int map_then_poll(struct item_source *src, struct page *page)
{
	char *p = kmap_local_page(page);	/* expect: leak */

	while (!src->ready)
		;
	return p[0];
}
