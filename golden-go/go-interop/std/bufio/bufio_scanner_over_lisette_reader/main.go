package main

import (
	"bufio"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
)

type Chunks struct {
	parts []string
	next  int
}

func (v Chunks) String() string {
	return "Chunks { parts: " + lisette.FormatValue(v.parts) + ", next: " + lisette.FormatValue(v.next) + " }"
}

func (self *Chunks) Read_(p []byte) lisette.Partial[int, error] {
	if self.next >= len(self.parts) {
		return lisette.MakePartialErr[int, error](io.EOF)
	}
	n := copy(p, []byte(self.parts[self.next]))
	self.next += 1
	return lisette.MakePartialOk[int, error](n)
}

func (self *Chunks) Read(p0 []byte) (int, error) {
	return lisette.PartialToGo(self.Read_(p0))
}

func main() {
	src := Chunks{parts: []string{"first li", "ne\nsecond", "\nthi", "rd\n"}, next: 0}
	sc := bufio.NewScanner(&src)
	count := 0
	for sc.Scan() {
		count += 1
		fmt.Println(count, sc.Text())
	}
	fmt.Println(lisette.ResultOfErr(sc.Err()).IsOk(), src.next)
}
