package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TooLong struct {
	max_ int
	got  int
}

func (v TooLong) String() string {
	return "TooLong { max: " + lisette.FormatValue(v.max_) + ", got: " + lisette.FormatValue(v.got) + " }"
}

type Forbidden struct {
	word string
}

func (v Forbidden) String() string {
	return "Forbidden { word: " + lisette.FormatValue(v.word) + " }"
}

func (self TooLong) Error() string {
	return fmt.Sprintf("too long: %v > %v", self.got, self.max_)
}

func (self Forbidden) Error() string {
	return fmt.Sprintf("forbidden word %v", self.word)
}

func check(name string) lisette.Result[string, error] {
	if len(name) > 8 {
		return lisette.MakeResultErr[string, error](TooLong{max_: 8, got: len(name)})
	}
	if name == "admin" {
		return lisette.MakeResultErr[string, error](Forbidden{word: name})
	}
	return lisette.MakeResultOk[string, error](name)
}

func main() {
	for _, n := range []string{"alice", "administrator", "admin"} {
		subject := check(n)
		if subject.Tag == lisette.ResultOk {
			v := subject.OkVal
			fmt.Println("ok", v)
		} else {
			e := subject.ErrVal
			fmt.Println("rejected:", e.Error())
		}
	}
}
