#include "kapi.h"

/*
 * Shapes from fs/ext2, fs/minix, drivers/md: helpers that hand a mapping
 * over on success only, return the page they kmap()ed, or drop the
 * caller's lock around a sleep.  All clean.
 */
#define MAX_ERRNO	4095
#define IS_ERR(x)	((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
#define ERR_PTR(e)	((void *)(long)(e))
#define EIO		5

struct inode;
struct page *read_page(struct inode *dir, unsigned long n);
int page_checked(struct page *page);
void put_page(struct page *page);
void io_schedule(void);

static struct page *get_mapped(struct inode *dir, unsigned long n, void **addr)
{
	struct page *page = read_page(dir, n);

	if (IS_ERR(page))
		return page;
	*addr = kmap_local_page(page);
	if (!page_checked(page))
		goto fail;
	return page;
fail:
	kunmap_local(*addr);
	put_page(page);
	return ERR_PTR(-EIO);
}

int read_first_byte(struct inode *dir)
{
	void *addr;
	struct page *page = get_mapped(dir, 0, &addr);
	int c;

	if (IS_ERR(page))
		return -EIO;
	c = *(char *)addr;
	kunmap_local(addr);
	put_page(page);
	return c;
}

static struct page *dir_get_page(struct inode *dir, unsigned long n)
{
	struct page *page = read_page(dir, n);

	if (!IS_ERR(page))
		kmap(page);
	return page;
}

static void dir_put_page(struct page *page)
{
	kunmap(page);
	put_page(page);
}

static char *find_entry(struct inode *dir, struct page **res_page)
{
	struct page *page = dir_get_page(dir, 0);
	char *entry;

	if (IS_ERR(page))
		return NULL;
	entry = page_checked(page) ? (char *)page : NULL;
	if (!entry) {
		dir_put_page(page);
		return NULL;
	}
	*res_page = page;
	return entry;
}

int inode_by_name(struct inode *dir)
{
	struct page *page;
	char *de = find_entry(dir, &page);
	int res = 0;

	if (de) {
		res = de[0];
		dir_put_page(page);
	}
	return res;
}

static int get_checked(struct page *page, void **out)
{
	*out = kmap(page);
	if (!page_checked(page)) {
		kunmap(page);
		return -EIO;
	}
	return 0;
}

int use_checked(struct page *page)
{
	void *addr;
	int err = get_checked(page, &addr);

	if (err)
		return err;
	err = *(int *)addr;
	kunmap(page);
	return err;
}

spinlock_t wait_lock;

static void sleep_on_wait(void)
{
	spin_unlock(&wait_lock);
	io_schedule();
	spin_lock(&wait_lock);
}

void wait_for_room(int *room)
{
	spin_lock(&wait_lock);
	while (!*room)
		sleep_on_wait();
	*room -= 1;
	spin_unlock(&wait_lock);
}

struct walk {
	char *data;
	struct page *pg;
};

/* The address is stored in the caller's walk and moved within the page. */
int walk_next(struct walk *walk, unsigned int offset)
{
	walk->data = kmap_atomic(walk->pg);
	walk->data += offset;
	return 0;
}
