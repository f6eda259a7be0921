package document

import "strings"

// rmbInWords writes an amount of fen in the capital numerals of Chinese invoices and contracts
// (人民币大写), by the rules banks apply: 113,000.00 is 人民币壹拾壹万叁仟元整, 100,005.50 is
// 人民币壹拾万零伍元伍角整, 1.05 is 人民币壹元零伍分. "整" ends an amount without fen.
func rmbInWords(fen int64) string {
	if fen < 0 {
		return ""
	}
	const digits = "零壹贰叁肆伍陆柒捌玖"
	digit := func(d int64) string { return string([]rune(digits)[d]) }
	yuan, jiao, cents := fen/100, fen/10%10, fen%10
	var b strings.Builder
	b.WriteString("人民币")
	if yuan > 0 {
		var groups []int64 // four digits each, the lowest first
		for n := yuan; n > 0; n /= 10000 {
			groups = append(groups, n%10000)
		}
		started, zero := false, false // zero: a 零 is owed before the next digit written
		for g := len(groups) - 1; g >= 0; g-- {
			if groups[g] == 0 {
				zero = started
				continue
			}
			for p, scale := 3, int64(1000); p >= 0; p, scale = p-1, scale/10 {
				d := groups[g] / scale % 10
				if d == 0 {
					zero = zero || started
					continue
				}
				if zero {
					b.WriteString("零")
				}
				b.WriteString(digit(d) + []string{"", "拾", "佰", "仟"}[p])
				started, zero = true, false
			}
			b.WriteString([]string{"", "万", "亿", "万亿"}[g])
			zero = false // the group's own trailing zeros owe nothing: 壹拾万壹仟
		}
		b.WriteString("元")
	}
	switch {
	case yuan == 0 && jiao == 0 && cents == 0:
		return "人民币零元整"
	case jiao > 0:
		b.WriteString(digit(jiao) + "角")
	case cents > 0 && yuan > 0:
		b.WriteString("零")
	}
	if cents > 0 {
		b.WriteString(digit(cents) + "分")
	} else {
		b.WriteString("整")
	}
	return b.String()
}
