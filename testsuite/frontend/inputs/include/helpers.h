/* A header with an inline helper, as the kernel's headers have thousands. */
#include <stddef.h>
#include <stdarg.h>

struct page;
void *kmap_local_page(struct page *page);
void __kunmap_local(const void *addr);

static inline void *map_and_clear(struct page *page, size_t len)
{
	char *addr = kmap_local_page(page);

	for (size_t i = 0; i < len; i++)
		addr[i] = 0;
	return addr;
}

static inline int sum_args(int n, ...)
{
	va_list ap;
	int sum = 0;

	va_start(ap, n);
	while (n--)
		sum += va_arg(ap, int);
	va_end(ap);
	return sum;
}
