package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync/atomic"
)

type Settings struct {
	level   string
	retries int
}

func (v Settings) String() string {
	return "Settings { level: " + lisette.FormatValue(v.level) + ", retries: " + lisette.FormatValue(v.retries) + " }"
}

func main() {
	v := atomic.Value{}
	fmt.Println("empty:", lisette.AssertType[Settings](v.Load()).IsSome())
	v.Store(Settings{level: "info", retries: 3})
	subject := lisette.AssertType[Settings](v.Load())
	if subject.Tag == lisette.OptionSome {
		s := subject.SomeVal
		fmt.Println("loaded:", s)
	} else {
		fmt.Println("nothing")
	}
	p := atomic.Pointer[Settings]{}
	subject2 := lisette.OptionNilable(p.Load())
	if subject2.Tag == lisette.OptionSome {
		s := subject2.SomeVal
		fmt.Println("pointer:", s)
	} else {
		fmt.Println("pointer: unset")
	}
	first := Settings{level: "debug", retries: 1}
	p.Store(&first)
	second := Settings{level: "warn", retries: 5}
	subject3 := lisette.OptionNilable(p.Swap(&second))
	if subject3.Tag == lisette.OptionSome {
		old := subject3.SomeVal
		fmt.Println("replaced:", old.level)
	} else {
		fmt.Println("nothing replaced")
	}
	subject4 := lisette.OptionNilable(p.Load())
	if subject4.Tag == lisette.OptionSome {
		s := subject4.SomeVal
		fmt.Println("pointer:", s.level, s.retries)
	} else {
		fmt.Println("pointer: unset")
	}
}
