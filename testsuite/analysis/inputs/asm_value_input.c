#include "kapi.h"

/*
 * ARM's copypage helpers hand a kmap_atomic() address to an asm statement
 * as an input tied to an output (`: "=r" (ptr) : "0" (kaddr)`): the asm
 * gets a copy of kaddr in the output's register and walks the page with
 * it, kaddr itself keeps the mapping's address.  So the unmap after it
 * releases that mapping and a use of kaddr after the unmap is a use after
 * unmap (the asm used to count as writing every variable it names, kaddr
 * became unknown and the use was not reported).  An output operand is
 * still written: the asm may set it to another address.  An asm written by a macro keeps the old reading.
 */
void clear_user_page_uaf(struct page *page)
{
	void *ptr, *kaddr = kmap_atomic(page);

	asm volatile("" : "=r" (ptr) : "0" (kaddr), "i" (4096 / 32) : "memory");
	kunmap_atomic(kaddr);
	(void)*(volatile char *)kaddr;			/* expect: use-after-unmap */
}

void clear_user_page(struct page *page)
{
	void *ptr, *kaddr = kmap_atomic(page);

	asm volatile("" : "=r" (ptr) : "0" (kaddr), "i" (4096 / 32) : "memory");
	kunmap_atomic(kaddr);
}

void clear_user_page_leak(struct page *page)
{
	void *ptr, *kaddr = kmap_atomic(page);		/* expect: leak */

	asm volatile("" : "=r" (ptr) : "0" (kaddr) : "memory");
}

/* The asm writes buf, an output, with the scratch buffer's address. */
void fill_then_scratch(struct page *page, char *scratch)
{
	char *buf = kmap_atomic(page);

	buf[0] = 1;
	kunmap_atomic(buf);
	asm volatile("" : "=r" (buf) : "r" (scratch));
	buf[0] = 2;
}

/*
 * A scalar input is read: the second test of `copy` takes the side the
 * first took.  Through a pointer input the asm may write what it points
 * to ("memory"): the second test of b->copy is a new one, and on the path
 * that maps and then finds it false the mapping leaks (and on the one
 * that did not map and finds it true, p is unmapped without a mapping).
 */
struct copy_buf {
	int copy;
};

void copy_flag_input(struct page *page, int copy)
{
	char *p = NULL;

	if (copy)
		p = kmap_atomic(page);
	asm volatile("" : : "r" (copy) : "memory");
	if (copy)
		kunmap_atomic(p);
}

void copy_member_input(struct page *page, struct copy_buf *b)
{
	char *p = NULL;

	if (b->copy)
		p = kmap_atomic(page);			/* expect: leak */
	asm volatile("" : : "r" (b) : "memory");
	if (b->copy)
		kunmap_atomic(p);			/* expect: unbalanced */
}
