void add(int);
#define inner(x) add(x)
#define middle() inner(1)
#define outer() do { middle(); } while (0)
void f(void)
{
	outer();
	middle();
}
