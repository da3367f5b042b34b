#include "kapi.h"

/*
 * Output goes to a mapped page, or to a static sink when there is no page;
 * the mapping is released when the output pointer is not the sink (the
 * isofs zisofs shape).  A fresh mapping is never the sink's address.
 */
static char sink_page[PAGE_SIZE];

struct zstream {
	unsigned char *next_out;
	unsigned int avail_out;
};

int inflate(struct zstream *z);

int fill_pages(struct page **pages, int n)
{
	struct zstream stream = { 0 };
	int cur;

	for (cur = 0; cur < n; cur++) {
		if (pages[cur])
			stream.next_out = kmap_local_page(pages[cur]);
		else
			stream.next_out = (unsigned char *)sink_page;
		stream.avail_out = PAGE_SIZE;
		if (inflate(&stream))
			goto out;
		if (stream.next_out != (unsigned char *)sink_page)
			kunmap_local(stream.next_out);
		stream.next_out = NULL;
	}
	return 0;
out:
	if (stream.next_out && stream.next_out != (unsigned char *)sink_page)
		kunmap_local(stream.next_out);
	return -5;
}

/* Released only when it is the sink: never. */
int fill_one(struct page *page)
{
	unsigned char *out = kmap_local_page(page);	/* expect: leak */

	out[0] = 0;
	if (out == (unsigned char *)sink_page)
		kunmap_local(out);
	return 0;
}
