package backend

import (
	"time"

	"github.com/google/uuid"
)

// Contact is a person at a customer.
type Contact struct {
	ID         uuid.UUID `json:"id" ts_type:"string"`
	Number     int       `json:"number"`
	CustomerID uuid.UUID `json:"customerId" ts_type:"string"`
	Name       string    `json:"name"`
	Title      string    `json:"title"`
	Phone      string    `json:"phone"`
	Mobile     string    `json:"mobile"`
	Email      string    `json:"email"`
	WeChat     string    `json:"wechat"`
	Primary    bool      `json:"primary"`
	Notes      string    `json:"notes"`
	CreatedAt  time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt  time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: P-0001.
func (c Contact) Ref() string { return Ref("P", c.Number) }

// Normalize trims the user's text and validates every field.
func (c *Contact) Normalize() error {
	var k checker
	if c.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer this contact belongs to.", nil)
	}
	k.required("name", &c.Name, MaxShort)
	k.text("title", &c.Title, MaxShort, false)
	k.phone("phone", &c.Phone)
	k.mobile("mobile", &c.Mobile)
	k.email("email", &c.Email)
	k.text("wechat", &c.WeChat, MaxShort, false)
	k.text("notes", &c.Notes, MaxMarkdown, true)
	return k.result()
}
