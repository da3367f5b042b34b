/* SPDX-License-Identifier: GPL-2.0 */
/* The few kernel declarations the cross-file tree needs. */
struct page;
struct mutex;
void *kmap_atomic(struct page *page);
void __kunmap_atomic(void *addr);
#define kunmap_atomic(addr) __kunmap_atomic(addr)
void msleep(unsigned int msecs);
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

int outer_helper(int x);	/* fs/helpers.c */
int middle(int x);		/* lib/middle.c */
int inner(int x);		/* lib/inner.c */
int harmless(int x);		/* lib/harmless.c */
int locked_update(struct mutex *lock, int x);	/* lib/harmless.c */
int mystery(int x);		/* defined nowhere in the tree */

typedef struct { int locked; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void preempt_enable(void);
struct dev { spinlock_t lock; int state; };
void unlock_dev(struct dev *d);	/* lib/locks.c */
void settle_counters(void);	/* lib/locks.c */

void *kmap(struct page *page);
void kunmap(struct page *page);
struct dir_entry { int ino; };
struct dir { struct page *pages[4]; int npages; };
/* lib/dir.c: the entry's page is kmap()ed for the caller, or NULL. */
struct dir_entry *find_entry(struct dir *dir, int ino, struct page **res_page);
void put_dir_page(struct page *page);
