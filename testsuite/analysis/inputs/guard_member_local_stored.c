#include "kapi.h"

/*
 * A storage's unmap loads its file into a local first and puts the file
 * (sleeping) only `if (file)`; the resize under a spinlock stores NULL
 * into the member of the storage it then hands over by address
 * (`b->store.file = NULL; store_unmap(&b->store)`): nothing sleeps.  The
 * same through a pointer and for a local storage.  The unmap's earlier
 * test of another member's local (`if (pages)`), taken both ways, is not
 * the sleep's guard.
 *
 * Still reported: another file stored; an unmap that clears the member
 * before its test (the local then says nothing of what the caller left).
 */
struct bfile {
	int refs;
};

struct bstore {
	struct bfile *file;
	void *pages;
	int npages;
};

struct bmap {
	spinlock_t lock;
	struct bstore store;
};

static void file_put(struct bfile *f)
{
	f->refs--;
	msleep(1);
}

static void store_unmap(struct bstore *st)
{
	struct bfile *file = st->file;
	void *pages = st->pages;

	if (pages)
		kfree(pages);
	if (file) {
		file_put(file);
		file->refs = 0;
	}
}

static void store_take(struct bstore *st)
{
	struct bfile *file = st->file;

	st->file = NULL;
	if (file) {
		file_put(file);
		file->refs = 0;
	}
}

void resize_member(struct bmap *b)
{
	b->store.file = NULL;
	spin_lock(&b->lock);
	store_unmap(&b->store);
	spin_unlock(&b->lock);
}

void resize_pointer(struct bmap *b, struct bstore *st)
{
	st->file = NULL;
	spin_lock(&b->lock);
	store_unmap(st);
	spin_unlock(&b->lock);
}

void resize_local(struct bmap *b)
{
	struct bstore st;

	st.file = NULL;
	st.pages = NULL;
	spin_lock(&b->lock);
	store_unmap(&st);
	spin_unlock(&b->lock);
}

void resize_other_file(struct bmap *b, struct bfile *f)
{
	b->store.file = f;
	spin_lock(&b->lock);
	store_unmap(&b->store);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}

void resize_take(struct bmap *b)
{
	b->store.file = NULL;
	spin_lock(&b->lock);
	store_take(&b->store);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}
