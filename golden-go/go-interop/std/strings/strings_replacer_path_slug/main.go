package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Slugger struct {
	clean *strings.Replacer
}

func (v Slugger) String() string {
	return "Slugger { clean: " + lisette.FormatValue(v.clean) + " }"
}

func Slugger_new() Slugger {
	return Slugger{clean: strings.NewReplacer(" ", "-", "_", "-", "'", "", ".", "", ",", "", "&", "and", "/", "-")}
}

func (self Slugger) Slug(title string) string {
	lowered := strings.ToLower(strings.TrimSpace(title))
	replaced := self.clean.Replace(lowered)
	parts := lisette.SliceFilter(strings.Split(replaced, "-"), func(p string) bool {
		return p != ""
	})
	return strings.Join(parts, "-")
}

func main() {
	s := Slugger_new()
	titles := []string{"Hello, World", "  Rock & Roll  ", "Don't stop_me now", "v1.2 release / notes"}
	for _, t := range titles {
		fmt.Println(s.Slug(t))
	}
}
