package backend

import "testing"

// Medians in minutes: each time rounded half up to the minute (89 s is 1 minute, 90 s 2), and of
// an even count the mean of the two middle ones rounded half up (2 and 5 give 3.5, so 4).
func TestMedianMinutes(t *testing.T) {
	cases := []struct {
		seconds []int
		want    int
	}{
		{nil, -1},
		{[]int{89}, 1},
		{[]int{90}, 2},
		{[]int{600, 30, 1200}, 10},
		{[]int{300, 120, 60, 3000}, 4}, // 1, 2, 5, 50 minutes: (2+5)/2 = 3.5
		{[]int{120, 240}, 3},
	}
	for _, c := range cases {
		if got := MedianMinutes(c.seconds); got != c.want {
			t.Errorf("MedianMinutes(%v) = %d, want %d", c.seconds, got, c.want)
		}
	}
}

// Percentages met round half up; a month without clocks has none (-1).
func TestSLAMonthPercent(t *testing.T) {
	cases := []struct{ met, breached, want int }{{0, 0, -1}, {1, 1, 50}, {1, 7, 13}, {7, 1, 88}, {2, 1, 67}, {1, 2, 33}, {0, 3, 0}, {5, 0, 100}}
	for _, c := range cases {
		m := SLAMonth{Met: c.met, Breached: c.breached}
		if m.Finish(); m.Percent != c.want {
			t.Errorf("%d met, %d breached: %d%%, want %d%%", c.met, c.breached, m.Percent, c.want)
		}
	}
}

// NPS: promoters (9–10) minus detractors (0–6) in percent of the answers, 7–8 counting in the
// answers only; halves round away from zero.
func TestNetPromoterScore(t *testing.T) {
	cases := []struct{ promoters, detractors, answers, want int }{
		{0, 0, 0, 0}, {2, 1, 4, 25}, {1, 2, 3, -33}, {1, 0, 8, 13}, {0, 1, 8, -13}, {3, 0, 3, 100},
	}
	for _, c := range cases {
		if got := NetPromoterScore(c.promoters, c.detractors, c.answers); got != c.want {
			t.Errorf("NPS(%d, %d, %d) = %d, want %d", c.promoters, c.detractors, c.answers, got, c.want)
		}
	}
	for nps, want := range map[int][2]bool{-1: {}, 0: {false, true}, 6: {false, true}, 7: {}, 8: {}, 9: {true, false}, 10: {true, false}, 11: {}} {
		if NPSPromoter(nps) != want[0] || NPSDetractor(nps) != want[1] {
			t.Errorf("NPS answer %d: promoter %v, detractor %v", nps, NPSPromoter(nps), NPSDetractor(nps))
		}
	}
}
