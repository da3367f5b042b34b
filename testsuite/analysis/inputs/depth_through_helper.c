#include "kapi.h"

/* Eight atomic mappings nested inside a helper. */
static unsigned int sum8(struct page **p)
{
	unsigned char *b0 = kmap_atomic(p[0]);
	unsigned char *b1 = kmap_atomic(p[1]);
	unsigned char *b2 = kmap_atomic(p[2]);
	unsigned char *b3 = kmap_atomic(p[3]);
	unsigned char *b4 = kmap_atomic(p[4]);
	unsigned char *b5 = kmap_atomic(p[5]);
	unsigned char *b6 = kmap_atomic(p[6]);
	unsigned char *b7 = kmap_atomic(p[7]);
	unsigned int s = b0[0] + b1[0] + b2[0] + b3[0] + b4[0] + b5[0] + b6[0] + b7[0];

	kunmap_atomic(b7);
	kunmap_atomic(b6);
	kunmap_atomic(b5);
	kunmap_atomic(b4);
	kunmap_atomic(b3);
	kunmap_atomic(b2);
	kunmap_atomic(b1);
	kunmap_atomic(b0);
	return s;
}

unsigned int eight_over_eight(struct page **p)
{
	unsigned char *a0 = kmap_local_page(p[8]);
	unsigned char *a1 = kmap_local_page(p[9]);
	unsigned char *a2 = kmap_local_page(p[10]);
	unsigned char *a3 = kmap_local_page(p[11]);
	unsigned char *a4 = kmap_local_page(p[12]);
	unsigned char *a5 = kmap_local_page(p[13]);
	unsigned char *a6 = kmap_local_page(p[14]);
	unsigned char *a7 = kmap_local_page(p[15]);
	unsigned int s = sum8(p);	/* expect: depth */

	s += a7[0];
	kunmap_local(a7);
	s += a6[0];
	kunmap_local(a6);
	s += a5[0];
	kunmap_local(a5);
	s += a4[0];
	kunmap_local(a4);
	s += a3[0];
	kunmap_local(a3);
	s += a2[0];
	kunmap_local(a2);
	s += a1[0];
	kunmap_local(a1);
	s += a0[0];
	kunmap_local(a0);
	return s;
}

unsigned int seven_under_eight(struct page **p)
{
	unsigned char *a0 = kmap_local_page(p[8]);
	unsigned char *a1 = kmap_local_page(p[9]);
	unsigned char *a2 = kmap_local_page(p[10]);
	unsigned char *a3 = kmap_local_page(p[11]);
	unsigned char *a4 = kmap_local_page(p[12]);
	unsigned char *a5 = kmap_local_page(p[13]);
	unsigned char *a6 = kmap_local_page(p[14]);
	unsigned int s = sum8(p);

	s += a6[0];
	kunmap_local(a6);
	s += a5[0];
	kunmap_local(a5);
	s += a4[0];
	kunmap_local(a4);
	s += a3[0];
	kunmap_local(a3);
	s += a2[0];
	kunmap_local(a2);
	s += a1[0];
	kunmap_local(a1);
	s += a0[0];
	kunmap_local(a0);
	return s;
}
