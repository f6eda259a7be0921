package backend

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The frontend keeps its own copies of the domain's enums (for selects, tags and their order);
// this test fails when one of them drifts from the Go list it mirrors.
var frontendEnums = map[string][]string{
	"STAGES":              strs(Stages),
	"CHANNELS":            strs(Channels),
	"INTERACTION_KINDS":   strs(InteractionKinds),
	"REQ_STATUSES":        strs(ReqStatuses),
	"REQ_CATEGORIES":      strs(Categories),
	"REQ_PRIORITIES":      strs(Priorities),
	"REQ_SOURCE_KINDS":    strs(SourceKinds),
	"TEST_STATUSES":       strs(TestStatuses),
	"CONFIRM_METHODS":     strs(ConfirmMethods),
	"REL_STATUSES":        strs(ReleaseStatuses),
	"DEP_STATUSES":        strs(DeployStatuses),
	"ENVIRONMENTS":        strs(Environments),
	"TICKET_VIEWS":        strs(TicketViews),
	"TICKET_KINDS":        strs(TicketKinds),
	"TICKET_PRIORITIES":   strs(TicketPriorities),
	"TICKET_CHANNELS":     strs(TicketChannels),
	"TICKET_STATUSES":     strs(TicketStatuses),
	"CALLBACK_SOURCES":    strs(CallbackSources),
	"SHEET_KINDS":         SheetKinds,
	"ENTRY_TYPES":         strs(EntryTypes),
	"DEAL_STAGES":         strs(DealStages),
	"CURRENCIES":          Currencies,
	"LICENCE_TYPES":       strs(LicenceTypes),
	"INSTALMENT_TRIGGERS": strs(InstalmentTriggers),
	"PAYMENT_METHODS":     strs(PaymentMethods),
	"HEALTH_REASONS":      strs(HealthReasons),
	"AGEING_BUCKETS":      AgeingBuckets,
	// the customer story's filter chips and the words of its items
	"STORY_KINDS":  strs(StoryKinds),
	"STORY_EVENTS": strs(StoryEvents),
	// the problem page words each kind (DataFileProblemPage.test.ts checks both languages)
	"DATA_FILE_PROBLEMS": FileProblemKinds,
	// Settings and the problem page name the kind of each backup
	"BACKUP_KINDS": BackupKinds,
}

func strs[T ~string](v []T) []string {
	out := make([]string, len(v))
	for i, x := range v {
		out[i] = string(x)
	}
	return out
}

// constList matches `export const NAME = [ 'a', 'b' ] as const` and captures the name and the items.
var constList = regexp.MustCompile(`export const ([A-Z_]+) = \[([^\]]*)\] as const`)
var quoted = regexp.MustCompile(`'([^']*)'`)

func TestFrontendEnumsMatchGo(t *testing.T) {
	found := map[string][]string{}
	where := map[string]string{}
	root := filepath.Join("..", "frontend", "src")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".ts") || strings.HasSuffix(p, ".test.ts") || strings.Contains(p, "wailsjs") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range constList.FindAllStringSubmatch(string(src), -1) {
			var items []string
			for _, q := range quoted.FindAllStringSubmatch(m[2], -1) {
				items = append(items, q[1])
			}
			if prev, ok := where[m[1]]; ok {
				return fmt.Errorf("%s is declared twice: %s and %s", m[1], prev, p)
			}
			found[m[1]], where[m[1]] = items, p
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range frontendEnums {
		t.Run(name, func(t *testing.T) {
			got, ok := found[name]
			if !ok {
				t.Fatalf("no `export const %s = [...] as const` in frontend/src", name)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s in %s is %q, Go has %q", name, where[name], got, want)
			}
		})
	}
}
