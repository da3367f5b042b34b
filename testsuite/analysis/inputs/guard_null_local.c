#include "kapi.h"

/*
 * A helper that sleeps only when handed a buffer (`if (p) msleep()`), as
 * a release that frees through a sleeping path only for a real object.
 * Callers often keep the buffer in a local set to NULL and pass that
 * (`struct buf *b = NULL; ... put_buf(b)`): the walk follows the local
 * as the null pointer constant, so the call is quiet as put_buf(NULL)
 * is, directly or through a wrapper passing its own parameter on.  A
 * local that may have been replaced since (by an assignment on one side
 * of a test, or by a call given its address) may hold a buffer.
 */
struct buf { int len; };

static spinlock_t buf_lock;
struct buf *next_buf(void);
void fill_buf(struct buf **pp);

static void put_buf(struct buf *b)
{
	if (b)
		msleep(b->len);
}

static void put_via(struct buf *b)
{
	put_buf(b);
}

void release_quiet(void)
{
	struct buf *b = NULL;
	void *v = 0;

	spin_lock(&buf_lock);
	put_buf(b);
	put_buf(v);
	put_via(b);
	spin_unlock(&buf_lock);
}

void release_maybe(int more)
{
	struct buf *b = NULL;

	if (more)
		b = next_buf();
	spin_lock(&buf_lock);
	put_buf(b);	/* expect: sleep-in-atomic */
	spin_unlock(&buf_lock);
}

void release_filled(void)
{
	struct buf *b = NULL;

	fill_buf(&b);
	spin_lock(&buf_lock);
	put_via(b);	/* expect: sleep-in-atomic */
	spin_unlock(&buf_lock);
}

void release_next(void)
{
	struct buf *b = NULL;

	spin_lock(&buf_lock);
	b = next_buf();
	put_buf(b);	/* expect: sleep-in-atomic */
	spin_unlock(&buf_lock);
}
