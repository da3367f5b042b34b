/* A kmap() helper returning the address and storing the page, called in a loop. */
#include "kapi.h"
#define IS_ERR(x)	((unsigned long)(void *)(x) >= (unsigned long)-4095)
#define ERR_PTR(e)	((void *)(long)(e))
struct page *read_page(int n);
int checked(struct page *p);
static void put(struct page *page) { kunmap(page); }
static void *get_page_mapped(int n, struct page **pagep)
{
	struct page *page = read_page(n);
	void *kaddr;
	if (IS_ERR(page))
		return page;
	kaddr = kmap(page);
	if (!checked(page))
		goto fail;
	*pagep = page;
	return kaddr;
fail:
	put(page);
	return ERR_PTR(-5);
}
char *find(int n, struct page **res_page)
{
	struct page *page = NULL;
	do {
		char *kaddr = get_page_mapped(n, &page);
		if (IS_ERR(kaddr))
			return 0;
		while (kaddr < (char *)n) {
			if (kaddr[0])
				goto found;
			kaddr++;
		}
		put(page);
		n++;
	} while (n != 5);
	return 0;
found:
	*res_page = page;
	return (char *)page;
}
