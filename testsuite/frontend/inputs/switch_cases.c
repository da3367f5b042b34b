/*
 * Case bodies that declare variables: the blocks after them must still be
 * lowered (a case is found again by its extent, not by cursor identity).
 */
int one(int *p);
int two(int *p);
int four(int *p);
void bad_size(void);

int decl_cases(int *e, int r)
{
	int ret = 0;

	switch (r) {
	case 1: {
		int *p = e;

		ret = one(p);
		break;
	}
	case 2: {
		int *q = e + 1;

		ret = two(q);
		break;
	}
	case 4:
		ret = four(e);
		break;
	}
	return ret;
}

/* The shape of the kernel's cmpxchg(): a switch on a size, in ({ }). */
#define size_switch(ptr)						\
({									\
	int __ret;							\
	switch (sizeof(*(ptr))) {					\
	case 1: {							\
		volatile char *__ptr = (volatile char *)(ptr);		\
		__ret = one((int *)__ptr);				\
		break;							\
	}								\
	case 4: {							\
		volatile int *__ptr = (volatile int *)(ptr);		\
		__ret = four((int *)__ptr);				\
		break;							\
	}								\
	default:							\
		bad_size();						\
	}								\
	__ret;								\
})

int in_statement_expression(int *e)
{
	if (!size_switch(e))
		return 1;
	return 0;
}
