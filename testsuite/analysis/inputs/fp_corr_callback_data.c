#include "kapi.h"

/*
 * A block driver fills a local setup structure, maps the bounce data when
 * the request needs a copy, and walks the grants with an iterator (a
 * function without a body) that hands the structure's address, as opaque
 * data, to a callback of this file.  The callback writes other members of
 * the structure; the flag the map depends on keeps its value through the
 * stores into other members and through the iterator, and the unmap
 * correlates with the map.
 */
struct ring_request {
	unsigned int seg[8];
};

struct grant_setup {
	int need_copy;
	unsigned int grant_idx;
	unsigned int bvec_off;
	char *bvec_data;
	char *segments;
	struct ring_request *ring_req, *extra_ring_req;
	struct page *grant_pages[8];
};

struct page *grant_page(struct page **pages, unsigned int idx);

typedef void (*grant_fn)(unsigned long gfn, unsigned int offset,
			 unsigned int len, void *data);
void foreach_grant_in_range(struct page *page, unsigned int offset,
			    unsigned int len, grant_fn fn, void *data);

static void setup_grant(unsigned long gfn, unsigned int offset,
			unsigned int len, void *data)
{
	struct grant_setup *setup = data;
	struct ring_request *ring_req = setup->ring_req;

	/* a pointer from one of two members, and one a call returned */
	if (setup->grant_idx >= 8)
		ring_req = setup->extra_ring_req;
	if (setup->need_copy) {
		char *shared = kmap_atomic(grant_page(setup->grant_pages,
						      setup->grant_idx));

		memcpy(shared + offset, setup->bvec_data + setup->bvec_off, len);
		kunmap_atomic(shared);
		setup->bvec_off += len;
	}
	ring_req->seg[setup->grant_idx % 8] = offset;
	setup->grant_idx++;
}

static void stop_copying(unsigned long gfn, unsigned int offset,
			 unsigned int len, void *data)
{
	struct grant_setup *setup = data;

	setup->need_copy = 0;
}

void queue_segment(struct page *page, int need_copy, unsigned int off)
{
	struct grant_setup setup = { .need_copy = need_copy };

	if (setup.need_copy) {
		setup.bvec_off = off;
		setup.bvec_data = kmap_atomic(page);
	}
	foreach_grant_in_range(page, off, 512, setup_grant, &setup);
	if (setup.need_copy)
		kunmap_atomic(setup.bvec_data);
}

/* A callback that writes the flag: the correlation is gone. */
void queue_segment_flag_written(struct page *page, int need_copy)
{
	struct grant_setup setup = { .need_copy = need_copy };

	if (setup.need_copy)
		setup.bvec_data = kmap_atomic(page);	/* expect: leak */
	foreach_grant_in_range(page, 0, 512, stop_copying, &setup);
	if (setup.need_copy)
		kunmap_atomic(setup.bvec_data);
}

/* No callback: the function may write anything it is handed. */
void queue_segment_opaque(struct page *page, int need_copy)
{
	struct grant_setup setup = { .need_copy = need_copy };

	if (setup.need_copy)
		setup.bvec_data = kmap_atomic(page);	/* expect: leak */
	opaque(&setup);
	if (setup.need_copy)
		kunmap_atomic(setup.bvec_data);
}

/* Its address kept in a pointer: a write through any pointer may change it. */
void queue_segment_aliased(struct page *page, int need_copy, int *other)
{
	struct grant_setup setup = { .need_copy = need_copy };
	struct grant_setup *alias = &setup;

	if (setup.need_copy)
		setup.bvec_data = kmap_atomic(page);	/* expect: leak */
	*other = alias->grant_idx;
	if (setup.need_copy)
		kunmap_atomic(setup.bvec_data);
}
