#include <stddef.h>

typedef unsigned char u8;
typedef unsigned int gfp_t;
#define ___GFP_IO 0x40u
#define ___GFP_FS 0x80u
#define ___GFP_RECLAIM 0xc00u
#define GFP_KERNEL ((gfp_t)(___GFP_RECLAIM | ___GFP_IO | ___GFP_FS))

struct page;
struct buf {
	void *vaddr;
	int len;
	int data[4];
};

void *kmap_local_page(struct page *page);
void *kmalloc(size_t size, gfp_t flags);
void fill(int *where);
void take(void *p);
int get(void);
int global_count;

void addresses(struct buf *b, struct page *page)
{
	int local = 0;
	struct buf copy;

	fill(&local);
	take(&copy.len);
	b->vaddr = kmap_local_page(page);
	b->len += 4;
	copy.data[1] = b->len;
	take((u8 *)b->vaddr + 16);
	global_count++;
}

void *allocate(void)
{
	return kmalloc(64, GFP_KERNEL);
}

int arith(char *p, int n)
{
	char *q = p + n;
	char *r = &p[2];
	int x = (get(), n);

	q -= 2;
	x += *q++;
	return x + r[0];
}

unsigned long asm_users(unsigned long v)
{
	unsigned long out;

	asm volatile("mov %1, %0" : "=r"(out) : "r"(v));
	asm goto("jmp %l0" : : : : failed);
	return out;
failed:
	return 0;
}

#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val) do { *(volatile typeof(x) *)&(x) = (val); } while (0)

int once(int *p)
{
	int v = READ_ONCE(*p);
	int w = 1;

	WRITE_ONCE(w, v);
	return READ_ONCE(w);
}

struct node { struct node *next; int val; };
#define for_each_node(pos, head) for (pos = (head); pos; pos = pos->next)

int walk(struct node *head)
{
	struct node *pos;
	int total = 0;

	for_each_node(pos, head)
		total += pos->val;
	for (; total > 100;)
		total /= 2;
	return total;
}

#define NR 4

int counted(int *a, int n, char *p)
{
	int i, j, sum = 0;
	unsigned long k;

	for (i = 0; i < NR; i++)
		sum += a[i];
	for (j = NR * 2 - 1; 0 <= j; j -= 2)
		sum += a[j];
	for (k = 1; k != n; ++k)
		sum = sum + 3;
	i = i - 1;
	if (j == i + 1)
		p++;
	if ((char)i > 2)
		sum = (int)k + 1;
	while (i-- > 0)
		sum++;
	do {
		sum--;
	} while (++j < NR);
	return sum;
}

#define ERR_MASK	(0x7ffULL << 52)

int bit_tests(unsigned long long v, unsigned int flags, int *out)
{
	int r = !!(v & ERR_MASK), z = !(flags & 4);

	if ((flags & 8) == 0)
		r++;
	if (0x10 & flags)
		z++;
	if ((flags & 2) != 0)
		z--;
	*out = z;
	return r;
}

int constant_p(int val, int *out)
{
	const int id = (__builtin_constant_p(val) &&
			(val == 1 || val == -1)) ? val : 0;
	int four = __builtin_constant_p(4) ? 4 : val;

	if (__builtin_constant_p(val))
		*out = 1;
	if (!__builtin_constant_p(four * 2) || val)
		*out = 2;
	return id + four;
}
