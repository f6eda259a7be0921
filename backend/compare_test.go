package backend

import (
	"testing"

	"github.com/google/uuid"
)

func TestCompareSetsAcceptanceSplit(t *testing.T) {
	id := uuid.New()
	before := []BaselineItem{{ID: id, Number: 1, Title: "登录锁定", Acceptance: []string{"失败5次锁定\n锁定30分钟"}}}
	after := []BaselineItem{{ID: id, Number: 1, Title: "登录锁定", Acceptance: []string{"失败5次锁定", "锁定30分钟"}}}
	c := CompareSets(before, after)
	if len(c.Changed) != 1 || c.Changed[0].Fields[0].Field != "acceptance" {
		t.Fatalf("splitting a criterion in two is a change: %+v", c)
	}
	f := c.Changed[0].Fields[0]
	if f.Old != "1. 失败5次锁定\n锁定30分钟\n" || f.New != "1. 失败5次锁定\n2. 锁定30分钟\n" || f.Diff != nil {
		t.Fatalf("numbered criteria, no diff yet: %+v", f)
	}
	c.AddDiffs()
	if d := c.Changed[0].Fields[0].Diff; len(d) == 0 || render(d) != "1. 失败5次锁定\n{+2. +}锁定30分钟\n" {
		t.Fatalf("AddDiffs: %q", render(d))
	}
}
