package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestDOCXPackage(t *testing.T) {
	for _, tc := range []struct {
		in        Input
		want, not []string // text that must (not) be in document.xml
	}{
		{zhInput(), []string{"需求规格说明书", "云帆科技（C-0001）", "星河软件有限公司", "目录", "1 功能需求", "1.1 R-0007 用户登录",
			"2 数据需求", "2.2 R-0012 历史数据保留", "验收标准", "连续 5 次失败后锁定 15 分钟", scriptPayload, imgPayload,
			"优先级：高", "估算工作量：2.5 人天", "变更记录", "4 项需求；新增 4，变更 0，删除 0", "纸质签字", "确认签字",
			"客户方（甲方）", "产品总监", "备注：双方各执一份。", "手机号", "POST /api/login"},
			[]string{"Acceptance criteria", "Change log", "Sign-off", "draft", "草稿"}},
		{enInput(), []string{"Requirements Specification", "Harbor Ltd (C-0002)", "Contents", "1 Security requirements",
			"1.1 R-0003 Single sign-on", "2.1 R-0005 Export to " + imgPayload, "Acceptance criteria", scriptPayload,
			"Estimate: 1 person-day", "Change log", "v2 (draft)", "3 requirements; not yet confirmed", "Sign-off", "Version: v2 draft"},
			[]string{"验收标准", "目录", "需求"}},
	} {
		t.Run(string(tc.in.Lang), func(t *testing.T) {
			data, err := DOCX(tc.in, nil)
			if err != nil {
				t.Fatal(err)
			}
			parts := checkPackage(t, data)
			doc := string(parts["word/document.xml"])
			text := docxText(t, parts["word/document.xml"])
			for _, s := range tc.want {
				if !strings.Contains(text, s) {
					t.Errorf("document text lacks %q", s)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(text, s) {
					t.Errorf("document text holds %q from the other language", s)
				}
			}
			for _, s := range []string{`<w:pgSz w:w="11906" w:h="16838"/>`, `<w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText>`,
				`<w:fldChar w:fldCharType="begin"`, `<w:fldChar w:fldCharType="separate"/>`, `<w:fldChar w:fldCharType="end"/>`,
				`<w:hyperlink w:anchor="_Toc_sec1_1"`, `<w:bookmarkStart w:id="2" w:name="_Toc_sec1_1"/>`, `<w:tblBorders>`} {
				if !strings.Contains(doc, s) {
					t.Errorf("document.xml lacks %s", s)
				}
			}
			if n := strings.Count(doc, `<w:br w:type="page"/>`); n != 3 {
				t.Errorf("%d page breaks, want 3 (after the cover and the TOC, before the sign-off)", n)
			}
			if n := strings.Count(doc, "<w:tbl>"); n != 2 {
				t.Errorf("%d tables, want 2 (change log, sign-off)", n)
			}
			styles := string(parts["word/styles.xml"])
			for _, s := range []string{`w:eastAsia="宋体"`, `w:ascii="Calibri"`} {
				if !strings.Contains(styles, s) {
					t.Errorf("styles.xml lacks %s", s)
				}
			}
			for id, lvl := range map[string]string{"Heading1": "0", "Heading2": "1"} {
				if !regexp.MustCompile(`w:styleId="` + id + `">.*?<w:outlineLvl w:val="` + lvl + `"/>.*?</w:style>`).MatchString(styles) {
					t.Errorf("styles.xml: %s has no outline level %s", id, lvl)
				}
			}
			for _, m := range regexp.MustCompile(`<w:(?:pStyle|rStyle) w:val="([^"]+)"/>`).FindAllStringSubmatch(doc, -1) {
				if !strings.Contains(styles, `w:styleId="`+m[1]+`"`) {
					t.Errorf("document.xml uses the undefined style %s", m[1])
				}
			}
			if !strings.Contains(string(parts["word/settings.xml"]), `<w:updateFields w:val="true"/>`) {
				t.Error("settings.xml does not ask to update fields")
			}
			if !strings.Contains(string(parts["docProps/core.xml"]), `<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-14T00:00:00Z</dcterms:created>`) {
				t.Errorf("core.xml: %s", parts["docProps/core.xml"])
			}
		})
	}
}

func TestDOCXProgress(t *testing.T) {
	for _, in := range []Input{zhInput(), bigInput(English, 25)} {
		var got [][2]int
		if _, err := DOCX(in, func(done, total int) { got = append(got, [2]int{done, total}) }); err != nil {
			t.Fatal(err)
		}
		n := len(in.Requirements)
		want := make([][2]int, n)
		for k := range want {
			want[k] = [2]int{k + 1, n}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("progress calls %v, want %v", got, want)
		}
	}
}

// The same input gives the same bytes: no clock, no map order, fixed zip timestamps.
func TestDeterministic(t *testing.T) {
	a, _ := DOCX(bigInput(Chinese, 30), nil)
	b, _ := DOCX(bigInput(Chinese, 30), nil)
	if !bytes.Equal(a, b) {
		t.Error("two DOCX of one input differ")
	}
	if mustHTML(t, bigInput(Chinese, 30)) != mustHTML(t, bigInput(Chinese, 30)) {
		t.Error("two HTML of one input differ")
	}
	z, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if !f.Modified.Equal(docDate) {
			t.Errorf("%s is stamped %v, want the document's date %v", f.Name, f.Modified, docDate)
		}
	}
}

var partTypes = map[string]string{
	"word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
	"word/styles.xml":   "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
	"word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
	"word/footer1.xml":  "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
	"docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
	"docProps/app.xml":  "application/vnd.openxmlformats-officedocument.extended-properties+xml",
}

var requiredParts = []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
	"word/settings.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"}

// checkPackage opens data as an Office Open XML package and checks what Word checks first: the
// parts exist, every XML part is well-formed, every part has a content type and every internal
// relationship points at a part. It returns the parts by name.
func checkPackage(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = b
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			if err := wellFormed(b); err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
	}
	for _, p := range requiredParts {
		if parts[p] == nil {
			t.Errorf("the package lacks %s", p)
		}
	}
	var types struct {
		Default []struct {
			Extension string `xml:",attr"`
		}
		Override []struct {
			PartName string `xml:",attr"`
		}
	}
	if err := xml.Unmarshal(parts["[Content_Types].xml"], &types); err != nil {
		t.Fatal(err)
	}
	typed := map[string]bool{}
	for _, d := range types.Default {
		typed["*."+strings.ToLower(d.Extension)] = true
	}
	for _, o := range types.Override {
		typed[o.PartName] = true
	}
	for name := range parts {
		if name != "[Content_Types].xml" && !typed["/"+name] && !typed["*."+strings.ToLower(path.Ext(name)[1:])] {
			t.Errorf("%s has no content type", name)
		}
	}
	for _, o := range types.Override {
		if parts[strings.TrimPrefix(o.PartName, "/")] == nil {
			t.Errorf("[Content_Types].xml names %s, which is not in the package", o.PartName)
		}
	}
	for name, ct := range partTypes { // a part typed only as application/xml is not what its relationship says
		if !strings.Contains(string(parts["[Content_Types].xml"]), `PartName="/`+name+`" ContentType="`+ct+`"`) {
			t.Errorf("%s is not typed %s", name, ct)
		}
	}
	for name, body := range parts {
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		var rels struct {
			Relationship []struct {
				Target     string `xml:",attr"`
				TargetMode string `xml:",attr"`
			}
		}
		if err := xml.Unmarshal(body, &rels); err != nil {
			t.Fatal(err)
		}
		base := path.Dir(path.Dir(name)) // word/_rels/document.xml.rels → word
		for _, r := range rels.Relationship {
			if r.TargetMode == "External" {
				continue
			}
			target := path.Clean(path.Join(base, r.Target))
			if parts[target] == nil {
				t.Errorf("%s points at %s, which is not in the package", name, target)
			} else if !typed["/"+target] && !typed["*."+path.Ext(target)[1:]] {
				t.Errorf("%s points at %s, which has no content type", name, target)
			}
		}
	}
	return parts
}

// wellFormed walks every token, which is where encoding/xml reports illegal characters.
func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := d.Token(); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

// docxText is the plain text of document.xml: every w:t, a newline after each paragraph.
func docxText(t testing.TB, doc []byte) string {
	t.Helper()
	var sb strings.Builder
	d := xml.NewDecoder(bytes.NewReader(doc))
	inText := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return sb.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "t"
		case xml.EndElement:
			inText = false
			if tok.Name.Local == "p" {
				sb.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				sb.Write(tok)
			}
		}
	}
}
