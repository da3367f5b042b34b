#include "kapi.h"

/* 6.1 BUG()s on the 16th nested map: KM_MAX_IDX is 16, the push checks idx >= 16 */
void seventeen(struct page **p)
{
	void *a0 = kmap_local_page(p[0]);
	void *a1 = kmap_local_page(p[1]);
	void *a2 = kmap_local_page(p[2]);
	void *a3 = kmap_local_page(p[3]);
	void *a4 = kmap_local_page(p[4]);
	void *a5 = kmap_local_page(p[5]);
	void *a6 = kmap_local_page(p[6]);
	void *a7 = kmap_local_page(p[7]);
	void *a8 = kmap_local_page(p[8]);
	void *a9 = kmap_local_page(p[9]);
	void *a10 = kmap_local_page(p[10]);
	void *a11 = kmap_local_page(p[11]);
	void *a12 = kmap_local_page(p[12]);
	void *a13 = kmap_local_page(p[13]);
	void *a14 = kmap_local_page(p[14]);
	void *a15 = kmap_atomic(p[15]);	/* expect: depth */
	void *a16 = kmap_local_page(p[16]);

	kunmap_local(a16);
	kunmap_atomic(a15);
	kunmap_local(a14);
	kunmap_local(a13);
	kunmap_local(a12);
	kunmap_local(a11);
	kunmap_local(a10);
	kunmap_local(a9);
	kunmap_local(a8);
	kunmap_local(a7);
	kunmap_local(a6);
	kunmap_local(a5);
	kunmap_local(a4);
	kunmap_local(a3);
	kunmap_local(a2);
	kunmap_local(a1);
	kunmap_local(a0);
}

/* Fifteen nest, and kmap() takes no slot. */
void fifteen(struct page **p)
{
	void *a0 = kmap_local_page(p[0]);
	void *a1 = kmap_local_page(p[1]);
	void *a2 = kmap_local_page(p[2]);
	void *a3 = kmap_local_page(p[3]);
	void *a4 = kmap_local_page(p[4]);
	void *a5 = kmap_local_page(p[5]);
	void *a6 = kmap_local_page(p[6]);
	void *a7 = kmap_local_page(p[7]);
	void *a8 = kmap_local_page(p[8]);
	void *a9 = kmap_local_page(p[9]);
	void *a10 = kmap_local_page(p[10]);
	void *a11 = kmap_local_page(p[11]);
	void *a12 = kmap_local_page(p[12]);
	void *a13 = kmap_local_page(p[13]);
	void *a15 = kmap(p[15]);
	void *a16 = kmap_local_page(p[16]);

	kunmap_local(a16);
	kunmap(p[15]);
	kunmap_local(a13);
	kunmap_local(a12);
	kunmap_local(a11);
	kunmap_local(a10);
	kunmap_local(a9);
	kunmap_local(a8);
	kunmap_local(a7);
	kunmap_local(a6);
	kunmap_local(a5);
	kunmap_local(a4);
	kunmap_local(a3);
	kunmap_local(a2);
	kunmap_local(a1);
	kunmap_local(a0);
	(void)a15;
}
