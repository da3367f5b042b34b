/* Not kernel code: a whole-tree walk leaves scripts/ out. FAKE_EXIT2 */
void *tool(void *p) { return kmap(p); }
