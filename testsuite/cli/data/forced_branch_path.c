/*
 * A leak on one path: the notes name the branches the path chose, not
 * the ones what it knew then forced (the same flag tested again, a
 * variable set to a constant).
 */
struct page;
void *kmap_local_page(struct page *page);
void __kunmap_local(void *addr);
#define kunmap_local(addr) __kunmap_local(addr)
void consume(char *p);

int fill(struct page *page, int copy, int fast)
{
	char *p = kmap_local_page(page);
	int mode = 2;

	if (copy)
		consume(p);
	if (mode == 1)
		consume(p);
	if (copy)
		consume(p + 1);
	if (fast)
		return -1;
	kunmap_local(p);
	return 0;
}
