/* Nothing to report: mappings released in order. */
struct page;
void *kmap_local_page(struct page *page);
void __kunmap_local(const void *addr);
#define kunmap_local(addr) __kunmap_local(addr)
void *memcpy(void *dst, const void *src, unsigned long n);

void copy_page_right(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, 4096);
	kunmap_local(s);
	kunmap_local(d);
}
