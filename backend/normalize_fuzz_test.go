package backend

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"
)

// Whatever the user types, Normalize never panics, and what it accepts is stable: valid UTF-8,
// within limits, and unchanged by a second Normalize (so a saved record always saves again).
func FuzzCustomerNormalize(f *testing.F) {
	f.Add("上海云帆", "www.yunfan.cn", "lead", "referral", "重点客户", "**注意**")
	f.Add("  ", "javascript:alert(1)", "won", "tv", "<b>", "<script>alert(1)</script>")
	f.Add("Acme\xff", "http://x", "", "", "", "\x00")
	f.Fuzz(func(t *testing.T, name, website, stage, channel, tag, notes string) {
		c := Customer{Name: name, Website: website, Stage: Stage(stage), Channel: Channel(channel), Tags: []string{tag, tag}, Notes: notes}
		if err := c.Normalize(); err != nil {
			if ErrorCode(err) != CodeInvalid || AsError(err).Field == "" {
				t.Fatalf("a refusal must name a field: %v", err)
			}
			return
		}
		if !utf8.ValidString(c.Name) || c.Name == "" || utf8.RuneCountInString(c.Name) > MaxName || len(c.Tags) > 1 {
			t.Fatalf("accepted %+v", c)
		}
		again := c
		again.Tags = append([]string(nil), c.Tags...)
		if err := again.Normalize(); err != nil || !reflect.DeepEqual(again, c) {
			t.Fatalf("not stable: %+v → %+v (%v)", c, again, err)
		}
	})
}

func FuzzInteractionNormalize(f *testing.F) {
	f.Add("meeting", "2026-11-24", "王芳", "讨论需求")
	f.Add("fax", "2026-02-30", "", "\xc3\x28")
	f.Fuzz(func(t *testing.T, kind, followUp, participant, summary string) {
		i := Interaction{CustomerID: [16]byte{1}, Kind: InteractionKind(kind), At: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC),
			FollowUpOn: followUp, Participants: []string{participant}, Summary: summary}
		if err := i.Normalize(); err != nil {
			if ErrorCode(err) != CodeInvalid || AsError(err).Field == "" {
				t.Fatalf("a refusal must name a field: %v", err)
			}
			return
		}
		if i.FollowUpOn != "" {
			if _, err := time.Parse(DateLayout, i.FollowUpOn); err != nil {
				t.Fatalf("accepted follow-up %q", i.FollowUpOn)
			}
		}
		again := i
		again.Participants = append([]string(nil), i.Participants...)
		if err := again.Normalize(); err != nil || !reflect.DeepEqual(again, i) {
			t.Fatalf("not stable: %+v → %+v (%v)", i, again, err)
		}
	})
}
