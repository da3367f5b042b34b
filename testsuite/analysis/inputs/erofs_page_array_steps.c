#include "kapi.h"

/*
 * Input pages mapped one at a time (erofs lzma shape): the first as
 * `*pages`, which is `pages[0]`, the next ones as `pages[i]` after the
 * index stepped on.  After a step, `pages[i]` names another page than the
 * one released before it.
 */
int consume(const unsigned char *p);

int walk_pages(struct page **pages, struct page *other, int nr)
{
	unsigned char *src = kmap(*pages);
	unsigned char *dst = kmap(other);
	int i = 0, ret = 0;

	ret += consume(src);
	kunmap(pages[i]);
	kunmap(other);
	for (i = 1; i < nr; i++) {
		src = kmap(pages[i]);
		ret += consume(src);
		kunmap(pages[i]);
	}
	dst[0] = 0;	/* expect: use-after-unmap */
	return ret;
}

/*
 * Stepping on before the last unmap: when the loop stops early, the unmap
 * after it is of the next page, which was never mapped (the erofs loop
 * does this only where the input is used up, at the end of the array).
 */
int step_then_unmap(struct page **pages, int nr)
{
	int i = 0, ret = 0;

	for (;;) {
		unsigned char *src = kmap(pages[i]);

		ret += consume(src);
		kunmap(pages[i]);
		if (++i >= nr || ret < 0)
			break;
	}
	if (ret < 0)
		kunmap(pages[i]);	/* expect: unbalanced */
	return ret;
}

/* The same element twice, nothing stepped in between. */
void unmap_element_twice(struct page **pages, int i)
{
	unsigned char *src = kmap(pages[i]);

	consume(src);
	kunmap(pages[i]);
	kunmap(pages[i]);	/* expect: unbalanced */
}
