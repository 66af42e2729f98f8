package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

type LineCounter struct {
	bytes int
	lines int
	text  string
}

func (v LineCounter) String() string {
	return "LineCounter { bytes: " + lisette.FormatValue(v.bytes) + ", lines: " + lisette.FormatValue(v.lines) + ", text: " + lisette.FormatValue(v.text) + " }"
}

func (self *LineCounter) Write_(p []byte) lisette.Partial[int, error] {
	s := string(p)
	self.bytes += len(p)
	self.lines += strings.Count(s, "\n")
	self.text = self.text + s
	return lisette.MakePartialOk[int, error](len(p))
}

func (self *LineCounter) Write(p0 []byte) (int, error) {
	return lisette.PartialToGo(self.Write_(p0))
}

func report(w io.Writer, items []string) {
	for i, item := range items {
		fmt.Fprintf(w, "%d. %s\n", i+1, item)
	}
	fmt.Fprintln(w, "end")
}

func main() {
	counter := LineCounter{bytes: 0, lines: 0, text: ""}
	report(&counter, []string{"milk", "bread", "eggs"})
	fmt.Print(counter.text)
	fmt.Println("bytes:", counter.bytes, "lines:", counter.lines)
}
