/*
 * Leak and wrong-family messages name the release the rules pair with the
 * map (unmap= in rules/kmap.rules): ARM's kmap_high_get() is released with
 * kunmap_high(), not the pkmap family's kunmap().
 */
struct page;
void *kmap_high_get(struct page *page);
void kunmap_high(struct page *page);
void *kmap(struct page *page);
void kunmap(struct page *page);
void flush_area(void *addr);

int flush_pinned(struct page *page, int skip)
{
	void *addr = kmap_high_get(page);

	if (!addr)
		return 0;
	if (skip)
		return -1;
	flush_area(addr);
	kunmap_high(page);
	return 0;
}

int flush_mapped(struct page *page, int skip)
{
	void *addr = kmap(page);

	if (skip)
		return -1;
	flush_area(addr);
	kunmap(page);
	return 0;
}
