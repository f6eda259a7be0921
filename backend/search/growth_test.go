package search

import (
	"fmt"
	"testing"
)

// built is an index as the app's build makes it: records prepared, added in one go into a
// reserved index, then swapped into the live one (which trims what the build did not use).
func built(records int) *Index {
	fresh := New()
	fresh.Reserve(records)
	ps := make([]Prepared, 0, records)
	for i := range records {
		d := doc("ticket", fmt.Sprintf("T-%05d", i), fmt.Sprintf("报表导出第%d页乱码", i), "customer wrote about the export", i%400)
		d.Body = fmt.Sprintf("第%d次导出 PDF 时中文显示为方块", i)
		ps = append(ps, Prepare(d))
	}
	fresh.Add(ps...)
	ix := New()
	ix.Swap(fresh)
	return ix
}

// The first save after the app built its index used to double every big slice of it (the build
// leaves them full, and they grew by doubling): on the large data set that save took a third of
// a second more and the index took about half as much memory again. A save adds a record's few
// bytes, and so it grows the index by little.
func TestASaveAfterTheBuildGrowsTheIndexLittle(t *testing.T) {
	ix := built(20_000)
	before := ix.Bytes()
	saved, store := doc("ticket", "T-99999", "新的工单 导出乱码", "", 0), newStore()
	ix.Put(saved)
	store.put(saved)
	ix.Append(ix.entries[0].id, "客户回复：已解决")
	if after := ix.Bytes(); after > before+before/8 {
		t.Fatalf("one save grew the index from %d to %d bytes", before, after)
	}
	if got := found(ix, store, "新的工单"); len(got) != 1 || got[0] != "T-99999 新的工单 导出乱码" {
		t.Fatalf("the saved record is not found: %q", got)
	}
}
