/* A use after unmap reached only through one branch: the notes name it. */
struct page;
void *kmap_local_page(struct page *page);
void kunmap_local(const void *addr);
void *memcpy(void *dst, const void *src, unsigned long n);

void copy_out(struct page *page, char *dst, unsigned long len, int again)
{
	char *src = kmap_local_page(page);

	memcpy(dst, src, len);
	kunmap_local(src);
	if (again)
		memcpy(dst + len, src, len);
}
