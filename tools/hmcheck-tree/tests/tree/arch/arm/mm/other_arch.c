/* Another architecture: left out when walking for x86. FAKE_EXIT2 */
void *arm(void *p) { return kmap(p); }
