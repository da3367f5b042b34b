#include "kapi.h"

/*
 * Every store that leaves a mapping's address in the caller's memory
 * when the mapping is released is reported at its own line, whichever
 * path the walk finished first: the stores waiting for the function's
 * end (a store through a parameter is reported only if no path hands the
 * mapping over there) are a set of store lines, not one per place.
 * Before, the first path to return chose the line and the other store
 * was dropped: compress_pages() lost the store in its loop,
 * pick_offset() the one in its else branch.  The clean twins keep what made them clean: a store
 * cleared after the unmap, overwritten before it, handed over to the
 * caller on some path, or a copy kept in a local.
 */
struct buf {
	const void *src;
	unsigned long pos, size;
};

struct ws {
	struct buf in;
	void *spare;
};

struct page *page_at(unsigned long index);
int step(struct ws *w);

int compress_pages(struct ws *w, unsigned long index, unsigned long len)
{
	int ret;

	w->in.src = kmap_local_page(page_at(index));	/* expect: escape */
	w->in.pos = 0;
	while (1) {
		ret = step(w);
		if (ret)
			goto out;
		if (w->in.pos >= len)
			break;
		if (w->in.pos == w->in.size) {
			kunmap_local(w->in.src);
			index++;
			w->in.src = kmap_local_page(page_at(index));	/* expect: escape */
			w->in.pos = 0;
		}
	}
	ret = 0;
out:
	if (w->in.src)
		kunmap_local(w->in.src);
	return ret;
}

/* The same loop, the workspace pointed away after the last unmap. */
int compress_pages_cleared(struct ws *w, unsigned long index, unsigned long len)
{
	int ret;

	w->in.src = kmap_local_page(page_at(index));
	w->in.pos = 0;
	while (1) {
		ret = step(w);
		if (ret)
			goto out;
		if (w->in.pos >= len)
			break;
		if (w->in.pos == w->in.size) {
			kunmap_local(w->in.src);
			index++;
			w->in.src = kmap_local_page(page_at(index));
			w->in.pos = 0;
		}
	}
	ret = 0;
out:
	if (w->in.src) {
		kunmap_local(w->in.src);
		w->in.src = NULL;
	}
	return ret;
}

int pick_offset(struct ws *w, struct page *page, int mode)
{
	char *p = kmap_local_page(page);

	if (mode)
		w->in.src = p;		/* expect: escape */
	else
		w->in.src = p + 16;	/* expect: escape */
	step(w);
	kunmap_local(p);
	return 0;
}

/* One branch's store is overwritten before the unmap: the other leaks. */
int pick_offset_one_overwritten(struct ws *w, struct page *page, int mode)
{
	char *p = kmap_local_page(page);

	if (mode) {
		w->in.src = p;
		step(w);
		w->in.src = w->spare;
	} else {
		w->in.src = p + 16;	/* expect: escape */
		step(w);
	}
	kunmap_local(p);
	return 0;
}

int pick_offset_cleared(struct ws *w, struct page *page, int mode)
{
	char *p = kmap_local_page(page);

	if (mode)
		w->in.src = p;
	else
		w->in.src = p + 16;
	step(w);
	kunmap_local(p);
	w->in.src = NULL;
	return 0;
}

/* A map helper: the caller owns the mapping unless it failed to start. */
int pick_offset_handed_over(struct ws *w, struct page *page, int mode)
{
	char *p = kmap_local_page(page);

	if (mode)
		w->in.src = p;
	else
		w->in.src = p + 16;
	if (step(w)) {
		kunmap_local(p);
		return -5;
	}
	return 0;
}

/* A copy in a local dies with the frame. */
int pick_offset_local(struct ws *w, struct page *page, int mode)
{
	char *p = kmap_local_page(page);
	const char *src;
	int ret;

	if (mode)
		src = p;
	else
		src = p + 16;
	ret = src[0] + step(w);
	kunmap_local(p);
	return ret;
}
