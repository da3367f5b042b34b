/*
 * Case bodies that declare variables: the blocks after them must still be
 * lowered (a case is found again by its extent, not by cursor identity).
 */
int one(int *p);
int two(int *p);
int four(int *p);
void bad_size(void);
int eight(int *p);
void after(void);

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

/*
 * A switch on a value clang evaluates takes its one case: sizeof(int) is 4
 * here, and case 4 falls through into case 8.
 */
int size_case(int *e)
{
	int ret = 0;

	switch (sizeof(int)) {
	case 1:
		ret = one(e);
		break;
	case 2:
		ret = two(e);
		break;
	case 4:
		ret = four(e);
		/* fallthrough */
	case 8:
		ret += eight(e);
		break;
	default:
		bad_size();
	}
	return ret;
}

enum { SIZE_SIXTEEN = 16 };

/* No case matches an enum constant: the default does. */
int default_case(int *e)
{
	switch (SIZE_SIXTEEN) {
	case 1 ... 8:
		return one(e);
	default:
		bad_size();
	}
	return 0;
}

/* Neither a case nor a default: past the switch. */
void no_case(int *e)
{
	switch (4 * 2) {
	case 1:
		one(e);
		break;
	case 4:
		four(e);
		break;
	}
	after();
}

/* A case range matches, as an unsigned size. */
void range_case(int *e)
{
	switch (sizeof(long long)) {
	case 1 ... 4:
		four(e);
		break;
	case 5 ... 8:
		eight(e);
		break;
	}
}

/* A label in a case the switch does not take is still a goto's target. */
int goto_into_case(int *e)
{
	int ret = 0;

	if (*e)
		goto again;
	switch (sizeof(char)) {
	case 1:
		ret = one(e);
		break;
	case 2:
again:
		ret = two(e);
		break;
	}
	return ret;
}
