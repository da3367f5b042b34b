/* kmap_atomic() is deprecated: reported only with --enable deprecated. */
struct page;
void *kmap_atomic(struct page *page);
void __kunmap_atomic(const void *addr);
#define kunmap_atomic(addr) __kunmap_atomic(addr)

void zero_first_byte(struct page *page)
{
	char *p = kmap_atomic(page);

	p[0] = 0;
	kunmap_atomic(p);
}
