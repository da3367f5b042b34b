// options: --max-states 4
#include "kapi.h"

/*
 * A block past its budget of states drops their branch facts so that they
 * merge.  A fact about a parameter the function never assigns is kept:
 * here `if (dest_page)` before the loop decides both tests in its body,
 * and forgetting it at the loop head would let one iteration map and
 * unmap, and the next skip the map but use the released address (btrfs
 * read_key_bytes, whose loop fills the head's budget).
 */
struct item_walk {
	int slots[8];
	int readahead;
};

unsigned long item_bytes(struct item_walk *walk, int slot);
void copy_item_to(struct item_walk *walk, void *dst, unsigned long len);
int next_item(struct item_walk *walk);

int read_items(struct item_walk *walk, char *dest, unsigned long len,
	       struct page *dest_page)
{
	char *kaddr = dest;
	unsigned long dest_offset = 0;
	int copied = 0;

	if (dest_page)
		walk->readahead = 1;
	while (len > 0) {
		unsigned long bytes = item_bytes(walk, walk->slots[0]);

		if (bytes > len)
			break;
		if (dest) {
			if (dest_page)
				kaddr = kmap_local_page(dest_page);
			copy_item_to(walk, kaddr + dest_offset, bytes);
			if (dest_page)
				kunmap_local(kaddr);
		}
		dest_offset += bytes;
		len -= bytes;
		copied += bytes;
		walk->slots[0]++;
		if (next_item(walk) < 0)
			break;
	}
	return copied;
}
