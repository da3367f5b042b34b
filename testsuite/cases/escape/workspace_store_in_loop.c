// SPDX-License-Identifier: GPL-2.0
/*
 * A consumer walks a run of pages through a workspace the caller owns: the
 * first page is mapped before the loop, each next one in it, and the
 * workspace is left pointing at the last mapping, released.  Both stores
 * leave a released address in the caller's memory (one page or several),
 * and hmcheck reports each at its own line; the engine faults where the
 * caller reads through the workspace afterwards.
 */
#include <linux/highmem.h>
#include <hmcase.h>

struct in_buffer {
	const unsigned char *src;
	unsigned int pos;
};

struct workspace {
	struct in_buffer in;
	unsigned int sum;
};

static bool consume(struct workspace *w)
{
	w->sum += w->in.src[w->in.pos];
	w->in.pos += 1024;
	return w->in.pos >= PAGE_SIZE;
}

static void sum_pages(struct workspace *w, struct page **pages, int n)
{
	int i = 0;

	w->in.src = kmap_local_page(pages[0]);	/* expect-static: escape -- the engine faults later, at the caller's read */
	w->in.pos = 0;
	while (1) {
		if (!consume(w))
			continue;
		kunmap_local(w->in.src);
		if (++i == n)
			break;
		w->in.src = kmap_local_page(pages[i]);	/* expect-static: escape -- the engine faults later, at the caller's read */
		w->in.pos = 0;
	}
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(in[0]) };
	struct workspace w = { .sum = 0 };

	sum_pages(&w, pages, 2);
	w.sum += w.in.src[0];	/* expect-runtime: use-after-unmap -- hmcheck reports the escaping stores in sum_pages */
}
