package bolt

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// The crash harness: a child process writes every kind of record through the real services and
// prints each write once it is acknowledged; the parent kills it with SIGKILL at a random moment,
// reopens the file, and checks that every acknowledged write is there and that the full check
// (every page, bbolt's page check, every index and list row against the records) passes.
// VENDORDESK_CRASH_CYCLES sets the number of kills (200 here; `make crash` runs 1,000).

const crashFileEnv = "VENDORDESK_CRASH_FILE"

// TestCrashWriter is the child: it writes until it is killed, printing "kind id" after each
// write returns (and "settings n" after the n-th settings save).
func TestCrashWriter(t *testing.T) {
	path := os.Getenv(crashFileEnv)
	if path == "" {
		t.Skip("the child of TestCrashHarness")
	}
	db, err := Open(path)
	if err != nil {
		fmt.Printf("open-failed %v\n", err)
		os.Exit(3)
	}
	ack := func(kind string, id uuid.UUID, err error) {
		if err != nil {
			fmt.Printf("write-failed %s %v\n", kind, err)
			os.Exit(4)
		}
		fmt.Printf("%s %s\n", kind, id) // one write(2) per line: the parent sees it whole or not at all
	}
	levels, err := db.ServiceLevels().List(ctx)
	if err != nil || len(levels.Tiers) == 0 {
		fmt.Printf("open-failed no service tiers: %v\n", err)
		os.Exit(3)
	}
	run := strconv.Itoa(os.Getpid())
	for i := 0; ; i++ {
		c, err := db.Customers().Create(ctx, backend.Customer{Name: fmt.Sprintf("崩溃测试客户 %s-%d", run, i), Tags: []string{"崩溃"}})
		ack("customer", c.ID, err)
		p, err := db.Contacts().Create(ctx, backend.Contact{CustomerID: c.ID, Name: "王芳", Email: "wang@example.com"})
		ack("contact", p.ID, err)
		in, err := db.Interactions().Create(ctx, backend.Interaction{CustomerID: c.ID, Kind: backend.KindMeeting, Summary: "需求沟通",
			At: time.Now().Add(-time.Hour), FollowUpOn: time.Now().AddDate(0, 0, 3).Format("2006-01-02")})
		ack("interaction", in.ID, err)
		r, err := db.Requirements().Create(ctx, backend.Requirement{CustomerID: c.ID, Title: "审批流程支持会签"})
		ack("requirement", r.ID, err)
		comp, err := db.Competitors().Create(ctx, backend.Competitor{Name: "浙商软件 " + run + "-" + strconv.Itoa(i)})
		ack("competitor", comp.ID, err)
		rel, err := db.Releases().Create(ctx, backend.Release{Version: fmt.Sprintf("%s.%d.0", run, i)})
		ack("release", rel.ID, err)
		for _, s := range []backend.ReleaseStatus{backend.RelInTest, backend.RelReleased} {
			_, err = db.Releases().Transition(ctx, rel.ID, s, "")
			ack("release-move", rel.ID, err)
		}
		d, err := db.Deployments().Create(ctx, backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID})
		ack("deployment", d.ID, err)
		k, err := db.Contracts().Create(ctx, backend.Contract{CustomerID: c.ID, TierID: levels.Tiers[0].ID,
			StartDate: time.Now().AddDate(0, -1, 0).Format("2006-01-02"), EndDate: time.Now().AddDate(1, 0, 0).Format("2006-01-02")})
		ack("contract", k.ID, err)
		tk, err := db.Tickets().Create(ctx, backend.Ticket{CustomerID: c.ID, Title: "登录超时", Priority: "P2"})
		ack("ticket", tk.ID, err)
		_, err = db.Tickets().Transition(ctx, tk.ID, backend.TicketResolved, "") // makes a callback
		ack("ticket-move", tk.ID, err)
		_, err = db.System().SaveSettings(ctx, backend.Settings{Language: "zh-CN", Theme: "auto", Currency: "CNY", VendorName: run + " " + strconv.Itoa(i)})
		if err != nil {
			ack("settings", uuid.Nil, err)
		}
		fmt.Printf("settings %s %d\n", run, i)
	}
}

// crashWrites is what the children acknowledged: every record by kind, and the last settings
// save of the current child (its pid and number; -1: none).
type crashWrites struct {
	mu           sync.Mutex
	ids          map[string][]uuid.UUID
	settingsRun  string
	lastSettings int
	n            int
	failed       string // a child that could not open the file or write: the harness fails
}

// read takes a child's acknowledgements until its output ends (it was killed).
func (w *crashWrites) read(sc *bufio.Scanner) {
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		w.mu.Lock()
		switch {
		case len(f) == 0:
		case f[0] == "open-failed" || f[0] == "write-failed":
			w.failed = sc.Text()
		case f[0] == "settings" && len(f) == 3:
			w.settingsRun = f[1]
			w.lastSettings, _ = strconv.Atoi(f[2])
			w.n++
		case len(f) == 2:
			if !strings.HasSuffix(f[0], "-move") { // a move of a record already listed
				w.ids[f[0]] = append(w.ids[f[0]], uuid.MustParse(f[1]))
			}
			w.n++
		}
		w.mu.Unlock()
	}
}

// check finds every acknowledged record in db, and settings at least as new as the current
// child's last acknowledged save.
func (w *crashWrites) check(db *DB) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	get := map[string]func(id uuid.UUID) error{
		"customer":    func(id uuid.UUID) error { _, err := db.Customers().Get(ctx, id); return err },
		"contact":     stored(db, bContacts),
		"interaction": func(id uuid.UUID) error { _, err := db.Interactions().Get(ctx, id); return err },
		"requirement": func(id uuid.UUID) error { _, err := db.Requirements().Get(ctx, id); return err },
		"competitor":  func(id uuid.UUID) error { _, err := db.Competitors().Get(ctx, id); return err },
		"release":     func(id uuid.UUID) error { _, err := db.Releases().Get(ctx, id); return err },
		"deployment":  func(id uuid.UUID) error { _, err := db.Deployments().Get(ctx, id); return err },
		"ticket":      func(id uuid.UUID) error { _, err := db.Tickets().Get(ctx, id); return err },
		"contract":    stored(db, bContracts),
	}
	for kind, ids := range w.ids {
		for _, id := range ids {
			if err := get[kind](id); err != nil {
				return fmt.Errorf("acknowledged %s %s is lost: %v", kind, id, err)
			}
		}
	}
	if w.lastSettings < 0 {
		return nil
	}
	s, err := db.System().Settings(ctx)
	if err != nil {
		return err
	}
	// the current child's acknowledged save, or a later one of the same child
	run, n, _ := strings.Cut(s.VendorName, " ")
	if i, err := strconv.Atoi(n); run != w.settingsRun || err != nil || i < w.lastSettings {
		return fmt.Errorf("the settings hold save %q; save %s %d was acknowledged", s.VendorName, w.settingsRun, w.lastSettings)
	}
	return nil
}

// stored finds a record by id in bucket (for kinds whose services have no Get).
func stored(db *DB, bucket []byte) func(id uuid.UUID) error {
	return func(id uuid.UUID) error {
		return db.read(func(tx *bbolt.Tx) error { var v json.RawMessage; return getJSON(tx, bucket, id, string(bucket), &v) })
	}
}

// crashCycles is how many times the harness kills the writer.
func crashCycles(t *testing.T) int {
	if v := os.Getenv("VENDORDESK_CRASH_CYCLES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	return 200
}

func TestCrashHarness(t *testing.T) {
	if os.Getenv(crashFileEnv) != "" {
		t.Skip("inside a child")
	}
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	w := &crashWrites{ids: map[string][]uuid.UUID{}}
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	cycles, start := crashCycles(t), time.Now()
	for cycle := range cycles {
		w.mu.Lock()
		w.lastSettings = -1
		w.mu.Unlock()
		child := exec.Command(os.Args[0], "-test.run=^TestCrashWriter$", "-test.count=1")
		child.Env = append(os.Environ(), crashFileEnv+"="+path)
		out, err := child.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := child.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { w.read(bufio.NewScanner(out)); close(done) }()
		// Kill at any moment: while it starts and opens the file, or amid its writes.
		time.Sleep(time.Duration(r.IntN(80)) * time.Millisecond)
		child.Process.Kill()
		<-done
		child.Wait()
		if w.failed != "" {
			t.Fatalf("cycle %d: the writer failed: %s", cycle, w.failed)
		}
		db, err := Open(path)
		if err != nil {
			t.Fatalf("cycle %d: the file does not open after a kill: %v", cycle, err)
		}
		err = w.check(db)
		if err == nil {
			err = db.Verify(nil)
		}
		db.Close()
		if err != nil {
			t.Fatalf("cycle %d (after %d acknowledged writes): %v", cycle, w.n, err)
		}
	}
	if w.n < cycles {
		t.Fatalf("only %d writes were acknowledged in %d runs: the kills came before the writer got going", w.n, cycles)
	}
	t.Logf("%d kills, %d acknowledged writes, 0 lost, every check clean, in %v", cycles, w.n, time.Since(start).Round(time.Second))
}
