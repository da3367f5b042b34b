// SPDX-License-Identifier: GPL-2.0
/*
 * A message helper allocates its buffer with GFP_KERNEL only when the
 * caller passed none.  Under kmap_atomic() the caller allocates with
 * GFP_ATOMIC and calls it only if that worked (through a wrapper passing
 * its own pointer on), or hands it a buffer on its stack: the helper never
 * sleeps.  hmcheck keeps the test of the pointer parameter as its guard.
 */
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

struct msg {
	int len;
	char data[32];
};

static int sent;

static void msg_send(struct msg *m, const char *text, int len)
{
	bool mine = false;

	if (!m) {
		m = kmalloc(sizeof(*m), GFP_KERNEL);
		if (!m)
			return;
		mine = true;
	}
	m->len = len;
	memcpy(m->data, text, len);
	sent += m->len;
	if (mine)
		kfree(m);
}

static void msg_reset(int state, struct msg *m)
{
	if (state == 3)
		return;
	msg_send(m, "reset", 5);
}

static void close_page(struct page *page, int which)
{
	char *p = kmap_atomic(page);
	struct msg local;
	struct msg *m;

	if (which) {
		msg_reset(p[0], &local);
	} else {
		m = kmalloc(sizeof(*m), GFP_ATOMIC);
		if (m)
			msg_reset(p[0], m);
		kfree(m);
	}
	kunmap_atomic(p);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	close_page(hmcase_page(in[0]), in[1]);
	msg_send(NULL, "open", 4);	/* fine: not atomic here */
}
