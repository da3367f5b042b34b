#include "kapi.h"

/*
 * A release helper unmaps what its caller mapped.  kunmap() drops one
 * pkmap reference: a second kunmap() of the same page, with nothing in
 * between that could give the spelling another page or map it again,
 * drops a reference the caller did not take (kunmap_high() hits BUG_ON
 * at zero).  Likewise a second kunmap_local() of the same slot.  The
 * release is remembered by the argument's spelling while it names the
 * same value: its variables not written (an index included), for a
 * member nothing stored into it, for a computed page (an accessor of
 * this file, a macro's arithmetic, an index) nothing stored at all, and
 * no call that may map.  A page this function kmap()ed twice may be
 * kunmap()ed twice.
 */
struct sgl {
	unsigned long page_link;
	unsigned int len;
};

/* Writes nothing, calls nothing: the same argument, the same page. */
static inline struct page *sgl_page(struct sgl *sg)
{
	return (struct page *)(sg->page_link & ~3UL);
}

extern unsigned long page_map_base;
#define pfn_to_pg(pfn) ((struct page *)(page_map_base + (pfn) * 64))

struct pbuf {
	struct page *page;
	int count;
};

struct segment {
	struct sgl *sg;
};

struct gart {
	struct page **pages;
	unsigned long npages;
};

struct page *next_page(struct segment *seg);
void refill(struct pbuf *buf);

void put_page_twice(struct page *page)
{
	kunmap(page);
	kunmap(page);	/* expect: unbalanced */
}

void pbuf_unmap(struct pbuf *buf)
{
	kunmap(buf->page);
	kunmap(buf->page);	/* expect: unbalanced */
}

void segment_unmap(struct segment *seg)
{
	kunmap(sgl_page(seg->sg));
	kunmap(sgl_page(seg->sg));	/* expect: unbalanced */
}

void pfn_unmap(unsigned long pfn)
{
	kunmap(pfn_to_pg(pfn));
	kunmap(pfn_to_pg(pfn));	/* expect: unbalanced */
}

void unmap_iov(struct sgl *sg, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		kunmap(sgl_page(&sg[i]));
		kunmap(sgl_page(&sg[i]));	/* expect: unbalanced */
	}
}

void unmap_slots(void **pointers, int n)
{
	int stripe;

	for (stripe = 0; stripe < n; stripe++) {
		kunmap_local(pointers[stripe]);
		kunmap_local(pointers[stripe]);	/* expect: unbalanced */
	}
}

/* Mapped here by another name: the release took the only kmap() live. */
int gart_read(struct gart *g, unsigned long p, char *out)
{
	struct page *page = g->pages[p];
	char *ptr;

	if (!page)
		return -1;
	ptr = kmap(page);
	memcpy(out, ptr, 16);
	kunmap(g->pages[p]);
	kunmap(g->pages[p]);	/* expect: unbalanced */
	return 0;
}

/* Two references taken here, two dropped. */
void map_twice(struct page *page, char *out)
{
	char *a = kmap(page);
	char *b = kmap(page);

	memcpy(out, a, 8);
	memcpy(out + 8, b, 8);
	kunmap(page);
	kunmap(page);
}

/* Two kmap()s live, the page's identity lost: either may be meant. */
void map_two_release_by_other_name(struct gart *g, char *out)
{
	struct page *first = g->pages[0], *second = g->pages[1];

	memcpy(out, kmap(first), 8);
	memcpy(out + 8, kmap(second), 8);
	kunmap(g->pages[g->npages]);
	kunmap(g->pages[g->npages]);
}

void release_each(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		kunmap(pages[i]);
}

void release_by_flag(struct page *page, int dirty)
{
	if (dirty)
		kunmap(page);
	else
		kunmap(page);
}

void release_two(struct page *page, struct page *other)
{
	kunmap(page);
	page = other;
	kunmap(page);
}

void release_member_refilled(struct pbuf *buf, struct page *other)
{
	kunmap(buf->page);
	buf->page = other;
	kunmap(buf->page);
}

void release_next_index(struct page **pages, int i)
{
	kunmap(pages[i]);
	i++;
	kunmap(pages[i]);
}

/* refill() may kmap() buf->page again, or put another page there. */
void release_after_refill(struct pbuf *buf)
{
	kunmap(buf->page);
	refill(buf);
	kunmap(buf->page);
}

/* An iterator of another file: each call may return another page. */
void release_iterated(struct segment *seg)
{
	kunmap(next_page(seg));
	kunmap(next_page(seg));
}

/* The segment moved on: the accessor reads another entry. */
void release_moved(struct segment *seg)
{
	kunmap(sgl_page(seg->sg));
	seg->sg = seg->sg + 1;
	kunmap(sgl_page(seg->sg));
}

/* A kmap() made in between may be of that very page. */
void release_remapped(struct page *page, struct page *other, char *out)
{
	char *addr;

	kunmap(page);
	addr = kmap(other);
	out[0] = addr[0];
	kunmap(page);
}

void release_slot_moved(void **pointers, int stripe)
{
	kunmap_local(pointers[stripe]);
	stripe--;
	kunmap_local(pointers[stripe]);
}

/*
 * The doubled release is one mistake: as to sleeping, the second kunmap()
 * is the caller's page again, not a sleep of its own in the helper.
 */
struct rx_segment {
	struct sgl *sg;
	void *mapped;
	int atomic;
};

static void rx_segment_unmap(struct rx_segment *s)
{
	if (s->mapped) {
		if (s->atomic) {
			kunmap_atomic(s->mapped);
		} else {
			kunmap(sgl_page(s->sg));
			kunmap(sgl_page(s->sg));	/* expect: unbalanced */
		}
		s->mapped = NULL;
	}
}

static void rx_segment_map(struct rx_segment *s, int atomic)
{
	s->atomic = atomic;
	if (atomic)
		s->mapped = kmap_atomic(sgl_page(s->sg));
	else
		s->mapped = kmap(sgl_page(s->sg));
}

int rx_segment_recv(struct rx_segment *s)
{
	rx_segment_map(s, 1);
	do_something(s->mapped);
	rx_segment_unmap(s);
	return 0;
}

/*
 * Mapped here into an array, unmapped in the reverse loop: the unmap is
 * matched to the latest mapping kept in the array.  A second unmap of the
 * same element is the same address again, not the mapping below it.
 */
void xor_stripes(struct page **pages, int nr, char *out)
{
	void *pointers[8];
	int stripe;

	for (stripe = 0; stripe < nr; stripe++)
		pointers[stripe] = kmap_local_page(pages[stripe]);
	memcpy(out, pointers[0], 16);
	for (stripe = stripe - 1; stripe >= 0; stripe--) {
		kunmap_local(pointers[stripe]);
		kunmap_local(pointers[stripe]);	/* expect: unbalanced */
	}
}

void xor_stripes_once(struct page **pages, int nr, char *out)
{
	void *pointers[8];
	int stripe;

	for (stripe = 0; stripe < nr; stripe++)
		pointers[stripe] = kmap_local_page(pages[stripe]);
	memcpy(out, pointers[0], 16);
	for (stripe = stripe - 1; stripe >= 0; stripe--)
		kunmap_local(pointers[stripe]);
}

/*
 * Still reported: the parity mapping stored in heap memory outlives its
 * release; naming the inner loop's releases must not hide it.
 */
void *kcalloc(size_t n, size_t size, gfp_t flags);

int scrub_stripes(struct page **pages, struct page *p_page, int nr_data, int n)
{
	void **pointers = kcalloc(8, sizeof(void *), GFP_KERNEL);
	int stripe, sectornr;
	void *parity;

	if (!pointers)
		return -12;
	pointers[nr_data] = kmap_local_page(p_page);	/* expect: escape */
	for (sectornr = 0; sectornr < n; sectornr++) {
		for (stripe = 0; stripe < nr_data; stripe++)
			pointers[stripe] = kmap_local_page(pages[stripe]);
		memcpy(pointers[nr_data], pointers[0], 16);
		parity = kmap_local_page(pages[7]);
		memcpy(parity, pointers[1], 16);
		kunmap_local(parity);
		for (stripe = nr_data - 1; stripe >= 0; stripe--)
			kunmap_local(pointers[stripe]);
	}
	kunmap_local(pointers[nr_data]);
	kfree(pointers);
	return 0;
}
