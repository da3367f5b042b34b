/*
 * An order bug that needs no kernel header: the CLI tests run it with
 * every way of passing flags.  Line 19 is where hmcheck must report.
 */
struct page;
void *kmap_local_page(struct page *page);
void __kunmap_local(const void *addr);
#define kunmap_local(addr) __kunmap_local(addr)
void *memcpy(void *dst, const void *src, unsigned long n);

#ifdef CONFIG_HM_NEEDED	/* set by a flag in the tests that check flags */
void copy_page_wrong(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, 4096);
	/* d is not the most recent mapping */
	kunmap_local(d);
	kunmap_local(s);
}
#endif
