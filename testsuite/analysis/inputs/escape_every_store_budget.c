// options: --max-states 4 -v
#include "kapi.h"

/*
 * escape_every_store.c past the state budget (4 here): the loop's tests
 * of flags give each block more states than the budget, their facts are
 * dropped and the states that store in the loop are walked after the
 * ones that return first.  The three stores are reported each at its
 * line; before, only the one before the loop was.  The twin points the
 * workspace away after the last unmap and reports nothing.
 *
 * stage_cleared(): stored and cleared under the same test of a local,
 * with tests of flags between.  Past the budget a state that lost the
 * fact `keep` may pair the store with no clear: such a state reports
 * nothing, and a store through a parameter, which waits for the end of
 * the function to be reported, is no exception (before, line 112 was a
 * false escape).  stage_not_cleared(), the twin, clears under another
 * test and is reported from a precise path.
 */
struct buf {
	const void *src;
	unsigned long pos, size;
};

struct ws {
	struct buf in;
	unsigned int flags;
};

struct page *page_at(unsigned long index);
int step(struct ws *w);
void note(struct ws *w, int what);

int compress_flags(struct ws *w, unsigned long index, unsigned long len)
{
	int ret;

	w->in.src = kmap_local_page(page_at(index));	/* expect: escape */
	w->in.pos = 0;
	while (1) {
		ret = step(w);
		if (ret)
			goto out;
		if (w->flags & 1)
			note(w, 1);
		if (w->flags & 2)
			note(w, 2);
		if (w->flags & 4)
			note(w, 3);
		if (w->in.pos >= len)
			break;
		if (w->in.pos == w->in.size) {
			kunmap_local(w->in.src);
			index++;
			if (w->flags & 8)
				w->in.src = kmap_local_page(page_at(index));	/* expect: escape */
			else
				w->in.src = kmap_local_page(page_at(index)) + 8;	/* expect: escape */
			w->in.pos = 0;
		}
	}
	ret = 0;
out:
	if (w->in.src)
		kunmap_local(w->in.src);
	return ret;
}

int compress_flags_cleared(struct ws *w, unsigned long index, unsigned long len)
{
	int ret;

	w->in.src = kmap_local_page(page_at(index));
	w->in.pos = 0;
	while (1) {
		ret = step(w);
		if (ret)
			goto out;
		if (w->flags & 1)
			note(w, 1);
		if (w->flags & 2)
			note(w, 2);
		if (w->flags & 4)
			note(w, 3);
		if (w->in.pos >= len)
			break;
		if (w->in.pos == w->in.size) {
			kunmap_local(w->in.src);
			index++;
			if (w->flags & 8)
				w->in.src = kmap_local_page(page_at(index));
			else
				w->in.src = kmap_local_page(page_at(index)) + 8;
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

int stage_cleared(struct ws *w, struct page *page)
{
	char *p = kmap_local_page(page);
	int keep = step(w);

	if (keep)
		w->in.src = p;
	if (w->flags & 1)
		note(w, 1);
	if (w->flags & 2)
		note(w, 2);
	if (w->flags & 4)
		note(w, 3);
	if (w->flags & 8)
		note(w, 4);
	step(w);
	kunmap_local(p);
	if (keep)
		w->in.src = NULL;
	return 0;
}

int stage_not_cleared(struct ws *w, struct page *page)
{
	char *p = kmap_local_page(page);
	int keep = step(w);

	if (keep)
		w->in.src = p;	/* expect: escape */
	if (w->flags & 1)
		note(w, 1);
	if (w->flags & 2)
		note(w, 2);
	if (w->flags & 4)
		note(w, 3);
	if (w->flags & 8)
		note(w, 4);
	step(w);
	kunmap_local(p);
	if (w->flags & 16)
		w->in.src = NULL;
	return 0;
}
