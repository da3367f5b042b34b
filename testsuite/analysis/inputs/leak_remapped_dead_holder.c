// options: --max-states 2
#include "kapi.h"

/*
 * A loop that fills an array of segments (siw_tx_hdt() shape): a counted
 * exit (`++seg >= MAX`), and in one arm a page mapped into a pointer
 * declared in the loop's body, checksummed, then unmapped.  Without that
 * unmap the next iteration maps into the same pointer and the earlier
 * mapping is lost.  Past the block's budget (two states here) the walk
 * forgets the pointer at the loop's head, as nothing reads it before it
 * is assigned again, and the known segment count, which made each
 * iteration's mapping a record of its own: the leak is still reported at
 * the map.  The same loop with the unmap is clean.
 */
#define MAX_SEGS 8

struct seg {
	void *base;
	int len;
};

void csum_update(void *ctx, const void *data, int len);
struct page *next_page(void *src, int *more);
void release_segs(struct seg *segs, unsigned long mask, int n);

int fill_segs(void *src, void *ctx, struct seg *segs, int copy)
{
	unsigned long mask = 0;
	int seg = 0, more = 1;

	while (more) {
		struct page *p = next_page(src, &more);
		void *kaddr;

		if (!p)
			break;
		if (copy) {
			void *addr = kmap_local_page(p);

			mask |= 1UL << seg;
			segs[seg].base = addr;
			segs[seg].len = 64;
		} else if (ctx) {
			kaddr = kmap_local_page(p);	/* expect: leak */
			csum_update(ctx, kaddr, 64);
		}
		if (++seg >= MAX_SEGS) {
			release_segs(segs, mask, seg - 1);
			return -1;
		}
	}
	release_segs(segs, mask, seg);
	return seg;
}

int fill_segs_fixed(void *src, void *ctx, struct seg *segs, int copy)
{
	unsigned long mask = 0;
	int seg = 0, more = 1;

	while (more) {
		struct page *p = next_page(src, &more);
		void *kaddr;

		if (!p)
			break;
		if (copy) {
			void *addr = kmap_local_page(p);

			mask |= 1UL << seg;
			segs[seg].base = addr;
			segs[seg].len = 64;
		} else if (ctx) {
			kaddr = kmap_local_page(p);
			csum_update(ctx, kaddr, 64);
			kunmap_local(kaddr);
		}
		if (++seg >= MAX_SEGS) {
			release_segs(segs, mask, seg - 1);
			return -1;
		}
	}
	release_segs(segs, mask, seg);
	return seg;
}

void release_segs(struct seg *segs, unsigned long mask, int n)
{
	int i;

	for (i = n - 1; i >= 0; i--)
		if (mask & (1UL << i))
			kunmap_local(segs[i].base);
}
