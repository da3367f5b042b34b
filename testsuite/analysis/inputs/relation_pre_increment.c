#include "kapi.h"

/*
 * `if (++no >= nr) break;` and, after the loop, `if (no < nr)` unmap the
 * current page (erofs lzma's loops): the break decided the second test
 * already.  `++no` is compared after the increment, so the fact is about
 * no's new value; `no < nr` is its negation.
 */
int fill(unsigned char *dst);

int out_pages(struct page **out, int nr)
{
	unsigned char *dst = NULL;
	int no = -1, err = 0;

	for (;;) {
		if (dst) {
			kunmap(out[no]);
			dst = NULL;
		}
		if (++no >= nr)
			break;
		dst = kmap(out[no]);
		err = fill(dst);
		if (err)
			break;
	}
	if (no < nr)
		kunmap(out[no]);
	return err;
}

/* `no <= nr` is not decided by `no >= nr`: at no == nr, a page past the end. */
int out_pages_past_end(struct page **out, int nr)
{
	unsigned char *dst = NULL;
	int no = -1, err = 0;

	for (;;) {
		if (dst) {
			kunmap(out[no]);
			dst = NULL;
		}
		if (++no >= nr)
			break;
		dst = kmap(out[no]);
		err = fill(dst);
		if (err)
			break;
	}
	if (no <= nr)
		kunmap(out[no]);	/* expect: unbalanced */
	return err;
}
