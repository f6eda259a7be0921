package backend

import "testing"

// Inputs people really type must pass; near misses must not.
func TestCheckerFormats(t *testing.T) {
	cases := []struct {
		name  string
		check func(*checker, *string)
		in    string
		ok    bool
		out   string
	}{
		{"OKMobileCN", phoneCheck, "+86 138-0013-8000", true, "+86 138-0013-8000"},
		{"OKLandlineExt", phoneCheck, "(010) 8888 6666 ext 12", true, ""},
		{"OKLandlineZhuan", phoneCheck, "010-88886666转123", true, ""},
		{"ErrPhoneLetters", phoneCheck, "138abc", false, ""},
		{"ErrPhonePlusInside", phoneCheck, "138+0013", false, ""},
		{"OKEmail", emailCheck, "li.lei@yunfan.com.cn", true, ""},
		{"OKEmailUnicodeDomain", emailCheck, "info@云帆.中国", true, ""},
		{"ErrEmailSpaces", emailCheck, "li lei@yunfan.cn", false, ""},
		{"OKWebsiteBare", websiteCheck, "www.yunfan.cn", true, "https://www.yunfan.cn"},
		{"OKWebsiteHTTP", websiteCheck, "http://yunfan.cn/about?x=1", true, "http://yunfan.cn/about?x=1"},
		{"ErrWebsiteFTP", websiteCheck, "ftp://yunfan.cn", false, ""},
		{"ErrWebsiteNoDot", websiteCheck, "localhost", false, ""},
		{"ErrWebsiteQuote", websiteCheck, `https://x.cn"onmouseover="alert(1)`, false, ""},
		{"ErrWebsiteBidi", websiteCheck, "https://example.com/invoice\u202egpj.exe", false, ""},
		{"ErrWebsiteBidiHost", websiteCheck, "invoice\u202egpj.exe.cn", false, ""},
		{"ErrEmailBidi", emailCheck, "li\u2067lei@yunfan.cn", false, ""},
		{"ErrPhoneBidi", phoneCheck, "\u200f138 0013 8000", false, ""},
		{"OKDate", dateCheck, "2026-02-28", true, ""},
		{"ErrDateLeap", dateCheck, "2026-02-29", false, ""},
		{"ErrDateSlashes", dateCheck, "2026/02/28", false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var k checker
			v := tc.in
			tc.check(&k, &v)
			if (k.err == nil) != tc.ok {
				t.Fatalf("%q: got error %v, want ok=%v", tc.in, k.err, tc.ok)
			}
			if tc.ok && tc.out != "" && v != tc.out {
				t.Fatalf("%q normalized to %q, want %q", tc.in, v, tc.out)
			}
		})
	}
}

func phoneCheck(k *checker, s *string)   { k.phone("phone", s) }
func emailCheck(k *checker, s *string)   { k.email("email", s) }
func websiteCheck(k *checker, s *string) { k.website("website", s) }
func dateCheck(k *checker, s *string)    { k.date("date", s) }

// A mobile number is a Chinese mobile (11 digits, 13–19, optionally after +86 or 0086) or any
// number in international form (+ or 00, then 8–15 digits); refusals say so in one sentence.
func TestMobileNumbers(t *testing.T) {
	cases := []struct {
		name string
		in   string
		ok   bool
	}{
		{"OKCN", "13800138000", true},
		{"OKCNSpaces", "138 0013 8000", true},
		{"OKCNDashes", "138-0013-8000", true},
		{"OKCNPlus86", "+86 138 0013 8000", true},
		{"OKCN0086", "0086-199-0000-1111", true},
		{"OKUS", "+1 (415) 555-0100", true},
		{"OKHongKong", "+852 9123 4567", true},
		{"OKGermany00", "0049 151 2345 6789", true},
		{"OKEmpty", "", true},
		{"ErrSevenDigits", "8888666", false},
		{"ErrCNTenDigits", "1380013800", false},
		{"ErrCNTwelveDigits", "138001380001", false},
		{"ErrCNSecondDigit", "12800138000", false},
		{"ErrPlus86Landline", "+86 10 8888 6666", false},
		{"ErrNationalForeign", "07700 900123", false},
		{"ErrPlusTooShort", "+1 555 01", false},
		{"ErrPlusTooLong", "+49 1512 3456 7890 123", false},
		{"ErrExtension", "138 0013 8000 ext 12", false},
		{"ErrLetters", "138abc00138", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var k checker
			v := tc.in
			k.mobile("mobile", &v)
			if tc.ok {
				if k.err != nil {
					t.Fatalf("%q: got %v, want it accepted", tc.in, k.err)
				}
				if v != tc.in {
					t.Fatalf("%q stored as %q, want it as typed", tc.in, v)
				}
				return
			}
			if k.err == nil {
				t.Fatalf("%q: accepted, want it refused", tc.in)
			}
			if k.err.Code != CodeInvalid || k.err.Field != "mobile" || k.err.Reason != "mobile" || k.err.Message != mobileMessage {
				t.Fatalf("%q: got %+v, want invalid mobile with %q", tc.in, k.err, mobileMessage)
			}
		})
	}
}

// A direction character in an address or a number is refused with its own reason, so the user is
// told what to remove.
func TestBidiReason(t *testing.T) {
	var k checker
	v := "invoice\u202egpj.exe.cn"
	k.website("website", &v)
	if e := k.err; e == nil || e.Reason != "bidi_char" || e.Field != "website" {
		t.Fatalf("got %v", k.err)
	}
}
