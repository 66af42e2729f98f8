package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
)

type Countdown struct {
	next int
}

func (v Countdown) String() string {
	return "Countdown { next: " + lisette.FormatValue(v.next) + " }"
}

func (self *Countdown) Read_(p []byte) lisette.Partial[int, error] {
	if self.next < 0 {
		return lisette.MakePartialErr[int, error](io.EOF)
	}
	if len(p) == 0 {
		return lisette.MakePartialOk[int, error](0)
	}
	p[0] = byte((48 + self.next))
	self.next -= 1
	return lisette.MakePartialOk[int, error](1)
}

func (self *Countdown) Read(p0 []byte) (int, error) {
	return lisette.PartialToGo(self.Read_(p0))
}

func main() {
	c := Countdown{next: 5}
	subject := lisette.PartialOf(io.ReadAll(&c))
	switch subject.Tag {
	case lisette.PartialOk:
		data := subject.OkVal
		fmt.Println(string(data))
	case lisette.PartialBoth:
		e := subject.ErrVal
		fmt.Println("both", e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("err", e)
	}
	fmt.Println("next after drain:", c.next)
}
