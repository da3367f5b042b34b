#include "kapi.h"

/*
 * A frame of pages is kmap()ed one by one, used through vmap(), and each
 * page is unmapped through a copy of the array element: "page = pages[i];
 * kunmap(page);".  The copy names the element the mapping was made of, at
 * the same index, so the unmap releases that mapping: no leak.  The same
 * variable earlier held other pages, kmap()ed and kunmap()ed by it: that
 * released mapping is not what the copy names.
 */
void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   unsigned long prot);
void vunmap(const void *addr);
int fill_frame(void *frame, unsigned int size);
void mark_uptodate(struct page *page);

int read_frame(struct page **pages, unsigned int count, struct page **disk,
	       unsigned int ndisk)
{
	struct page *page;
	unsigned int i;
	void *frame;
	int err = 0;

	for (i = 0; i < count; i++)
		kmap(pages[i]);
	frame = vmap(pages, count, 0, 0);
	if (!frame) {
		err = -12;
		goto out;
	}
	for (i = 0; i < ndisk; i++) {
		page = alloc_page(GFP_KERNEL);
		if (!page) {
			err = -12;
			goto out_disk;
		}
		disk[i] = page;
		kmap(page);
	}
	err = fill_frame(frame, count * 4096);
out_disk:
	for (i = 0; i < ndisk; i++) {
		page = disk[i];
		if (page)
			kunmap(page);
	}
	vunmap(frame);
out:
	for (i = 0; i < count; i++) {
		page = pages[i];
		kunmap(page);
		mark_uptodate(page);
	}
	return err;
}
