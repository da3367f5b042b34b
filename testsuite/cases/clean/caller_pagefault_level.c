// SPDX-License-Identifier: GPL-2.0
/*
 * A per-CPU copy area: the map half disables page faults and fills the
 * buffer from two pages under kmap_atomic(); the unmap half writes it back
 * the same way, unless the area is read-only, and ends with the
 * pagefault_enable() matching the map half's pagefault_disable() on both
 * of its paths.  The kmap_atomic() pairs give back only their own level.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <hmcase.h>

struct copy_area {
	char buf[64];
	int read_only;
};

static char *area_map(struct copy_area *area, struct page *pages[2])
{
	char *addr;

	pagefault_disable();
	if (area->read_only)
		goto out;
	addr = kmap_atomic(pages[0]);
	memcpy(area->buf, addr + PAGE_SIZE - 32, 32);
	kunmap_atomic(addr);
	addr = kmap_atomic(pages[1]);
	memcpy(area->buf + 32, addr, 32);
	kunmap_atomic(addr);
out:
	return area->buf;
}

static void area_unmap(struct copy_area *area, struct page *pages[2])
{
	char *addr;

	if (area->read_only)
		goto out;
	addr = kmap_atomic(pages[0]);
	memcpy(addr + PAGE_SIZE - 32, area->buf, 32);
	kunmap_atomic(addr);
	addr = kmap_atomic(pages[1]);
	memcpy(addr, area->buf + 32, 32);
	kunmap_atomic(addr);
out:
	pagefault_enable();
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	struct copy_area area = { .read_only = in[2] };
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(in[1]) };
	char *buf;

	buf = area_map(&area, pages);
	buf[0]++;
	area_unmap(&area, pages);
}
