package bolt

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// slowFillSearch is the build as it was before it was made fast: one goroutine decoding every
// record with encoding/json and putting it in the index, then the threads' entries.
func slowFillSearch(tx *bbolt.Tx, ix *search.Index) error {
	ix.Reserve(searchRecordsAbout(tx)) // as the build does: the same room, the same ids' table
	versions := map[uuid.UUID]string{}
	add := func(v any) {
		if d, ok := search.DocOf(v, func(id uuid.UUID) string { return versions[id] }); ok {
			ix.Put(d)
		}
	}
	err := eachJSON(tx, bReleases, func(_ []byte, r *backend.Release) error {
		versions[r.ID] = r.Version
		add(*r)
		return nil
	})
	each := func(bucket []byte, decode func([]byte) (any, error)) {
		_ = tx.Bucket(bucket).ForEach(func(_, raw []byte) error {
			if v, err := decode(raw); err == nil {
				add(v)
			}
			return nil
		})
	}
	each(bCustomers, slowDecode[backend.Customer])
	each(bContacts, slowDecode[backend.Contact])
	each(bInteractions, slowDecode[backend.Interaction])
	each(bRequirements, slowDecode[backend.Requirement])
	each(bTickets, slowDecode[backend.Ticket])
	each(bDeals, slowDecode[backend.Deal])
	each(bSalesContracts, slowDecode[backend.SalesContract])
	each(bDeployments, slowDecode[backend.Deployment])
	each(bCallbacks, slowDecode[backend.Callback])
	each(bContracts, slowDecode[backend.Contract])
	each(bCompetitors, slowDecode[backend.Competitor])
	_ = tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
		if _, ticket, text, ok, err := decodeEntryText(k, v); err == nil && ok {
			ix.Append(ticket, text)
		}
		return nil
	})
	return err
}

func slowDecode[T any](raw []byte) (any, error) {
	var v T
	err := json.Unmarshal(raw, &v)
	return v, err
}

// The build on every core makes the very index one goroutine decoding every record with
// encoding/json made: the sample vendor's every kind of record, with their histories, in
// Chinese and in English, and the same after records were changed and deleted.
func TestSearchBuildEqualsTheSlowOne(t *testing.T) {
	db, err := Open(sampleFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	compare := func(when string) {
		t.Helper()
		fast, slow := search.New(), search.New()
		if err := db.read(func(tx *bbolt.Tx) error { return fillSearch(tx, fast, nil) }); err != nil {
			t.Fatal(err)
		}
		if err := db.read(func(tx *bbolt.Tx) error { return slowFillSearch(tx, slow) }); err != nil {
			t.Fatal(err)
		}
		if slow.Len() < 100 || slow.BodyBytes() == 0 {
			t.Fatalf("%s: the sample holds only %d records, %d bytes of bodies", when, slow.Len(), slow.BodyBytes())
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%s: the build on every core made another index than the slow one", when)
			for _, q := range []string{"yunfan", "科技", "T-0001", "please", "报表"} {
				a, b := fast.Search(q, 50, nil), slow.Search(q, 50, nil)
				if !reflect.DeepEqual(a, b) {
					t.Errorf("%q: %+v, slow %+v", q, a, b)
				}
			}
		}
	}
	compare("sample")
	tickets, err := db.Tickets().List(ctx, backend.TicketQuery{Limit: 1})
	if err != nil || len(tickets.Rows) == 0 {
		t.Fatalf("%d tickets: %v", len(tickets.Rows), err)
	}
	tk, err := db.Tickets().Get(ctx, tickets.Rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	tk.Description = "换了描述：ＰＤＦ 导出"
	if _, err := db.Tickets().Update(ctx, tk); err != nil {
		t.Fatal(err)
	}
	contacts, err := db.Contacts().ListByCustomer(ctx, tk.CustomerID)
	if err != nil || len(contacts) == 0 {
		t.Fatalf("%d contacts: %v", len(contacts), err)
	}
	if err := db.Contacts().Delete(ctx, contacts[0].ID); err != nil {
		t.Fatal(err)
	}
	compare("after a change and a delete")
}

// The fields the search reads of a record read as encoding/json decodes them, however the JSON
// is written: escapes, nested values holding quotes and braces, nulls, a name twice, spaces; and
// a record they do not read so (a name with an escape, a number where text is, text that is not
// UTF-8, an unpaired surrogate) is decoded whole, as encoding/json does, or left out as it is.
func TestSearchFieldsReadAsEncodingJSON(t *testing.T) {
	fields := fieldsForSearch[backend.Ticket]("ID", "Number", "CustomerID", "Title", "Description", "UpdatedAt")
	deal := fieldsForSearch[backend.Deal]("ID", "Number", "Title", "Products", "UpdatedAt")
	const id = `"id":"0b7e7a52-8f1c-4a55-9a11-2f1f6f7f8f9a"`
	for _, raw := range []string{
		`{` + id + `,"number":7,"title":"会签后无法打印","description":"第一行\n第二行 \"引号\" \\ \u00e9 \ud83d\ude00","updatedAt":"2026-01-02T03:04:05.123456789+08:00"}`,
		` { ` + id + ` , "steps" : [ {"a":"}]\"{["} , [1,2,{"b":null}] ], "number" : 12 , "title" : null , "title":"后一个" } `,
		`{"title":"前一个","title":null,"number":-3,"sla":{"x":"\\\""},` + id + `}`,
		`{"Title":"大小写","number":1}`,
		`{"ti\u0074le":"转义的名字","number":1}`,
		`{"title":5,"number":1}`,
		`{"title":"x","number":1.5}`,
		`{"title":"x","number":+1}`,
		`{"title":"x","number":007}`,
		"{\"title\":\"bad \xff byte\",\"number\":1}",
		`{"title":"lone \ud800 surrogate","number":1}`,
		`{"title":"x","number":1,"updatedAt":"yesterday"}`,
		`{"id":"not-a-uuid","number":1}`,
		`{"title":"x"`,
		`{"title":"x"} trailing`,
		`[]`,
		`{}`,
	} {
		want, wantErr := slowDecode[backend.Ticket]([]byte(raw))
		got, ok := readForSearch([]byte(raw), fields)
		if ok != (wantErr == nil) {
			t.Errorf("%s: read %v, encoding/json: %v", raw, ok, wantErr)
			continue
		}
		if ok {
			w, _ := search.DocOf(want, nil)
			g, _ := search.DocOf(got, nil)
			if !reflect.DeepEqual(w, g) {
				t.Errorf("%s: read %+v, encoding/json %+v", raw, g, w)
			}
		}
	}
	raw := []byte(`{"number":3,"products":["ERP","MES 二期"],"title":"t","customerId":"0b7e7a52-8f1c-4a55-9a11-2f1f6f7f8f9a"}`)
	got, ok := readForSearch(raw, deal)
	if want, _ := slowDecode[backend.Deal](raw); !ok || !reflect.DeepEqual(got.Products, want.(backend.Deal).Products) || got.Number != 3 {
		t.Errorf("a deal reads %+v", got)
	}
}
