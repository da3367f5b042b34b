#include "kapi.h"

/*
 * An error flag set with a cmpxchg()-shaped macro while a bio's segment is
 * mapped: a statement expression switching on the size, each case a block
 * with its own pointer declaration.  Every case must be lowered; a case
 * left out became a return that skipped the unmap (a false leak).  A case
 * that does return with the mapping held is still a leak.
 */
struct cache {
	int error;
};

void bad_size(void);
int copy_checked(void *dst, const void *src, unsigned int len);
void report_error(struct cache *c);

#define set_error_once(ptr, new)					\
({									\
	__typeof__(*(ptr)) __ret = 0;					\
	switch (sizeof(*(ptr))) {					\
	case 1: {							\
		volatile unsigned char *__p = (volatile unsigned char *)(ptr); \
		if (!*__p)						\
			*__p = (new);					\
		else							\
			__ret = *__p;					\
		break;							\
	}								\
	case 4: {							\
		volatile unsigned int *__p = (volatile unsigned int *)(ptr); \
		if (!*__p)						\
			*__p = (new);					\
		else							\
			__ret = *__p;					\
		break;							\
	}								\
	default:							\
		bad_size();						\
	}								\
	__ret;								\
})

void copy_block(struct cache *c, struct page *page, void *data, unsigned int len)
{
	void *buf = kmap_local_page(page);
	int r = copy_checked(buf, data, len);

	if (r) {
		if (!set_error_once(&c->error, r))
			report_error(c);
	}
	kunmap_local(buf);
}

int copy_block_early(struct cache *c, struct page *page, void *data,
		     unsigned int len, int mode)
{
	void *buf = kmap_local_page(page);	/* expect: leak */

	switch (mode) {
	case 1: {
		int r = copy_checked(buf, data, len);

		if (r)
			return r;
		break;
	}
	case 2: {
		int *err = &c->error;

		*err = 0;
		break;
	}
	}
	kunmap_local(buf);
	return 0;
}

/*
 * The cases after a block with a declaration are reached too, and what
 * they do is judged: a wait under kmap_atomic() in one of them is a sleep
 * in atomic context (arcmsr's message transfer does this).
 */
void message_xfer(struct page *page, int code)
{
	char *buf = kmap_atomic(page);

	switch (code) {
	case 1: {
		const char *hello = "hello";

		memcpy(buf, hello, 5);
		break;
	}
	case 2:
		msleep(10);	/* expect: sleep-in-atomic */
		break;
	}
	kunmap_atomic(buf);
}
