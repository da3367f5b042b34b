#include "kapi.h"

/*
 * A copy loop counts down what is left: `while (len < left)` then
 * `left -= len`, so `left` is above zero after it, and the defensive
 * `else if (left > 0) goto fail` is always taken when no fragment is
 * left to map.  The path where `left` became zero there cannot happen, and
 * the released fragment is never copied from after the loop.  Where the
 * loop test allows len == left, left may reach zero, the copy after the
 * loop reads the released fragment, and that is reported.
 */
#define unlikely(x) __builtin_expect(!!(x), 0)

struct frags {
	int nr;
	struct page *pages[8];
	unsigned int sizes[8];
	int lens[8];
};

int copy_remaining(struct frags *fl, char *dest, char *src, unsigned int len,
		   unsigned int left)
{
	unsigned int frag = 0;
	bool unmap = false;

	while (len < left) {
		memcpy(dest, src, len);
		left -= len;
		dest += len;
		if (unmap) {
			kunmap_atomic(src);
			unmap = false;
		}
		if (frag < fl->nr) {
			src = kmap_atomic(fl->pages[frag]);
			len = fl->sizes[frag++];
			unmap = true;
		} else if (unlikely(left > 0)) {
			goto fail;
		}
	}
	memcpy(dest, src, left);
	if (unmap)
		kunmap_atomic(src);
	return 0;
fail:
	return -1;
}

int copy_remaining_inclusive(struct frags *fl, char *dest, char *src,
			     unsigned int len, unsigned int left)
{
	unsigned int frag = 0;
	bool unmap = false;

	while (len <= left) {
		memcpy(dest, src, len);	/* expect: use-after-unmap */
		left -= len;
		dest += len;
		if (unmap) {
			kunmap_atomic(src);
			unmap = false;
		}
		if (frag < fl->nr) {
			src = kmap_atomic(fl->pages[frag]);
			len = fl->sizes[frag++];
			unmap = true;
		} else if (unlikely(left > 0)) {
			goto fail;
		}
	}
	memcpy(dest, src, left);	/* expect: use-after-unmap */
	if (unmap)
		kunmap_atomic(src);
	return 0;
fail:
	return -1;
}

/*
 * `left` written again after the subtraction: nothing is known of it
 * (signed lengths: a negative `len` keeps the loop going at left == 0).
 */
int copy_remaining_reset(struct frags *fl, char *dest, char *src, int len,
			 int left, int pad)
{
	unsigned int frag = 0;
	bool unmap = false;

	while (len < left) {
		memcpy(dest, src, len);	/* expect: use-after-unmap */
		left -= len;
		left = left * pad;
		dest += len;
		if (unmap) {
			kunmap_atomic(src);
			unmap = false;
		}
		if (frag < fl->nr) {
			src = kmap_atomic(fl->pages[frag]);
			len = fl->lens[frag++];
			unmap = true;
		} else if (unlikely(left > 0)) {
			goto fail;
		}
	}
	memcpy(dest, src, left);	/* expect: use-after-unmap */
	if (unmap)
		kunmap_atomic(src);
	return 0;
fail:
	return -1;
}

/*
 * The fragment's length comes back through a pointer, as from a helper
 * that maps it: `len` is address-taken, and what the path knows of
 * `left` must still survive the copies and calls in between.
 */
static void *map_frag(struct frags *fl, int i, unsigned int *len)
{
	*len = fl->sizes[i];
	return kmap_atomic(fl->pages[i]);
}

int copy_remaining_mapper(struct frags *fl, char *dest, char *src,
			  unsigned int len, unsigned int left)
{
	int frag = 0;
	bool unmap = false;

	while (len < left) {
		memcpy(dest, src, len);
		left -= len;
		dest += len;
		if (unmap) {
			kunmap_atomic(src);
			unmap = false;
		}
		if (frag < fl->nr) {
			src = map_frag(fl, frag++, &len);
			unmap = true;
		} else if (unlikely(left > 0)) {
			goto fail;
		}
	}
	memcpy(dest, src, left);
	if (unmap)
		kunmap_atomic(src);
	return 0;
fail:
	return -1;
}
