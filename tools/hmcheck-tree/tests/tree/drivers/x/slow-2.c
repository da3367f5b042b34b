/* Reports printed slowly: FAKE_SLOW */
void slow2(struct folio *f)
{
	void *x = kmap_local_folio(f, 0);	/* FAKE_REPORT(depth) */
	/* FAKE_REPORT(depth) */
	/* FAKE_REPORT(depth) */
}
