#include "kapi.h"

/*
 * __get_user() as a statement expression around a helper call (x86's
 * shape, with its sanitizer hook): the macro's value is its last
 * expression, not the helper's result.  Assigning or testing the macro
 * checks the copy.
 */
void unpoison(void *addr, unsigned long size);
#define __get_user(x, ptr) ({						\
	int __ret_gu;							\
	unsigned long __val_gu;						\
	asm volatile("" : "=r" (__ret_gu), "=r" (__val_gu) : "r" (ptr));\
	unpoison(&__val_gu, sizeof(x));					\
	(x) = (__typeof__(x))__val_gu;					\
	__ret_gu;							\
})

int opcode_at(const unsigned int *uaddr)
{
	unsigned int opcode;
	int result;

	pagefault_disable();
	result = __get_user(opcode, uaddr);
	pagefault_enable();
	if (result)
		return -14;
	return opcode == 0xcc;
}

int opcode_tested(const unsigned int *uaddr)
{
	unsigned int opcode = 0;

	pagefault_disable();
	if (__get_user(opcode, uaddr)) {
		pagefault_enable();
		return -14;
	}
	pagefault_enable();
	return opcode == 0xcc;
}

int opcode_ignored(const unsigned int *uaddr)
{
	unsigned int opcode = 0;

	pagefault_disable();
	__get_user(opcode, uaddr);	/* expect: unchecked-copy */
	pagefault_enable();
	return opcode == 0xcc;
}
