/*
 * An operand written in a macro argument that is itself inside another
 * macro's arguments: its text is all of it (`*pmd`), as when the inner
 * macro is written alone.
 */
typedef struct { unsigned long v; } pmd_t;
unsigned long native_pmd_val(pmd_t pmd);
int printk(const char *fmt, ...);
#define pmd_val(x) native_pmd_val(x)
#define pr_alert(fmt, ...) printk(fmt, ##__VA_ARGS__)
void g(pmd_t *pmd, unsigned long v)
{
	pr_alert("%lx %lx\n", v, pmd_val(*pmd));
	v = pmd_val(*pmd);
}
