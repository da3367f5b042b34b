/* This architecture: walked. */
void *x86(unsigned long pfn) { return kmap_local_pfn(pfn); }	/* FAKE_REPORT(escape) */
