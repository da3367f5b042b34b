/* Included by unit.c: the unit's own code. */
static int selftest_first_byte(struct page *page)
{
	char *addr = kmap_local_page(page);
	int value = addr[0];

	if (value)
		return value;
	__kunmap_local(addr);
	return 0;
}

int selftest_run(struct page *page)
{
	return selftest_first_byte(page);
}
