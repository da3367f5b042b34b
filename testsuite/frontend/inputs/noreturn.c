_Noreturn void die2(void);
void __attribute__((__noreturn__)) die3(int);
#define BUG() do { __builtin_trap(); } while (0)
#define CHECKER_TEST(x) ((x) + 1)
int f(int a)
{
	if (a == 1)
		die2();
	if (a == 2)
		die3(a);
	if (a == 3)
		BUG();
	if (a == 4)
		__builtin_unreachable();
	return CHECKER_TEST(a) == 3 ? 1 : 0;
}
