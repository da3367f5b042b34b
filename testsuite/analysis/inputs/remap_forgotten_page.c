#include "kapi.h"

/*
 * An outer loop kmap()s a descriptor block got through an out-parameter,
 * an inner loop a bitmap block; on success both are unmapped and handed
 * over (nilfs_palloc_prepare_alloc_entry() shape).  Here the outer
 * iteration's own kunmap() of the descriptor is missing: the leak is
 * reported at its kmap().  The next iteration's kmap() of a new
 * descriptor merges with the one still held, whose page was forgotten
 * when desc_bh got the new buffer: the merged mapping is of the new page,
 * so `kunmap(desc_bh->b_page)` releases it, not the bitmap block's mapping,
 * and the bitmap's own kunmap() after it is no double unmap.  (It was
 * reported as one.)  The twin unmapping the bitmap block twice is.
 */
struct buffer_head {
	struct page *b_page;
};

int get_desc_block(int group, struct buffer_head **bhp);
int get_bitmap_block(int group, struct buffer_head **bhp);
int find_slot(void *bitmap);
void brelse(struct buffer_head *bh);
int groups_in_block(int group);

int alloc_entry(int ngroups, struct buffer_head **descp,
		struct buffer_head **bitmapp)
{
	struct buffer_head *desc_bh, *bitmap_bh;
	void *desc_kaddr, *bitmap_kaddr;
	int i, j, n, group = 0, ret;

	for (i = 0; i < ngroups; i += n) {
		ret = get_desc_block(group, &desc_bh);
		if (ret < 0)
			return ret;
		desc_kaddr = kmap(desc_bh->b_page);	/* expect: leak */
		n = groups_in_block(group);
		for (j = 0; j < n; j++, group++) {
			if (((char *)desc_kaddr)[j] <= 0)
				continue;
			ret = get_bitmap_block(group, &bitmap_bh);
			if (ret < 0)
				goto out_desc;
			bitmap_kaddr = kmap(bitmap_bh->b_page);
			if (find_slot(bitmap_kaddr) >= 0) {
				kunmap(desc_bh->b_page);
				kunmap(bitmap_bh->b_page);
				*descp = desc_bh;
				*bitmapp = bitmap_bh;
				return 0;
			}
			kunmap(bitmap_bh->b_page);
			brelse(bitmap_bh);
		}
		brelse(desc_bh);
	}
	return -1;
out_desc:
	kunmap(desc_bh->b_page);
	brelse(desc_bh);
	return ret;
}

int alloc_entry_double(int ngroups, struct buffer_head **descp,
		       struct buffer_head **bitmapp)
{
	struct buffer_head *desc_bh, *bitmap_bh;
	void *desc_kaddr, *bitmap_kaddr;
	int i, j, n, group = 0, ret;

	for (i = 0; i < ngroups; i += n) {
		ret = get_desc_block(group, &desc_bh);
		if (ret < 0)
			return ret;
		desc_kaddr = kmap(desc_bh->b_page);
		n = groups_in_block(group);
		for (j = 0; j < n; j++, group++) {
			if (((char *)desc_kaddr)[j] <= 0)
				continue;
			ret = get_bitmap_block(group, &bitmap_bh);
			if (ret < 0)
				goto out_desc;
			bitmap_kaddr = kmap(bitmap_bh->b_page);
			if (find_slot(bitmap_kaddr) >= 0) {
				kunmap(bitmap_bh->b_page);
				kunmap(desc_bh->b_page);
				kunmap(bitmap_bh->b_page);	/* expect: unbalanced */
				*descp = desc_bh;
				*bitmapp = bitmap_bh;
				return 0;
			}
			kunmap(bitmap_bh->b_page);
			brelse(bitmap_bh);
		}
		kunmap(desc_bh->b_page);
		brelse(desc_bh);
	}
	return -1;
out_desc:
	kunmap(desc_bh->b_page);
	brelse(desc_bh);
	return ret;
}
