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
