struct page;
void *kmap_local_page(struct page *page);
void __kunmap_local(const void *addr);

/* Maps and returns the mapping: the caller unmaps it. */
static inline void *map_and_forget(struct page *page)
{
	return kmap_local_page(page);
}

/* A leak, but in a header: not this unit's own code, never reported. */
static inline int header_leaks(struct page *page)
{
	char *addr = kmap_local_page(page);

	return addr[0];
}
