int f(int);
int g(void);
void unlock(void);

int ladder(int a)
{
	int err;

	err = f(1);
	if (err)
		goto out;
	err = f(2);
	if (err)
		goto undo_one;
	return 0;
undo_one:
	f(-1);
out:
	return err;
}

int loops(int n)
{
	int i, sum = 0;

	for (i = 0; i < n; i++) {
		if (i == 3)
			continue;
		if (i == 7)
			break;
		sum += i;
	}
	while (n--)
		sum++;
	do {
		sum--;
	} while (sum > 100);
	for (;;)
		if (g())
			break;
	return sum;
}

int sw(int x)
{
	int r = 0;

	switch (x) {
	case 1:
		r = 10;
		break;
	default:
		r = -1;
	case 2:
	case 3:
		r += 2;
		/* fallthrough */
	case 4 ... 6:
		r++;
	}
	return r;
}

int logic(int a, int b, int *p)
{
	int v = a && b;
	int w = a ? f(a) : g();

	if ((a || b) && !p)
		return v;
	if (p != 0 && *p == 2)
		return w;
	return a ?: b;
}

#define likely(x) __builtin_expect(!!(x), 1)
#define min(a, b) ({ int __a = (a); int __b = (b); __a < __b ? __a : __b; })

int macros(int a, int b, int *p)
{
	int m = min(f(a), b);

	if (likely(p))
		*p = m;
	(void)f(m), g();
	return m;
}
