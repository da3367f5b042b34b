#include "kapi.h"

/*
 * __builtin_constant_p() is folded as a function body read on its own
 * has it: 1 for a constant, 0 for a variable.  The kernel's per-CPU
 * operations choose their instruction with it (x86 percpu_add_op():
 * `pao_ID__` is 1, -1 or 0), and size-specialized helpers take a fast path
 * for constant sizes.  A path through the constant side with a variable
 * would be a path the compiled function never takes; with a constant it
 * is taken, and its leak reported.
 */
#define add_op(var, val) do {						\
	const int id__ = (__builtin_constant_p(val) &&			\
			  ((val) == 1 || (val) == -1)) ? (int)(val) : 0;	\
	if (id__ == 1)							\
		(var)++;						\
	else if (id__ == -1)						\
		(var)--;						\
	else								\
		(var) += (val);						\
} while (0)

int copied_bytes;

int copy_sized(struct page *page, char *to, unsigned long n)
{
	char *from = kmap_local_page(page);

	if (__builtin_constant_p(n) && n == 0)
		return 0;
	memcpy(to, from, n);
	add_op(copied_bytes, n);
	kunmap_local(from);
	return 0;
}

int copy_counted(struct page *page, char *to, int n)
{
	char *from = kmap_local_page(page);
	int id = (__builtin_constant_p(n) && n > 0) ? n : 0;

	if (id)
		return id;
	memcpy(to, from, 16);
	add_op(copied_bytes, 1);
	kunmap_local(from);
	return 0;
}

int copy_fixed(struct page *page, char *to, unsigned long n)
{
	char *from = kmap_local_page(page);	/* expect: leak */

	if (__builtin_constant_p(sizeof(long)) && n == 0)
		return 0;
	memcpy(to, from, n);
	kunmap_local(from);
	return 0;
}
