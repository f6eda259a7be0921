package backend

import (
	"fmt"
	"strconv"
	"time"

	"github.com/google/uuid"
)

// Stage is where a customer stands in the sales funnel.
type Stage string

const (
	StageLead     Stage = "lead"
	StageProspect Stage = "prospect"
	StageCustomer Stage = "customer"
	StageChurned  Stage = "churned"
)

// Stages lists every stage in funnel order.
var Stages = []Stage{StageLead, StageProspect, StageCustomer, StageChurned}

// Channel is how a customer found the vendor (the source channel).
type Channel string

const (
	ChannelWebsite  Channel = "website"
	ChannelReferral Channel = "referral"
	ChannelExhibit  Channel = "exhibition"
	ChannelSocial   Channel = "social_media"
	ChannelEmail    Channel = "email_campaign"
	ChannelPartner  Channel = "partner"
	ChannelColdCall Channel = "cold_call"
	ChannelOther    Channel = "other"
)

// Channels lists every source channel.
var Channels = []Channel{ChannelWebsite, ChannelReferral, ChannelExhibit, ChannelSocial, ChannelEmail, ChannelPartner, ChannelColdCall, ChannelOther}

// Customer is a company the vendor sells to.
type Customer struct {
	ID        uuid.UUID `json:"id" ts_type:"string"`
	Number    int       `json:"number"`
	Name      string    `json:"name"`
	ShortName string    `json:"shortName"`
	Industry  string    `json:"industry"`
	Region    string    `json:"region"`
	City      string    `json:"city"`
	Address   string    `json:"address"`
	Website   string    `json:"website"`
	Channel   Channel   `json:"channel"`
	Stage     Stage     `json:"stage"`
	Tags      []string  `json:"tags"`
	Notes     string    `json:"notes"`
	Archived  bool      `json:"archived"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: C-0001.
func (c Customer) Ref() string { return Ref("C", c.Number) }

// Normalize trims the user's text, fills defaults and validates every field.
func (c *Customer) Normalize() error {
	var k checker
	k.required("name", &c.Name, MaxName)
	k.text("shortName", &c.ShortName, MaxShort, false)
	k.text("industry", &c.Industry, MaxShort, false)
	k.text("region", &c.Region, MaxShort, false)
	k.text("city", &c.City, MaxShort, false)
	k.text("address", &c.Address, MaxLine, false)
	k.website("website", &c.Website)
	if c.Channel == "" {
		c.Channel = ChannelOther
	}
	oneOf(&k, "channel", c.Channel, Channels)
	if c.Stage == "" {
		c.Stage = StageLead
	}
	oneOf(&k, "stage", c.Stage, Stages)
	if c.Tags == nil {
		c.Tags = []string{}
	}
	k.tags("tags", &c.Tags)
	k.text("notes", &c.Notes, MaxMarkdown, true)
	return k.result()
}

// Ref formats a human record number: Ref("C", 7) is "C-0007". Every record shown and searched is
// named so (400,000 at the search's build), so it is written without fmt.
func Ref(prefix string, n int) string {
	if n < 0 {
		return fmt.Sprintf("%s-%04d", prefix, n)
	}
	var room [32]byte
	b := append(append(room[:0], prefix...), '-')
	for m := 1000; m > 1 && n < m; m /= 10 {
		b = append(b, '0')
	}
	return string(strconv.AppendInt(b, int64(n), 10))
}
