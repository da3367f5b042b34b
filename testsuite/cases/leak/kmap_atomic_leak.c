// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap_atomic() section left through a `break` that skips
 * kunmap_atomic(): the mapping (and disabled preemption) outlives the loop.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static int find_marker(struct page **pages, int n, unsigned int marker)
{
	int i;

	for (i = 0; i < n; i++) {
		unsigned int *addr = kmap_atomic(pages[i]);	/* expect: leak */

		if (addr[0] == marker)
			break;
		kunmap_atomic(addr);
	}
	return i < n ? i : -1;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(in[0]) };

	(void)find_marker(pages, 2, in[1] ? 0 : 0xdead);
}
