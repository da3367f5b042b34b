#include "kapi.h"

/*
 * A copy loop walks fragments: each is mapped, a flag set, and the flag
 * tested to unmap it before the next one or after the loop.  The loop's
 * exit is not decided by known values, so it forgets the counters it
 * assigns; the flag, only ever set to constants, keeps its value, and the
 * map stays correlated with its unmap.  An exit taken while a fragment is
 * mapped (the error path) is still a leak.
 */
struct frag_list {
	int nr_frags;
	struct page *pages[8];
	unsigned int sizes[8];
};

int frame_space(void);

void copy_frags(struct frag_list *list, char *dest, char *head, unsigned int len,
		unsigned int data_len)
{
	char *src = head;
	unsigned int frag = 0;
	bool unmap = false;

	while (len < data_len) {
		memcpy(dest, src, len);
		data_len -= len;
		dest += len;
		if (unmap) {
			kunmap_atomic(src);
			unmap = false;
			src = head;
		}
		if (frag < list->nr_frags) {
			src = kmap_atomic(list->pages[frag]);
			len = list->sizes[frag++];
			unmap = true;
		}
	}
	memcpy(dest, src, data_len);
	if (unmap)
		kunmap_atomic(src);
}

int copy_frags_error(struct frag_list *list, char *dest, char *head,
		     unsigned int len, unsigned int data_len)
{
	char *src = head;
	unsigned int frag = 0;
	bool unmap = false;

	while (len < data_len) {
		memcpy(dest, src, len);
		data_len -= len;
		dest += len;
		if (unmap) {
			kunmap_atomic(src);
			unmap = false;
			src = head;
		}
		if (frag < list->nr_frags) {
			src = kmap_atomic(list->pages[frag]);	/* expect: leak */
			len = list->sizes[frag++];
			unmap = true;
		}
		if (!frame_space())
			return -1;
	}
	memcpy(dest, src, data_len);
	if (unmap)
		kunmap_atomic(src);
	return 0;
}
