#include "kapi.h"

/*
 * A loop maps the next block of descriptors every few entries into the
 * same pointer (xen-blkback's indirect segments shape).  Unless the
 * previous mapping is released first, the map overwrites its only holder:
 * that mapping can never be released, and with kmap_atomic() preemption
 * stays disabled once per lost mapping.  The single unmap after the loop
 * releases the last mapping only.  Reported at the map, as a leak.
 *
 * Clean: loops that release the previous mapping first (directly or
 * through a copy), that map and unmap each iteration, that keep every
 * mapping in an array, or where another variable still holds the earlier
 * mapping when the map runs; and kmap() in a loop whose pages a second
 * loop kunmap()s (kunmap() names the page, not the address).
 */
struct desc {
	int ref;
	int len;
};

void use_desc(int ref, int len);
void xor_into(char *dst, const char *src, int len);

int read_descs(struct page **pages, int count)
{
	struct desc *descs = NULL;
	int n, sum = 0;

	for (n = 0; n < count; n++) {
		if ((n % 16) == 0)
			descs = kmap_atomic(pages[n / 16]);	/* expect: leak */
		sum += descs[n % 16].len;
	}
	if (descs)
		kunmap_atomic(descs);
	return sum;
}

int read_descs_local(struct page **pages, int count)
{
	struct desc *descs = NULL;
	int n, sum = 0;

	for (n = 0; n < count; n++) {
		if ((n % 16) == 0)
			descs = kmap_local_page(pages[n / 16]);	/* expect: leak */
		use_desc(descs[n % 16].ref, descs[n % 16].len);
		if (descs[n % 16].len < 0)
			break;
	}
	if (descs)
		kunmap_local(descs);
	return sum;
}

/* The fix: release the previous block first. */
int read_descs_fixed(struct page **pages, int count)
{
	struct desc *descs = NULL;
	int n, sum = 0;

	for (n = 0; n < count; n++) {
		if ((n % 16) == 0) {
			if (descs)
				kunmap_atomic(descs);
			descs = kmap_atomic(pages[n / 16]);
		}
		sum += descs[n % 16].len;
	}
	if (descs)
		kunmap_atomic(descs);
	return sum;
}

/* Released through a copy of the pointer. */
int read_descs_via_copy(struct page **pages, int count)
{
	struct desc *descs = NULL;
	int n, sum = 0;

	for (n = 0; n < count; n++) {
		if ((n % 16) == 0) {
			struct desc *old = descs;

			if (old)
				kunmap_atomic(old);
			descs = kmap_atomic(pages[n / 16]);
		}
		sum += descs[n % 16].len;
	}
	if (descs)
		kunmap_atomic(descs);
	return sum;
}

int sum_pages(struct page **pages, int count)
{
	int n, sum = 0;

	for (n = 0; n < count; n++) {
		char *addr = kmap_local_page(pages[n]);

		sum += addr[0];
		kunmap_local(addr);
	}
	return sum;
}

/* Every mapping kept in a frame-local array, released in reverse. */
int sum_pages_array(struct page **pages, int count)
{
	void *addrs[8];
	int n, sum = 0;

	if (count > 8)
		count = 8;
	for (n = 0; n < count; n++) {
		void *addr = kmap_local_page(pages[n]);

		addrs[n] = addr;
		sum += *(char *)addr;
	}
	while (--n >= 0)
		kunmap_local(addrs[n]);
	return sum;
}

/* `first` still holds the first mapping when the next one is made. */
void xor_into_first(struct page **pages, int count)
{
	char *first = NULL, *addr;
	int n;

	for (n = 0; n < count; n++) {
		addr = kmap_local_page(pages[n]);
		if (!first) {
			first = addr;
			continue;
		}
		xor_into(first, addr, 64);
		kunmap_local(addr);
	}
	if (first)
		kunmap_local(first);
}

/* kmap() in one loop, kunmap() of the same pages in another. */
int sum_pages_kmap(struct page **pages, int count)
{
	int n, sum = 0;

	for (n = 0; n < count; n++) {
		char *addr = kmap(pages[n]);

		sum += addr[0];
	}
	for (n = 0; n < count; n++)
		kunmap(pages[n]);
	return sum;
}
