package search

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// Searches, saves, removals, thread entries, Release, a second Swap and Close all at once on a
// spilled index: nothing may read a mapping after it is unmapped (a fault), and -race sees no
// unlocked access.
func TestSpilledIndexUnderConcurrentUse(t *testing.T) {
	dir := spillDir(t)
	ix := New()
	ix.SpillTo(dir)
	fresh := New()
	fresh.Reserve(5000)
	for i := range 5000 {
		d := doc("ticket", fmt.Sprintf("T-%05d", i), fmt.Sprintf("报表导出第%d页乱码", i), "customer wrote about the export", i%400)
		d.Body = fmt.Sprintf("第%d次导出 PDF 时中文显示为方块", i)
		fresh.Put(d)
	}
	ix.Swap(fresh)
	if ix.mapped == nil {
		t.Fatal("not spilled")
	}
	var stop atomic.Bool
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			qs := []string{"报表", "导出", "T-0001", "方块", "export", "报", "乱码 第1"}
			for i := 0; !stop.Load(); i++ {
				ix.Search(qs[(i+w)%len(qs)], 10, nil)
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ids []Doc
		for i := 0; !stop.Load(); i++ {
			d := doc("ticket", fmt.Sprintf("T-9%04d", i), fmt.Sprintf("新工单%d 导出", i), "", 0)
			d.Body = "中文显示为方块"
			ix.Put(d)
			ids = append(ids, d)
			ix.Append(d.ID, "客户回复：已解决")
			if i%3 == 0 {
				ix.Remove(ids[i/3].ID)
			}
		}
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !stop.Load() {
			ix.Release()
		}
	}()
	// A second build swapped in while all that runs (the old mapping goes), then Close.
	second := New()
	for i := range 3000 {
		second.Put(doc("ticket", fmt.Sprintf("T-%05d", i), fmt.Sprintf("第二次 %d", i), "", 0))
	}
	ix.Swap(second)
	for range 200 {
		ix.Search("第二次", 5, nil)
	}
	ix.Close()
	for range 200 {
		ix.Search("第二次", 5, nil)
	}
	stop.Store(true)
	wg.Wait()
}
