package backend

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// TicketPriority is how urgent a ticket is: P1 urgent … P4 low.
type TicketPriority string

// TicketPriorities lists every priority, most urgent first.
var TicketPriorities = []TicketPriority{"P1", "P2", "P3", "P4"}

// Targets are one priority's promises, in minutes of working time; 0 promises nothing.
type Targets struct {
	FirstResponse int `json:"firstResponse"`
	NextResponse  int `json:"nextResponse"` // after each customer message
	Resolution    int `json:"resolution"`
}

// MaxTargetMinutes is the longest target: a year of working time.
const MaxTargetMinutes = 525_600

// SLAPolicy is a set of promises (服务级别) on a calendar: per priority, how soon the first and
// each next response come and how soon the ticket is resolved, counted in the calendar's
// working time.
type SLAPolicy struct {
	ID        uuid.UUID                  `json:"id" ts_type:"string"`
	Name      string                     `json:"name"`
	Calendar  Calendar                   `json:"calendar"`
	Targets   map[TicketPriority]Targets `json:"targets"`
	CreatedAt time.Time                  `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time                  `json:"updatedAt" ts_type:"string"`
}

// Ref names a policy in the change log.
func (p SLAPolicy) Ref() string { return p.Name }

// Normalize validates the name, the calendar and the targets (every priority present).
func (p *SLAPolicy) Normalize() error {
	var k checker
	k.required("name", &p.Name, MaxShort)
	if k.err != nil {
		return k.err
	}
	if err := p.Calendar.Normalize(); err != nil {
		return err
	}
	if p.Targets == nil {
		p.Targets = map[TicketPriority]Targets{}
	}
	for pr := range p.Targets {
		oneOf(&k, "targets", pr, TicketPriorities)
	}
	for _, pr := range TicketPriorities {
		t := p.Targets[pr]
		for _, m := range []int{t.FirstResponse, t.NextResponse, t.Resolution} {
			if m < 0 || m > MaxTargetMinutes {
				k.fail("targets", "target_range", fmt.Sprintf("%s: a target is 0 to %d minutes.", pr, MaxTargetMinutes),
					map[string]any{"priority": string(pr), "max": MaxTargetMinutes})
			}
		}
		p.Targets[pr] = t
	}
	return k.result()
}

// ServiceTier is a level of maintenance service sold in contracts (basic 5x8, premium 7x24, …);
// each names the SLA policy its customers' tickets are held to.
type ServiceTier struct {
	ID          uuid.UUID `json:"id" ts_type:"string"`
	Name        string    `json:"name"`
	PolicyID    uuid.UUID `json:"policyId" ts_type:"string"`
	Description string    `json:"description"`
	CreatedAt   time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt   time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref names a tier in the change log.
func (t ServiceTier) Ref() string { return t.Name }

// Normalize validates the tier.
func (t *ServiceTier) Normalize() error {
	var k checker
	k.required("name", &t.Name, MaxShort)
	if t.PolicyID == uuid.Nil {
		k.fail("policyId", "required", "Choose the SLA policy of this tier.", nil)
	}
	k.text("description", &t.Description, MaxLine, true)
	return k.result()
}

// ServiceLevels are the SLA policies and the service tiers, listed whole (they are few).
type ServiceLevels struct {
	Policies []SLAPolicy   `json:"policies"`
	Tiers    []ServiceTier `json:"tiers"`
}

// ServiceLevelService keeps SLA policies and service tiers. Changing a policy re-works the
// clocks of every open ticket held to it.
type ServiceLevelService interface {
	List(ctx context.Context) (ServiceLevels, error)
	SavePolicy(ctx context.Context, p SLAPolicy) (SLAPolicy, error) // creates when the id is nil
	// DeletePolicy refuses a policy that a tier or a ticket uses.
	DeletePolicy(ctx context.Context, id uuid.UUID) error
	SaveTier(ctx context.Context, t ServiceTier) (ServiceTier, error) // creates when the id is nil
	// DeleteTier refuses a tier that a contract uses.
	DeleteTier(ctx context.Context, id uuid.UUID) error
}
