/* Input of test_liveness.c: each name says where it is read. */
struct ent;
struct ent *lookup(unsigned long addr);
int use(struct ent *e, int flag);

int walk(unsigned long addr, unsigned long end, int keep)
{
	struct ent *e = 0;
	int flag = 0, n = 0;

	while (addr < end) {
		e = lookup(addr);	/* e: assigned before it is read */
		if (e)
			n += use(e, flag);
		flag = keep;		/* flag: read next iteration first */
		addr += 4096;
	}
	return n;
}
