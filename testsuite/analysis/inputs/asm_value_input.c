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
