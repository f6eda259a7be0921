package sheet

import "vendordesk/backend"

// The fields and choice words of the sales imports: deals, sales contracts, and the invoices,
// payments and licences of stored contracts. The app's own exports (the deal list, the sales
// ledgers) title their columns with words listed here, so an export reads back by itself.

// customerNames are what a column naming a record's customer is called.
var customerNames = []string{"客户名称", "客户", "公司名称", "公司", "单位", "customer", "customername", "company", "account"}

var currencyNames = []string{"币种", "货币", "币别", "currency"}
var rateNames = []string{"汇率", "exchangerate", "rate", "fxrate"}
var notesNames = []string{"备注", "说明", "notes", "note", "remarks", "comments", "comment"}

// contractNames are what a column naming a sales contract by its number is called.
var contractNames = []string{"合同", "合同编号", "合同号", "销售合同", "contract", "contractno", "contractnumber", "salescontract"}

// DealFields are the fields of a deal an import fills.
var DealFields = []Field{
	{"customer", customerNames},
	{"title", []string{"销售机会", "销售机会名称", "商机名称", "商机", "机会名称", "项目名称", "标题", "名称", "title", "deal", "dealname", "opportunity", "opportunityname", "name"}},
	{"amount", []string{"金额", "预计金额", "商机金额", "amount", "value", "dealvalue"}},
	{"currency", currencyNames},
	{"rate", rateNames},
	{"stage", []string{"阶段", "销售阶段", "商机阶段", "stage", "salesstage"}},
	{"probability", []string{"概率", "赢单概率", "赢率", "成交概率", "probability", "winprobability"}},
	{"expectedClose", []string{"预计成交", "预计成交日期", "预计签约日期", "预计结束日期", "expectedclose", "expectedclosedate", "closedate"}},
	{"closedOn", []string{"结束日期", "成交日期", "关闭日期", "closedon", "closeddate"}},
	{"channel", []string{"来源渠道", "渠道", "来源", "channel", "source", "leadsource"}},
	{"products", []string{"产品与模块", "产品", "模块", "产品模块", "products", "product", "modules", "productsandmodules"}},
	{"nextStep", []string{"下一步", "下一步计划", "nextstep"}},
	{"lostReason", []string{"输单原因", "丢单原因", "失败原因", "lostreason", "reasonlost"}},
	{"notes", notesNames},
}

// SalesContractFields are the fields of a sales contract an import fills; "number" keeps the
// contract's number from the file (an export of another VendorDesk), so that its invoices,
// payments and licences find it.
var SalesContractFields = []Field{
	{"number", contractNames},
	{"customer", customerNames},
	{"title", []string{"合同名称", "合同标题", "标题", "名称", "title", "contracttitle", "contractname", "name"}},
	{"signedOn", []string{"签订日期", "签约日期", "签署日期", "合同日期", "signedon", "signed", "signdate", "signingdate", "date"}},
	{"amount", []string{"金额", "合同金额", "总金额", "合同总额", "amount", "contractamount", "value", "total"}},
	{"currency", currencyNames},
	{"rate", rateNames},
	{"licence", []string{"授权方式", "授权类型", "许可类型", "授权", "licence", "license", "licencetype", "licensetype"}},
	{"termMonths", []string{"订阅期限", "期限", "期限月", "订阅月数", "termmonths", "term", "months"}},
	{"seats", []string{"用户数", "授权用户数", "座席数", "seats", "users", "usercount"}},
	{"notes", notesNames},
}

// ledgerHead are the fields every row of invoices, payments or licences has: the contract it
// belongs to, and (checked against it when given) the contract's customer and currency.
var ledgerHead = []Field{{"contract", contractNames}, {"customer", customerNames}, {"currency", currencyNames}}

// PaymentFields, InvoiceFields and LicenceFields are the fields of a row of each list.
var (
	PaymentFields = append(ledgerHead[:3:3],
		Field{"date", []string{"回款日期", "收款日期", "到账日期", "付款日期", "日期", "date", "paidon", "paymentdate"}},
		Field{"amount", []string{"金额", "回款金额", "收款金额", "amount"}},
		Field{"method", []string{"方式", "回款方式", "收款方式", "付款方式", "method", "paymentmethod"}},
		Field{"note", notesNames})
	InvoiceFields = append(ledgerHead[:3:3],
		Field{"number", []string{"发票号", "发票号码", "发票编号", "invoiceno", "invoicenumber", "invoice"}},
		Field{"date", []string{"开票日期", "发票日期", "日期", "date", "invoicedate"}},
		Field{"amount", []string{"金额", "开票金额", "发票金额", "amount"}})
	LicenceFields = append(ledgerHead[:3:3],
		Field{"key", []string{"密钥或许可文件", "密钥", "许可证", "授权码", "许可文件", "key", "licencekey", "licensekey", "keyorlicencefile"}},
		Field{"seats", []string{"用户数", "seats", "users"}},
		Field{"startsOn", []string{"生效日期", "开始日期", "startson", "starts", "startdate", "start"}},
		Field{"expiresOn", []string{"到期日", "到期日期", "截止日期", "expireson", "expires", "expirydate", "enddate"}})
)

// DealStageWords are what a spreadsheet may call each deal stage.
var DealStageWords = map[backend.DealStage][]string{
	backend.DealInitial:     {"初步接洽", "接洽", "初步沟通", "initial", "initialcontact"},
	backend.DealQualified:   {"需求确认", "需求已确认", "qualified", "needsconfirmed", "qualification"},
	backend.DealProposal:    {"方案报价", "方案/报价", "报价", "方案", "proposal", "proposal/quote", "quote", "quotation"},
	backend.DealNegotiation: {"商务谈判", "谈判", "谈判中", "negotiation", "negotiating"},
	backend.DealWon:         {"赢单", "成交", "已成交", "won", "closedwon"},
	backend.DealLost:        {"输单", "丢单", "lost", "closedlost"},
}

// CurrencyWords are what a spreadsheet may call each currency beside its code.
var CurrencyWords = map[string][]string{
	"CNY": {"人民币", "元", "rmb"}, "USD": {"美元", "us$"}, "EUR": {"欧元"}, "GBP": {"英镑"}, "JPY": {"日元"},
	"HKD": {"港币", "港元"}, "TWD": {"新台币", "台币"}, "SGD": {"新加坡元"}, "AUD": {"澳元"}, "CAD": {"加元", "加拿大元"},
	"CHF": {"瑞士法郎"}, "KRW": {"韩元"},
}

// LicenceTypeWords are what a spreadsheet may call each licence type.
var LicenceTypeWords = map[backend.LicenceType][]string{
	backend.LicencePerpetual:    {"永久授权", "永久", "买断", "perpetual"},
	backend.LicenceSubscription: {"订阅授权", "订阅", "年费", "subscription", "saas"},
}

// PaymentMethodWords are what a spreadsheet may call each way a payment came in.
var PaymentMethodWords = map[backend.PaymentMethod][]string{
	"bank_transfer": {"银行转账", "转账", "银行", "电汇", "banktransfer", "bank", "wire", "transfer"},
	"alipay":        {"支付宝", "alipay"},
	"wechat_pay":    {"微信支付", "微信", "wechatpay", "wechat"},
	"cheque":        {"支票", "cheque", "check"},
	"cash":          {"现金", "cash"},
	"other":         {"其他", "其它", "other"},
}
