/* Two leaks and an order report; two map calls (one spelled with a space). */
void good(struct page *p)
{
	char *a = kmap_local_page(p);	/* FAKE_REPORT(leak) */
	char *b = kmap_local_page (p);	/* FAKE_REPORT(order) */

	kunmap_local(a);		/* FAKE_REPORT(leak) */
}
