#include "kapi.h"

/*
 * Bits a branch saw decide a later comparison.  A value whose error bits
 * an inline predicate found clear cannot equal an error code made of those
 * bits (KVM's is_error_noslot_pfn() then `pfn != KVM_PFN_ERR_FAULT` on the
 * next iteration); a flag word with one bit seen set is not zero.  Where
 * the bits do not rule the comparison out, the path is taken and its leak
 * reported.
 */
#define VAL_ERR_MASK	(0x7ffULL << 52)
#define VAL_ERR_FAULT	VAL_ERR_MASK
#define VAL_ERR_BUSY	(0x1ULL << 63)
#define MAP_FLAG	0x4u

unsigned long long next_value(void);
void release_value(unsigned long long v);

static inline bool is_error_value(unsigned long long v)
{
	return !!(v & VAL_ERR_MASK);
}

int map_until_stable(struct page *page, int tries)
{
	unsigned long long v = VAL_ERR_FAULT;
	void *addr = NULL;

	do {
		if (v != VAL_ERR_FAULT) {
			kunmap(page);
			release_value(v);
		}
		v = next_value();
		if (is_error_value(v))
			goto fail;
		addr = kmap(page);
	} while (--tries);
	kunmap(page);
	return addr != NULL;
fail:
	return -1;
}

/* VAL_ERR_BUSY has a bit outside the mask: the test may still say equal. */
int map_until_busy(struct page *page, int tries)
{
	unsigned long long v = VAL_ERR_BUSY;
	void *addr = NULL;

	do {
		if (v != VAL_ERR_BUSY) {
			kunmap(page);
			release_value(v);
		}
		v = next_value();
		if (v & VAL_ERR_MASK)
			goto fail;
		addr = kmap(page);	/* expect: leak */
	} while (--tries);
	kunmap(page);
	return addr != NULL;
fail:
	return -1;
}

int flagged_copy(struct page *page, char *to, unsigned int flags)
{
	char *p = NULL;

	if (flags & MAP_FLAG)
		p = kmap_local_page(page);
	if (flags == 0)
		return -1;
	if (p) {
		memcpy(to, p, 16);
		kunmap_local(p);
	}
	return 0;
}

int flagged_copy_other_bit(struct page *page, char *to, unsigned int flags)
{
	char *p = NULL;

	if (flags & MAP_FLAG)
		p = kmap_local_page(page);	/* expect: leak */
	if (flags == MAP_FLAG)
		return -1;
	if (p) {
		memcpy(to, p, 16);
		kunmap_local(p);
	}
	return 0;
}
