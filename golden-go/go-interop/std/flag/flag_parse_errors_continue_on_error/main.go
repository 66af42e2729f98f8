package main

import (
	"errors"
	"flag"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Sink struct {
	lines int
}

func (v Sink) String() string {
	return "Sink { lines: " + lisette.FormatValue(v.lines) + " }"
}

func (self *Sink) Write_(p []byte) lisette.Partial[int, error] {
	self.lines += strings.Count(string(p), "\n")
	return lisette.MakePartialOk[int, error](len(p))
}

func (self *Sink) Write(p0 []byte) (int, error) {
	return lisette.PartialToGo(self.Write_(p0))
}

func try_parse(args []string) {
	sink := Sink{lines: 0}
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(&sink)
	n := fs.Int("n", 1, "how many")
	subject := lisette.ResultOfErr(fs.Parse(args))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("ok n =", *n)
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
		fmt.Println("  help requested:", errors.Is(e, flag.ErrHelp), "| usage written:", sink.lines > 0)
	}
}

func main() {
	try_parse([]string{"-n", "5"})
	try_parse([]string{"-n", "five"})
	try_parse([]string{"-m", "1"})
	try_parse([]string{"-h"})
	try_parse([]string{"-n"})
}
