#include "kapi.h"

/*
 * Release helpers unmap what their caller, a callback or an earlier call
 * mapped.  The first unmap of such an address pops its slot, whoever
 * pushed it: a second unmap of the same address on the same path, or a
 * read through it, is wrong.  The release is remembered (a released
 * mapping "made outside this function") for as long as the address
 * certainly stays what it was: a variable until assigned, memory until a
 * call that could map anew into it, never through an index.
 */
struct cursor {
	void *addr;
	int offset;
};

void cursor_next(struct cursor *c);

void cursor_unmap_twice(struct cursor *c)
{
	kunmap_local(c->addr);
	kunmap_local(c->addr);	/* expect: unbalanced */
}

void release_atomic_twice(void *addr)
{
	kunmap_atomic(addr);
	kunmap_atomic(addr);	/* expect: unbalanced */
}

int release_then_read(char *addr)
{
	kunmap_local(addr);
	return addr[0];	/* expect: use-after-unmap */
}

/* An iterator: next() may map the next page into c->addr. */
void cursor_advance(struct cursor *c)
{
	kunmap_local(c->addr);
	cursor_next(c);
	kunmap_local(c->addr);
}

/* The variable holds another caller's mapping each time. */
void release_all(void **addrs, int n)
{
	void *addr;
	int i;

	for (i = 0; i < n; i++) {
		addr = addrs[i];
		kunmap_local(addr);
	}
}

/* Each element once, by index. */
void release_each(void **addrs, int n)
{
	int i;

	for (i = n - 1; i >= 0; i--)
		kunmap_local(addrs[i]);
}
