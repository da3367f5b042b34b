// SPDX-License-Identifier: GPL-2.0
/*
 * A put helper releases the kmap() its caller made, and drops the
 * reference twice: the caller took one, so the second kunmap() finds the
 * pkmap count at its floor (kunmap_high() BUGs in the kernel).  A
 * function that took two references may drop both.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct dir_cursor {
	struct page *page;
	char *kaddr;
};

static void dir_put_page(struct dir_cursor *c)
{
	kunmap(c->page);
	kunmap(c->page);	/* expect: unbalanced */
}

static int dir_first_byte(struct page *page)
{
	struct dir_cursor c = { .page = page };
	int v;

	c.kaddr = kmap(page);
	v = c.kaddr[0];
	dir_put_page(&c);
	return v;
}

static int read_with_two_holds(struct page *page)
{
	char *a = kmap(page);
	char *b = kmap(page);
	int v = a[0] + b[1];

	kunmap(page);
	kunmap(page);
	return v;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	if (in[1])
		dir_first_byte(page);
	else
		read_with_two_holds(page);
}
