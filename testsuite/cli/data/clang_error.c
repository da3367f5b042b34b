/* A file clang cannot fully parse: hmcheck reports the error and goes on. */
struct page;
void *kmap_local_page(struct page *page);
void __kunmap_local(const void *addr);

int broken(int x)
{
	return x + ;
}

void uses_undeclared(struct page *page)
{
	char *p = kmap_local_page(page);

	p[0] = not_declared_anywhere;
	__kunmap_local(p);
}
