#include "kapi.h"

/*
 * kunmap() of a page this function did not kmap(): the mapping was made by
 * the caller, by a callee through an out parameter, or is remembered in
 * memory.  Unknown provenance is a handover, not an unbalanced unmap.
 */
struct scatterlist { struct page *pg; unsigned int len; };
struct page *sg_page(struct scatterlist *sg);
struct page *pfn_to_page(unsigned long pfn);
struct page *read_page(void *mapping, unsigned long n);
void put_page(struct page *page);
void iounmap(void *addr);
int use_kmap(unsigned long pfn);
void *kcalloc(size_t n, size_t size, gfp_t flags);
struct entry { int ino; };
/* No body here: maps the page it finds and hands it out in *res_page. */
struct entry *find_entry_external(void *dir, struct page **res_page);

/* An unmap helper: the page is the one its map twin kmap()ed. */
void pfn_unmap(unsigned long pfn, void *virt)
{
	if (use_kmap(pfn))
		kunmap(pfn_to_page(pfn));
	else
		iounmap(virt);
}

struct segment {
	struct scatterlist *sg;
	void *sg_mapped;
	int atomic_mapped;
};

/* The segment remembers which mapping it holds. */
void segment_unmap(struct segment *segment)
{
	if (segment->sg_mapped) {
		if (segment->atomic_mapped)
			kunmap_atomic(segment->sg_mapped);
		else
			kunmap(sg_page(segment->sg));
		segment->sg_mapped = NULL;
	}
}

/* The caller kmap()ed the first `mapped` entries. */
void unmap_entries(struct scatterlist *sg, int mapped)
{
	int i;

	for (i = 0; i < mapped; i++)
		kunmap(sg_page(&sg[i]));
}

struct pagelist { struct page *mapped_tail; };

void pagelist_release(struct pagelist *pl)
{
	if (pl->mapped_tail)
		kunmap(pl->mapped_tail);
	pl->mapped_tail = NULL;
}

/* The page comes back, mapped, through an out parameter. */
int rename_like(void *dir)
{
	struct page *old_page, *dir_page = NULL;
	struct entry *old_de, *dir_de = NULL;
	int err = -2;

	old_de = find_entry_external(dir, &old_page);
	if (!old_de)
		return err;
	if (old_de->ino) {
		dir_de = find_entry_external(dir, &dir_page);
		if (!dir_de)
			goto out_old;
	}
	err = do_something(old_de);
	if (err)
		goto out_dir;
	return 0;
out_dir:
	if (dir_de) {
		kunmap(dir_page);
		put_page(dir_page);
	}
out_old:
	kunmap(old_page);
	put_page(old_page);
	return err;
}

/* A map helper with a body: the page is kmap()ed through *p. */
static void *longname(void *mapping, unsigned long n, struct page **p)
{
	struct page *page = read_page(mapping, n);

	if (!page)
		return NULL;
	kmap(*p = page);
	return page;
}

static void release_page(struct page *page)
{
	kunmap(page);
	put_page(page);
}

int read_longname(void *mapping, unsigned long n)
{
	struct page *page;
	char *lf = longname(mapping, n, &page);

	if (!lf)
		return 0;
	if (lf[0] > 10) {
		release_page(page);
		return 0;
	}
	release_page(page);
	return 1;
}

/* Pages kmap()ed in a loop and remembered in a zeroed array. */
int frame_pages(int nr)
{
	struct page **pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	struct page *pg;
	int i, err = 0;

	if (!pages)
		return -12;
	for (i = 0; i < nr; i++) {
		pg = alloc_page(GFP_KERNEL);
		if (!pg) {
			err = -12;
			goto out;
		}
		pages[i] = pg;
		kmap(pg);
	}
	err = do_something(pages);
out:
	while (i--) {
		pg = pages[i];
		kunmap(pg);
		put_page(pg);
	}
	kfree(pages);
	return err;
}

/* What stays a bug: this function maps that very page, on one path only. */
void copy_out(void *mapping, char *out, int is_inline)
{
	struct page *page = read_page(mapping, 0);
	char *addr;

	if (is_inline) {
		memset(out, 0, 16);
	} else {
		addr = kmap(page);
		memcpy(out, addr, 16);
	}
	kunmap(page);	/* expect: unbalanced */
	put_page(page);
}

struct holder { struct page *page; };

void holder_copy(struct holder *h, char *out, int is_inline)
{
	char *addr;

	if (!is_inline) {
		addr = kmap(h->page);
		memcpy(out, addr, 16);
	}
	kunmap(h->page);	/* expect: unbalanced */
}

void kunmap_fresh_page(void)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return;
	kunmap(page);	/* expect: unbalanced */
}
