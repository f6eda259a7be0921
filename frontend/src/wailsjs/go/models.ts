export namespace api {
	
	export class AppInfo {
	    version: string;
	    data: backend.DataInfo;
	    platform: string;
	
	    static createFrom(source: any = {}) {
	        return new AppInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.data = this.convertValues(source["data"], backend.DataInfo);
	        this.platform = source["platform"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DataFileProblem {
	    kind: string;
	    detail: string;
	    params?: Record<string, any>;
	    path: string;
	
	    static createFrom(source: any = {}) {
	        return new DataFileProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.detail = source["detail"];
	        this.params = source["params"];
	        this.path = source["path"];
	    }
	}
	export class DataCheck {
	    ok: boolean;
	    problem?: DataFileProblem;
	    tookMs: number;
	    // Go type: time
	    checkedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new DataCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], DataFileProblem);
	        this.tookMs = source["tookMs"];
	        this.checkedAt = this.convertValues(source["checkedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DealStageInfo {
	    stage: string;
	    probability: number;
	
	    static createFrom(source: any = {}) {
	        return new DealStageInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.probability = source["probability"];
	    }
	}
	export class DossierRequest {
	    customerId: string;
	    lang: string;
	    format: string;
	
	    static createFrom(source: any = {}) {
	        return new DossierRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.lang = source["lang"];
	        this.format = source["format"];
	    }
	}
	export class ExportRequest {
	    customerId: string;
	    baselineId: string;
	    lang: string;
	    format: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.baselineId = source["baselineId"];
	        this.lang = source["lang"];
	        this.format = source["format"];
	    }
	}
	export class ExportResult {
	    path: string;
	    requirements: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.requirements = source["requirements"];
	    }
	}
	export class LetterRequest {
	    customerId: string;
	    releaseId: string;
	    lang: string;
	    format: string;
	
	    static createFrom(source: any = {}) {
	        return new LetterRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.releaseId = source["releaseId"];
	        this.lang = source["lang"];
	        this.format = source["format"];
	    }
	}
	export class ListLabels {
	    title: string;
	    columns: Record<string, string>;
	    values: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new ListLabels(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.columns = source["columns"];
	        this.values = source["values"];
	    }
	}
	export class ListExport {
	    format: string;
	    labels: ListLabels;
	
	    static createFrom(source: any = {}) {
	        return new ListExport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.labels = this.convertValues(source["labels"], ListLabels);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ListExportResult {
	    path: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new ListExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.rows = source["rows"];
	    }
	}
	
	export class QuoteRequest {
	    dealId: string;
	    number: number;
	    lang: string;
	    format: string;
	
	    static createFrom(source: any = {}) {
	        return new QuoteRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dealId = source["dealId"];
	        this.number = source["number"];
	        this.lang = source["lang"];
	        this.format = source["format"];
	    }
	}
	export class ReleaseOf {
	    release: backend.ReleaseRow;
	    found: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ReleaseOf(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = this.convertValues(source["release"], backend.ReleaseRow);
	        this.found = source["found"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReportFile {
	    format: string;
	    fileName: string;
	    report: document.Report;
	
	    static createFrom(source: any = {}) {
	        return new ReportFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.fileName = source["fileName"];
	        this.report = this.convertValues(source["report"], document.Report);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Upgrade {
	    from: number;
	    to: number;
	
	    static createFrom(source: any = {}) {
	        return new Upgrade(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}

}

export namespace backend {
	
	export class Acceptance {
	    by: string;
	    date: string;
	    method: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Acceptance(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.by = source["by"];
	        this.date = source["date"];
	        this.method = source["method"];
	        this.note = source["note"];
	    }
	}
	export class Asker {
	    customerId: string;
	    customerName: string;
	    customerRef: string;
	    ticketId: string;
	    ticketRef: string;
	    contractValue: number;
	    tier: string;
	
	    static createFrom(source: any = {}) {
	        return new Asker(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	        this.ticketId = source["ticketId"];
	        this.ticketRef = source["ticketRef"];
	        this.contractValue = source["contractValue"];
	        this.tier = source["tier"];
	    }
	}
	export class RecordCounts {
	    customers: number;
	    contacts: number;
	    interactions: number;
	    requirements: number;
	    releases: number;
	    deployments: number;
	    tickets: number;
	    contracts: number;
	    callbacks: number;
	    deals: number;
	    salesContracts: number;
	    events: number;
	
	    static createFrom(source: any = {}) {
	        return new RecordCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customers = source["customers"];
	        this.contacts = source["contacts"];
	        this.interactions = source["interactions"];
	        this.requirements = source["requirements"];
	        this.releases = source["releases"];
	        this.deployments = source["deployments"];
	        this.tickets = source["tickets"];
	        this.contracts = source["contracts"];
	        this.callbacks = source["callbacks"];
	        this.deals = source["deals"];
	        this.salesContracts = source["salesContracts"];
	        this.events = source["events"];
	    }
	}
	export class Backup {
	    path: string;
	    name: string;
	    kind: string;
	    // Go type: time
	    at: any;
	    sizeBytes: number;
	    counts: RecordCounts;
	    hasCounts: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Backup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.at = this.convertValues(source["at"], null);
	        this.sizeBytes = source["sizeBytes"];
	        this.counts = this.convertValues(source["counts"], RecordCounts);
	        this.hasCounts = source["hasCounts"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Backups {
	    dir: string;
	    list: Backup[];
	    lastError?: string;
	
	    static createFrom(source: any = {}) {
	        return new Backups(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dir = source["dir"];
	        this.list = this.convertValues(source["list"], Backup);
	        this.lastError = source["lastError"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BaselineItem {
	    id: string;
	    number: number;
	    title: string;
	    description: string;
	    category: string;
	    priority: string;
	    acceptance: string[];
	    estimateDays: number;
	    module: string;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new BaselineItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.category = source["category"];
	        this.priority = source["priority"];
	        this.acceptance = source["acceptance"];
	        this.estimateDays = source["estimateDays"];
	        this.module = source["module"];
	        this.status = source["status"];
	    }
	}
	export class SetSummary {
	    total: number;
	    added: number;
	    changed: number;
	    removed: number;
	
	    static createFrom(source: any = {}) {
	        return new SetSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.added = source["added"];
	        this.changed = source["changed"];
	        this.removed = source["removed"];
	    }
	}
	export class Confirmation {
	    customerId: string;
	    confirmedBy: string;
	    role: string;
	    date: string;
	    method: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Confirmation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.confirmedBy = source["confirmedBy"];
	        this.role = source["role"];
	        this.date = source["date"];
	        this.method = source["method"];
	        this.note = source["note"];
	    }
	}
	export class Baseline {
	    id: string;
	    customerId: string;
	    version: number;
	    confirmed: Confirmation;
	    summary: SetSummary;
	    createdAt: string;
	    createdBy: string;
	    items: BaselineItem[];
	
	    static createFrom(source: any = {}) {
	        return new Baseline(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.version = source["version"];
	        this.confirmed = this.convertValues(source["confirmed"], Confirmation);
	        this.summary = this.convertValues(source["summary"], SetSummary);
	        this.createdAt = source["createdAt"];
	        this.createdBy = source["createdBy"];
	        this.items = this.convertValues(source["items"], BaselineItem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BaselineInfo {
	    id: string;
	    customerId: string;
	    version: number;
	    confirmed: Confirmation;
	    summary: SetSummary;
	    createdAt: string;
	    createdBy: string;
	
	    static createFrom(source: any = {}) {
	        return new BaselineInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.version = source["version"];
	        this.confirmed = this.convertValues(source["confirmed"], Confirmation);
	        this.summary = this.convertValues(source["summary"], SetSummary);
	        this.createdAt = source["createdAt"];
	        this.createdBy = source["createdBy"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TestResult {
	    status: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new TestResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.note = source["note"];
	    }
	}
	export class Tests {
	    unit: TestResult;
	    integration: TestResult;
	    system: TestResult;
	
	    static createFrom(source: any = {}) {
	        return new Tests(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.unit = this.convertValues(source["unit"], TestResult);
	        this.integration = this.convertValues(source["integration"], TestResult);
	        this.system = this.convertValues(source["system"], TestResult);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RequirementRow {
	    id: string;
	    number: number;
	    customerId: string;
	    title: string;
	    category: string;
	    priority: string;
	    module: string;
	    status: string;
	    tests: Tests;
	    updatedAt: string;
	    confirmedOn: string;
	    releasedOn: string;
	
	    static createFrom(source: any = {}) {
	        return new RequirementRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.priority = source["priority"];
	        this.module = source["module"];
	        this.status = source["status"];
	        this.tests = this.convertValues(source["tests"], Tests);
	        this.updatedAt = source["updatedAt"];
	        this.confirmedOn = source["confirmedOn"];
	        this.releasedOn = source["releasedOn"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RequirementListRow {
	    row: RequirementRow;
	    customerName: string;
	    customerRef: string;
	
	    static createFrom(source: any = {}) {
	        return new RequirementListRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = this.convertValues(source["row"], RequirementRow);
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BoardColumn {
	    status: string;
	    total: number;
	    cards: RequirementListRow[];
	
	    static createFrom(source: any = {}) {
	        return new BoardColumn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.total = source["total"];
	        this.cards = this.convertValues(source["cards"], RequirementListRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Interval {
	    start: string;
	    end: string;
	
	    static createFrom(source: any = {}) {
	        return new Interval(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = source["start"];
	        this.end = source["end"];
	    }
	}
	export class Calendar {
	    always: boolean;
	    timeZone: string;
	    week: Interval[][];
	    holidays: string[];
	    extraWorkdays: string[];
	
	    static createFrom(source: any = {}) {
	        return new Calendar(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.always = source["always"];
	        this.timeZone = source["timeZone"];
	        this.week = this.convertValues(source["week"], Interval);
	        this.holidays = source["holidays"];
	        this.extraWorkdays = source["extraWorkdays"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Callback {
	    id: string;
	    number: number;
	    customerId: string;
	    source: string;
	    sourceId: string;
	    sourceRef: string;
	    topic: string;
	    dueOn: string;
	    done: boolean;
	    doneOn: string;
	    contact: string;
	    score: number;
	    nps: number;
	    comments: string;
	    requirements: number[][];
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Callback(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.source = source["source"];
	        this.sourceId = source["sourceId"];
	        this.sourceRef = source["sourceRef"];
	        this.topic = source["topic"];
	        this.dueOn = source["dueOn"];
	        this.done = source["done"];
	        this.doneOn = source["doneOn"];
	        this.contact = source["contact"];
	        this.score = source["score"];
	        this.nps = source["nps"];
	        this.comments = source["comments"];
	        this.requirements = source["requirements"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class CallbackRow {
	    callback: Callback;
	    customerName: string;
	
	    static createFrom(source: any = {}) {
	        return new CallbackRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.callback = this.convertValues(source["callback"], Callback);
	        this.customerName = source["customerName"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallbackList {
	    rows: CallbackRow[];
	    total: number;
	    due: number;
	
	    static createFrom(source: any = {}) {
	        return new CallbackList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], CallbackRow);
	        this.total = source["total"];
	        this.due = source["due"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallbackPage {
	    rows: CallbackRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new CallbackPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], CallbackRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallbackResult {
	    contact: string;
	    score: number;
	    nps: number;
	    comments: string;
	
	    static createFrom(source: any = {}) {
	        return new CallbackResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contact = source["contact"];
	        this.score = source["score"];
	        this.nps = source["nps"];
	        this.comments = source["comments"];
	    }
	}
	
	export class Change {
	    field: string;
	    old: any;
	    new: any;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.old = source["old"];
	        this.new = source["new"];
	    }
	}
	export class ChannelFigure {
	    channel: string;
	    signed: number;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new ChannelFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.channel = source["channel"];
	        this.signed = source["signed"];
	        this.count = source["count"];
	    }
	}
	export class ChecklistItem {
	    text: string;
	    done: boolean;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new ChecklistItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.done = source["done"];
	        this.note = source["note"];
	    }
	}
	export class ClockSpan {
	    from: string;
	    to: string;
	    kind: string;
	    dates?: string[];
	
	    static createFrom(source: any = {}) {
	        return new ClockSpan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.kind = source["kind"];
	        this.dates = source["dates"];
	    }
	}
	export class Retarget {
	    at: string;
	    from: string;
	    to: string;
	    target: number;
	
	    static createFrom(source: any = {}) {
	        return new Retarget(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.target = source["target"];
	    }
	}
	export class Clock {
	    kind: string;
	    state: string;
	    priority: string;
	    target: number;
	    start: string;
	    due: string;
	    atRiskAt: string;
	    stoppedAt: string;
	    breachedAt: string;
	    elapsed: number;
	    missed: number;
	    retargets: Retarget[];
	    spans: ClockSpan[];
	    truncated: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Clock(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.state = source["state"];
	        this.priority = source["priority"];
	        this.target = source["target"];
	        this.start = source["start"];
	        this.due = source["due"];
	        this.atRiskAt = source["atRiskAt"];
	        this.stoppedAt = source["stoppedAt"];
	        this.breachedAt = source["breachedAt"];
	        this.elapsed = source["elapsed"];
	        this.missed = source["missed"];
	        this.retargets = this.convertValues(source["retargets"], Retarget);
	        this.spans = this.convertValues(source["spans"], ClockSpan);
	        this.truncated = source["truncated"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClockOutcome {
	    stoppedAt: string;
	    due: string;
	    breached: boolean;
	    elapsed: number;
	
	    static createFrom(source: any = {}) {
	        return new ClockOutcome(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stoppedAt = source["stoppedAt"];
	        this.due = source["due"];
	        this.breached = source["breached"];
	        this.elapsed = source["elapsed"];
	    }
	}
	
	export class CompactSummary {
	    beforeBytes: number;
	    afterBytes: number;
	    backup: string;
	
	    static createFrom(source: any = {}) {
	        return new CompactSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.beforeBytes = source["beforeBytes"];
	        this.afterBytes = source["afterBytes"];
	        this.backup = source["backup"];
	    }
	}
	export class DiffOp {
	    op: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new DiffOp(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.op = source["op"];
	        this.text = source["text"];
	    }
	}
	export class FieldChange {
	    field: string;
	    old: string;
	    new: string;
	    diff?: DiffOp[];
	
	    static createFrom(source: any = {}) {
	        return new FieldChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.old = source["old"];
	        this.new = source["new"];
	        this.diff = this.convertValues(source["diff"], DiffOp);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ItemChange {
	    old: BaselineItem;
	    new: BaselineItem;
	    fields: FieldChange[];
	
	    static createFrom(source: any = {}) {
	        return new ItemChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.old = this.convertValues(source["old"], BaselineItem);
	        this.new = this.convertValues(source["new"], BaselineItem);
	        this.fields = this.convertValues(source["fields"], FieldChange);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Comparison {
	    fromVersion: number;
	    toVersion: number;
	    added: BaselineItem[];
	    removed: BaselineItem[];
	    changed: ItemChange[];
	    unchanged: number;
	
	    static createFrom(source: any = {}) {
	        return new Comparison(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fromVersion = source["fromVersion"];
	        this.toVersion = source["toVersion"];
	        this.added = this.convertValues(source["added"], BaselineItem);
	        this.removed = this.convertValues(source["removed"], BaselineItem);
	        this.changed = this.convertValues(source["changed"], ItemChange);
	        this.unchanged = source["unchanged"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Competitor {
	    id: string;
	    number: number;
	    name: string;
	    product: string;
	    website: string;
	    strengths: string;
	    weaknesses: string;
	    priceNotes: string;
	    notes: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Competitor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.name = source["name"];
	        this.product = source["product"];
	        this.website = source["website"];
	        this.strengths = source["strengths"];
	        this.weaknesses = source["weaknesses"];
	        this.priceNotes = source["priceNotes"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class CompetitorRow {
	    competitor: Competitor;
	    requirements: number;
	
	    static createFrom(source: any = {}) {
	        return new CompetitorRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.competitor = this.convertValues(source["competitor"], Competitor);
	        this.requirements = source["requirements"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Contact {
	    id: string;
	    number: number;
	    customerId: string;
	    name: string;
	    title: string;
	    phone: string;
	    mobile: string;
	    email: string;
	    wechat: string;
	    primary: boolean;
	    notes: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Contact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.phone = source["phone"];
	        this.mobile = source["mobile"];
	        this.email = source["email"];
	        this.wechat = source["wechat"];
	        this.primary = source["primary"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Contract {
	    id: string;
	    number: number;
	    customerId: string;
	    tierId: string;
	    startDate: string;
	    endDate: string;
	    includedHours: number;
	    price: number;
	    notes: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Contract(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.tierId = source["tierId"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.includedHours = source["includedHours"];
	        this.price = source["price"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class ContractMoney {
	    invoiced: number;
	    received: number;
	    outstanding: number;
	    due: number;
	    overdue: number;
	    overdueSince: string;
	    planDifference: number;
	    overpaid: number;
	
	    static createFrom(source: any = {}) {
	        return new ContractMoney(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiced = source["invoiced"];
	        this.received = source["received"];
	        this.outstanding = source["outstanding"];
	        this.due = source["due"];
	        this.overdue = source["overdue"];
	        this.overdueSince = source["overdueSince"];
	        this.planDifference = source["planDifference"];
	        this.overpaid = source["overpaid"];
	    }
	}
	export class ContractRow {
	    contract: Contract;
	    tierName: string;
	    policyName: string;
	    usedMinutes: number;
	    inForce: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ContractRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contract = this.convertValues(source["contract"], Contract);
	        this.tierName = source["tierName"];
	        this.policyName = source["policyName"];
	        this.usedMinutes = source["usedMinutes"];
	        this.inForce = source["inForce"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Customer {
	    id: string;
	    number: number;
	    name: string;
	    shortName: string;
	    industry: string;
	    region: string;
	    city: string;
	    address: string;
	    website: string;
	    channel: string;
	    stage: string;
	    tags: string[];
	    notes: string;
	    archived: boolean;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Customer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.name = source["name"];
	        this.shortName = source["shortName"];
	        this.industry = source["industry"];
	        this.region = source["region"];
	        this.city = source["city"];
	        this.address = source["address"];
	        this.website = source["website"];
	        this.channel = source["channel"];
	        this.stage = source["stage"];
	        this.tags = source["tags"];
	        this.notes = source["notes"];
	        this.archived = source["archived"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Design {
	    architecture: string;
	    ui: string;
	    technical: string;
	
	    static createFrom(source: any = {}) {
	        return new Design(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.architecture = source["architecture"];
	        this.ui = source["ui"];
	        this.technical = source["technical"];
	    }
	}
	export class Source {
	    kind: string;
	    refId: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Source(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.refId = source["refId"];
	        this.note = source["note"];
	    }
	}
	export class Requirement {
	    id: string;
	    number: number;
	    customerId: string;
	    title: string;
	    description: string;
	    category: string;
	    priority: string;
	    source: Source;
	    acceptance: string[];
	    estimateDays: number;
	    module: string;
	    status: string;
	    design: Design;
	    tests: Tests;
	    confirmedOn: string;
	    releasedOn: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Requirement(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.category = source["category"];
	        this.priority = source["priority"];
	        this.source = this.convertValues(source["source"], Source);
	        this.acceptance = source["acceptance"];
	        this.estimateDays = source["estimateDays"];
	        this.module = source["module"];
	        this.status = source["status"];
	        this.design = this.convertValues(source["design"], Design);
	        this.tests = this.convertValues(source["tests"], Tests);
	        this.confirmedOn = source["confirmedOn"];
	        this.releasedOn = source["releasedOn"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Interaction {
	    id: string;
	    number: number;
	    customerId: string;
	    kind: string;
	    at: string;
	    participants: string[];
	    summary: string;
	    outcome: string;
	    nextStep: string;
	    followUpOn: string;
	    followUpDone: boolean;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Interaction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.kind = source["kind"];
	        this.at = source["at"];
	        this.participants = source["participants"];
	        this.summary = source["summary"];
	        this.outcome = source["outcome"];
	        this.nextStep = source["nextStep"];
	        this.followUpOn = source["followUpOn"];
	        this.followUpDone = source["followUpDone"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class CustomerBundle {
	    customer: Customer;
	    contacts: Contact[];
	    interactions: Interaction[];
	    requirements: Requirement[];
	
	    static createFrom(source: any = {}) {
	        return new CustomerBundle(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customer = this.convertValues(source["customer"], Customer);
	        this.contacts = this.convertValues(source["contacts"], Contact);
	        this.interactions = this.convertValues(source["interactions"], Interaction);
	        this.requirements = this.convertValues(source["requirements"], Requirement);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HealthIssue {
	    reason: string;
	    count?: number;
	    date?: string;
	    amount?: number;
	    score?: number;
	    nps: number;
	    days?: number;
	
	    static createFrom(source: any = {}) {
	        return new HealthIssue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reason = source["reason"];
	        this.count = source["count"];
	        this.date = source["date"];
	        this.amount = source["amount"];
	        this.score = source["score"];
	        this.nps = source["nps"];
	        this.days = source["days"];
	    }
	}
	export class CustomerHealth {
	    customerId: string;
	    name: string;
	    ref: string;
	    issues: HealthIssue[];
	
	    static createFrom(source: any = {}) {
	        return new CustomerHealth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.name = source["name"];
	        this.ref = source["ref"];
	        this.issues = this.convertValues(source["issues"], HealthIssue);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerRow {
	    id: string;
	    number: number;
	    name: string;
	    shortName: string;
	    industry: string;
	    city: string;
	    region: string;
	    channel: string;
	    stage: string;
	    tags: string[];
	    archived: boolean;
	    primaryContact: string;
	    contactCount: number;
	    interactionCount: number;
	    lastContactAt: string;
	    nextFollowUp: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new CustomerRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.name = source["name"];
	        this.shortName = source["shortName"];
	        this.industry = source["industry"];
	        this.city = source["city"];
	        this.region = source["region"];
	        this.channel = source["channel"];
	        this.stage = source["stage"];
	        this.tags = source["tags"];
	        this.archived = source["archived"];
	        this.primaryContact = source["primaryContact"];
	        this.contactCount = source["contactCount"];
	        this.interactionCount = source["interactionCount"];
	        this.lastContactAt = source["lastContactAt"];
	        this.nextFollowUp = source["nextFollowUp"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class CustomerPage {
	    rows: CustomerRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new CustomerPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], CustomerRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerQuery {
	    search: string;
	    stages: string[];
	    channels: string[];
	    tag: string;
	    archived: boolean;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new CustomerQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.stages = source["stages"];
	        this.channels = source["channels"];
	        this.tag = source["tag"];
	        this.archived = source["archived"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class CustomerRequirements {
	    rows: RequirementRow[];
	    byStatus: Record<string, number>;
	    baseline: number;
	    since: Record<string, string>;
	    removed: number;
	
	    static createFrom(source: any = {}) {
	        return new CustomerRequirements(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], RequirementRow);
	        this.byStatus = source["byStatus"];
	        this.baseline = source["baseline"];
	        this.since = source["since"];
	        this.removed = source["removed"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class CustomerValue {
	    customerId: string;
	    name: string;
	    ref: string;
	    signed: number;
	    contracts: number;
	    outstanding: number;
	
	    static createFrom(source: any = {}) {
	        return new CustomerValue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.name = source["name"];
	        this.ref = source["ref"];
	        this.signed = source["signed"];
	        this.contracts = source["contracts"];
	        this.outstanding = source["outstanding"];
	    }
	}
	export class DataInfo {
	    path: string;
	    dir: string;
	    fileId: string;
	    sizeBytes: number;
	    freeBytes: number;
	    schemaVersion: number;
	    customers: number;
	    contacts: number;
	    interactions: number;
	
	    static createFrom(source: any = {}) {
	        return new DataInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.dir = source["dir"];
	        this.fileId = source["fileId"];
	        this.sizeBytes = source["sizeBytes"];
	        this.freeBytes = source["freeBytes"];
	        this.schemaVersion = source["schemaVersion"];
	        this.customers = source["customers"];
	        this.contacts = source["contacts"];
	        this.interactions = source["interactions"];
	    }
	}
	export class QuoteLine {
	    item: string;
	    unit: string;
	    quantity: number;
	    unitPrice: number;
	    discount: number;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new QuoteLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.item = source["item"];
	        this.unit = source["unit"];
	        this.quantity = source["quantity"];
	        this.unitPrice = source["unitPrice"];
	        this.discount = source["discount"];
	        this.amount = source["amount"];
	    }
	}
	export class Quote {
	    number: number;
	    issuedOn: string;
	    validUntil: string;
	    currency: string;
	    taxRate: number;
	    lines: QuoteLine[];
	    terms: string;
	    subtotal: number;
	    tax: number;
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new Quote(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.number = source["number"];
	        this.issuedOn = source["issuedOn"];
	        this.validUntil = source["validUntil"];
	        this.currency = source["currency"];
	        this.taxRate = source["taxRate"];
	        this.lines = this.convertValues(source["lines"], QuoteLine);
	        this.terms = source["terms"];
	        this.subtotal = source["subtotal"];
	        this.tax = source["tax"];
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Deal {
	    id: string;
	    number: number;
	    customerId: string;
	    title: string;
	    amount: number;
	    currency: string;
	    rate: number;
	    stage: string;
	    probability: number;
	    expectedClose: string;
	    closedOn: string;
	    channel: string;
	    products: string[];
	    nextStep: string;
	    lostReason: string;
	    notes: string;
	    interactionIds: string[];
	    requirementIds: string[];
	    quotes: Quote[];
	    lastQuote: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Deal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.title = source["title"];
	        this.amount = source["amount"];
	        this.currency = source["currency"];
	        this.rate = source["rate"];
	        this.stage = source["stage"];
	        this.probability = source["probability"];
	        this.expectedClose = source["expectedClose"];
	        this.closedOn = source["closedOn"];
	        this.channel = source["channel"];
	        this.products = source["products"];
	        this.nextStep = source["nextStep"];
	        this.lostReason = source["lostReason"];
	        this.notes = source["notes"];
	        this.interactionIds = source["interactionIds"];
	        this.requirementIds = source["requirementIds"];
	        this.quotes = this.convertValues(source["quotes"], Quote);
	        this.lastQuote = source["lastQuote"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealRow {
	    id: string;
	    number: number;
	    customerId: string;
	    title: string;
	    amount: number;
	    currency: string;
	    amountCny: number;
	    stage: string;
	    probability: number;
	    expectedClose: string;
	    closedOn: string;
	    channel: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new DealRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.title = source["title"];
	        this.amount = source["amount"];
	        this.currency = source["currency"];
	        this.amountCny = source["amountCny"];
	        this.stage = source["stage"];
	        this.probability = source["probability"];
	        this.expectedClose = source["expectedClose"];
	        this.closedOn = source["closedOn"];
	        this.channel = source["channel"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class DealListRow {
	    row: DealRow;
	    customerName: string;
	    customerRef: string;
	
	    static createFrom(source: any = {}) {
	        return new DealListRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = this.convertValues(source["row"], DealRow);
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealColumn {
	    stage: string;
	    total: number;
	    sum: number;
	    weighted: number;
	    cards: DealListRow[];
	
	    static createFrom(source: any = {}) {
	        return new DealColumn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.total = source["total"];
	        this.sum = source["sum"];
	        this.weighted = source["weighted"];
	        this.cards = this.convertValues(source["cards"], DealListRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LinkedRecord {
	    id: string;
	    ref: string;
	    title: string;
	    date: string;
	
	    static createFrom(source: any = {}) {
	        return new LinkedRecord(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ref = source["ref"];
	        this.title = source["title"];
	        this.date = source["date"];
	    }
	}
	export class DealDetail {
	    deal: Deal;
	    customerName: string;
	    customerRef: string;
	    interactions: LinkedRecord[];
	    requirements: LinkedRecord[];
	
	    static createFrom(source: any = {}) {
	        return new DealDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.deal = this.convertValues(source["deal"], Deal);
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	        this.interactions = this.convertValues(source["interactions"], LinkedRecord);
	        this.requirements = this.convertValues(source["requirements"], LinkedRecord);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DealPage {
	    rows: DealListRow[];
	    total: number;
	    sum: number;
	    weighted: number;
	
	    static createFrom(source: any = {}) {
	        return new DealPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], DealListRow);
	        this.total = source["total"];
	        this.sum = source["sum"];
	        this.weighted = source["weighted"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealQuery {
	    customerId: string;
	    search: string;
	    stages: string[];
	    channels: string[];
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new DealQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.search = source["search"];
	        this.stages = source["stages"];
	        this.channels = source["channels"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	export class DeployStatusCount {
	    status: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new DeployStatusCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.count = source["count"];
	    }
	}
	export class StatusCount {
	    status: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new StatusCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.count = source["count"];
	    }
	}
	export class DeliveryDashboard {
	    today: string;
	    byStatus: StatusCount[];
	    medianLeadDays: number;
	    leadTimes: number;
	    inProgress: DeployStatusCount[];
	    inProgressTotal: number;
	    goLivesThisQuarter: number;
	    quarterStart: string;
	    quarterEnd: string;
	    releasedThisMonth: number;
	    medianLeadDaysThisMonth: number;
	    goLivesThisMonth: number;
	
	    static createFrom(source: any = {}) {
	        return new DeliveryDashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.byStatus = this.convertValues(source["byStatus"], StatusCount);
	        this.medianLeadDays = source["medianLeadDays"];
	        this.leadTimes = source["leadTimes"];
	        this.inProgress = this.convertValues(source["inProgress"], DeployStatusCount);
	        this.inProgressTotal = source["inProgressTotal"];
	        this.goLivesThisQuarter = source["goLivesThisQuarter"];
	        this.quarterStart = source["quarterStart"];
	        this.quarterEnd = source["quarterEnd"];
	        this.releasedThisMonth = source["releasedThisMonth"];
	        this.medianLeadDaysThisMonth = source["medianLeadDaysThisMonth"];
	        this.goLivesThisMonth = source["goLivesThisMonth"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Demand {
	    askers: Asker[];
	    contractValue: number;
	
	    static createFrom(source: any = {}) {
	        return new Demand(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.askers = this.convertValues(source["askers"], Asker);
	        this.contractValue = source["contractValue"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TrainingSession {
	    date: string;
	    trainer: string;
	    attendees: string[];
	    topics: string;
	    materials: string;
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new TrainingSession(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.trainer = source["trainer"];
	        this.attendees = source["attendees"];
	        this.topics = source["topics"];
	        this.materials = source["materials"];
	        this.score = source["score"];
	    }
	}
	export class Deployment {
	    id: string;
	    number: number;
	    customerId: string;
	    releaseId: string;
	    environment: string;
	    status: string;
	    releaseOverride: string;
	    checklist: ChecklistItem[];
	    deployedOn: string;
	    deployedBy: string;
	    configNotes: string;
	    trainings: TrainingSession[];
	    goLiveOn: string;
	    supportUntil: string;
	    acceptance: Acceptance;
	    rollbackReason: string;
	    notes: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Deployment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.releaseId = source["releaseId"];
	        this.environment = source["environment"];
	        this.status = source["status"];
	        this.releaseOverride = source["releaseOverride"];
	        this.checklist = this.convertValues(source["checklist"], ChecklistItem);
	        this.deployedOn = source["deployedOn"];
	        this.deployedBy = source["deployedBy"];
	        this.configNotes = source["configNotes"];
	        this.trainings = this.convertValues(source["trainings"], TrainingSession);
	        this.goLiveOn = source["goLiveOn"];
	        this.supportUntil = source["supportUntil"];
	        this.acceptance = this.convertValues(source["acceptance"], Acceptance);
	        this.rollbackReason = source["rollbackReason"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DeploymentRow {
	    id: string;
	    number: number;
	    customerId: string;
	    customerName?: string;
	    releaseId: string;
	    version: string;
	    environment: string;
	    status: string;
	    deployedOn: string;
	    goLiveOn: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new DeploymentRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.releaseId = source["releaseId"];
	        this.version = source["version"];
	        this.environment = source["environment"];
	        this.status = source["status"];
	        this.deployedOn = source["deployedOn"];
	        this.goLiveOn = source["goLiveOn"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	
	
	export class Event {
	    id: string;
	    at: string;
	    actor: string;
	    kind: string;
	    recordId: string;
	    ref: string;
	    title: string;
	    customerId: string;
	    action: string;
	    changes?: Change[];
	    note?: string;
	    minutes?: number;
	    refs?: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new Event(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actor = source["actor"];
	        this.kind = source["kind"];
	        this.recordId = source["recordId"];
	        this.ref = source["ref"];
	        this.title = source["title"];
	        this.customerId = source["customerId"];
	        this.action = source["action"];
	        this.changes = this.convertValues(source["changes"], Change);
	        this.note = source["note"];
	        this.minutes = source["minutes"];
	        this.refs = source["refs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportSummary {
	    path: string;
	    // Go type: time
	    at: any;
	    sizeBytes: number;
	    counts: RecordCounts;
	    app: string;
	    schema: number;
	    version: number;
	    tookMs: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.at = this.convertValues(source["at"], null);
	        this.sizeBytes = source["sizeBytes"];
	        this.counts = this.convertValues(source["counts"], RecordCounts);
	        this.app = source["app"];
	        this.schema = source["schema"];
	        this.version = source["version"];
	        this.tookMs = source["tookMs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class FollowUp {
	    interaction: Interaction;
	    customerName: string;
	    customerRef: string;
	
	    static createFrom(source: any = {}) {
	        return new FollowUp(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.interaction = this.convertValues(source["interaction"], Interaction);
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FollowUps {
	    today: string;
	    overdue: FollowUp[];
	    dueToday: FollowUp[];
	    upcoming: FollowUp[];
	    overdueTotal: number;
	    dueTodayTotal: number;
	    upcomingTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new FollowUps(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.overdue = this.convertValues(source["overdue"], FollowUp);
	        this.dueToday = this.convertValues(source["dueToday"], FollowUp);
	        this.upcoming = this.convertValues(source["upcoming"], FollowUp);
	        this.overdueTotal = source["overdueTotal"];
	        this.dueTodayTotal = source["dueTodayTotal"];
	        this.upcomingTotal = source["upcomingTotal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Headline {
	    month: string;
	    signedThisMonth: number;
	    receivedThisMonth: number;
	    overdueCny: number;
	    needAttention: number;
	
	    static createFrom(source: any = {}) {
	        return new Headline(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.signedThisMonth = source["signedThisMonth"];
	        this.receivedThisMonth = source["receivedThisMonth"];
	        this.overdueCny = source["overdueCny"];
	        this.needAttention = source["needAttention"];
	    }
	}
	
	export class HealthPage {
	    rows: CustomerHealth[];
	    total: number;
	    byReason: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new HealthPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], CustomerHealth);
	        this.total = source["total"];
	        this.byReason = source["byReason"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Instalment {
	    label: string;
	    trigger: string;
	    dueOn: string;
	    amount: number;
	    deploymentId: string;
	
	    static createFrom(source: any = {}) {
	        return new Instalment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.trigger = source["trigger"];
	        this.dueOn = source["dueOn"];
	        this.amount = source["amount"];
	        this.deploymentId = source["deploymentId"];
	    }
	}
	
	export class InteractionPage {
	    rows: Interaction[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new InteractionPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], Interaction);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Invoice {
	    number: string;
	    date: string;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new Invoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.number = source["number"];
	        this.date = source["date"];
	        this.amount = source["amount"];
	    }
	}
	
	export class Licence {
	    key: string;
	    seats: number;
	    startsOn: string;
	    expiresOn: string;
	
	    static createFrom(source: any = {}) {
	        return new Licence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.seats = source["seats"];
	        this.startsOn = source["startsOn"];
	        this.expiresOn = source["expiresOn"];
	    }
	}
	export class LicenceDue {
	    contractId: string;
	    contractRef: string;
	    customerId: string;
	    customerName: string;
	    customerRef: string;
	    licence: Licence;
	    daysLeft: number;
	
	    static createFrom(source: any = {}) {
	        return new LicenceDue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contractId = source["contractId"];
	        this.contractRef = source["contractRef"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	        this.licence = this.convertValues(source["licence"], Licence);
	        this.daysLeft = source["daysLeft"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LicencesDuePage {
	    rows: LicenceDue[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new LicencesDuePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], LicenceDue);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LinkedCounts {
	    contacts: number;
	    interactions: number;
	    requirements: number;
	    baselines: number;
	    deployments: number;
	    contracts: number;
	    tickets: number;
	    deals: number;
	    salesContracts: number;
	
	    static createFrom(source: any = {}) {
	        return new LinkedCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contacts = source["contacts"];
	        this.interactions = source["interactions"];
	        this.requirements = source["requirements"];
	        this.baselines = source["baselines"];
	        this.deployments = source["deployments"];
	        this.contracts = source["contracts"];
	        this.tickets = source["tickets"];
	        this.deals = source["deals"];
	        this.salesContracts = source["salesContracts"];
	    }
	}
	
	export class MatrixRow {
	    customerId: string;
	    customerName: string;
	    customerRef: string;
	    version: string;
	    releaseId: string;
	    since: string;
	    behind: number;
	
	    static createFrom(source: any = {}) {
	        return new MatrixRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	        this.version = source["version"];
	        this.releaseId = source["releaseId"];
	        this.since = source["since"];
	        this.behind = source["behind"];
	    }
	}
	export class Matrix {
	    rows: MatrixRow[];
	    total: number;
	    newest: string;
	
	    static createFrom(source: any = {}) {
	        return new Matrix(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], MatrixRow);
	        this.total = source["total"];
	        this.newest = source["newest"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MatrixQuery {
	    olderThan: string;
	    releaseId: string;
	    search: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new MatrixQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.olderThan = source["olderThan"];
	        this.releaseId = source["releaseId"];
	        this.search = source["search"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	export class MonthFigure {
	    month: string;
	    signed: number;
	    received: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.signed = source["signed"];
	        this.received = source["received"];
	    }
	}
	export class SatisfactionMonth {
	    month: string;
	    responses: number;
	    avgScore: number;
	    nps: number;
	    npsResponses: number;
	
	    static createFrom(source: any = {}) {
	        return new SatisfactionMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.responses = source["responses"];
	        this.avgScore = source["avgScore"];
	        this.nps = source["nps"];
	        this.npsResponses = source["npsResponses"];
	    }
	}
	export class SLAMonth {
	    month: string;
	    met: number;
	    breached: number;
	    percent: number;
	
	    static createFrom(source: any = {}) {
	        return new SLAMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.met = source["met"];
	        this.breached = source["breached"];
	        this.percent = source["percent"];
	    }
	}
	export class SLAMonths {
	    thisMonth: SLAMonth;
	    lastMonth: SLAMonth;
	
	    static createFrom(source: any = {}) {
	        return new SLAMonths(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.thisMonth = this.convertValues(source["thisMonth"], SLAMonth);
	        this.lastMonth = this.convertValues(source["lastMonth"], SLAMonth);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PriorityCount {
	    priority: string;
	    open: number;
	    breached: number;
	
	    static createFrom(source: any = {}) {
	        return new PriorityCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.priority = source["priority"];
	        this.open = source["open"];
	        this.breached = source["breached"];
	    }
	}
	export class ServiceDashboard {
	    today: string;
	    openByPriority: PriorityCount[];
	    firstResponse: SLAMonths;
	    resolution: SLAMonths;
	    medianFirstResponseMinutes: number;
	    medianResolutionMinutes: number;
	    satisfaction: SatisfactionMonth[];
	
	    static createFrom(source: any = {}) {
	        return new ServiceDashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.openByPriority = this.convertValues(source["openByPriority"], PriorityCount);
	        this.firstResponse = this.convertValues(source["firstResponse"], SLAMonths);
	        this.resolution = this.convertValues(source["resolution"], SLAMonths);
	        this.medianFirstResponseMinutes = source["medianFirstResponseMinutes"];
	        this.medianResolutionMinutes = source["medianResolutionMinutes"];
	        this.satisfaction = this.convertValues(source["satisfaction"], SatisfactionMonth);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Receivable {
	    contractId: string;
	    ref: string;
	    title: string;
	    customerId: string;
	    customerName: string;
	    customerRef: string;
	    signedOn: string;
	    currency: string;
	    amount: number;
	    money: ContractMoney;
	    overdueCny: number;
	    ageing: string;
	
	    static createFrom(source: any = {}) {
	        return new Receivable(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contractId = source["contractId"];
	        this.ref = source["ref"];
	        this.title = source["title"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	        this.signedOn = source["signedOn"];
	        this.currency = source["currency"];
	        this.amount = source["amount"];
	        this.money = this.convertValues(source["money"], ContractMoney);
	        this.overdueCny = source["overdueCny"];
	        this.ageing = source["ageing"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReceivablesPage {
	    rows: Receivable[];
	    total: number;
	    outstandingCny: number;
	    overdueCny: number;
	    byAge: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new ReceivablesPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], Receivable);
	        this.total = source["total"];
	        this.outstandingCny = source["outstandingCny"];
	        this.overdueCny = source["overdueCny"];
	        this.byAge = source["byAge"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StageFigure {
	    stage: string;
	    count: number;
	    sum: number;
	    weighted: number;
	
	    static createFrom(source: any = {}) {
	        return new StageFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.count = source["count"];
	        this.sum = source["sum"];
	        this.weighted = source["weighted"];
	    }
	}
	export class SalesDashboard {
	    today: string;
	    months: MonthFigure[];
	    signedYear: number;
	    receivedYear: number;
	    byChannel: ChannelFigure[];
	    pipeline: StageFigure[];
	    forecastThisQuarter: number;
	    forecastNextQuarter: number;
	    won: number;
	    lost: number;
	    winRate: number;
	    avgCycleDays: number;
	    topCustomers: CustomerValue[];
	    receivables: ReceivablesPage;
	
	    static createFrom(source: any = {}) {
	        return new SalesDashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.months = this.convertValues(source["months"], MonthFigure);
	        this.signedYear = source["signedYear"];
	        this.receivedYear = source["receivedYear"];
	        this.byChannel = this.convertValues(source["byChannel"], ChannelFigure);
	        this.pipeline = this.convertValues(source["pipeline"], StageFigure);
	        this.forecastThisQuarter = source["forecastThisQuarter"];
	        this.forecastNextQuarter = source["forecastNextQuarter"];
	        this.won = source["won"];
	        this.lost = source["lost"];
	        this.winRate = source["winRate"];
	        this.avgCycleDays = source["avgCycleDays"];
	        this.topCustomers = this.convertValues(source["topCustomers"], CustomerValue);
	        this.receivables = this.convertValues(source["receivables"], ReceivablesPage);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MonthlyReport {
	    month: string;
	    asOf: string;
	    sales: SalesDashboard;
	    delivery: DeliveryDashboard;
	    service: ServiceDashboard;
	
	    static createFrom(source: any = {}) {
	        return new MonthlyReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.asOf = source["asOf"];
	        this.sales = this.convertValues(source["sales"], SalesDashboard);
	        this.delivery = this.convertValues(source["delivery"], DeliveryDashboard);
	        this.service = this.convertValues(source["service"], ServiceDashboard);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NameCount {
	    name: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new NameCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.count = source["count"];
	    }
	}
	export class Payment {
	    date: string;
	    amount: number;
	    method: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Payment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.amount = source["amount"];
	        this.method = source["method"];
	        this.note = source["note"];
	    }
	}
	
	
	
	
	
	export class ReceivablesQuery {
	    customerId: string;
	    overdueOnly: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ReceivablesQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.overdueOnly = source["overdueOnly"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	export class Release {
	    id: string;
	    version: string;
	    name: string;
	    plannedDate: string;
	    actualDate: string;
	    status: string;
	    requirements: string[];
	    knownIssues: string;
	    notes: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Release(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.name = source["name"];
	        this.plannedDate = source["plannedDate"];
	        this.actualDate = source["actualDate"];
	        this.status = source["status"];
	        this.requirements = source["requirements"];
	        this.knownIssues = source["knownIssues"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class ReleaseDetail {
	    release: Release;
	    requirements: RequirementListRow[];
	
	    static createFrom(source: any = {}) {
	        return new ReleaseDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = this.convertValues(source["release"], Release);
	        this.requirements = this.convertValues(source["requirements"], RequirementListRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReleaseRow {
	    id: string;
	    version: string;
	    name: string;
	    plannedDate: string;
	    actualDate: string;
	    status: string;
	    requirements: number;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ReleaseRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.name = source["name"];
	        this.plannedDate = source["plannedDate"];
	        this.actualDate = source["actualDate"];
	        this.status = source["status"];
	        this.requirements = source["requirements"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Renewal {
	    contract: Contract;
	    customerName: string;
	    customerRef: string;
	    tierName: string;
	    daysLeft: number;
	    step: number;
	
	    static createFrom(source: any = {}) {
	        return new Renewal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contract = this.convertValues(source["contract"], Contract);
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	        this.tierName = source["tierName"];
	        this.daysLeft = source["daysLeft"];
	        this.step = source["step"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class RequirementPage {
	    rows: RequirementListRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new RequirementPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], RequirementListRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RequirementQuery {
	    customerId: string;
	    search: string;
	    statuses: string[];
	    priorities: string[];
	    categories: string[];
	    module: string;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new RequirementQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.search = source["search"];
	        this.statuses = source["statuses"];
	        this.priorities = source["priorities"];
	        this.categories = source["categories"];
	        this.module = source["module"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	
	export class RowProblem {
	    row: number;
	    column: string;
	    field: string;
	    reason: string;
	    message: string;
	    params?: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new RowProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.column = source["column"];
	        this.field = source["field"];
	        this.reason = source["reason"];
	        this.message = source["message"];
	        this.params = source["params"];
	    }
	}
	
	
	export class Targets {
	    firstResponse: number;
	    nextResponse: number;
	    resolution: number;
	
	    static createFrom(source: any = {}) {
	        return new Targets(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.firstResponse = source["firstResponse"];
	        this.nextResponse = source["nextResponse"];
	        this.resolution = source["resolution"];
	    }
	}
	export class SLAPolicy {
	    id: string;
	    name: string;
	    calendar: Calendar;
	    targets: Record<string, Targets>;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new SLAPolicy(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.calendar = this.convertValues(source["calendar"], Calendar);
	        this.targets = this.convertValues(source["targets"], Targets, true);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SLASummary {
	    due: string;
	    atRiskAt: string;
	    breached: boolean;
	    paused: boolean;
	    firstResponse: ClockOutcome;
	    resolution: ClockOutcome;
	
	    static createFrom(source: any = {}) {
	        return new SLASummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.due = source["due"];
	        this.atRiskAt = source["atRiskAt"];
	        this.breached = source["breached"];
	        this.paused = source["paused"];
	        this.firstResponse = this.convertValues(source["firstResponse"], ClockOutcome);
	        this.resolution = this.convertValues(source["resolution"], ClockOutcome);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SalesContract {
	    id: string;
	    number: number;
	    customerId: string;
	    dealId: string;
	    title: string;
	    signedOn: string;
	    amount: number;
	    currency: string;
	    rate: number;
	    licence: string;
	    termMonths: number;
	    seats: number;
	    maintenanceId: string;
	    plan: Instalment[];
	    invoices: Invoice[];
	    payments: Payment[];
	    licences: Licence[];
	    notes: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new SalesContract(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.dealId = source["dealId"];
	        this.title = source["title"];
	        this.signedOn = source["signedOn"];
	        this.amount = source["amount"];
	        this.currency = source["currency"];
	        this.rate = source["rate"];
	        this.licence = source["licence"];
	        this.termMonths = source["termMonths"];
	        this.seats = source["seats"];
	        this.maintenanceId = source["maintenanceId"];
	        this.plan = this.convertValues(source["plan"], Instalment);
	        this.invoices = this.convertValues(source["invoices"], Invoice);
	        this.payments = this.convertValues(source["payments"], Payment);
	        this.licences = this.convertValues(source["licences"], Licence);
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SalesContractRow {
	    contract: SalesContract;
	    customerName: string;
	    customerRef: string;
	    dealRef: string;
	    money: ContractMoney;
	
	    static createFrom(source: any = {}) {
	        return new SalesContractRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contract = this.convertValues(source["contract"], SalesContract);
	        this.customerName = source["customerName"];
	        this.customerRef = source["customerRef"];
	        this.dealRef = source["dealRef"];
	        this.money = this.convertValues(source["money"], ContractMoney);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SalvageLoss {
	    kind: string;
	    records: number;
	    rest: boolean;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new SalvageLoss(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.records = source["records"];
	        this.rest = source["rest"];
	        this.detail = source["detail"];
	    }
	}
	export class SalvageReport {
	    path: string;
	    counts: RecordCounts;
	    lost: SalvageLoss[];
	
	    static createFrom(source: any = {}) {
	        return new SalvageReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.counts = this.convertValues(source["counts"], RecordCounts);
	        this.lost = this.convertValues(source["lost"], SalvageLoss);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Satisfaction {
	    recorded: number;
	    score: number;
	    nps: number;
	    answers: number;
	
	    static createFrom(source: any = {}) {
	        return new Satisfaction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.recorded = source["recorded"];
	        this.score = source["score"];
	        this.nps = source["nps"];
	        this.answers = source["answers"];
	    }
	}
	
	export class SearchHit {
	    id: string;
	    kind: string;
	    customerId: string;
	    customerName: string;
	    ref: string;
	    title: string;
	    field: string;
	    snippet?: string;
	    entryId?: string;
	    updated: string;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.ref = source["ref"];
	        this.title = source["title"];
	        this.field = source["field"];
	        this.snippet = source["snippet"];
	        this.entryId = source["entryId"];
	        this.updated = source["updated"];
	    }
	}
	export class SearchGroup {
	    kind: string;
	    total: number;
	    approx?: boolean;
	    partial?: boolean;
	    hits: SearchHit[];
	
	    static createFrom(source: any = {}) {
	        return new SearchGroup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.total = source["total"];
	        this.approx = source["approx"];
	        this.partial = source["partial"];
	        this.hits = this.convertValues(source["hits"], SearchHit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SearchResult {
	    terms: string[];
	    groups: SearchGroup[];
	
	    static createFrom(source: any = {}) {
	        return new SearchResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.terms = source["terms"];
	        this.groups = this.convertValues(source["groups"], SearchGroup);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ServiceTier {
	    id: string;
	    name: string;
	    policyId: string;
	    description: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ServiceTier(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.policyId = source["policyId"];
	        this.description = source["description"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class ServiceLevels {
	    policies: SLAPolicy[];
	    tiers: ServiceTier[];
	
	    static createFrom(source: any = {}) {
	        return new ServiceLevels(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.policies = this.convertValues(source["policies"], SLAPolicy);
	        this.tiers = this.convertValues(source["tiers"], ServiceTier);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class Settings {
	    language: string;
	    theme: string;
	    vendorName: string;
	    currency: string;
	    userName: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.theme = source["theme"];
	        this.vendorName = source["vendorName"];
	        this.currency = source["currency"];
	        this.userName = source["userName"];
	    }
	}
	export class SheetChoice {
	    value: string;
	    code: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new SheetChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.code = source["code"];
	        this.rows = source["rows"];
	    }
	}
	export class SheetMapping {
	    columns: string[];
	    choices: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new SheetMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.columns = source["columns"];
	        this.choices = source["choices"];
	    }
	}
	export class SheetFile {
	    kind: string;
	    path: string;
	    encoding: string;
	    separator: string;
	    sheet: string;
	    stamp: string;
	    name: string;
	    format: string;
	    sheets: string[];
	    header: string[];
	    samples: string[][];
	    rows: number;
	    mapping: SheetMapping;
	    remembered: boolean;
	    fields: string[];
	    choices: Record<string, Array<SheetChoice>>;
	
	    static createFrom(source: any = {}) {
	        return new SheetFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.path = source["path"];
	        this.encoding = source["encoding"];
	        this.separator = source["separator"];
	        this.sheet = source["sheet"];
	        this.stamp = source["stamp"];
	        this.name = source["name"];
	        this.format = source["format"];
	        this.sheets = source["sheets"];
	        this.header = source["header"];
	        this.samples = source["samples"];
	        this.rows = source["rows"];
	        this.mapping = this.convertValues(source["mapping"], SheetMapping);
	        this.remembered = source["remembered"];
	        this.fields = source["fields"];
	        this.choices = this.convertValues(source["choices"], Array<SheetChoice>, true);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SheetImportRequest {
	    kind: string;
	    path: string;
	    encoding: string;
	    separator: string;
	    sheet: string;
	    stamp: string;
	    mapping: SheetMapping;
	    duplicates: string;
	
	    static createFrom(source: any = {}) {
	        return new SheetImportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.path = source["path"];
	        this.encoding = source["encoding"];
	        this.separator = source["separator"];
	        this.sheet = source["sheet"];
	        this.stamp = source["stamp"];
	        this.mapping = this.convertValues(source["mapping"], SheetMapping);
	        this.duplicates = source["duplicates"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SheetImportResult {
	    created: number;
	    contacts: number;
	    merged: number;
	    skipped: number;
	    invalid: number;
	    tookMs: number;
	
	    static createFrom(source: any = {}) {
	        return new SheetImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.created = source["created"];
	        this.contacts = source["contacts"];
	        this.merged = source["merged"];
	        this.skipped = source["skipped"];
	        this.invalid = source["invalid"];
	        this.tookMs = source["tookMs"];
	    }
	}
	export class SheetLedgerItem {
	    contractId: string;
	    contractNumber: number;
	    invoice: Invoice;
	    payment: Payment;
	    licence: Licence;
	
	    static createFrom(source: any = {}) {
	        return new SheetLedgerItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contractId = source["contractId"];
	        this.contractNumber = source["contractNumber"];
	        this.invoice = this.convertValues(source["invoice"], Invoice);
	        this.payment = this.convertValues(source["payment"], Payment);
	        this.licence = this.convertValues(source["licence"], Licence);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SheetMatch {
	    row: number;
	    name: string;
	    customerId: string;
	    customerRef: string;
	    customerName: string;
	    by: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new SheetMatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.name = source["name"];
	        this.customerId = source["customerId"];
	        this.customerRef = source["customerRef"];
	        this.customerName = source["customerName"];
	        this.by = source["by"];
	        this.value = source["value"];
	    }
	}
	export class Ticket {
	    id: string;
	    number: number;
	    customerId: string;
	    contactId: string;
	    title: string;
	    description: string;
	    kind: string;
	    priority: string;
	    channel: string;
	    status: string;
	    releaseId: string;
	    fixedInId: string;
	    contractId: string;
	    policyId: string;
	    outOfContract: boolean;
	    requirementId: string;
	    spentMinutes: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Ticket(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.contactId = source["contactId"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.kind = source["kind"];
	        this.priority = source["priority"];
	        this.channel = source["channel"];
	        this.status = source["status"];
	        this.releaseId = source["releaseId"];
	        this.fixedInId = source["fixedInId"];
	        this.contractId = source["contractId"];
	        this.policyId = source["policyId"];
	        this.outOfContract = source["outOfContract"];
	        this.requirementId = source["requirementId"];
	        this.spentMinutes = source["spentMinutes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class SheetPreview {
	    rows: number;
	    records: number;
	    customers: number;
	    contacts: number;
	    invalid: number;
	    problems: RowProblem[];
	    matches: SheetMatch[];
	    matched: number;
	    first: CustomerBundle[];
	    firstRequirements: Requirement[];
	    firstTickets: Ticket[];
	    firstDeals: Deal[];
	    firstContracts: SalesContract[];
	    firstItems: SheetLedgerItem[];
	    customerNames: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new SheetPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = source["rows"];
	        this.records = source["records"];
	        this.customers = source["customers"];
	        this.contacts = source["contacts"];
	        this.invalid = source["invalid"];
	        this.problems = this.convertValues(source["problems"], RowProblem);
	        this.matches = this.convertValues(source["matches"], SheetMatch);
	        this.matched = source["matched"];
	        this.first = this.convertValues(source["first"], CustomerBundle);
	        this.firstRequirements = this.convertValues(source["firstRequirements"], Requirement);
	        this.firstTickets = this.convertValues(source["firstTickets"], Ticket);
	        this.firstDeals = this.convertValues(source["firstDeals"], Deal);
	        this.firstContracts = this.convertValues(source["firstContracts"], SalesContract);
	        this.firstItems = this.convertValues(source["firstItems"], SheetLedgerItem);
	        this.customerNames = source["customerNames"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SheetSource {
	    kind: string;
	    path: string;
	    encoding: string;
	    separator: string;
	    sheet: string;
	    stamp: string;
	
	    static createFrom(source: any = {}) {
	        return new SheetSource(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.path = source["path"];
	        this.encoding = source["encoding"];
	        this.separator = source["separator"];
	        this.sheet = source["sheet"];
	        this.stamp = source["stamp"];
	    }
	}
	
	
	
	export class StoryCount {
	    kind: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new StoryCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.count = source["count"];
	    }
	}
	export class StoryItem {
	    day: string;
	    at: string;
	    kind: string;
	    event: string;
	    detail?: string;
	    status?: string;
	    recordId: string;
	    customerId: string;
	    ref: string;
	    title: string;
	    amount: number;
	    currency?: string;
	    sla?: string;
	    score?: number;
	    nps?: number;
	    changes?: Event[];
	
	    static createFrom(source: any = {}) {
	        return new StoryItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.day = source["day"];
	        this.at = source["at"];
	        this.kind = source["kind"];
	        this.event = source["event"];
	        this.detail = source["detail"];
	        this.status = source["status"];
	        this.recordId = source["recordId"];
	        this.customerId = source["customerId"];
	        this.ref = source["ref"];
	        this.title = source["title"];
	        this.amount = source["amount"];
	        this.currency = source["currency"];
	        this.sla = source["sla"];
	        this.score = source["score"];
	        this.nps = source["nps"];
	        this.changes = this.convertValues(source["changes"], Event);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StoryPage {
	    items: StoryItem[];
	    total: number;
	    offset: number;
	    counts: StoryCount[];
	
	    static createFrom(source: any = {}) {
	        return new StoryPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], StoryItem);
	        this.total = source["total"];
	        this.offset = source["offset"];
	        this.counts = this.convertValues(source["counts"], StoryCount);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StoryQuery {
	    customerId: string;
	    kinds: string[];
	    offset: number;
	    limit: number;
	    focus: string;
	    day: string;
	
	    static createFrom(source: any = {}) {
	        return new StoryQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.kinds = source["kinds"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	        this.focus = source["focus"];
	        this.day = source["day"];
	    }
	}
	export class TagCount {
	    tag: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new TagCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tag = source["tag"];
	        this.count = source["count"];
	    }
	}
	
	
	
	
	export class TicketClocks {
	    policyId: string;
	    policyName: string;
	    timeZone: string;
	    always: boolean;
	    now: string;
	    clocks: Clock[];
	
	    static createFrom(source: any = {}) {
	        return new TicketClocks(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.policyId = source["policyId"];
	        this.policyName = source["policyName"];
	        this.timeZone = source["timeZone"];
	        this.always = source["always"];
	        this.now = source["now"];
	        this.clocks = this.convertValues(source["clocks"], Clock);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketCounts {
	    open: number;
	    atRisk: number;
	    breached: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.open = source["open"];
	        this.atRisk = source["atRisk"];
	        this.breached = source["breached"];
	    }
	}
	export class TicketDetail {
	    ticket: Ticket;
	    customerName: string;
	    contactName: string;
	    release: string;
	    fixedIn: string;
	    thread: Event[];
	    clocks: TicketClocks;
	
	    static createFrom(source: any = {}) {
	        return new TicketDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticket = this.convertValues(source["ticket"], Ticket);
	        this.customerName = source["customerName"];
	        this.contactName = source["contactName"];
	        this.release = source["release"];
	        this.fixedIn = source["fixedIn"];
	        this.thread = this.convertValues(source["thread"], Event);
	        this.clocks = this.convertValues(source["clocks"], TicketClocks);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketEntry {
	    ticketId: string;
	    type: string;
	    body: string;
	    minutes: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.type = source["type"];
	        this.body = source["body"];
	        this.minutes = source["minutes"];
	    }
	}
	export class TicketRow {
	    id: string;
	    number: number;
	    customerId: string;
	    customerName?: string;
	    title: string;
	    kind: string;
	    priority: string;
	    status: string;
	    channel: string;
	    outOfContract: boolean;
	    contractId: string;
	    policyId: string;
	    requirementId: string;
	    spentMinutes: number;
	    sla: SLASummary;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.title = source["title"];
	        this.kind = source["kind"];
	        this.priority = source["priority"];
	        this.status = source["status"];
	        this.channel = source["channel"];
	        this.outOfContract = source["outOfContract"];
	        this.contractId = source["contractId"];
	        this.policyId = source["policyId"];
	        this.requirementId = source["requirementId"];
	        this.spentMinutes = source["spentMinutes"];
	        this.sla = this.convertValues(source["sla"], SLASummary);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketPage {
	    rows: TicketRow[];
	    total: number;
	    counts: TicketCounts;
	    now: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], TicketRow);
	        this.total = source["total"];
	        this.counts = this.convertValues(source["counts"], TicketCounts);
	        this.now = source["now"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketQuery {
	    view: string;
	    customerId: string;
	    priorities: string[];
	    kinds: string[];
	    search: string;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.view = source["view"];
	        this.customerId = source["customerId"];
	        this.priorities = source["priorities"];
	        this.kinds = source["kinds"];
	        this.search = source["search"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	export class TraceRow {
	    requirement: RequirementListRow;
	    designed: boolean;
	    release?: ReleaseRow;
	    deployments: DeploymentRow[];
	
	    static createFrom(source: any = {}) {
	        return new TraceRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.requirement = this.convertValues(source["requirement"], RequirementListRow);
	        this.designed = source["designed"];
	        this.release = this.convertValues(source["release"], ReleaseRow);
	        this.deployments = this.convertValues(source["deployments"], DeploymentRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace document {
	
	export class ReportRow {
	    label: string;
	    text: string;
	    number?: number;
	
	    static createFrom(source: any = {}) {
	        return new ReportRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.text = source["text"];
	        this.number = source["number"];
	    }
	}
	export class ReportSection {
	    title: string;
	    rows: ReportRow[];
	
	    static createFrom(source: any = {}) {
	        return new ReportSection(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.rows = this.convertValues(source["rows"], ReportRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Report {
	    lang: string;
	    title: string;
	    subtitle: string;
	    columns: string[];
	    sections: ReportSection[];
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lang = source["lang"];
	        this.title = source["title"];
	        this.subtitle = source["subtitle"];
	        this.columns = source["columns"];
	        this.sections = this.convertValues(source["sections"], ReportSection);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	

}

