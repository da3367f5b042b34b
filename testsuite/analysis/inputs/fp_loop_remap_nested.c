#include "kapi.h"

/*
 * An outer loop maps a block of usage entries with kmap_atomic(); an inner
 * loop over the entries drops the mapping before each sleeping call and
 * maps the block again after it; the outer iteration unmaps at its end
 * (nilfs_sufile_trim_fs() shape).  The mapping made before the inner loop
 * is released in it, once: each iteration of the outer loop makes and
 * releases its own.  Nothing sleeps while mapped.  The positive functions
 * keep the shape but sleep while the mapping is still held.
 */
void cond_resched(void);
int entry_clean(const char *kaddr, int i);
struct page *usage_page(int block);

static int issue_discard(int start, int len)
{
	cond_resched();
	return start + len;
}

int trim_blocks(int block, int last, int per_block)
{
	char *kaddr;
	int ret = 0, i;

	while (block <= last) {
		struct page *page = usage_page(block);

		issue_discard(0, 0);
		kaddr = kmap_atomic(page);
		for (i = 0; i < per_block; i++) {
			if (entry_clean(kaddr, i)) {
				kunmap_atomic(kaddr);
				ret = issue_discard(i, 1);
				if (ret < 0)
					return ret;
				kaddr = kmap_atomic(page);
			}
		}
		kunmap_atomic(kaddr);
		block++;
	}
	return ret;
}

/* The inner loop sleeps before it unmaps: the outer mapping is held. */
int trim_blocks_sleep_first(int block, int last, int per_block)
{
	char *kaddr;
	int ret = 0, i;

	while (block <= last) {
		struct page *page = usage_page(block);

		kaddr = kmap_atomic(page);
		for (i = 0; i < per_block; i++) {
			if (entry_clean(kaddr, i)) {
				ret = issue_discard(i, 1);	/* expect: sleep-in-atomic */
				kunmap_atomic(kaddr);
				kaddr = kmap_atomic(page);
			}
		}
		kunmap_atomic(kaddr);
		block++;
	}
	return ret;
}

/* The mapping made again in the inner loop is held across the next sleep. */
int trim_blocks_sleep_after_remap(int block, int last, int per_block)
{
	char *kaddr;
	int ret = 0, i;

	while (block <= last) {
		struct page *page = usage_page(block);

		kaddr = kmap_atomic(page);
		for (i = 0; i < per_block; i++) {
			if (entry_clean(kaddr, i)) {
				kunmap_atomic(kaddr);
				kaddr = kmap_atomic(page);
				ret = issue_discard(i, 1);	/* expect: sleep-in-atomic */
			}
		}
		kunmap_atomic(kaddr);
		block++;
	}
	return ret;
}

/*
 * The outer iteration forgets its unmap: the next one sleeps at its head,
 * and again in the inner loop, with the last iteration's mapping held.
 */
int trim_blocks_no_outer_unmap(int block, int last, int per_block)
{
	char *kaddr;
	int ret = 0, i;

	while (block <= last) {
		struct page *page = usage_page(block);

		issue_discard(0, 0);	/* expect: sleep-in-atomic */
		kaddr = kmap_atomic(page);	/* expect: leak */
		for (i = 0; i < per_block; i++) {
			if (entry_clean(kaddr, i)) {
				kunmap_atomic(kaddr);
				ret = issue_discard(i, 1);	/* expect: sleep-in-atomic */
				kaddr = kmap_atomic(page);	/* expect: leak */
			}
		}
		block++;
	}
	return ret;
}
