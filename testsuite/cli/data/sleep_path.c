/* A sleep under kmap_atomic() on one branch only: the notes name it. */
struct page;
struct mutex;
void *kmap_atomic(struct page *page);
void __kunmap_atomic(void *addr);
#define kunmap_atomic(addr) __kunmap_atomic(addr)
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

void fill(struct page *page, struct mutex *lock, int slow)
{
	char *p = kmap_atomic(page);

	p[0] = 1;
	if (slow) {
		mutex_lock(lock);
		mutex_unlock(lock);
	}
	kunmap_atomic(p);
}
