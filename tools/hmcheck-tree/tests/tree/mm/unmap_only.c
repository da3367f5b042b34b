/* Mentions the API (an unmap) but makes no map call. */
void unmap_only(void *addr)
{
	kunmap_local(addr);	/* FAKE_REPORT(unbalanced) */
}
