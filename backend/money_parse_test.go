package backend

import "testing"

func TestParseAmountReadsExactHundredths(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Money
	}{
		{"12,500.50", 1250050}, {"１２５００", 1250000}, {"¥12,500", 1250000}, {"12500元", 1250000}, {"￥ 8,000.5", 800050},
		{"0.1", 10}, {"RMB 3", 300}, {"1，234，567", 123456700}, {"-5", -500}, {"７.０５", 705},
		{"12\u00a0500", 1250000}, {"12\u202f500.5", 1250050}, // thousands grouped by no-break spaces, as the frontend reads them
	} {
		if got, ok := ParseAmount(c.in); !ok || got != c.want {
			t.Errorf("ParseAmount(%q) = %d %v, want %d", c.in, got, ok, c.want)
		}
	}
	for _, bad := range []string{"", "abc", "1.234", "1e5", "12.3.4", "--1", "=1+1", "12,50", "1,2345", "99999999999999999999", "NaN"} {
		if got, ok := ParseAmount(bad); ok {
			t.Errorf("ParseAmount(%q) = %d, want refused", bad, got)
		}
	}
}

func TestParseRateReadsMillionths(t *testing.T) {
	if got, ok := ParseRate("7.1234"); !ok || got != 7_123_400 {
		t.Errorf("7.1234 = %d %v", got, ok)
	}
	if got, ok := ParseRate("０.０５"); !ok || got != 50_000 {
		t.Errorf("full-width 0.05 = %d %v", got, ok)
	}
	for _, bad := range []string{"", "0", "-7", "7.1234567", "abc", "1,000"} {
		if got, ok := ParseRate(bad); ok {
			t.Errorf("ParseRate(%q) = %d, want refused", bad, got)
		}
	}
}
