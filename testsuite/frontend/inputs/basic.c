#include <stddef.h>
#include <stdarg.h>

struct page;
void *kmap_local_page(struct page *page);
void __kunmap_local(void *addr);
#define kunmap_local(addr) do { __kunmap_local(addr); } while (0)
void *memcpy(void *dst, const void *src, size_t n);
__attribute__((noreturn)) void panic(const char *fmt, ...);
int helper(int x) { return x + 1; }

void copy_to_page(struct page *page, const void *src, size_t len)
{
	memcpy(kmap_local_page(page), src, len);
}

int use_addr(struct page *page, int *out)
{
	char *addr = kmap_local_page(page);
	int ret = 0;

	if (!addr)
		panic("no mapping");
	addr[3] = 1;
	ret = *out + helper(addr[0]);
	kunmap_local(addr);
	return ret;
}
