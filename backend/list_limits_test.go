package backend

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
)

// listFields is every list (slice or map) field of the stored record types, as Type.Field.Sub.
func listFields() []string {
	var out []string
	var walk func(prefix string, ty reflect.Type, seen map[reflect.Type]bool)
	walk = func(prefix string, ty reflect.Type, seen map[reflect.Type]bool) {
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := range ty.NumField() {
			f := ty.Field(i)
			switch f.Type.Kind() {
			case reflect.Slice:
				out = append(out, prefix+"."+f.Name)
				walk(prefix+"."+f.Name, f.Type.Elem(), seen)
			case reflect.Map:
				out = append(out, prefix+"."+f.Name)
			case reflect.Struct:
				walk(prefix+"."+f.Name, f.Type, seen)
			}
		}
	}
	for _, v := range []any{Customer{}, Contact{}, Interaction{}, Requirement{}, Competitor{}, Baseline{}, Release{}, Deployment{},
		Contract{}, Ticket{}, TicketEntry{}, Callback{}, CallbackResult{}, SLAPolicy{}, ServiceTier{}, Settings{}, Event{}} {
		walk(reflect.TypeOf(v).Name(), reflect.TypeOf(v), map[reflect.Type]bool{})
	}
	slices.Sort(out)
	return out
}

// Every list a user fills has a limit its record's validation enforces; the others are filled by
// the app itself from bounded input. A new list field fails this test until it is given one or
// the other.
func TestEveryListFieldHasALimit(t *testing.T) {
	bounded := map[string]string{
		"Customer.Tags":                    "MaxTags",
		"Interaction.Participants":         "50",
		"Requirement.Acceptance":           "MaxAcceptance",
		"Release.Requirements":             "MaxReleaseRequirements",
		"Deployment.Checklist":             "200",
		"Deployment.Trainings":             "100",
		"Deployment.Trainings.Attendees":   "MaxAttendees",
		"SLAPolicy.Calendar.Holidays":      "2000 with ExtraWorkdays",
		"SLAPolicy.Calendar.ExtraWorkdays": "2000 with Holidays",
		"SLAPolicy.Targets":                "one per ticket priority",
	}
	byApp := map[string]string{
		"Baseline.Items":            "the customer's requirements at confirmation",
		"Baseline.Items.Acceptance": "a requirement's (MaxAcceptance)",
		"Callback.Requirements":     "one per suggestion recorded",
		"Event.Changes":             "one per field of the record changed",
		"Event.Refs":                "the records an event names",
	}
	fields := listFields()
	for _, f := range fields {
		if bounded[f] == "" && byApp[f] == "" {
			t.Errorf("%s has no limit: bound it in its validation and list it here", f)
		}
	}
	for f := range bounded {
		if !slices.Contains(fields, f) {
			t.Errorf("%s is listed but no longer exists", f)
		}
	}
}

// One training session with more attendees than the limit is refused (a deployment once took
// 100,000 of them, 10 MB, in one update).
func TestTrainingAttendeesLimit(t *testing.T) {
	d := Deployment{CustomerID: uuid.New(), ReleaseID: uuid.New(), Trainings: []TrainingSession{{Date: "2026-11-20", Attendees: make([]string, MaxAttendees+1)}}}
	for i := range d.Trainings[0].Attendees {
		d.Trainings[0].Attendees[i] = "张三"
	}
	err := d.Normalize()
	var e *Error
	if !errors.As(err, &e) || e.Field != "trainings" || e.Reason != "too_many" || e.Params["max"] != MaxAttendees {
		t.Fatalf("got %v", err)
	}
	d.Trainings[0].Attendees = d.Trainings[0].Attendees[:MaxAttendees]
	if err := d.Normalize(); err != nil && strings.Contains(err.Error(), "attendees") {
		t.Fatalf("the limit itself is refused: %v", err)
	}
}
