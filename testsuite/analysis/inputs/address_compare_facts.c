#include "kapi.h"

/*
 * A walker maps its table with a conditional expression: the kernel's own
 * table (a global object, compared by address) is used as it is, any
 * other one through kmap_atomic() (mm/memory.c apply_to_pte_range() with
 * HIGHPTE: `mm == &init_mm`).  At the end it unmaps under the same
 * comparison, negated.  The parameter is never assigned and where an
 * object is does not change, whatever a call or a store through a pointer
 * in between writes: the two
 * tests agree, no leak.  Compared with another object the second time,
 * the tests are unrelated and the leak is reported.
 */
struct space {
	spinlock_t lock;
	unsigned long *table;
};

extern struct space kernel_space, boot_space;

unsigned long *direct_table(struct space *s);

int walk_table(struct space *s, struct page *table_page, unsigned long *mask,
	       int (*fn)(unsigned long *))
{
	unsigned long *t;
	int err = 0;

	t = (s == &kernel_space) ? direct_table(s) : kmap_atomic(table_page);
	*mask |= 4;
	if (fn)
		err = fn(t);
	if (s != &kernel_space)
		kunmap_atomic(t);
	return err;
}

int walk_table_other(struct space *s, struct page *table_page, int (*fn)(unsigned long *))
{
	unsigned long *t;
	int err = 0;

	t = (s == &kernel_space) ? direct_table(s) : kmap_atomic(table_page);	/* expect: leak */
	if (fn)
		err = fn(t);
	if (s != &boot_space)
		kunmap_atomic(t);
	return err;
}
