#include "kapi.h"

/*
 * A switch on a value clang evaluates takes its one case, as the kernel's
 * per-CPU operations (__pcpu_size_call) and uaccess macros switch on
 * sizeof(): the mapping below is made and released in the cases for the
 * size the compiler picks, and a path through another size would leak it.
 */
void bad_size_call(void);

#define size_switch(var, on_four, on_eight)				\
do {									\
	switch (sizeof(var)) {						\
	case 1:								\
	case 2:								\
		break;							\
	case 4:								\
		on_four;						\
		break;							\
	case 8:								\
		on_eight;						\
		break;							\
	default:							\
		bad_size_call();					\
	}								\
} while (0)

void sized_copy(struct page *page, int *stat, const void *src)
{
	char *buf = NULL;

	size_switch(*stat, buf = kmap_local_page(page), (void)0);
	memcpy(buf, src, 16);
	size_switch(*stat, kunmap_local(buf), (void)0);
}

/* A default the switch takes, and no case at all the second time. */
void sized_default(struct page *page, const void *src)
{
	char *buf;

	switch (sizeof(long long) * 2) {
	case 8:
		return;
	default:
		buf = kmap_local_page(page);
	}
	memcpy(buf, src, 16);
	switch (3) {
	case 1:
		return;
	}
	kunmap_local(buf);
}

/* A size only known at run time: each case is a path, as before. */
void runtime_size(struct page *page, int size, const void *src)
{
	char *buf = kmap_local_page(page);	/* expect: leak */

	memcpy(buf, src, 16);
	switch (size) {
	case 4:
		kunmap_local(buf);
		break;
	case 8:
		break;
	}
}
