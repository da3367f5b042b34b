#include "kapi.h"

/*
 * A transmit path tests whether the buffer has paged data (a predicate
 * that reads one length member), hands the buffer to a helper that
 * appends a trailer fragment, maps that fragment, writes the trailer, and
 * tests the predicate again to unmap.  The helper only increases the
 * length by the trailer's size: a length that was non-zero stays
 * non-zero (kernel lengths do not wrap), so the second test takes the
 * same side.  A helper that sets the length to zero, or one whose writes
 * are unknown, makes the caller forget.
 */
struct frag {
	struct page *page;
	unsigned int offset;
};

struct buffer {
	unsigned int len;
	unsigned int data_len;
	unsigned int truesize;
	unsigned char *head;
	unsigned int end;
	int nr_frags;
	struct frag frags[4];
};

struct trailer_pool {
	struct page *page;
	unsigned int offset;
};

static struct trailer_pool pool;

static inline bool buffer_is_paged(const struct buffer *buf)
{
	return buf->data_len;
}

static inline struct frag *last_frag(struct buffer *buf)
{
	return &buf->frags[buf->nr_frags - 1];
}

static void fill_frag(struct buffer *buf, int i, struct page *page,
		      unsigned int offset)
{
	buf->frags[i].page = page;
	buf->frags[i].offset = offset;
	buf->nr_frags = i + 1;
}

static int append_trailer(struct buffer *buf, int size)
{
	if (!pool.page) {
		pool.page = alloc_page(GFP_ATOMIC);
		if (!pool.page)
			return -12;
		pool.offset = 0;
	}
	fill_frag(buf, buf->nr_frags, pool.page, pool.offset);
	buf->len += size;
	buf->data_len += size;
	buf->truesize += size;
	pool.offset += size;
	return 0;
}

/* The same-file helper under a lock, as drivers wrap the shared one. */
static int append_trailer_locked(struct buffer *buf, int size)
{
	static spinlock_t lock;
	int rc;

	spin_lock(&lock);
	rc = append_trailer(buf, size);
	spin_unlock(&lock);
	return rc;
}

static void *buffer_put(struct buffer *buf, unsigned int size)
{
	buf->len += size;
	return buf->head + buf->len - size;
}

int send_grown(struct buffer *buf)
{
	unsigned char *cp;
	int size = 8;

	if (buffer_is_paged(buf)) {
		struct frag *frag;

		if (append_trailer_locked(buf, size))
			return -12;
		frag = last_frag(buf);
		cp = (unsigned char *)kmap_atomic(frag->page) + frag->offset;
	} else {
		cp = buffer_put(buf, size);
	}
	memset(cp, 0, size);
	if (buffer_is_paged(buf))
		kunmap_atomic(cp);
	return 0;
}

/* A plain test of the member, not through the predicate: the same. */
int send_grown_member(struct buffer *buf)
{
	unsigned char *cp = NULL;

	if (buf->data_len) {
		if (append_trailer(buf, 8))
			return -12;
		cp = kmap_atomic(last_frag(buf)->page);
		memset(cp, 0, 8);
	}
	if (buf->data_len)
		kunmap_atomic(cp);
	return 0;
}

static void reset_trailer(struct buffer *buf)
{
	buf->data_len = 0;
	buf->len = 0;
}

/* The helper sets the length to zero: the second test may differ. */
int send_reset(struct buffer *buf)
{
	unsigned char *cp = NULL;

	if (buffer_is_paged(buf))
		cp = kmap_atomic(last_frag(buf)->page);	/* expect: leak */
	reset_trailer(buf);
	if (buffer_is_paged(buf))
		kunmap_atomic(cp);	/* expect: unbalanced */
	return 0;
}

static void shrink_trailer(struct buffer *buf, int delta)
{
	buf->data_len += delta;
}

/* An increase by an amount of unknown sign may reach zero. */
int send_shrunk(struct buffer *buf, int delta)
{
	unsigned char *cp = NULL;

	if (buffer_is_paged(buf))
		cp = kmap_atomic(last_frag(buf)->page);	/* expect: leak */
	shrink_trailer(buf, delta);
	if (buffer_is_paged(buf))
		kunmap_atomic(cp);	/* expect: unbalanced */
	return 0;
}

/*
 * An increase keeps "non-zero", not "zero": mapped while the length was
 * zero, the buffer may have paged data after the call (leak); not mapped
 * while it was non-zero, it still is (no unbalanced unmap).
 */
int send_was_linear(struct buffer *buf)
{
	unsigned char *cp = NULL;

	if (!buffer_is_paged(buf))
		cp = kmap_atomic(last_frag(buf)->page);	/* expect: leak */
	append_trailer(buf, 8);
	if (!buffer_is_paged(buf))
		kunmap_atomic(cp);
	return 0;
}

int append_elsewhere(struct buffer *buf, int size);

/* A helper of another file, unknown here: forgotten as before. */
int send_unknown(struct buffer *buf)
{
	unsigned char *cp = NULL;

	if (buffer_is_paged(buf))
		cp = kmap_atomic(last_frag(buf)->page);	/* expect: leak */
	append_elsewhere(buf, 8);
	if (buffer_is_paged(buf))
		kunmap_atomic(cp);	/* expect: unbalanced */
	return 0;
}

static void add_header(struct buffer *buf)
{
	buf->data_len += sizeof(struct frag);
}

static void trim_header(struct buffer *buf)
{
	buf->data_len += sizeof(struct frag) - 64;
}

/*
 * A size is never negative: a non-zero length stays non-zero (no leak),
 * but a zero one becomes non-zero (the unmap of nothing is reported).
 */
int send_header(struct buffer *buf)
{
	unsigned char *cp = NULL;

	if (buffer_is_paged(buf))
		cp = kmap_atomic(last_frag(buf)->page);
	add_header(buf);
	if (buffer_is_paged(buf))
		kunmap_atomic(cp);	/* expect: unbalanced */
	return 0;
}

/* A size minus something may be negative: forgotten. */
int send_trimmed(struct buffer *buf)
{
	unsigned char *cp = NULL;

	if (buffer_is_paged(buf))
		cp = kmap_atomic(last_frag(buf)->page);	/* expect: leak */
	trim_header(buf);
	if (buffer_is_paged(buf))
		kunmap_atomic(cp);	/* expect: unbalanced */
	return 0;
}
