package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Buffer struct {
	lines []string
}

func (v Buffer) String() string {
	return "Buffer { lines: " + lisette.FormatValue(v.lines) + " }"
}

func (self *Buffer) Add(line string) {
	self.lines = append(self.lines, line)
}

func (self *Buffer) Flush() {
	fmt.Println("flushing", len(self.lines), "lines")
}

func main() {
	buf := Buffer{lines: []string{}}
	defer buf.Flush()
	buf.Add("alpha")
	buf.Add("beta")
	fmt.Println("buffered")
}
