#include "kapi.h"

/*
 * The mapping's address kept as an integer in a member of a local
 * structure (a firmware descriptor wants an unsigned long, as sgx's
 * pginfo.contents does) and unmapped through a cast back: a cast does not
 * move a place, so `(void *)d.contents` names the mapping stored at
 * `d.contents`.  Unmapping it before the later mapping is out of order,
 * twice is unbalanced; in the right order it is clean.
 */
struct descriptor {
	unsigned long contents;
	unsigned long metadata;
};

int submit(struct descriptor *d, void *extra);

int load_swapped(struct page *data, struct page *meta)
{
	struct descriptor d;
	void *extra;
	int ret;

	d.contents = (unsigned long)kmap_atomic(data);
	extra = kmap_atomic(meta);
	ret = submit(&d, extra);
	kunmap_atomic((void *)d.contents);	/* expect: order */
	kunmap_atomic(extra);
	return ret;
}

int load_twice(struct page *data)
{
	struct descriptor d;
	int ret;

	d.contents = (unsigned long)kmap_atomic(data);
	ret = submit(&d, NULL);
	kunmap_atomic((void *)d.contents);
	kunmap_atomic((void *)d.contents);	/* expect: unbalanced */
	return ret;
}

int load_in_order(struct page *data, struct page *meta)
{
	struct descriptor d;
	void *extra;
	int ret;

	d.contents = (unsigned long)kmap_atomic(data);
	extra = kmap_atomic(meta);
	ret = submit(&d, extra);
	kunmap_atomic(extra);
	kunmap_atomic((void *)d.contents);
	return ret;
}
