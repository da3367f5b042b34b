#include "kapi.h"

/*
 * An unmap helper given a page frame number, not a page: it kunmap()s
 * pfn_to_page(pfn), which on x86 is arithmetic on the global vmemmap base
 * (the KVM pfn cache's gpc_unmap_khva() shape).  Its summary names the
 * page it unmaps as an expression of its parameter, "pfn_to_page($0)",
 * and a call puts its argument back in: unmap_pfn(new_pfn) releases the
 * caller's kmap(pfn_to_page(new_pfn)).  The helper's unmap was of nothing
 * its caller could name, and a retry path that unmapped through it was a
 * false leak.  The twins unmap twice through the helper, and through a
 * wrapper of it: the second is one too many.
 */
struct page {
	unsigned long flags;
};

extern unsigned long vmemmap_base;
#define vmemmap ((struct page *)vmemmap_base)
#define pfn_to_page(pfn) (vmemmap + (pfn))
#define PFN_ERROR (~0UL)

int pfn_valid(unsigned long pfn);
void memunmap(void *addr);
unsigned long lookup_pfn(unsigned long addr);
int must_retry(unsigned long seq);
void release_pfn(unsigned long pfn);
void use(void *addr);

struct pfn_cache {
	unsigned long uhva;
	unsigned long seq;
	void *khva;
};

static void unmap_pfn(unsigned long pfn)
{
	kunmap(pfn_to_page(pfn));
}

/* Only a pfn with a struct page was kmap()ed; the others were memremap()ed. */
static void unmap_khva(unsigned long pfn, void *khva)
{
	if (pfn != PFN_ERROR && khva) {
		if (pfn_valid(pfn))
			kunmap(pfn_to_page(pfn));
		else
			memunmap(khva);
	}
}

/* A wrapper: the page is still its own parameter's. */
static void put_pfn(unsigned long pfn)
{
	unmap_pfn(pfn);
	release_pfn(pfn);
}

int map_or_retry(unsigned long pfn, void **out)
{
	void *p = kmap(pfn_to_page(pfn));

	if (must_retry(0)) {
		unmap_pfn(pfn);
		return -1;
	}
	*out = p;
	return 0;
}

int cache_refresh(struct pfn_cache *gpc)
{
	unsigned long new_pfn = PFN_ERROR;
	void *new_khva = NULL;

	do {
		if (new_pfn != PFN_ERROR) {
			unmap_khva(new_pfn, new_khva);
			release_pfn(new_pfn);
		}
		new_pfn = lookup_pfn(gpc->uhva);
		if (new_pfn == PFN_ERROR)
			goto out_error;
		new_khva = kmap(pfn_to_page(new_pfn));
	} while (must_retry(gpc->seq));
	gpc->khva = new_khva;
	return 0;

out_error:
	return -14;
}

void map_put(unsigned long pfn)
{
	void *p = kmap(pfn_to_page(pfn));

	use(p);
	put_pfn(pfn);
}

void unmap_twice(unsigned long pfn)
{
	void *p = kmap(pfn_to_page(pfn));

	use(p);
	unmap_pfn(pfn);
	unmap_pfn(pfn);		/* expect: unbalanced */
}

void put_twice(unsigned long pfn)
{
	void *p = kmap(pfn_to_page(pfn));

	use(p);
	put_pfn(pfn);
	put_pfn(pfn);		/* expect: unbalanced */
}
