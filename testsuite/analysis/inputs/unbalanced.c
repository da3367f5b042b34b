#include "kapi.h"

void double_local(struct page *page)
{
	char *addr = kmap_local_page(page);

	addr[0] = 0;
	kunmap_local(addr);
	kunmap_local(addr);	/* expect: unbalanced */
}

void double_kunmap(struct page *page)
{
	char *addr = kmap(page);

	addr[0] = 0;
	kunmap(page);
	kunmap(page);	/* expect: unbalanced */
}

void unmap_in_loop(struct page *page, int n)
{
	long *table = kmap_local_page(page);
	int i;

	for (i = 0; i < n; i++) {
		table[i] = 0;	/* expect: use-after-unmap */
		kunmap_local(table);	/* expect: unbalanced */
	}
}

void kunmap_never_mapped(void)
{
	struct page *page = alloc_page(GFP_KERNEL);

	kunmap(page);	/* expect: unbalanced */
}

void unmap_null(void)
{
	void *addr = NULL;

	kunmap_local(addr);	/* expect: unbalanced */
}

void pagefault_enable_twice(void)
{
	pagefault_disable();
	pagefault_enable();
	pagefault_enable();	/* expect: unbalanced */
}

/* Helpers that only release what a caller set up are not bugs. */
void unmap_helper(void *addr)
{
	kunmap_local(addr);
}

void kunmap_helper(struct page *page)
{
	kunmap(page);
}

void enable_helper(void)
{
	preempt_enable();
}
