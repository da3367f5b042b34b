#include "kapi.h"

/*
 * A decompressor maps an output page whenever its stream has no room left
 * and unmaps it once the stream has filled it; a page left half filled is
 * unmapped after the loop.  A live mapping always comes with room
 * (avail_out != 0), and only the branch facts on avail_out say so.  The
 * loop head sees more states than its budget: past it the known values go,
 * and so must the "zero" that counters set to 0 before the loop (page,
 * cur, and start, offset reset in it) hold as a value of their own, or
 * the states stay apart, the facts are dropped and a remap of the live
 * page is imagined (a false leak).
 */

#define EIO		5
#define ENOMEM		12
#define UNPACK_OK	0
#define UNPACK_END	1
#define UNPACK_NOMEM	(-4)
#define UNPACK_NOBUF	(-5)

struct unpack_stream {
	unsigned char *next_in;
	unsigned int avail_in;
	unsigned char *next_out;
	unsigned int avail_out;
	unsigned long total_out;
	void *work;
};

struct chunk {
	char *data;
};

static char discard_page[PAGE_SIZE];
static struct mutex unpack_lock;
static void *unpack_work;

void *kzalloc_array(int n, unsigned long size);
int fetch_chunks(long first, struct chunk **chunks, int n);
void wait_chunk(struct chunk *c);
int chunk_ok(struct chunk *c);
void put_chunk(struct chunk *c);
int unpack_begin(struct unpack_stream *st);
int unpack_step(struct unpack_stream *st, int flush);
void unpack_end(struct unpack_stream *st);
void flush_dcache_page(struct page *page);
void SetPageUptodate(struct page *page);

long unpack_block(long start, long end, int npages, struct page **pages,
		  unsigned int offset, unsigned int csize, int *errp)
{
	unsigned int mask = csize - 1;
	int i, left = end - start;
	struct unpack_stream st = { .total_out = 0, .avail_in = 0,
				    .avail_out = 0, };
	int ret, want = (left + (start & mask) + mask) / csize;
	int have;
	struct chunk **chunks;
	int cur, page;

	chunks = kzalloc_array(want + 1, sizeof(*chunks));
	if (!chunks) {
		*errp = -ENOMEM;
		return 0;
	}
	have = fetch_chunks(start / csize, chunks, want);

	cur = 0;
	page = 0;

	st.work = unpack_work;
	mutex_lock(&unpack_lock);
	ret = unpack_begin(&st);

	while (page < npages && cur < have && ret != UNPACK_END) {
		if (!st.avail_out) {
			if (pages[page]) {
				st.next_out = kmap_local_page(pages[page]) + offset;
				st.avail_out = PAGE_SIZE - offset;
				offset = 0;
			} else {
				st.next_out = (void *)&discard_page;
				st.avail_out = PAGE_SIZE;
			}
		}
		if (!st.avail_in) {
			wait_chunk(chunks[cur]);
			if (!chunk_ok(chunks[cur])) {
				*errp = -EIO;
				break;
			}
			st.next_in = chunks[cur]->data + (start & mask);
			st.avail_in = csize - (start & mask) < left ?
				      csize - (start & mask) : left;
			left -= st.avail_in;
			start = 0;
		}

		while (st.avail_out && st.avail_in) {
			ret = unpack_step(&st, 3);
			if (ret == UNPACK_NOBUF && st.avail_in == 0)
				break;
			if (ret == UNPACK_END)
				break;
			if (ret != UNPACK_OK) {
				*errp = ret == UNPACK_NOMEM ? -ENOMEM : -EIO;
				goto step_out;
			}
		}

		if (!st.avail_out) {
			if (pages[page]) {
				flush_dcache_page(pages[page]);
				SetPageUptodate(pages[page]);
			}
			if (st.next_out != (unsigned char *)discard_page) {
				kunmap_local(st.next_out);
				st.next_out = NULL;
			}
			page++;
		}
		if (!st.avail_in)
			cur++;
	}
step_out:
	unpack_end(&st);
	if (st.next_out && st.next_out != (unsigned char *)discard_page)
		kunmap_local(st.next_out);
	mutex_unlock(&unpack_lock);
put_out:
	for (i = 0; i < have; i++)
		put_chunk(chunks[i]);
	kfree(chunks);
	return st.total_out;
}

/* The same loop returning on a bad chunk with the page still mapped. */
long unpack_block_leak(long start, long end, int npages, struct page **pages,
		  unsigned int offset, unsigned int csize, int *errp)
{
	unsigned int mask = csize - 1;
	int i, left = end - start;
	struct unpack_stream st = { .total_out = 0, .avail_in = 0,
				    .avail_out = 0, };
	int ret, want = (left + (start & mask) + mask) / csize;
	int have;
	struct chunk **chunks;
	int cur, page;

	chunks = kzalloc_array(want + 1, sizeof(*chunks));
	if (!chunks) {
		*errp = -ENOMEM;
		return 0;
	}
	have = fetch_chunks(start / csize, chunks, want);

	cur = 0;
	page = 0;

	st.work = unpack_work;
	mutex_lock(&unpack_lock);
	ret = unpack_begin(&st);

	while (page < npages && cur < have && ret != UNPACK_END) {
		if (!st.avail_out) {
			if (pages[page]) {
				st.next_out = kmap_local_page(pages[page]) + offset; /* expect: leak */
				st.avail_out = PAGE_SIZE - offset;
				offset = 0;
			} else {
				st.next_out = (void *)&discard_page;
				st.avail_out = PAGE_SIZE;
			}
		}
		if (!st.avail_in) {
			wait_chunk(chunks[cur]);
			if (!chunk_ok(chunks[cur])) {
				*errp = -EIO;
				mutex_unlock(&unpack_lock);
				return 0;
			}
			st.next_in = chunks[cur]->data + (start & mask);
			st.avail_in = csize - (start & mask) < left ?
				      csize - (start & mask) : left;
			left -= st.avail_in;
			start = 0;
		}

		while (st.avail_out && st.avail_in) {
			ret = unpack_step(&st, 3);
			if (ret == UNPACK_NOBUF && st.avail_in == 0)
				break;
			if (ret == UNPACK_END)
				break;
			if (ret != UNPACK_OK) {
				*errp = ret == UNPACK_NOMEM ? -ENOMEM : -EIO;
				goto step_out;
			}
		}

		if (!st.avail_out) {
			if (pages[page]) {
				flush_dcache_page(pages[page]);
				SetPageUptodate(pages[page]);
			}
			if (st.next_out != (unsigned char *)discard_page) {
				kunmap_local(st.next_out);
				st.next_out = NULL;
			}
			page++;
		}
		if (!st.avail_in)
			cur++;
	}
step_out:
	unpack_end(&st);
	if (st.next_out && st.next_out != (unsigned char *)discard_page)
		kunmap_local(st.next_out);
	mutex_unlock(&unpack_lock);
put_out:
	for (i = 0; i < have; i++)
		put_chunk(chunks[i]);
	kfree(chunks);
	return st.total_out;
}
