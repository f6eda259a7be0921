package main

import (
	"embed"
	"encoding/json"
	"log"
	"os"
	"runtime"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"vendordesk/backend"
	"vendordesk/backend/api"
)

//go:embed all:frontend/dist
var assets embed.FS

// launched is when the program started: start-up logs how long each step took from there.
var launched = time.Now()

func main() {
	limitJavaScriptTiers()
	services := api.NewServices()
	app := newApp(services)
	err := wails.Run(&options.App{
		Title:            "VendorDesk",
		Width:            1280,
		Height:           820,
		MinWidth:         960,
		MinHeight:        600,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		OnStartup:        app.startup,
		OnDomReady:       app.domReady,
		OnShutdown:       app.shutdown,
		OnBeforeClose:    app.beforeClose,
		Bind: append([]any{
			api.NewCustomers(services), api.NewContacts(services), api.NewInteractions(services), api.NewRequirements(services),
			api.NewCompetitors(services), api.NewBaselines(services),
			api.NewDocuments(services), api.NewReleases(services),
			api.NewDeployments(services), api.NewTickets(services), api.NewContracts(services), api.NewServiceLevels(services),
			api.NewCallbacks(services), api.NewDeals(services), api.NewSalesContracts(services), api.NewDashboard(services),
			api.NewSystem(services), api.NewSheets(services), api.NewSearch(services),
		}, devBindings(services)...),
		ErrorFormatter: formatError,
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId: "com.vendordesk.app",
			OnSecondInstanceLaunch: func(options.SecondInstanceData) {
				if services.Ctx != nil {
					wruntime.WindowUnminimise(services.Ctx)
					wruntime.Show(services.Ctx)
				}
			},
		},
		Linux: &linux.Options{ProgramName: "vendordesk", WebviewGpuPolicy: webviewGpuPolicy()},
	})
	if err != nil {
		log.Fatal(err)
	}
}

// webviewGpuPolicy is how WebKitGTK draws on Linux (Windows and macOS are not affected): on the
// CPU. The pages are lists and forms, which it draws well so; its GPU compositing buys them
// nothing, and where there is no GPU (a VM, a remote desktop) it runs through Mesa's software GL:
// on the large data set that was 150 MB more memory in the web view (390 against 240 MB PSS),
// with no earlier first screen. VENDORDESK_WEBVIEW_GPU=on gives WebKitGTK its own choice back,
// for a machine whose GPU draws it better.
func webviewGpuPolicy() linux.WebviewGpuPolicy {
	if os.Getenv("VENDORDESK_WEBVIEW_GPU") == "on" {
		return linux.WebviewGpuPolicyOnDemand
	}
	return linux.WebviewGpuPolicyNever
}

// limitJavaScriptTiers keeps WebKitGTK's JavaScript engine to its interpreter and first
// compiler, without its optimizing ones (DFG and FTL), unless the user set JSC_useDFGJIT. The
// pages run short bursts of Vue code, which those tiers barely speed up, while their compiled code
// and bookkeeping stay in the web view: on the large data set, after visiting the main lists, 179
// against 195 MB PSS, the lists opened as fast (64–80 ms either way in the real window). Without
// any compiler (JSC_useJIT=false) the web view held 150 MB but every screen took half as long
// again, the first customer list 200–240 ms. Linux only: Windows' WebView2 has its own engine, and
// macOS's web view runs in a system service that does not take this process's environment. The
// web view's process inherits it as it starts; the setting is taken back once the page has loaded
// (restoreJavaScriptTiers), so what the app starts later (a browser opening a link) does not.
func limitJavaScriptTiers() {
	if runtime.GOOS != "linux" {
		return
	}
	if _, set := os.LookupEnv(jscTiers); !set {
		os.Setenv(jscTiers, "false")
		tiersLimited = true
	}
}

const jscTiers = "JSC_useDFGJIT"

var tiersLimited bool // limitJavaScriptTiers set jscTiers (the user had not)

// restoreJavaScriptTiers takes back what limitJavaScriptTiers set.
func restoreJavaScriptTiers() {
	if tiersLimited {
		os.Unsetenv(jscTiers)
		tiersLimited = false
	}
}

// formatError hands every error to the frontend as the JSON text of {code, message, field,
// reason, params}: Wails' runtime rejects with new Error(value), so an object would arrive as
// "[object Object]" while a string arrives intact as the Error's message. Unexpected errors are
// logged here, once.
func formatError(err error) any {
	e := backend.AsError(err)
	if e.Code == backend.CodeInternal {
		log.Printf("internal error: %v", err)
	}
	raw, jerr := json.Marshal(e)
	if jerr != nil {
		return e.Message
	}
	return string(raw)
}
