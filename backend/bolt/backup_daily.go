package bolt

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// The day's automatic backup: made at the first start of each day, in the background, and kept
// for keepDaily days and keepWeekly weeks.

// dailyBackup is the state of the automatic backup of this session.
type dailyBackup struct {
	done chan struct{} // closed when it has finished (or was not needed)
	// start is the latest StartDailyBackup's (nil before one); atomic: a write's stall timer may
	// fire after the write returned, while a StartDailyBackup that follows stores it.
	start      atomic.Pointer[backupStart]
	delay      time.Duration // dailyBackupDelay but in tests
	yieldLimit time.Duration // backupYieldLimit but in tests
	holdLimit  time.Duration // backupHoldLimit but in tests
	mu         sync.Mutex
	err        error
}

// backupStart starts a waiting backup's work when now is closed (hurry: a write or a wait for
// it), stops its stepping aside while it holds its snapshot when stalled is closed (stall: a
// write waits, maybe for the snapshot), and stops all its stepping aside when awaited is closed
// (await: a wait for it).
type backupStart struct {
	now, stalled, awaited           chan struct{}
	hurryOnce, stallOnce, awaitOnce sync.Once
}

// dailyBackupDelay is how long the day's backup waits, holding its snapshot, before it copies
// and checks, unless a write or a wait for it comes first: the first screen shows about 0.6–0.9 s
// after the start on the large data set, and the backup's copy and check (about 2 s of one core)
// delayed it by 150 ms on this 2-core machine.
const dailyBackupDelay = 2 * time.Second

// backupYieldLimit bounds how long in all the day's backup steps aside for a busy user: one who
// goes on working for longer still gets the day's copy.
const backupYieldLimit = time.Minute

// backupHoldLimit bounds how long of that it steps aside holding its snapshot, before and during
// its copy: the pages the writes meanwhile free are not used again until the snapshot ends, so
// the file grows by what they rewrite (a few pages a save; a write that grows it past bbolt's
// mapping ends the stepping aside: writeStall). With 5 s, the copy's steps (6–10 ms, now and
// then 35–60 ms) ran beside the clicks of a day's first start's next seconds: the version matrix
// and the ticket queue first opened in 119–196 and 125–289 ms; with 20 s, in 105–131 and 116–150.
const backupHoldLimit = 20 * time.Second

// yielder is how the day's backup steps aside between its steps (the copy's chunks, the check's
// parts): pause rests as long as the step before took (at most restMax), so that the backup
// takes at most about half of one core, then waits while the user is busy (step_aside.go):
// holding its snapshot, at most as hold allows. Neither when someone waits for the backup, nor,
// while it holds its snapshot, when a write has waited (it may be waiting for the snapshot's
// end). One goroutine uses it.
type yielder struct {
	way, hold stepAside // hold: while holding
	start     *backupStart
	holding   bool      // the snapshot: a write may wait for its end
	stepped   time.Time // when the last pause ended
}

// waited is how long it stepped aside in all.
func (y *yielder) waited() time.Duration { return y.way.waited + y.hold.waited }

// restMax bounds a rest between two steps of the day's backup.
const restMax = 100 * time.Millisecond

func (y *yielder) pause() {
	stop := y.start.awaited
	if y.holding {
		stop = y.start.stalled
	}
	defer func() { y.stepped = time.Now() }()
	if !y.stepped.IsZero() && y.way.busy != nil && !waitFor(stop, min(time.Since(y.stepped), restMax)) {
		return
	}
	if !y.holding {
		y.way.wait(stop)
		return
	}
	y.hold.left = min(y.hold.left, y.way.left)
	before := y.hold.waited
	y.hold.wait(stop)
	y.way.left -= y.hold.waited - before // it counts in all
}

// hurry starts the backup's work now, if it is waiting (a write: the snapshot it holds keeps the
// pages writes free from use).
func (d *dailyBackup) hurry() {
	if s := d.start.Load(); s != nil {
		s.hurryOnce.Do(func() { close(s.now) })
	}
}

// stall is hurry for a write that has waited (writeStall), maybe for the snapshot's end: the
// backup no longer steps aside until it has ended it.
func (d *dailyBackup) stall() {
	d.hurry()
	if s := d.start.Load(); s != nil {
		s.stallOnce.Do(func() { close(s.stalled) })
	}
}

// await is hurry for someone who waits for the backup: it no longer steps aside at all.
func (d *dailyBackup) await() {
	d.stall()
	if s := d.start.Load(); s != nil {
		s.awaitOnce.Do(func() { close(s.awaited) })
	}
}

// StartDailyBackup makes today's automatic backup, unless one exists, of the file as it is now,
// before this session's first write: it takes a read transaction (a snapshot) at once and works
// from it in the background, so writes go on meanwhile: the copy, its full check (a damaged
// copy, hence file, never replaces a good backup), then the rotation. That work waits
// dailyBackupDelay, or until something waits for it, and then for the search's build, on a
// thread below the window's (inBackground), stepping aside between its steps while db.UserBusy
// says the user may be waiting on the window. A damaged file is reported to onDamage; any other
// failure is kept for Settings.
func (db *DB) StartDailyBackup(onDamage func(error)) {
	db.daily.done = make(chan struct{})
	name := dailyFile(db.Now())
	if _, err := os.Stat(filepath.Join(backupDir(db.path), name)); err == nil {
		close(db.daily.done) // at most once a day
		return
	}
	tx, err := db.bolt.Begin(false)
	start := &backupStart{now: make(chan struct{}), stalled: make(chan struct{}), awaited: make(chan struct{})}
	done, delay := db.daily.done, db.daily.delay
	db.daily.start.Store(start)
	y := &yielder{way: stepAside{busy: db.UserBusy, left: db.daily.yieldLimit},
		hold: stepAside{busy: db.UserBusy, left: db.daily.holdLimit}, start: start, holding: true}
	opened := time.Now()
	go func() {
		inBackground()
		defer close(done) // this start's, should another follow
		select {
		case <-time.After(delay):
		case <-start.now:
		}
		// The search's build first (a user may be waiting for it), unless something hurries the
		// backup: a write that grows the file past bbolt's mapping waits for this snapshot to
		// end, and the build's read for that write, so waiting on the build then hung all three.
		select {
		case <-db.searchIdle():
		case <-start.now:
		}
		if err == nil {
			began := time.Now()
			err = db.runDailyBackup(tx, name, y)
			log.Printf("the day's backup: began %v after open, took %v (%v of it stepped aside for the window), error: %v",
				began.Sub(opened).Round(time.Millisecond), time.Since(began).Round(time.Millisecond), y.waited(), err)
			// The check of the copy read every page of it into the heap, which Go would keep
			// from the system for minutes: give it back now (once a day, one collection).
			debug.FreeOSMemory()
		}
		if isDamage(err) && onDamage != nil {
			onDamage(err)
		}
		db.daily.mu.Lock()
		db.daily.err = err
		db.daily.mu.Unlock()
	}()
}

// WaitDailyBackup waits for this session's automatic backup (if one was started).
func (db *DB) WaitDailyBackup() {
	db.daily.await()
	if db.daily.done != nil {
		<-db.daily.done
	}
}

// runDailyBackup copies the snapshot tx, ends it (a long read transaction keeps writes from
// growing the file), then checks the copy in full: every page read back, bbolt's page check
// (which cannot run on the snapshot while writes go on: see checkPages) and the records counted
// for its note. The copy is page for page what the file held, so damage in one is damage in the
// other; the check reads the copy through a mapping of its own, closed after, so the app does not
// keep the whole data file in its memory after each day's first start (it did: 617 MB of the
// large set). The copy is named and its note written once it is checked; one that fails is
// deleted (with the backups folder, if it was the first); if it is damaged, so is the data file
// it came from. It steps aside (y) before the copy, between its chunks (each written through to
// the disk) and between the check's parts.
func (db *DB) runDailyBackup(tx *bbolt.Tx, name string, y *yielder) error {
	dir := backupDir(db.path)
	// The copy takes the day's name only once checked: one whose check a crash or a kill cut
	// short (the check may step aside for a minute) is then a leftover the next start removes
	// (RemoveLeftovers) before it makes the day's backup again, not an unchecked day's backup.
	unchecked := filepath.Join(dir, ".partial-unchecked-"+name)
	y.pause()
	b, err := db.copyThrough(tx, unchecked, progressWriter{progress: func(_, _ int64) { y.pause() }, syncEach: true})
	tx.Rollback()
	y.holding = false
	if err != nil {
		return err
	}
	defer os.Remove(unchecked) // a no-op once it has its name
	checked, err := checkBackup(unchecked, 1, y.pause)
	if err != nil {
		os.Remove(unchecked)
		os.Remove(dir) // only when empty
		if isDamage(err) {
			return err
		}
		return fmt.Errorf("check the day's backup: %w", err) // not the data file's fault (e.g. a scanner holds the copy)
	}
	b.Path, b.Name = filepath.Join(dir, name), name
	b.Kind, b.Counts, b.HasCounts = backend.BackupDaily, checked.Counts, true
	if err := writeNote(b); err != nil {
		return err
	}
	if err := os.Rename(unchecked, b.Path); err != nil {
		os.Remove(notePath(b.Path))
		return err
	}
	return rotateBackups(dir)
}

// isDamage reports whether err is damage found in a file's contents (not access to it).
func isDamage(err error) bool {
	var p *backend.FileProblem
	return errors.As(err, &p) && (p.Kind == backend.FileDamaged || p.Kind == backend.FileHeader || p.Kind == backend.FileTruncated)
}

// rotateBackups deletes the daily backups that are neither among the newest keepDaily nor the
// newest of one of the keepWeekly weeks before them. Other files in the folder are left alone.
func rotateBackups(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	type day struct {
		name string
		at   time.Time
	}
	var days []day
	for _, e := range entries {
		if m := dailyName.FindStringSubmatch(e.Name()); m != nil {
			if at, err := time.Parse("2006-01-02", m[1]); err == nil {
				days = append(days, day{e.Name(), at})
			}
		}
	}
	slices.SortFunc(days, func(a, b day) int { return b.at.Compare(a.at) }) // newest first
	weeks := map[string]bool{}
	var errs []error
	for i, d := range days {
		y, w := d.at.ISOWeek()
		week := fmt.Sprint(y, "-", w)
		if i < keepDaily || (!weeks[week] && len(weeks) < keepWeekly) {
			if i >= keepDaily {
				weeks[week] = true
			}
			continue
		}
		path := filepath.Join(dir, d.name)
		errs = append(errs, os.Remove(path))
		if err := os.Remove(notePath(path)); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
