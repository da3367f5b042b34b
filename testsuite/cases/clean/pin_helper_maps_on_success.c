// SPDX-License-Identifier: GPL-2.0
/*
 * A helper answers "pinned?": 1 with the page mapped and the mapping
 * handed over through an out-parameter (or NULL there for a page it need
 * not map), 0 with nothing held.  The caller retries while it gets 0,
 * gives up from inside that loop, and unmaps after each success; the
 * sleep after giving up holds no mapping.
 */
#include <linux/delay.h>
#include <linux/highmem.h>
#include <hmcase.h>

struct window {
	struct page *page;
	int direct;
	int misses;
};

static int pin(struct window *w, char **mapp)
{
	char *map;

	if (w->direct) {
		*mapp = NULL;
		return 1;
	}
	map = kmap_atomic(w->page);
	if (w->misses) {
		w->misses--;
		kunmap_atomic(map);
		return 0;
	}
	*mapp = map;
	return 1;
}

static int fill(struct window *w, int n, int patience)
{
	char *map;

	while (n) {
		while (!pin(w, &map)) {
			if (!patience--)
				goto out;
		}
		if (map) {
			map[n & 7] = 1;
			kunmap_atomic(map);
		}
		n--;
	}
out:
	msleep(1);
	return n;
}

HMCASE_INPUTS(2, 3, 2);

void hmcase_run(const int *in)
{
	struct window w = {
		.page = hmcase_page(1), .direct = in[0], .misses = in[1],
	};

	(void)fill(&w, 2, in[2]);
}
