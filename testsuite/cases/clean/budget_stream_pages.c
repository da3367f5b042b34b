// SPDX-License-Identifier: GPL-2.0
/*
 * A decompressor maps an output page whenever its stream has no room left
 * and unmaps it once the stream has filled it; a page left half filled is
 * unmapped after the loop.  A live mapping always comes with room, which
 * only branch facts on avail_out tell a checker; counters set to 0 before
 * the loop (and an offset and a start reset in it) multiply the loop
 * head's states past the budget.  Nothing leaks, on any input.
 */
#include <linux/highmem.h>
#include <linux/cacheflush.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <hmcase.h>

#define UNPACK_OK	0
#define UNPACK_END	1
#define UNPACK_NOMEM	(-4)
#define UNPACK_NOBUF	(-5)
#define CHUNK_SIZE	1024

struct unpack_stream {
	unsigned char *next_in;
	unsigned int avail_in;
	unsigned char *next_out;
	unsigned int avail_out;
	unsigned long total_out;
	unsigned long limit;
};

struct chunk {
	char *data;
	int ok;
};

static char discard_page[PAGE_SIZE];
static DEFINE_MUTEX(unpack_lock);
static unsigned long unpack_limit;
static int bad_chunk = -1;

static int fetch(long first, struct chunk **chunks, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		chunks[i] = kzalloc(sizeof(*chunks[i]), GFP_KERNEL);
		chunks[i]->data = kzalloc(CHUNK_SIZE, GFP_KERNEL);
		chunks[i]->ok = first + i != bad_chunk;
	}
	return n;
}

static void wait_for(struct chunk *c)
{
	(void)c;
}

static int ok(struct chunk *c)
{
	return c->ok;
}

static void put(struct chunk *c)
{
	kfree(c->data);
	kfree(c);
}

static int begin(struct unpack_stream *st)
{
	st->limit = unpack_limit;
	return UNPACK_OK;
}

/* Moves what fits; ends once `limit` bytes came out. */
static int step(struct unpack_stream *st, int flush)
{
	unsigned int n = min(st->avail_in, st->avail_out);

	(void)flush;
	if (!n)
		return UNPACK_NOBUF;
	memcpy(st->next_out, st->next_in, n);
	st->next_in += n;
	st->avail_in -= n;
	st->next_out += n;
	st->avail_out -= n;
	st->total_out += n;
	return st->total_out >= st->limit ? UNPACK_END : UNPACK_OK;
}

static void end(struct unpack_stream *st)
{
	(void)st;
}

/* The block layer and the inflater live elsewhere: called through ops. */
static const struct unpack_ops {
	int (*fetch_chunks)(long first, struct chunk **chunks, int n);
	void (*wait_chunk)(struct chunk *c);
	int (*chunk_ok)(struct chunk *c);
	void (*put_chunk)(struct chunk *c);
	int (*begin)(struct unpack_stream *st);
	int (*step)(struct unpack_stream *st, int flush);
	void (*end)(struct unpack_stream *st);
} ops = { fetch, wait_for, ok, put, begin, step, end };

static long unpack_block(long start, long end, int npages, struct page **pages,
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

	chunks = kcalloc(want + 1, sizeof(*chunks), GFP_KERNEL);
	if (!chunks) {
		*errp = -ENOMEM;
		return 0;
	}
	have = ops.fetch_chunks(start / csize, chunks, want);

	cur = 0;
	page = 0;
	mutex_lock(&unpack_lock);
	ret = ops.begin(&st);

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
			ops.wait_chunk(chunks[cur]);
			if (!ops.chunk_ok(chunks[cur])) {
				*errp = -EIO;
				break;
			}
			st.next_in = (unsigned char *)chunks[cur]->data +
				     (start & mask);
			st.avail_in = csize - (start & mask) < left ?
				      csize - (start & mask) : left;
			left -= st.avail_in;
			start = 0;
		}

		while (st.avail_out && st.avail_in) {
			ret = ops.step(&st, 3);
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
	ops.end(&st);
	if (st.next_out && st.next_out != (unsigned char *)discard_page)
		kunmap_local(st.next_out);
	mutex_unlock(&unpack_lock);
	for (i = 0; i < have; i++)
		ops.put_chunk(chunks[i]);
	kfree(chunks);
	return st.total_out;
}

/* in[0]: highmem pages; in[1]: bytes to unpack; in[2]: a bad chunk or none. */
HMCASE_INPUTS(2, 3, 3);

void hmcase_run(const int *in)
{
	static const unsigned long lengths[] = { 100, PAGE_SIZE, 2500 };
	struct page *pages[3];
	int i, err = 0;

	bad_chunk = in[2] == 2 ? -1 : in[2];
	unpack_limit = lengths[in[1]];
	for (i = 0; i < 3; i++)
		pages[i] = i == 1 ? NULL : hmcase_page(in[0]);
	unpack_block(16, 16 + 3 * CHUNK_SIZE - 32, 3, pages, 8, CHUNK_SIZE,
		     &err);
}
