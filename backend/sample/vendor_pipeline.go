package sample

import (
	"context"
	"fmt"
	"strings"
	"time"

	"vendordesk/backend"
)

// opportunity is one deal of the sample vendor: open ones close daysToClose from today, won and
// lost ones closed daysToClose ago (negative). Amounts are in yuan (or the currency's unit).
type opportunity struct {
	customer    string
	title       text
	amount      int64
	currency    string
	rate        int64 // millionths of a CNY per unit, for a currency other than CNY
	stage       backend.DealStage
	daysToClose int
	channel     backend.Channel
	products    []text
	next, lost  text
}

// pipeline is the sample vendor's deals: an open one at each stage with the leads and prospects,
// the won ones that made the customers customers, a lost one, and a follow-on sale in dollars.
var pipeline = []opportunity{
	{customer: "lead", title: text{"设备联网与车间看板", "Machine connectivity and shop-floor dashboards"}, amount: 180_000, stage: backend.DealInitial,
		daysToClose: 75, channel: backend.ChannelExhibit, products: []text{{"设备联网", "Connectivity"}, {"车间看板", "Dashboards"}},
		next: text{"安排线上演示", "Schedule an online demo"}},
	{customer: "prospect", title: text{"排产与批次追溯", "Scheduling and batch traceability"}, amount: 360_000, stage: backend.DealProposal,
		daysToClose: 21, channel: backend.ChannelReferral, products: []text{{"高级排产", "Advanced scheduling"}, {"批次追溯", "Traceability"}},
		next: text{"发送报价和实施计划", "Send the quote and implementation plan"}},
	{customer: "confirm", title: text{"质量管理模块", "Quality management module"}, amount: 280_000, stage: backend.DealNegotiation,
		daysToClose: 10, channel: backend.ChannelWebsite, products: []text{{"质量管理", "Quality"}, {"SPC", "SPC"}},
		next: text{"商务条款谈判：付款比例", "Negotiate terms: the payment schedule"}},
	{customer: "key", title: text{"海外工厂推广（马来西亚）", "Overseas plant rollout (Malaysia)"}, amount: 85_000, currency: "USD", rate: 7_120_000,
		stage: backend.DealQualified, daysToClose: 90, channel: backend.ChannelReferral, products: []text{{"MES 核心", "MES core"}},
		next: text{"确认海外工厂的需求范围", "Confirm the overseas plant's scope"}},
	{customer: "renewal", title: text{"升级到 3.0 与续约", "Upgrade to 3.0 and renewal"}, amount: 120_000, stage: backend.DealNegotiation,
		daysToClose: 14, channel: backend.ChannelOther, products: []text{{"3.0 升级", "3.0 upgrade"}}, next: text{"确认升级窗口", "Agree the upgrade window"}},
	{customer: "dev", title: text{"MES 一期", "MES phase 1"}, amount: 450_000, stage: backend.DealWon, daysToClose: -120, channel: backend.ChannelWebsite,
		products: []text{{"MES 核心", "MES core"}, {"质量管理", "Quality"}}},
	{customer: "deploy", title: text{"制造执行系统", "Manufacturing execution system"}, amount: 390_000, stage: backend.DealWon, daysToClose: -95,
		channel: backend.ChannelSocial, products: []text{{"MES 核心", "MES core"}}},
	{customer: "train", title: text{"重工装备 MES", "Heavy equipment MES"}, amount: 620_000, stage: backend.DealWon, daysToClose: -150,
		channel: backend.ChannelPartner, products: []text{{"MES 核心", "MES core"}, {"设备联网", "Connectivity"}}},
	{customer: "key", title: text{"封装厂 MES", "Packaging plant MES"}, amount: 880_000, stage: backend.DealWon, daysToClose: -420,
		channel: backend.ChannelExhibit, products: []text{{"MES 核心", "MES core"}, {"批次追溯", "Traceability"}}},
	{customer: "steady", title: text{"纺织 MES", "Textile MES"}, amount: 260_000, stage: backend.DealWon, daysToClose: -380, channel: backend.ChannelEmail,
		products: []text{{"MES 核心", "MES core"}}},
	{customer: "fresh", title: text{"食品追溯", "Food traceability"}, amount: 150_000, stage: backend.DealWon, daysToClose: -40, channel: backend.ChannelSocial,
		products: []text{{"批次追溯", "Traceability"}}},
	{customer: "renewal", title: text{"五金 MES", "Metalworks MES"}, amount: 210_000, stage: backend.DealWon, daysToClose: -700, channel: backend.ChannelColdCall,
		products: []text{{"MES 核心", "MES core"}}},
	{customer: "lost", title: text{"鞋业生产管理", "Footwear production management"}, amount: 300_000, stage: backend.DealLost, daysToClose: -200,
		channel: backend.ChannelWebsite, products: []text{{"MES 核心", "MES core"}},
		lost: text{"价格高于云工厂 SaaS，客户选择了按年订阅", "Priced above CloudPlant SaaS; they chose a yearly subscription"}},
}

// addDeals stores the pipeline through the deal service (a won deal of a customer that is already
// one changes nothing else).
func (v *vendor) addDeals(ctx context.Context) error {
	for _, o := range pipeline {
		d := backend.Deal{CustomerID: v.customers[o.customer], Title: o.title.in(v.l), Amount: o.amount * 100, Currency: o.currency, Rate: o.rate,
			Stage: o.stage, Probability: backend.StageProbability[o.stage], Channel: o.channel, Products: v.texts(o.products),
			NextStep: o.next.in(v.l), LostReason: o.lost.in(v.l)}
		if o.stage.Open() {
			d.ExpectedClose = v.date(o.daysToClose)
		} else {
			d.ClosedOn = v.date(o.daysToClose)
		}
		saved, err := v.s.Deals.Create(ctx, d)
		if err != nil {
			return err
		}
		if saved.Stage == backend.DealProposal || saved.Stage == backend.DealNegotiation {
			if _, err := v.s.Deals.SaveQuote(ctx, saved.ID, v.quoteOf(saved, o, v.date(-7)), false); err != nil {
				return err
			}
		}
		if saved.Stage == backend.DealWon {
			// The quote it was won with, sent two weeks before.
			if _, err := v.s.Deals.SaveQuote(ctx, saved.ID, v.quoteOf(saved, o, v.date(o.daysToClose-14)), false); err != nil {
				return err
			}
			if err := v.addSalesContract(ctx, saved, o.customer); err != nil {
				return err
			}
		}
	}
	return nil
}

// quoteOf is a deal's quote sent on the day issued, valid for 30 days: the software at 70 % of the
// deal's amount, the implementation days (at 1,500 a day) for the rest, 13 % VAT on top.
func (v *vendor) quoteOf(d backend.Deal, o opportunity, issued string) backend.Quote {
	licence := d.Amount * 70 / 100
	day, _ := time.Parse(backend.DateLayout, issued)
	return backend.Quote{IssuedOn: issued, ValidUntil: day.AddDate(0, 0, 30).Format(backend.DateLayout), TaxRate: 1300, Lines: []backend.QuoteLine{
		{Item: text{"软件许可：", "Software licence: "}.in(v.l) + strings.Join(v.texts(o.products), text{"、", ", "}.in(v.l)), Unit: text{"套", "set"}.in(v.l), Quantity: 100, UnitPrice: licence},
		{Item: text{"实施服务", "Implementation"}.in(v.l), Unit: text{"人天", "days"}.in(v.l), Quantity: (d.Amount - licence) / 1500, UnitPrice: 1500_00},
	}, Terms: text{"- 付款：签约 30%，上线 60%，验收 10%\n- 报价有效期 30 天", "- Payment: 30% on signing, 60% at go-live, 10% at acceptance\n- Prices hold for 30 days"}.in(v.l)}
}

// addSalesContract makes the contract of a won deal, signed the day it was won, paid 30/60/10: on
// signing, at go-live two months later, at acceptance four months later. What was due is paid a
// week after, except for the customer whose go-live payment is late (overdue), who runs on a
// temporary licence until acceptance. The others have a perpetual licence key from the signing,
// but the customer on a two-year subscription, whose licence expires within the month.
func (v *vendor) addSalesContract(ctx context.Context, d backend.Deal, customer string) error {
	signed, _ := time.Parse(backend.DateLayout, d.ClosedOn)
	today := v.date(0)
	day := func(months, days int) string { return signed.AddDate(0, months, days).Format(backend.DateLayout) }
	part := func(percent int64) backend.Money { return d.Amount * percent / 100 }
	late := customer == "deploy"
	c := backend.SalesContract{CustomerID: d.CustomerID, DealID: d.ID, Title: d.Title, SignedOn: d.ClosedOn, Amount: d.Amount,
		Currency: d.Currency, Rate: d.Rate, Licence: backend.LicencePerpetual, Seats: 50,
		Plan: []backend.Instalment{
			{Label: text{"首付款", "On signing"}.in(v.l), Trigger: "signing", Amount: part(30)},
			{Label: text{"上线款", "At go-live"}.in(v.l), Trigger: "golive", DueOn: day(2, 0), Amount: part(60)},
			{Label: text{"验收款", "At acceptance"}.in(v.l), Trigger: "acceptance", DueOn: day(4, 0), Amount: d.Amount - part(30) - part(60)},
		},
		Licences: []backend.Licence{{Key: fmt.Sprintf("VD-%04d-%04X-%04X", d.Number, 0x3A7C+d.Number*97, 0x9E21+d.Number*131), Seats: 50, StartsOn: d.ClosedOn}}}
	switch customer {
	case "deploy":
		c.Licences[0] = backend.Licence{Key: fmt.Sprintf("TEMP-%04d.lic", d.Number), Seats: 20, StartsOn: d.ClosedOn, ExpiresOn: v.date(20)}
	case "renewal":
		c.Licence, c.TermMonths = backend.LicenceSubscription, 24
		c.Licences[0].ExpiresOn = day(24, -1)
	}
	for i, in := range c.Plan {
		due := in.DueOn
		if due == "" {
			due = c.SignedOn
		}
		paidOn := day(0, 7)
		if i > 0 {
			t, _ := time.Parse(backend.DateLayout, due)
			paidOn = t.AddDate(0, 0, 7).Format(backend.DateLayout)
		}
		if paidOn > today || (late && i == 1) {
			continue
		}
		c.Invoices = append(c.Invoices, backend.Invoice{Number: fmt.Sprintf("No.%08d", 31_000_000+len(c.Invoices)+d.Number*10), Date: due, Amount: in.Amount})
		c.Payments = append(c.Payments, backend.Payment{Date: paidOn, Amount: in.Amount, Method: "bank_transfer"})
	}
	_, err := v.s.SalesContracts.Create(ctx, c)
	return err
}
