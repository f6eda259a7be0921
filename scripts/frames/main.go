//go:build linux

// Command frames starts a program and takes pictures of the X screen while it starts, for
// scripts/first-paint.sh: frames -seconds 8 -every 20ms -log app.log -- ./build/bin/vendordesk
//
// It prints a line for every picture: the seconds since the program was started, a name for the
// picture (pictures alike have the same name) and how many colours it has. The pictures come
// through shared memory (MIT-SHM) and are only compared with the one before while the program
// starts; the names and colours are worked out once it has been stopped. A picture every 20 ms
// costs about a sixth of one core (3.5 ms of CPU a picture, this process and the X server
// together); the screen dumps this replaces (xwd piped to md5sum, with a fork of date and bc for
// each, every 40–50 ms) took 1.2 cores of this 2-core machine, alone, from the start they measured.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"os/exec"
	"syscall"
	"time"
)

type picture struct {
	at     time.Duration
	pixels []byte // shared with the picture before when the screen had not changed
}

func main() {
	seconds := flag.Float64("seconds", 8, "how long to take pictures after the start")
	every := flag.Duration("every", 20*time.Millisecond, "time between pictures")
	logPath := flag.String("log", os.DevNull, "where the program's output goes")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: frames [-seconds S] [-every D] [-log FILE] -- PROGRAM [ARGS]")
	}
	scr, err := openScreen()
	if err != nil {
		log.Fatal(err)
	}
	out, err := os.Create(*logPath)
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdout, cmd.Stderr = out, out

	pictures := make([]picture, 0, 512)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	limit := time.Duration(*seconds * float64(time.Second))
	for next := time.Duration(0); next < limit; next += *every {
		time.Sleep(time.Until(start.Add(next)))
		px, err := scr.take()
		if err != nil {
			log.Fatal(err)
		}
		p := picture{at: time.Since(start)}
		if n := len(pictures); n > 0 && bytes.Equal(pictures[n-1].pixels, px) {
			p.pixels = pictures[n-1].pixels
		} else {
			p.pixels = bytes.Clone(px)
		}
		pictures = append(pictures, p)
	}
	stop(cmd)
	describe(pictures)
}

// stop asks the program to quit as the system does, and kills it after five seconds.
func stop(cmd *exec.Cmd) {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// describe prints each picture's time, name and colours (worked out once a distinct picture).
func describe(pictures []picture) {
	type about struct {
		name    string
		colours int
	}
	seen := map[*byte]about{}
	for _, p := range pictures {
		key := &p.pixels[0]
		a, ok := seen[key]
		if !ok {
			h := fnv.New64a()
			h.Write(p.pixels)
			a = about{fmt.Sprintf("%012x", h.Sum64()&0xffffffffffff), colours(p.pixels)}
			seen[key] = a
		}
		fmt.Printf("%.3f %s %d\n", p.at.Seconds(), a.name, a.colours)
	}
}

// colours counts the distinct colours of 32-bit pixels (the padding byte ignored).
func colours(pixels []byte) int {
	set := make(map[uint32]struct{}, 4096)
	for i := 0; i+3 < len(pixels); i += 4 {
		set[uint32(pixels[i])|uint32(pixels[i+1])<<8|uint32(pixels[i+2])<<16] = struct{}{}
	}
	return len(set)
}
