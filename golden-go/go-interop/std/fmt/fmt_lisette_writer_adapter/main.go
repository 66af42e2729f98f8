package main

import (
	"bufio"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type LineCollector struct {
	lines   []string
	partial string
	writes  int
}

func (v LineCollector) String() string {
	return "LineCollector { lines: " + lisette.FormatValue(v.lines) + ", partial: " + lisette.FormatValue(v.partial) + ", writes: " + lisette.FormatValue(v.writes) + " }"
}

func (self *LineCollector) Write_(p []byte) lisette.Partial[int, error] {
	self.writes += 1
	text := self.partial + (string(p))
	parts := strings.Split(text, "\n")
	for i, end := 0, len(parts)-1; i < end; i++ {
		self.lines = append(self.lines, parts[i])
	}
	self.partial = parts[len(parts)-1]
	return lisette.MakePartialOk[int, error](len(p))
}

func (self *LineCollector) Write(p0 []byte) (int, error) {
	return lisette.PartialToGo(self.Write_(p0))
}

func main() {
	c := LineCollector{lines: []string{}, partial: "", writes: 0}
	fmt.Fprintf(&c, "alpha %d\nbeta", 1)
	fmt.Fprintln(&c, " continued")
	w := bufio.NewWriter(&c)
	w.WriteString("x\ny\n")
	w.WriteString("z")
	fmt.Println("writes before flush:", c.writes)
	_ = w.Flush()
	fmt.Println("writes after flush:", c.writes)
	fmt.Println(len(c.lines), c.lines, fmt.Sprintf("[%v]", c.partial))
}
